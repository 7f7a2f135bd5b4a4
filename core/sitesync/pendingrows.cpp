#include "sitesync/pendingrows.h"

#include <QJsonDocument>

#include "common/dbformat.h"
#include "storage/database.h"

namespace vax::sitesync {

Status PendingRows::setApplying(Database& db, bool active)
{
    auto q =
        db.exec(QStringLiteral("UPDATE site_apply SET active = ? WHERE id = 1"), {active ? 1 : 0});
    if (!q)
        return q.error();
    return {};
}

Status PendingRows::setAside(Database& db, const PendingRow& row, const QDateTime& now)
{
    auto q = db.exec(
        QStringLiteral("INSERT INTO site_pending(tbl, row_id, desk_no, desk_seq, payload, reason, "
                       "first_at, tried_at, tries) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) "
                       "ON CONFLICT(tbl, row_id) DO UPDATE SET desk_no = excluded.desk_no, "
                       "desk_seq = excluded.desk_seq, payload = excluded.payload, "
                       "reason = excluded.reason, tried_at = excluded.tried_at, "
                       "tries = site_pending.tries + 1"),
        {row.table, row.id, row.desk, row.deskSeq,
         QString::fromUtf8(QJsonDocument(row.image).toJson(QJsonDocument::Compact)), row.reason,
         toDbTime(now), toDbTime(now)});
    if (!q)
        return q.error();
    return {};
}

Status PendingRows::failedAgain(Database& db, const QString& table, const QString& id,
                                const QString& reason, const QDateTime& now)
{
    auto q = db.exec(QStringLiteral("UPDATE site_pending SET reason = ?, tried_at = ?, "
                                    "tries = tries + 1 WHERE tbl = ? AND row_id = ?"),
                     {reason, toDbTime(now), table, id});
    if (!q)
        return q.error();
    return {};
}

Status PendingRows::drop(Database& db, const QString& table, const QString& id)
{
    auto q = db.exec(QStringLiteral("DELETE FROM site_pending WHERE tbl = ? AND row_id = ?"),
                     {table, id});
    if (!q)
        return q.error();
    return {};
}

Result<QList<PendingRow>> PendingRows::all(Database& db)
{
    auto q =
        db.exec(QStringLiteral("SELECT tbl, row_id, desk_no, desk_seq, payload, reason, "
                               "first_at, tried_at, tries FROM site_pending "
                               "ORDER BY desk_no, desk_seq"));
    if (!q)
        return q.error();
    QList<PendingRow> out;
    while (q->next())
        out << PendingRow{q->value(0).toString(),
                          q->value(1).toString(),
                          q->value(2).toInt(),
                          q->value(3).toLongLong(),
                          QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object(),
                          q->value(5).toString(),
                          fromDbTime(q->value(6).toString()),
                          fromDbTime(q->value(7).toString()),
                          q->value(8).toInt()};
    return out;
}

Result<qint64> PendingRows::count(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM site_pending"));
    if (!q)
        return q.error();
    return q->scalar().toLongLong();
}

}  // namespace vax::sitesync
