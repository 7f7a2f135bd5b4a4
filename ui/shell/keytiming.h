#pragma once

#include <QElapsedTimer>

#include <functional>

class QKeyEvent;

namespace vax::ui {

// Keys closer together than this are a keyboard-wedge scanner's burst: it sends a character
// every few milliseconds; people need 60 ms or more.
inline constexpr qint64 kScannerBurstGapMs = 30;

// The time between key presses, to tell a keyboard-wedge scanner's burst (keys a few ms apart)
// from a person typing. It uses the events' own timestamps, the window system's time of the
// press: a desk PC that stalls for a moment and then hands over a nurse's "V" and "L" together
// must not take them for a scan. Events without a timestamp (0: made by a program) fall back to
// the time they are handled.
class KeyTiming {
public:
    KeyTiming();
    // Milliseconds since the previous key press (large for the first one).
    qint64 gap(const QKeyEvent* event);
    // Tests: a clock of their own (in ms) replaces both timestamps and the timer.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    QElapsedTimer m_timer;
    std::function<qint64()> m_clock;
    qint64 m_lastHandledMs = -1'000'000;
    quint64 m_lastStampMs = 0;
};

}  // namespace vax::ui
