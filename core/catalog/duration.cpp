#include "catalog/duration.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace vax {

namespace {
struct SpanText {
    Q_DECLARE_TR_FUNCTIONS(CalendarSpan)
};
}  // namespace

std::optional<CalendarSpan> CalendarSpan::parse(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^P(?:(\\d{1,3})Y)?(?:(\\d{1,4})M)?(?:(\\d{1,4})W)?(?:(\\d{1,5})D)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch() || text == QLatin1String("P"))
        return std::nullopt;
    CalendarSpan span;
    span.years = m.captured(1).toInt();
    span.months = m.captured(2).toInt();
    span.days = m.captured(3).toInt() * 7 + m.captured(4).toInt();
    if (span.days > 99999)  // toString() writes the folded days: keep them readable as "D" again
        return std::nullopt;
    return span;
}

QString CalendarSpan::toString() const
{
    if (isZero())
        return QStringLiteral("P0D");
    QString s = QStringLiteral("P");
    if (years)
        s += QString::number(years) + QLatin1Char('Y');
    if (months)
        s += QString::number(months) + QLatin1Char('M');
    if (days)
        s += QString::number(days) + QLatin1Char('D');
    return s;
}

QDate CalendarSpan::addTo(const QDate& date) const
{
    return date.addYears(years).addMonths(months).addDays(days);
}

QString CalendarSpan::describe() const
{
    QStringList parts;
    if (years)
        parts << SpanText::tr("%n year(s)", nullptr, years);
    if (months)
        parts << SpanText::tr("%n month(s)", nullptr, months);
    if (days || parts.isEmpty())
        parts << SpanText::tr("%n day(s)", nullptr, days);
    return parts.join(QLatin1Char(' '));
}

QString CalendarSpan::describeAsAge() const
{
    // An age reads differently from an interval: "3 岁", not "3 年".
    if (years && !months && !days)
        return SpanText::tr("%n year(s) old", nullptr, years);
    if (!years && months && !days)
        return SpanText::tr("%n month(s) old", nullptr, months);
    if (!years && !months)
        return SpanText::tr("%n day(s) old", nullptr, days);
    return SpanText::tr("%1 old", "an age of several parts, e.g. 1 year 6 months").arg(describe());
}

}  // namespace vax
