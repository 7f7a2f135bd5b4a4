#include "stock/stockcountrepository.h"

#include "common/dbformat.h"
#include "storage/database.h"

namespace vax {

Status StockCountRepository::insert(Database& db, const StockCountRecord& c)
{
    VAX_TRY(db.exec(QStringLiteral("INSERT INTO stock_count(id, lot_id, fridge_id, day, opening, "
                                   "received, administered, wasted, expected, counted, "
                                   "discrepancy, reason, movement_id, at, actor) "
                                   "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,NULLIF(?, ''),?,?)"),
                    {c.id, c.lotId, c.fridgeId, c.day.toString(Qt::ISODate), c.opening, c.received,
                     c.administered, c.wasted, c.expected, c.counted, c.discrepancy,
                     notNull(c.reason), c.movementId, toDbTime(c.at), c.countedBy}));
    return {};
}

}  // namespace vax
