#include "stock/vialrepository.h"

#include "common/dbformat.h"
#include "storage/database.h"

namespace vax {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT v.id AS id, v.lot_id AS lot_id, l.lot_number AS lot_number, "
    "l.product_code AS product_code, v.fridge_id AS fridge_id, v.opened_at AS opened_at, "
    "v.discard_at AS discard_at, v.doses AS doses, v.doses_drawn AS doses_drawn, "
    "COALESCE(v.origin_desk, 0) AS owner_desk "
    "FROM vial v JOIN lot l ON l.id = v.lot_id ");

OpenVial fromRow(const Query& q)
{
    OpenVial v;
    v.id = q.value(QStringLiteral("id")).toString();
    v.lotId = q.value(QStringLiteral("lot_id")).toString();
    v.lotNumber = q.value(QStringLiteral("lot_number")).toString();
    v.productCode = q.value(QStringLiteral("product_code")).toString();
    v.fridgeId = q.value(QStringLiteral("fridge_id")).toString();
    v.openedAt = fromDbTime(q.value(QStringLiteral("opened_at")).toString());
    v.discardAt = fromDbTime(q.value(QStringLiteral("discard_at")).toString());
    v.doses = q.value(QStringLiteral("doses")).toInt();
    v.dosesDrawn = q.value(QStringLiteral("doses_drawn")).toInt();
    v.ownerDesk = q.value(QStringLiteral("owner_desk")).toInt();
    return v;
}
}  // namespace

QString vialCloseReasonName(VialCloseReason reason)
{
    switch (reason) {
        case VialCloseReason::DayClose:
            return QStringLiteral("day_close");
    }
    return QStringLiteral("day_close");
}

Status VialRepository::insert(Database& db, const OpenVial& v, const QString& openedBy)
{
    VAX_TRY(db.exec(QStringLiteral("INSERT INTO vial(id, lot_id, fridge_id, opened_at, "
                                   "discard_at, doses, opened_by) VALUES(?,?,?,?,?,?,?)"),
                    {v.id, v.lotId, v.fridgeId, toDbTime(v.openedAt), toDbTime(v.discardAt),
                     v.doses, openedBy}));
    return {};
}

Result<std::optional<OpenVial>> VialRepository::byId(Database& db, const QString& id,
                                                     bool includeClosed)
{
    VAX_TRY_VALUE(
        auto q, db.exec(kSelect + (includeClosed ? QStringLiteral("WHERE v.id = ?")
                                                 : QStringLiteral("WHERE v.id = ? AND v.closed_at "
                                                                  "IS NULL")),
                        {id}));
    if (!q.next())
        return std::optional<OpenVial>();
    return std::optional<OpenVial>(fromRow(q));
}

Result<std::vector<OpenVial>> VialRepository::listOpen(Database& db)
{
    VAX_TRY_VALUE(
        auto q,
        db.exec(kSelect + QStringLiteral("WHERE v.closed_at IS NULL AND v.origin_desk IS NULL "
                                         "ORDER BY v.discard_at")));
    std::vector<OpenVial> result;
    while (q.next())
        result.push_back(fromRow(q));
    return result;
}

Result<int> VialRepository::dosesLeftInOpen(Database& db, const QString& lotId,
                                            const QString& fridgeId)
{
    VAX_TRY_VALUE(
        auto q, db.exec(QStringLiteral("SELECT COALESCE(SUM(doses - doses_drawn), 0) FROM vial "
                                       "WHERE lot_id = ? AND fridge_id = ? AND closed_at IS NULL"),
                        {lotId, fridgeId}));
    return q.scalar().toInt();
}

Status VialRepository::drawOne(Database& db, const QString& id)
{
    VAX_TRY(db.exec(QStringLiteral("UPDATE vial SET doses_drawn = doses_drawn + 1 WHERE id = ?"),
                    {id}));
    return {};
}

Result<int> VialRepository::returnOne(Database& db, const QString& id)
{
    VAX_TRY_VALUE(auto q, db.exec(QStringLiteral("UPDATE vial SET doses_drawn = doses_drawn - 1 "
                                                 "WHERE id = ? AND doses_drawn > 0"),
                                  {id}));
    return q.rowsAffected();
}

Status VialRepository::close(Database& db, const QString& id, const QDateTime& at,
                             VialCloseReason reason)
{
    VAX_TRY(db.exec(QStringLiteral("UPDATE vial SET closed_at = ?, close_reason = ? WHERE id = ?"),
                    {toDbTime(at), vialCloseReasonName(reason), id}));
    return {};
}

}  // namespace vax
