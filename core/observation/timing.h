#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

// Observation time, pure: what the board shows is computed from the stored end time and the
// Clock on every repaint — never a ticking counter — so a restart or a dropped timer tick loses
// nothing.
namespace vax::observation {

// What the board shows for one person.
enum class BoardState {
    Observing,     // time left > 0
    MayLeave,      // end reached, not yet departed
    Overdue,       // end passed by more than the grace period and still not departed
    AdverseEvent,  // an adverse event is recorded: stands out everywhere
};
QString boardStateName(BoardState state);  // "observing", "may_leave", "overdue", "adverse_event"

// Whole seconds until `endsAt` (negative once it has passed). At exactly the end it is 0 and the
// person may leave.
qint64 secondsLeft(const QDateTime& endsAt, const QDateTime& now);

// "29:59", "0:00", "-3:05" (minutes may exceed 59: "75:00").
QString formatLeft(qint64 seconds);

BoardState boardState(const QDateTime& endsAt, const QDateTime& now, bool adverseEvent,
                      int overdueGraceMinutes = 10);

// The observation minutes for a dose: the product's minutes, raised to `allergyMinutes` when the
// person reported an allergy history.
int observationMinutes(int productMinutes, bool allergyHistory, int allergyMinutes = 30);

// Detects a jump of the wall clock (a user or NTP changing the system time) by comparing how far
// wall time and monotonic time moved since the last sample. A jump is reported, never applied
// silently: stored end times stay as they are.
class WallClockJumpDetector {
public:
    explicit WallClockJumpDetector(qint64 toleranceMs = 5000) : m_toleranceMs(toleranceMs) {}
    // Feeds one sample; returns the jump (wall minus monotonic movement, ms) when it exceeds
    // the tolerance.
    std::optional<qint64> sample(const QDateTime& wallUtc, qint64 monotonicMs);
    // The total of the jumps seen so far (ms).
    qint64 accumulatedJumpMs() const { return m_accumulatedMs; }

private:
    qint64 m_toleranceMs;
    std::optional<QDateTime> m_lastWall;
    qint64 m_lastMonotonic = 0;
    qint64 m_accumulatedMs = 0;
};

// One line of the board.
struct BoardEntry {
    QString observationId;
    int queueNumber = 0;
    QString maskedName;
    QString desk;
    QDateTime endsAt;
    bool adverseEvent = false;
    bool seriousAdverseEvent = false;
    // The site desk whose dose started it (docs/site.md 5): 0 when this PC wrote it.
    int siteDesk = 0;
};

// Board order: adverse events first (serious before others), then by end time — who may leave
// next at the top — ties by queue number.
void sortForBoard(std::vector<BoardEntry>& entries);

}  // namespace vax::observation
