#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <vector>

#include "common/result.h"

namespace vax {

class Clock;
class Database;

inline constexpr int kDefaultClockToleranceMinutes = 5;
inline constexpr int kMinClockToleranceMinutes = 1;
inline constexpr int kMaxClockToleranceMinutes = 24 * 60;

// What the database knows about the PC's clock against what it has already written.
struct ClockState {
    QDateTime latestWritten;  // UTC; invalid while nothing was written under the rule
    QDateTime now;            // UTC, from the Clock
    qint64 behindMs = 0;      // how far `now` is before `latestWritten` (0 when not behind)
    int toleranceMinutes = kDefaultClockToleranceMinutes;
    bool refused = false;  // a write at `now` would be refused (ClockWentBack)
    QTimeZone zone;        // the site's time zone, for showing the times
};

// An audit row stamped earlier than a row before it by more than the tolerance.
struct AuditTimeStep {
    qint64 id = 0;
    QString action;
    QDateTime at;  // UTC
    qint64 latestId = 0;
    QDateTime latestAt;  // UTC: the latest time written before row `id`
};

// The PC's clock is not trusted to run forwards. The database keeps the latest time it has
// written (meta "clock.latest_write", a high-water mark), raised in the same transaction as each
// write that matters; a write stamped more than the tolerance (meta "clock.tolerance_minutes",
// default 5) before it is refused with ClockWentBack and nothing is written. Small NTP
// corrections pass. A site administrator acknowledges a deliberate correction
// (ClockService::acknowledge), which resets the mark. AuditLog::append applies the rule to every
// audited action except signing in and out; writes without an audit row call admit() themselves.
// The demo seeder's bulk loader writes past days on purpose and is outside the rule.
class ClockGuard {
public:
    // Inside a write transaction: refuses a write stamped `at` (UTC) that is more than the
    // tolerance before the latest time written; otherwise raises the mark to `at`.
    static Status admit(Database& db, const QDateTime& at);
    // Whether the rule applies to an audit action (signing in and out, and the acknowledgement
    // itself, are outside it: an administrator must be able to sign in to acknowledge).
    static bool appliesTo(const QString& action);

    static Result<QDateTime> latestWritten(Database& db);
    static Result<int> toleranceMinutes(Database& db);
    static Result<ClockState> state(Database& db, const Clock& clock);
    // Inside a write transaction: sets the mark to `at` even when that is earlier (a site
    // administrator's acknowledged correction; ClockService::acknowledge audits it).
    static Status resetMark(Database& db, const QDateTime& at);

    // Audit rows (under the rule) whose time runs backwards by more than the tolerance; an
    // acknowledgement row starts a new time line. At most `limit` steps; `count` gets them all.
    static Result<std::vector<AuditTimeStep>> backwardSteps(Database& db, int limit,
                                                            qint64* count = nullptr);

    // "2021-06-01 09:00:00 (UTC+08:00)": `t` in `zone`, with its offset.
    static QString showTime(const QDateTime& t, const QTimeZone& zone);
    // "3 d 0 h", "2 h 5 min", "40 min 10 s".
    static QString showDuration(qint64 ms);
};

}  // namespace vax
