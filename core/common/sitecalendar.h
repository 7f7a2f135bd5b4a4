#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include "common/result.h"

namespace vax {

class Clock;

// The one place where a calendar rule meets time: the site's clock and the site's time zone
// (site data, never the PC's zone). A clinic day, an age, an interval, an expiry, an open vial's
// discard time, a queue day, a day close, a report's hours and an export's dates are all judged
// through it. Cheap to copy; it refers to the clock, which must outlive it.
class SiteCalendar {
public:
    SiteCalendar(const Clock& clock, QTimeZone zone);

    const Clock& clock() const { return *m_clock; }
    const QTimeZone& zone() const { return m_zone; }
    // The IANA name of the zone, e.g. "Asia/Shanghai".
    QString zoneId() const;

    // Now, in UTC (as records store it).
    QDateTime now() const;
    // The site's date now: the clinic day.
    QDate today() const;

    // `t` shown in the site's zone (same instant).
    QDateTime local(const QDateTime& t) const;
    // `t` as the site's "yyyy-MM-dd HH:mm", the form messages name a moment in.
    QString minuteText(const QDateTime& t) const;
    // The site's date and wall-clock time of the instant `t`.
    QDate dateOf(const QDateTime& t) const;
    QTime timeOf(const QDateTime& t) const;
    // The instant (UTC) at which the site's day `d` starts, and the next day's start.
    QDateTime startOfDay(const QDate& d) const;
    QDateTime endOfDay(const QDate& d) const;
    // The instant (UTC) of the site's wall-clock time `t` on day `d`.
    QDateTime at(const QDate& d, const QTime& t) const;
    // Parses an ISO 8601 date-time; without an offset it is the site's wall-clock time.
    Result<QDateTime> parse(const QString& text, const QString& field) const;

    // Asia/Shanghai: the zone of a site created without --timezone, and of sites created before
    // the zone was site data.
    static QTimeZone defaultZone();
    static QString defaultZoneId();
    // An IANA zone name the system knows, or an InvalidArgument error naming `field`.
    static Result<QTimeZone> zoneFromId(const QString& ianaId, const QString& field);

private:
    const Clock* m_clock;
    QTimeZone m_zone;
};

}  // namespace vax
