#pragma once

#include <QDateTime>
#include <QString>

#include "common/result.h"
#include "site/servicecontext.h"
#include "storage/clockguard.h"

namespace vax {

class Clock;
class Database;

// What an acknowledgement changed: the latest time written before it and the new time.
struct ClockAcknowledgement {
    QDateTime previousMark;  // UTC; invalid when nothing had been written
    QDateTime newMark;       // UTC: the clock's time now
};

// A site administrator's answer to a refused write (ClockWentBack): acknowledge that the PC's
// clock was corrected on purpose, so writes at the new time pass. Both check ChangeSettings
// (site admin) and leave an audit row naming who, why, and the two times.
class ClockService {
public:
    static Result<ClockState> status(const ServiceContext& ctx);
    // Resets the latest written time to the clock's now (audit "clock.acknowledge" with the old
    // mark, the new time and the reason). `reason` is required.
    static Result<ClockAcknowledgement> acknowledge(const ServiceContext& ctx,
                                                    const QString& reason);
    // How far behind the latest written time a write may be stamped (meta
    // "clock.tolerance_minutes", default 5, 1 to 1440).
    static Status setToleranceMinutes(const ServiceContext& ctx, int minutes);
};

}  // namespace vax
