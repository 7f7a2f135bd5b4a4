#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

#include "common/result.h"

namespace vax {

class Database;

// A lot's hold after one excursion (lot_quarantine.status, stored as its name): quarantined
// until a supervisor releases or discards it; a decided row never changes again.
enum class QuarantineStatus { Quarantined, Released, Discarded };
QString quarantineStatusName(QuarantineStatus status);  // "quarantined", "released", "discarded"
std::optional<QuarantineStatus> quarantineStatusFromName(const QString& name);

// What a release rests on. Reading: the fridge's newest reading is after the excursion and back
// in the fridge's range (checked, refused otherwise). Override: the supervisor releases without
// that evidence; the reason is required and the override is recorded and exported.
enum class ReleaseEvidence { Reading, Override };
QString releaseEvidenceName(ReleaseEvidence evidence);  // "reading", "override"

struct QuarantinedLot {
    QString lotId;
    QString lotNumber;
    QString status;  // quarantineStatusName of state(): shown and exported as stored
    QString decidedBy;
    QDateTime decidedAt;
    QString reason;
    QString evidence;  // released: "reading" or "override"; else empty
    std::optional<QuarantineStatus> state() const { return quarantineStatusFromName(status); }
};

// One lot_quarantine row as a decision needs it, with the excursion's fridge.
struct QuarantineHold {
    QString id;
    QString lotId;
    QString status;  // quarantineStatusName of state()
    QString fridgeId;
    std::optional<QuarantineStatus> state() const { return quarantineStatusFromName(status); }
};

// The lot_quarantine table: which lots an excursion holds and the supervisor's decision on each.
// Its SQL, its rows (mapped by column name) and its transitions; writers run inside the
// caller's WriteTransaction and write no audit row of their own.
class QuarantineRepository {
public:
    // Holds the lot for the excursion (quarantined), unless it is held for it already.
    static Status hold(Database& db, const QString& lotId, const QString& excursionId);
    // The excursion's rows (only the lot's when `lotId` is not empty).
    static Result<std::vector<QuarantineHold>> holdsOf(Database& db, const QString& excursionId,
                                                       const QString& lotId);
    // The excursion's lots with their lot numbers, by lot number.
    static Result<std::vector<QuarantinedLot>> lotsOf(Database& db, const QString& excursionId);
    // quarantined → released (with its evidence) or discarded (no evidence), decided by
    // `decidedBy` at `at` for `reason`.
    static Status decide(Database& db, const QString& id, QuarantineStatus decision,
                         std::optional<ReleaseEvidence> evidence, const QString& decidedBy,
                         const QDateTime& at, const QString& reason);
};

}  // namespace vax
