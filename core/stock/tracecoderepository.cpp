#include "stock/tracecoderepository.h"

#include "common/dbformat.h"
#include "storage/database.h"

namespace vax {

Result<std::optional<QString>> TraceCodeRepository::lotOf(Database& db, const QString& code)
{
    VAX_TRY_VALUE(auto q,
                  db.exec(QStringLiteral("SELECT lot_id FROM trace_code WHERE code = ?"), {code}));
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(QStringLiteral("lot_id")).toString());
}

Status TraceCodeRepository::insert(Database& db, const QString& code, const QString& lotId,
                                   const QDateTime& receivedAt)
{
    VAX_TRY(db.exec(QStringLiteral("INSERT INTO trace_code(code, lot_id, received_at) "
                                   "VALUES(?,?,?)"),
                    {code, lotId, toDbTime(receivedAt)}));
    return {};
}

Status TraceCodeRepository::insertIfAbsent(Database& db, const QString& code, const QString& lotId,
                                           const QDateTime& receivedAt)
{
    VAX_TRY(db.exec(QStringLiteral("INSERT OR IGNORE INTO trace_code(code, lot_id, "
                                   "received_at) VALUES(?,?,?)"),
                    {code, lotId, toDbTime(receivedAt)}));
    return {};
}

Result<int> TraceCodeRepository::markUsed(Database& db, const QString& code, const QDateTime& at)
{
    VAX_TRY_VALUE(auto q, db.exec(QStringLiteral("UPDATE trace_code SET used_at = ? WHERE code = ? "
                                                 "AND used_at IS NULL"),
                                  {toDbTime(at), code}));
    return q.rowsAffected();
}

Result<int> TraceCodeRepository::markUnused(Database& db, const QString& code)
{
    VAX_TRY_VALUE(
        auto q,
        db.exec(QStringLiteral("UPDATE trace_code SET used_at = NULL WHERE code = ?"), {code}));
    return q.rowsAffected();
}

Result<QStringList> TraceCodeRepository::unusedOf(Database& db, const QString& lotId, int limit)
{
    VAX_TRY_VALUE(
        auto q,
        db.exec(QStringLiteral("SELECT t.code AS code FROM trace_code t WHERE t.lot_id = ? AND "
                               "t.used_at IS NULL AND NOT EXISTS (SELECT 1 FROM dose d WHERE "
                               "d.trace_code = t.code AND d.status = 'completed') "
                               "ORDER BY t.received_at, t.code LIMIT ?"),
                {lotId, limit}));
    QStringList codes;
    while (q.next())
        codes << q.value(QStringLiteral("code")).toString();
    return codes;
}

}  // namespace vax
