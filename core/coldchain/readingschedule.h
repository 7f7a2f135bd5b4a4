#pragma once

#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace vax {

enum class ReadingSession { Morning, Afternoon };
QString readingSessionName(ReadingSession s);  // "am", "pm"
std::optional<ReadingSession> readingSessionFromName(const QString& name);

// When manual readings are due each day, in local time: the morning reading from morningFrom,
// the afternoon reading from afternoonFrom (the session of a reading is decided by noon).
struct ReadingSchedule {
    QTime morningFrom{8, 0};
    QTime afternoonFrom{14, 0};
};

// The session a reading taken at `localTime` belongs to.
ReadingSession sessionAt(const QTime& localTime);

// Which manual reading is due now, if any: `takenToday` are the times of today's manual
// readings (any zone). Pure: now and the zone are parameters.
std::optional<ReadingSession> manualReadingDue(const QDateTime& now, const QTimeZone& zone,
                                               const std::vector<QDateTime>& takenToday,
                                               const ReadingSchedule& schedule = {});

}  // namespace vax
