#include "shell/keytiming.h"

#include <QKeyEvent>

namespace vax::ui {

KeyTiming::KeyTiming()
{
    m_timer.start();
}

qint64 KeyTiming::gap(const QKeyEvent* event)
{
    const qint64 handledMs = m_clock ? m_clock() : m_timer.elapsed();
    const quint64 stampMs = m_clock ? 0 : event->timestamp();
    qint64 gap = handledMs - m_lastHandledMs;
    // Timestamps are the X server's (or the OS's) milliseconds; they only ever grow, except
    // when the server's 32-bit clock wraps (every 49 days): then the handled time decides.
    if (stampMs != 0 && m_lastStampMs != 0 && stampMs >= m_lastStampMs)
        gap = static_cast<qint64>(stampMs - m_lastStampMs);
    m_lastHandledMs = handledMs;
    m_lastStampMs = stampMs;
    return gap;
}

}  // namespace vax::ui
