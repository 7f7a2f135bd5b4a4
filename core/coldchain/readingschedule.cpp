#include "coldchain/readingschedule.h"

namespace vax {

QString readingSessionName(ReadingSession s)
{
    return s == ReadingSession::Morning ? QStringLiteral("am") : QStringLiteral("pm");
}

std::optional<ReadingSession> readingSessionFromName(const QString& name)
{
    if (name == QLatin1String("am") || name == QLatin1String("morning"))
        return ReadingSession::Morning;
    if (name == QLatin1String("pm") || name == QLatin1String("afternoon"))
        return ReadingSession::Afternoon;
    return std::nullopt;
}

ReadingSession sessionAt(const QTime& localTime)
{
    return localTime < QTime(12, 0) ? ReadingSession::Morning : ReadingSession::Afternoon;
}

std::optional<ReadingSession> manualReadingDue(const QDateTime& now, const QTimeZone& zone,
                                               const std::vector<QDateTime>& takenToday,
                                               const ReadingSchedule& schedule)
{
    const QDateTime local = now.toTimeZone(zone);
    bool morning = false;
    bool afternoon = false;
    for (const QDateTime& t : takenToday) {
        const QDateTime l = t.toTimeZone(zone);
        if (l.date() != local.date())
            continue;
        (sessionAt(l.time()) == ReadingSession::Morning ? morning : afternoon) = true;
    }
    if (local.time() >= schedule.afternoonFrom && !afternoon)
        return ReadingSession::Afternoon;
    if (local.time() >= schedule.morningFrom && local.time() < QTime(12, 0) && !morning)
        return ReadingSession::Morning;
    return std::nullopt;
}

}  // namespace vax
