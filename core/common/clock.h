#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

#include <memory>

#include "common/result.h"

namespace vax {

// All time comes from a Clock: wall time in UTC for records, monotonic time for durations and
// for detecting wall-clock jumps. Inject it; never call QDateTime::currentDateTime in core code.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    virtual qint64 monotonicMs() const = 0;
    // Whether this clock is not the machine's own time (a training replay or a test).
    virtual bool isFake() const { return false; }
};

class SystemClock final : public Clock {
public:
    SystemClock();
    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;

private:
    QElapsedTimer m_timer;
};

// A clock set by hand: tests move wall time and monotonic time independently.
class FakeClock final : public Clock {
public:
    explicit FakeClock(QDateTime start);
    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonicMs; }
    bool isFake() const override { return true; }

    // Moves both wall and monotonic time forward, as real time passing does.
    void advance(qint64 ms);
    // Moves only the wall clock, as a user or NTP changing the system time does.
    void jumpWall(qint64 ms);
    void setNow(const QDateTime& now) { m_now = now.toUTC(); }

private:
    QDateTime m_now;
    qint64 m_monotonicMs = 0;
};

// A clock that starts at a given instant and then runs with real time: lets a training
// database replay a day (VAXPOINT_FAKE_NOW). Production databases refuse it.
class ShiftedClock final : public Clock {
public:
    explicit ShiftedClock(QDateTime start);
    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;
    bool isFake() const override { return true; }

private:
    QDateTime m_start;
    QElapsedTimer m_timer;
};

inline constexpr const char* kFakeNowEnv = "VAXPOINT_FAKE_NOW";

// Chooses the clock for a database: the system clock, or the VAXPOINT_FAKE_NOW clock when the
// variable is set — which only a training database accepts.
// A VAXPOINT_FAKE_NOW without an offset is the site's wall-clock time in `siteZone`.
Result<std::shared_ptr<Clock>> clockForDatabase(bool trainingDatabase, const QTimeZone& siteZone);

// Parses an ISO 8601 date-time; without an offset it is wall-clock time in `zone` (the site's:
// SiteCalendar::parse). The result is in UTC.
Result<QDateTime> parseIsoDateTime(const QString& text, const QString& field,
                                   const QTimeZone& zone);

}  // namespace vax
