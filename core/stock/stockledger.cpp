#include "stock/stockledger.h"

#include <QCoreApplication>

#include "common/dbformat.h"
#include "common/ids.h"
#include "storage/database.h"

namespace vax {

namespace {
struct LedgerText {
    Q_DECLARE_TR_FUNCTIONS(LotLedger)
};

Result<int> sumOf(Result<Query> q)
{
    if (!q)
        return q.error();
    return q->scalar().toInt();
}
}  // namespace

QString movementKindName(MovementKind kind)
{
    switch (kind) {
        case MovementKind::Receipt:
            return QStringLiteral("receipt");
        case MovementKind::Administered:
            return QStringLiteral("administered");
        case MovementKind::Wasted:
            return QStringLiteral("wasted");
        case MovementKind::Adjustment:
            return QStringLiteral("adjustment");
        case MovementKind::Transfer:
            return QStringLiteral("transfer");
    }
    return QStringLiteral("adjustment");
}

std::optional<MovementKind> movementKindFromName(const QString& name)
{
    for (MovementKind k : {MovementKind::Receipt, MovementKind::Administered, MovementKind::Wasted,
                           MovementKind::Adjustment, MovementKind::Transfer}) {
        if (movementKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString wasteReasonName(WasteReason reason)
{
    switch (reason) {
        case WasteReason::Broken:
            return QStringLiteral("broken");
        case WasteReason::Expired:
            return QStringLiteral("expired");
        case WasteReason::OpenVialTime:
            return QStringLiteral("open_vial_time");
        case WasteReason::ColdChain:
            return QStringLiteral("cold_chain");
        case WasteReason::Other:
            return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<WasteReason> wasteReasonFromName(const QString& name)
{
    for (WasteReason r : {WasteReason::Broken, WasteReason::Expired, WasteReason::OpenVialTime,
                          WasteReason::ColdChain, WasteReason::Other}) {
        if (wasteReasonName(r) == name)
            return r;
    }
    return std::nullopt;
}

Result<int> LotLedger::onHand(Database& db, const QString& lotId, const QString& fridgeId)
{
    // stock_balance is the sum of the movements, kept by triggers (migration 5).
    return sumOf(db.exec(QStringLiteral("SELECT COALESCE(SUM(doses), 0) FROM stock_balance "
                                        "WHERE lot_id = ? AND fridge_id = ?"),
                         {lotId, fridgeId}));
}

Result<int> LotLedger::onHandAt(Database& db, const QString& lotId, const QString& fridgeId,
                                const QDateTime& at)
{
    return sumOf(db.exec(QStringLiteral("SELECT COALESCE(SUM(doses), 0) FROM stock_movement "
                                        "WHERE lot_id = ? AND fridge_id = ? AND at <= ?"),
                         {lotId, fridgeId, toDbTime(at)}));
}

Result<int> LotLedger::onHandBefore(Database& db, const QString& lotId, const QString& fridgeId,
                                    const QDateTime& at)
{
    return sumOf(db.exec(QStringLiteral("SELECT COALESCE(SUM(doses), 0) FROM stock_movement "
                                        "WHERE lot_id = ? AND fridge_id = ? AND at < ?"),
                         {lotId, fridgeId, toDbTime(at)}));
}

Result<std::vector<Movement>> LotLedger::movementsBetween(Database& db, const QString& lotId,
                                                          const QString& fridgeId,
                                                          const QDateTime& from,
                                                          const QDateTime& to)
{
    VAX_TRY_VALUE(auto q, db.exec(QStringLiteral(
                                      "SELECT kind, doses, reason FROM stock_movement WHERE lot_id "
                                      "= ? AND fridge_id = ? AND at >= ? AND at < ?"),
                                  {lotId, fridgeId, toDbTime(from), toDbTime(to)}));
    std::vector<Movement> result;
    while (q.next()) {
        // The schema allows only the five kinds; an unknown one counts as an adjustment.
        result.push_back({lotId, fridgeId,
                          movementKindFromName(q.value(QStringLiteral("kind")).toString())
                              .value_or(MovementKind::Adjustment),
                          q.value(QStringLiteral("doses")).toInt(),
                          q.value(QStringLiteral("reason")).toString()});
    }
    return result;
}

Result<int> LotLedger::onHandAllFridges(Database& db, const QString& lotId)
{
    return sumOf(db.exec(
        QStringLiteral("SELECT COALESCE(SUM(doses), 0) FROM stock_balance WHERE lot_id = ?"),
        {lotId}));
}

Result<QString> LotLedger::book(Database& db, const Movement& m, const QDateTime& at,
                                const QString& actor)
{
    if (m.doses == 0)
        return makeError(ErrorCode::InvalidArgument,
                         LedgerText::tr("Doses: a movement needs a number of doses other than "
                                        "0."),
                         QStringLiteral("doses"));
    VAX_TRY_VALUE(auto current, onHand(db, m.lotId, m.fridgeId));
    if (current + m.doses < 0)
        return makeError(ErrorCode::StockNegative,
                         LedgerText::tr("Doses: only %1 doses of this lot are in the fridge; "
                                        "%2 cannot be taken out. Count the stock and correct it "
                                        "first.")
                             .arg(current)
                             .arg(-m.doses),
                         QStringLiteral("doses"));
    const QString id = newId();
    VAX_TRY(db.exec(QStringLiteral("INSERT INTO stock_movement(id, lot_id, fridge_id, kind, "
                                   "doses, reason, at, actor) VALUES(?,?,?,?,?,?,?,?)"),
                    {id, m.lotId, m.fridgeId, movementKindName(m.kind), m.doses, notNull(m.reason),
                     toDbTime(at), actor}));
    return id;
}

Status LotLedger::transfer(Database& db, const QString& lotId, const QString& from,
                           const QString& to, int doses, const QDateTime& at, const QString& actor)
{
    if (doses <= 0 || from == to)
        return makeError(ErrorCode::InvalidArgument,
                         LedgerText::tr("Transfer: give a positive number of doses and two "
                                        "different fridges."),
                         QStringLiteral("doses"));
    VAX_TRY(book(db, {lotId, from, MovementKind::Transfer, -doses, QStringLiteral("to:") + to}, at,
                 actor));
    VAX_TRY(book(db, {lotId, to, MovementKind::Transfer, doses, QStringLiteral("from:") + from}, at,
                 actor));
    return {};
}

Result<std::vector<StockBalance>> LotLedger::balances(Database& db, bool includeEmpty)
{
    VAX_TRY_VALUE(
        auto q, db.exec(QStringLiteral("SELECT lot_id, fridge_id, SUM(doses) AS doses FROM "
                                       "stock_movement GROUP BY lot_id, fridge_id ORDER BY lot_id, "
                                       "fridge_id")));
    std::vector<StockBalance> result;
    while (q.next()) {
        StockBalance b{q.value(QStringLiteral("lot_id")).toString(),
                       q.value(QStringLiteral("fridge_id")).toString(),
                       q.value(QStringLiteral("doses")).toInt()};
        if (includeEmpty || b.doses != 0)
            result.push_back(b);
    }
    return result;
}

}  // namespace vax
