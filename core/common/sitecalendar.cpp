#include "common/sitecalendar.h"

#include <QCoreApplication>

#include "common/clock.h"

namespace vax {

namespace {
struct CalendarText {
    Q_DECLARE_TR_FUNCTIONS(SiteCalendar)
};
}  // namespace

SiteCalendar::SiteCalendar(const Clock& clock, QTimeZone zone)
    : m_clock(&clock), m_zone(zone.isValid() ? std::move(zone) : defaultZone())
{
}

QString SiteCalendar::zoneId() const
{
    return QString::fromUtf8(m_zone.id());
}

QDateTime SiteCalendar::now() const
{
    return m_clock->nowUtc();
}

QDate SiteCalendar::today() const
{
    return dateOf(now());
}

QDateTime SiteCalendar::local(const QDateTime& t) const
{
    return t.toTimeZone(m_zone);
}

QString SiteCalendar::minuteText(const QDateTime& t) const
{
    return local(t).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QDate SiteCalendar::dateOf(const QDateTime& t) const
{
    return local(t).date();
}

QTime SiteCalendar::timeOf(const QDateTime& t) const
{
    return local(t).time();
}

QDateTime SiteCalendar::startOfDay(const QDate& d) const
{
    return d.startOfDay(m_zone).toUTC();
}

QDateTime SiteCalendar::endOfDay(const QDate& d) const
{
    return startOfDay(d.addDays(1));
}

QDateTime SiteCalendar::at(const QDate& d, const QTime& t) const
{
    return QDateTime(d, t, m_zone).toUTC();
}

Result<QDateTime> SiteCalendar::parse(const QString& text, const QString& field) const
{
    return parseIsoDateTime(text, field, m_zone);
}

QTimeZone SiteCalendar::defaultZone()
{
    return QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
}

QString SiteCalendar::defaultZoneId()
{
    return QStringLiteral("Asia/Shanghai");
}

Result<QTimeZone> SiteCalendar::zoneFromId(const QString& ianaId, const QString& field)
{
    const QByteArray id = ianaId.trimmed().toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id)) {
        return makeError(ErrorCode::InvalidArgument,
                         CalendarText::tr("%1: \"%2\" is not a time zone this PC knows. Give an "
                                          "IANA name such as Asia/Shanghai or Asia/Urumqi.")
                             .arg(field, ianaId),
                         field);
    }
    return QTimeZone(id);
}

}  // namespace vax
