#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

#include "common/result.h"
#include "security/staff.h"

namespace vax {

class Clock;
class Database;

// What a release rests on. Reading: the fridge's newest reading is after the excursion and back
// in the fridge's range (checked, refused otherwise). Override: the supervisor releases without
// that evidence; the reason is required and the override is recorded and exported.
enum class ReleaseEvidence { Reading, Override };
QString releaseEvidenceName(ReleaseEvidence evidence);  // "reading", "override"

struct QuarantinedLot {
    QString lotId;
    QString lotNumber;
    QString status;  // quarantined, released, discarded
    QString decidedBy;
    QDateTime decidedAt;
    QString reason;
    QString evidence;  // released: "reading" or "override"; else empty
};

struct ExcursionRecord {
    QString id;
    QString fridgeId;
    QString fridgeName;
    QString kind;
    QDateTime start;
    QDateTime end;
    int minutes = 0;
    double extremeC = 0;
    std::vector<QuarantinedLot> lots;
    bool open() const;  // a lot still waits for a decision
};

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
