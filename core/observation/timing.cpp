#include "observation/timing.h"

#include <algorithm>
#include <cstdlib>

namespace vax::observation {

QString boardStateName(BoardState state)
{
    switch (state) {
        case BoardState::Observing:
            return QStringLiteral("observing");
        case BoardState::MayLeave:
            return QStringLiteral("may_leave");
        case BoardState::Overdue:
            return QStringLiteral("overdue");
        case BoardState::AdverseEvent:
            return QStringLiteral("adverse_event");
    }
    return {};
}

qint64 secondsLeft(const QDateTime& endsAt, const QDateTime& now)
{
    const qint64 ms = now.msecsTo(endsAt);
    // Round towards the future so 29:59.4 shows 30:00 and the end shows exactly 0:00.
    return ms >= 0 ? (ms + 999) / 1000 : -((-ms) / 1000);
}

QString formatLeft(qint64 seconds)
{
    const qint64 a = std::llabs(seconds);
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? QStringLiteral("-") : QString())
        .arg(a / 60)
        .arg(a % 60, 2, 10, QLatin1Char('0'));
}

BoardState boardState(const QDateTime& endsAt, const QDateTime& now, bool adverseEvent,
                      int overdueGraceMinutes)
{
    if (adverseEvent)
        return BoardState::AdverseEvent;
    const qint64 left = secondsLeft(endsAt, now);
    if (left > 0)
        return BoardState::Observing;
    if (-left > qint64(overdueGraceMinutes) * 60)
        return BoardState::Overdue;
    return BoardState::MayLeave;
}

int observationMinutes(int productMinutes, bool allergyHistory, int allergyMinutes)
{
    return allergyHistory ? std::max(productMinutes, allergyMinutes) : productMinutes;
}

std::optional<qint64> WallClockJumpDetector::sample(const QDateTime& wallUtc, qint64 monotonicMs)
{
    std::optional<qint64> jump;
    if (m_lastWall) {
        const qint64 wallMoved = m_lastWall->msecsTo(wallUtc);
        const qint64 monoMoved = monotonicMs - m_lastMonotonic;
        const qint64 diff = wallMoved - monoMoved;
        if (std::llabs(diff) > m_toleranceMs) {
            jump = diff;
            m_accumulatedMs += diff;
        }
    }
    m_lastWall = wallUtc;
    m_lastMonotonic = monotonicMs;
    return jump;
}

void sortForBoard(std::vector<BoardEntry>& entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const BoardEntry& a, const BoardEntry& b) {
        if (a.adverseEvent != b.adverseEvent)
            return a.adverseEvent;
        if (a.seriousAdverseEvent != b.seriousAdverseEvent)
            return a.seriousAdverseEvent;
        if (a.endsAt != b.endsAt)
            return a.endsAt < b.endsAt;
        return a.queueNumber < b.queueNumber;
    });
}

}  // namespace vax::observation
