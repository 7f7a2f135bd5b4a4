#include "checkin/birthdate.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "catalog/catalog.h"
#include "common/age.h"

namespace vax {

namespace {
struct BirthDateText {
    Q_DECLARE_TR_FUNCTIONS(BirthDate)
};

const QString kField = QStringLiteral("birth_date");

Error formatError(const QString& typed)
{
    return makeError(ErrorCode::InvalidArgument,
                     BirthDateText::tr("Birth date \"%1\" is not a date. Type it as on the "
                                       "document, as digits: YYYYMMDD or YYYY-MM-DD, e.g. "
                                       "20040229.")
                         .arg(typed),
                     kField);
}

// Whether `span` is no longer than `years` whole years.
bool atMostYears(const CalendarSpan& span, int years)
{
    const int months = span.years * 12 + span.months;
    return months < years * 12 || (months == years * 12 && span.days == 0);
}
}  // namespace

Result<QDate> parseBirthDateDigits(const QString& text)
{
    QString t;
    for (QChar c : text) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)  // full-width digits and hyphen
            u = static_cast<char16_t>(u - 0xFF01 + 0x21);
        if (u == u' ' || u == 0x3000 || u == u'\t')
            continue;
        t.append(QChar(u));
    }
    if (t.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         BirthDateText::tr("Birth date is empty. Type it as on the document, as "
                                           "digits: YYYYMMDD or YYYY-MM-DD, e.g. 20040229."),
                         kField);
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})(?:(\\d{2})(\\d{2})|-(\\d{2})-(\\d{2}))$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return formatError(text.trimmed());
    const int year = m.captured(1).toInt();
    const int month = (m.captured(2).isEmpty() ? m.captured(4) : m.captured(2)).toInt();
    const int day = (m.captured(3).isEmpty() ? m.captured(5) : m.captured(3)).toInt();
    const QDate date(year, month, day);
    if (!date.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         BirthDateText::tr("Birth date %1: there is no such day (%2-%3-%4). "
                                           "Check the month and the day on the document.")
                             .arg(text.trimmed())
                             .arg(year, 4, 10, QLatin1Char('0'))
                             .arg(month, 2, 10, QLatin1Char('0'))
                             .arg(day, 2, 10, QLatin1Char('0')),
                         kField);
    return date;
}

Result<QDate> parseTypedBirthDate(const QString& text, const QDate& today)
{
    VAX_TRY_VALUE(auto parsed, parseBirthDateDigits(text));
    const QDate date = parsed;
    if (date > today)
        return makeError(ErrorCode::IdFutureBirth,
                         BirthDateText::tr("Birth date %1 is in the future. Check the year on "
                                           "the document.")
                             .arg(date.toString(Qt::ISODate)),
                         kField);
    if (ageInWholeYears(date, today) > 130)
        return makeError(ErrorCode::InvalidArgument,
                         BirthDateText::tr("Birth date %1 is more than 130 years ago. Check the "
                                           "year on the document.")
                             .arg(date.toString(Qt::ISODate)),
                         kField);
    return date;
}

QStringList ageBoundariesCrossed(const QDate& birthDate, const QDate& today, const Catalog& catalog,
                                 int adultAgeYears)
{
    QStringList out;
    if (!birthDate.isValid() || !today.isValid())
        return out;
    if (ageInWholeYears(birthDate, today) < adultAgeYears)
        out << BirthDateText::tr("under %1: a guardian signs the consent").arg(adultAgeYears);
    for (const Product& p : catalog.products()) {
        if (atMostYears(p.minAge, adultAgeYears) && !hasReachedAge(birthDate, p.minAge, today))
            out << BirthDateText::tr("below the minimum age of %1 (%2)")
                       .arg(p.code, p.minAge.describe());
        if (p.maxAge && !atMostYears(*p.maxAge, adultAgeYears) &&
            hasReachedAge(birthDate, *p.maxAge, today))
            out << BirthDateText::tr("at or above the maximum age of %1 (%2)")
                       .arg(p.code, p.maxAge->describe());
    }
    return out;
}

}  // namespace vax
