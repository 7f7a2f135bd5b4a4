#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

#include "coldchain/excursionrepository.h"
#include "coldchain/quarantinerepository.h"
#include "common/result.h"
#include "security/staff.h"

namespace vax {

class Clock;
class Database;

// Lots held back by an excursion, and a supervisor's decision on them.
class LotQuarantine {
public:
    // Quarantines every lot that had stock in the fridge at the excursion's start or end; call
    // inside the write transaction that stores the excursion. Returns how many lots.
    static Result<int> quarantineFor(Database& db, const QString& excursionId,
                                     const QString& fridgeId, const QDateTime& start,
                                     const QDateTime& end);
    static Result<std::vector<ExcursionRecord>> list(Database& db, bool openOnly);
    // Releases the excursion's quarantined lots (or only `lotId`) with a reason; a lot becomes
    // available again once no other excursion holds it. Supervisors (site administrators) only.
    // With ReleaseEvidence::Reading the fridge's newest reading must be after the excursion and
    // in range (quarantine.no_evidence otherwise, naming the reading and the fix).
    static Result<int> release(Database& db, const Clock& clock, const QString& excursionId,
                               const QString& lotId, const QString& reason,
                               const StaffMember& supervisor,
                               ReleaseEvidence evidence = ReleaseEvidence::Reading);
    // The evidence a release would rest on now: empty when the fridge's newest reading is after
    // the excursion and in range; else why not, in the user's language.
    static Result<QString> missingEvidence(Database& db, const Clock& clock,
                                           const QString& excursionId);
    // Discards them: their stock in that fridge is booked wasted (cold_chain).
    static Result<int> discard(Database& db, const Clock& clock, const QString& excursionId,
                               const QString& lotId, const QString& reason,
                               const StaffMember& supervisor);
};

}  // namespace vax
