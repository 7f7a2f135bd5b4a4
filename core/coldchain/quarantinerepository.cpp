#include "coldchain/quarantinerepository.h"

#include "common/dbformat.h"
#include "common/ids.h"
#include "storage/database.h"

namespace vax {

QString quarantineStatusName(QuarantineStatus status)
{
    switch (status) {
        case QuarantineStatus::Quarantined:
            return QStringLiteral("quarantined");
        case QuarantineStatus::Released:
            return QStringLiteral("released");
        case QuarantineStatus::Discarded:
            return QStringLiteral("discarded");
    }
    return QStringLiteral("quarantined");
}

std::optional<QuarantineStatus> quarantineStatusFromName(const QString& name)
{
    for (QuarantineStatus s :
         {QuarantineStatus::Quarantined, QuarantineStatus::Released, QuarantineStatus::Discarded}) {
        if (quarantineStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString releaseEvidenceName(ReleaseEvidence evidence)
{
    return evidence == ReleaseEvidence::Override ? QStringLiteral("override")
                                                 : QStringLiteral("reading");
}

Status QuarantineRepository::hold(Database& db, const QString& lotId, const QString& excursionId)
{
    VAX_TRY(db.exec(QStringLiteral("INSERT OR IGNORE INTO lot_quarantine(id, lot_id, "
                                   "excursion_id) VALUES(?,?,?)"),
                    {newId(), lotId, excursionId}));
    return {};
}

Result<std::vector<QuarantineHold>> QuarantineRepository::holdsOf(Database& db,
                                                                  const QString& excursionId,
                                                                  const QString& lotId)
{
    VAX_TRY_VALUE(
        auto q, db.exec(QStringLiteral("SELECT q.id AS id, q.lot_id AS lot_id, q.status AS status, "
                                       "e.fridge_id AS fridge_id FROM lot_quarantine q JOIN "
                                       "excursion e ON e.id = q.excursion_id WHERE q.excursion_id "
                                       "= ? AND (? = '' OR q.lot_id = ?)"),
                        {excursionId, notNull(lotId), notNull(lotId)}));
    std::vector<QuarantineHold> rows;
    while (q.next())
        rows.push_back({q.value(QStringLiteral("id")).toString(),
                        q.value(QStringLiteral("lot_id")).toString(),
                        q.value(QStringLiteral("status")).toString(),
                        q.value(QStringLiteral("fridge_id")).toString()});
    return rows;
}

Result<std::vector<QuarantinedLot>> QuarantineRepository::lotsOf(Database& db,
                                                                 const QString& excursionId)
{
    VAX_TRY_VALUE(auto q,
                  db.exec(QStringLiteral("SELECT q.lot_id AS lot_id, l.lot_number AS lot_number, "
                                         "q.status AS status, COALESCE(q.decided_by, '') AS "
                                         "decided_by, COALESCE(q.decided_at, '') AS decided_at, "
                                         "q.reason AS reason, q.evidence AS evidence FROM "
                                         "lot_quarantine q JOIN lot l ON l.id = q.lot_id WHERE "
                                         "q.excursion_id = ? ORDER BY l.lot_number"),
                          {excursionId}));
    std::vector<QuarantinedLot> lots;
    while (q.next())
        lots.push_back({q.value(QStringLiteral("lot_id")).toString(),
                        q.value(QStringLiteral("lot_number")).toString(),
                        q.value(QStringLiteral("status")).toString(),
                        q.value(QStringLiteral("decided_by")).toString(),
                        fromDbTime(q.value(QStringLiteral("decided_at")).toString()),
                        q.value(QStringLiteral("reason")).toString(),
                        q.value(QStringLiteral("evidence")).toString()});
    return lots;
}

Status QuarantineRepository::decide(Database& db, const QString& id, QuarantineStatus decision,
                                    std::optional<ReleaseEvidence> evidence,
                                    const QString& decidedBy, const QDateTime& at,
                                    const QString& reason)
{
    VAX_TRY(db.exec(QStringLiteral("UPDATE lot_quarantine SET status = ?, decided_by = ?, "
                                   "decided_at = ?, reason = ?, evidence = ? WHERE id = ?"),
                    {quarantineStatusName(decision), decidedBy, toDbTime(at), reason,
                     evidence ? releaseEvidenceName(*evidence) : QStringLiteral(""), id}));
    return {};
}

}  // namespace vax
