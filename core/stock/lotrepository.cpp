#include "stock/lotrepository.h"

#include "common/dbformat.h"
#include "storage/database.h"

namespace vax {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT l.id AS id, l.product_code AS product_code, l.lot_number AS lot_number, "
    "l.expiry AS expiry, l.manufacturer AS manufacturer, COALESCE(l.gtin, '') AS gtin, "
    "l.doses_per_vial AS doses_per_vial, COALESCE(l.fridge_id, '') AS fridge_id, "
    "l.status AS status, l.received_at AS received_at, "
    "(SELECT COALESCE(SUM(b.doses), 0) FROM stock_balance b WHERE b.lot_id = l.id) AS on_hand "
    "FROM lot l ");

LotInfo fromRow(const Query& q)
{
    LotInfo l;
    l.id = q.value(QStringLiteral("id")).toString();
    l.productCode = q.value(QStringLiteral("product_code")).toString();
    l.lotNumber = q.value(QStringLiteral("lot_number")).toString();
    l.expiry = QDate::fromString(q.value(QStringLiteral("expiry")).toString(), Qt::ISODate);
    l.manufacturer = q.value(QStringLiteral("manufacturer")).toString();
    l.gtin = q.value(QStringLiteral("gtin")).toString();
    l.dosesPerVial = q.value(QStringLiteral("doses_per_vial")).toInt();
    l.fridgeId = q.value(QStringLiteral("fridge_id")).toString();
    l.status = q.value(QStringLiteral("status")).toString();
    l.receivedAt = fromDbTime(q.value(QStringLiteral("received_at")).toString());
    l.onHand = q.value(QStringLiteral("on_hand")).toInt();
    return l;
}

Result<std::vector<LotInfo>> select(Database& db, const QString& where, const QVariantList& args)
{
    VAX_TRY_VALUE(auto q, db.exec(kSelect + where, args));
    std::vector<LotInfo> result;
    while (q.next())
        result.push_back(fromRow(q));
    return result;
}
}  // namespace

Status LotRepository::insert(Database& db, const LotInfo& l, const QString& receivedBy)
{
    VAX_TRY(
        db.exec(QStringLiteral("INSERT INTO lot(id, product_code, lot_number, expiry, "
                               "manufacturer, gtin, doses_per_vial, fridge_id, "
                               "received_at, received_by) "
                               "VALUES(?,?,?,?,?,NULLIF(?, ''),?,?,?,?)"),
                {l.id, l.productCode, l.lotNumber, l.expiry.toString(Qt::ISODate), l.manufacturer,
                 l.gtin, l.dosesPerVial, l.fridgeId, toDbTime(l.receivedAt), receivedBy}));
    return {};
}

Result<std::vector<LotInfo>> LotRepository::byIdOrNumber(Database& db, const QString& idOrNumber)
{
    return select(db, QStringLiteral("WHERE l.id = ? OR l.lot_number = ?"),
                  {idOrNumber, idOrNumber});
}

Result<std::optional<LotInfo>> LotRepository::byNumber(Database& db, const QString& productCode,
                                                       const QString& lotNumber)
{
    VAX_TRY_VALUE(auto lots,
                  select(db, QStringLiteral("WHERE l.product_code = ? AND l.lot_number = ?"),
                         {productCode, lotNumber}));
    if (lots.empty())
        return std::optional<LotInfo>();
    return std::optional<LotInfo>(lots.front());
}

Result<std::vector<LotInfo>> LotRepository::all(Database& db)
{
    return select(db, QStringLiteral("ORDER BY l.expiry, l.lot_number"), {});
}

Result<std::vector<LotInfo>> LotRepository::expiringBy(Database& db, const QDate& last)
{
    return select(db,
                  QStringLiteral("WHERE l.expiry <= ? AND l.status != 'discarded' "
                                 "ORDER BY l.expiry, l.lot_number"),
                  {last.toString(Qt::ISODate)});
}

Result<QStringList> LotRepository::stockedIn(Database& db, const QString& fridgeId,
                                             const QDateTime& start, const QDateTime& end)
{
    VAX_TRY_VALUE(
        auto q,
        db.exec(QStringLiteral("SELECT l.id AS id FROM lot l WHERE l.status IN ('available', "
                               "'quarantined') "
                               "AND ((SELECT COALESCE(SUM(doses), 0) FROM stock_movement m WHERE "
                               "m.lot_id = l.id AND m.fridge_id = ? AND m.at <= ?) > 0 OR "
                               "(SELECT COALESCE(SUM(doses), 0) FROM stock_movement m WHERE "
                               "m.lot_id = l.id AND m.fridge_id = ? AND m.at <= ?) > 0)"),
                {fridgeId, toDbTime(start), fridgeId, toDbTime(end)}));
    QStringList lots;
    while (q.next())
        lots << q.value(QStringLiteral("id")).toString();
    return lots;
}

Status LotRepository::markQuarantined(Database& db, const QString& id)
{
    VAX_TRY(db.exec(QStringLiteral("UPDATE lot SET status = 'quarantined' WHERE id = ?"), {id}));
    return {};
}

Status LotRepository::markDiscarded(Database& db, const QString& id)
{
    VAX_TRY(db.exec(QStringLiteral("UPDATE lot SET status = 'discarded' WHERE id = ?"), {id}));
    return {};
}

Status LotRepository::releaseIfUnheld(Database& db, const QString& id)
{
    VAX_TRY(db.exec(QStringLiteral("UPDATE lot SET status = 'available' WHERE id = ? AND "
                                   "status = 'quarantined' AND NOT EXISTS (SELECT 1 FROM "
                                   "lot_quarantine WHERE lot_id = ? AND status = 'quarantined')"),
                    {id, id}));
    return {};
}

}  // namespace vax
