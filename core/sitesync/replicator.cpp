#include "sitesync/replicator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

#include "common/clock.h"
#include "sitesync/pendingrows.h"
#include "sitesync/pgconnection.h"
#include "sitesync/replicatedtables.h"
#include "sitesync/rowapply.h"
#include "sitesync/siteconflicts.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/transaction.h"

namespace vax::sitesync {

namespace {
struct SyncText {
    Q_DECLARE_TR_FUNCTIONS(SiteSync)
};

const QString kPushedKey = QStringLiteral("site.pushed_seq");
const QString kPullCursorKey = QStringLiteral("site.pull_cursor");

struct OutboxRow {
    QString table;
    QString id;
    qint64 seq = 0;
};

struct Cursor {
    QString txid = QStringLiteral("0");
    qint64 seq = 0;
    QString text() const { return QStringLiteral("%1:%2").arg(txid).arg(seq); }
};

Cursor parseCursor(const QString& text)
{
    Cursor c;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        c.txid = text.left(colon);
        c.seq = text.mid(colon + 1).toLongLong();
    }
    return c;
}

// The next batch of the outbox, in change_seq order.
Result<std::vector<OutboxRow>> outboxBatch(Database& db, qint64 after, int limit)
{
    QStringList parts;
    QVariantList args;
    for (const QString& table : replicatedTables()) {
        parts << QStringLiteral(
                     "SELECT '%1', %2, change_seq FROM %1 WHERE change_seq > ? AND change_seq > 0 "
                     "AND "
                     "origin_desk IS NULL")
                     .arg(table, keyColumn(table));
        args << after;
    }
    args << limit;
    auto q = db.exec(
        parts.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY 3 LIMIT ?"), args);
    if (!q)
        return q.error();
    std::vector<OutboxRow> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong()});
    return out;
}

// One batch read from one snapshot: the rows, their images and the desk's counter.
struct PushBatch {
    QJsonArray changes;
    qint64 localMax = 0;
    qint64 top = 0;
};

Result<PushBatch> readBatch(Database& db, const TableColumns& columns, qint64 after, int limit)
{
    auto rx = ReadTransaction::begin(db);
    if (!rx)
        return rx.error();
    PushBatch b;
    auto counter = db.exec(QStringLiteral("SELECT value FROM change_counter WHERE id = 1"));
    if (!counter)
        return counter.error();
    b.localMax = counter->scalar().toLongLong();
    VAX_TRY_VALUE(const std::vector<OutboxRow> rows, outboxBatch(db, after, limit));
    for (const OutboxRow& r : rows) {
        VAX_TRY_VALUE(const QJsonObject image, rowImage(db, columns, r.table, r.id));
        b.top = std::max(b.top, r.seq);
        if (image.isEmpty())
            continue;
        QJsonObject change{{QStringLiteral("seq"), r.seq},
                           {QStringLiteral("table"), r.table},
                           {QStringLiteral("id"), r.id},
                           {QStringLiteral("hash"), rowHash(image)},
                           {QStringLiteral("row"), image}};
        // The server groups double doses by series, and has no catalog (server schema 4).
        if (r.table == QLatin1String("dose"))
            change.insert(QStringLiteral("series"),
                          doseSeries(image.value(QLatin1String("product_code")).toString()));
        b.changes.append(change);
    }
    rx->end();
    return b;
}

struct Pulled {
    QString txid;
    qint64 serverSeq = 0;
    int desk = 0;
    qint64 deskSeq = 0;
    QString table;
    QString id;
    QJsonObject image;
    bool current = true;  // still the server's version of the row (server schema 3)
};

struct BatchCounts {
    qint64 written = 0;
    qint64 unchanged = 0;
    qint64 keptLocal = 0;
    qint64 setAside = 0;
    qint64 recovered = 0;
    qint64 superseded = 0;
};

void tally(BatchCounts& c, RowApplied r)
{
    if (r == RowApplied::Written)
        ++c.written;
    else if (r == RowApplied::Unchanged)
        ++c.unchanged;
    else
        ++c.keptLocal;
}

// The rows waiting in site_pending, tried again until a pass applies none of them (a row may
// wait for another waiting row: a dose for its visit).
Status retryPending(Database& db, const TableColumns& columns, const QDateTime& now, qint64 pushed,
                    BatchCounts& counts)
{
    VAX_TRY_VALUE(QList<PendingRow> waiting, PendingRows::all(db));
    std::map<std::pair<QString, QString>, QString> lastReason;
    bool progress = true;
    while (progress && !waiting.isEmpty()) {
        progress = false;
        QList<PendingRow> still;
        for (const PendingRow& p : waiting) {
            auto applied = applyInSavepoint(db, columns, p.table, p.id, p.image, p.desk, pushed);
            if (!applied && isDatabaseFailure(applied.error()))
                return applied.error();
            if (applied) {
                VAX_TRY(PendingRows::drop(db, p.table, p.id));
                tally(counts, *applied);
                ++counts.recovered;
                progress = true;
            } else {
                lastReason[{p.table, p.id}] = applied.error().message;
                still << p;
            }
        }
        waiting = still;
    }
    for (const PendingRow& p : waiting)
        VAX_TRY(PendingRows::failedAgain(db, p.table, p.id, lastReason[{p.table, p.id}], now));
    return {};
}

// The highest change of this desk the server holds. A batch the server committed may not be
// recorded here (the replicator stopped between the server's COMMIT and its own), so the desk's
// cursor can be behind it; a pull before the next push must still count those rows as pushed,
// or it keeps a version the server has already superseded, and the repeated push, skipped as a
// duplicate, never corrects it. Not trusted above this desk's own counter (a restored backup,
// site.desk_behind): there the desk's cursor alone counts.
Result<qint64> serverHighWater(Database& db, PgConnection& c, const SiteLink& link)
{
    auto q = c.exec(QStringLiteral("SELECT high_water FROM vaxsite.desks() WHERE desk_no = ?"),
                    {link.desk});
    if (!q)
        return q.error();
    const qint64 high = q->next() ? q->value(0).toLongLong() : 0;
    auto counter = db.exec(QStringLiteral("SELECT value FROM change_counter WHERE id = 1"));
    if (!counter)
        return counter.error();
    return high <= counter->scalar().toLongLong() ? high : 0;
}

// One pulled batch in one SQLite transaction, the flag raised from the first statement to the
// last, the cursor stored with the rows.
Result<BatchCounts> applyBatch(Database& db, const Clock& clock, const TableColumns& columns,
                               const QList<Pulled>& rows, const Cursor& cursor, bool retry,
                               qint64 serverPushed)
{
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    VAX_TRY(PendingRows::setApplying(db, true));
    VAX_TRY_VALUE(const qint64 recorded, pushedSeq(db));
    const qint64 pushed = std::max(recorded, serverPushed);
    const QDateTime now = clock.nowUtc();
    BatchCounts counts;
    qint64 setAsideBefore = 0;
    for (const Pulled& p : rows) {
        if (!p.current) {
            ++counts.superseded;
            continue;
        }
        auto applied = applyInSavepoint(db, columns, p.table, p.id, p.image, p.desk, pushed);
        if (applied) {
            // A newer version applied: an older one waiting is obsolete.
            VAX_TRY(PendingRows::drop(db, p.table, p.id));
            tally(counts, *applied);
            continue;
        }
        if (isDatabaseFailure(applied.error()))
            return applied.error();
        VAX_TRY(PendingRows::setAside(
            db, {p.table, p.id, p.desk, p.deskSeq, p.image, applied.error().message, now, now, 1},
            now));
        ++setAsideBefore;
    }
    counts.setAside = setAsideBefore;
    if (retry)
        VAX_TRY(retryPending(db, columns, now, pushed, counts));
    VAX_TRY(PendingRows::setApplying(db, false));
    VAX_TRY(writeMeta(db, kPullCursorKey, cursor.text()));
    VAX_TRY(tx->commit());
    return counts;
}
}  // namespace

Result<PushReport> SiteSyncService::push(Database& db, PgConnection& c, const SiteLink& link,
                                         int batchSize)
{
    VAX_TRY_VALUE(const TableColumns columns, TableColumns::read(db));
    PushReport report;
    VAX_TRY_VALUE(report.pushedSeq, pushedSeq(db));
    for (;;) {
        VAX_TRY_VALUE(const PushBatch batch,
                      readBatch(db, columns, report.pushedSeq, std::max(1, batchSize)));
        if (batch.top == 0)
            return report;
        {
            auto tx = PgTransaction::begin(c);
            if (!tx)
                return tx.error();
            auto q = c.exec(
                QStringLiteral("SELECT vaxsite.push(?, ?::uuid, ?, ?::jsonb)"),
                {link.desk, link.incarnation, batch.localMax,
                 QString::fromUtf8(QJsonDocument(batch.changes).toJson(QJsonDocument::Compact))});
            if (!q)
                return q.error();
            VAX_TRY(tx->commit());
        }
        // Only now: a crash before this line pushes the batch again, which changes nothing.
        auto wtx = WriteTransaction::begin(db);
        if (!wtx)
            return wtx.error();
        VAX_TRY(writeMeta(db, kPushedKey, QString::number(batch.top)));
        VAX_TRY(wtx->commit());
        report.pushedSeq = batch.top;
        report.rows += batch.changes.size();
        ++report.batches;
    }
}

Result<PullReport> SiteSyncService::pull(Database& db, const Clock& clock, PgConnection& c,
                                         const SiteLink& link, int batchSize)
{
    VAX_TRY_VALUE(const TableColumns columns, TableColumns::read(db));
    VAX_TRY_VALUE(const QString stored, readMeta(db, kPullCursorKey));
    Cursor cursor = parseCursor(stored);
    VAX_TRY_VALUE(const qint64 serverPushed, serverHighWater(db, c, link));
    PullReport report;
    const int limit = std::clamp(batchSize, 1, 5000);
    bool retried = false;
    for (;;) {
        auto q = c.exec(QStringLiteral("SELECT txid, server_seq, desk_no, desk_seq, tbl, row_id, "
                                       "payload::text, current FROM vaxsite.pull(?, ?, ?, ?)"),
                        {link.desk, cursor.txid, cursor.seq, limit});
        if (!q)
            return q.error();
        QList<Pulled> rows;
        while (q->next())
            rows << Pulled{q->value(0).toString(),
                           q->value(1).toLongLong(),
                           q->value(2).toInt(),
                           q->value(3).toLongLong(),
                           q->value(4).toString(),
                           q->value(5).toString(),
                           QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object(),
                           q->value(7).toBool()};
        if (!rows.isEmpty()) {
            cursor.txid = rows.back().txid;
            cursor.seq = rows.back().serverSeq;
        }
        // The rows waiting are retried after every batch, and once when nothing new came.
        if (!rows.isEmpty() || !retried) {
            VAX_TRY_VALUE(const BatchCounts counts,
                          applyBatch(db, clock, columns, rows, cursor, true, serverPushed));
            report.written += counts.written;
            report.unchanged += counts.unchanged;
            report.keptLocal += counts.keptLocal;
            report.setAside += counts.setAside;
            report.recovered += counts.recovered;
            report.superseded += counts.superseded;
            retried = true;
        }
        report.rows += rows.size();
        if (!rows.isEmpty())
            ++report.batches;
        if (rows.size() < limit)
            break;
    }
    report.cursor = cursor.text();
    return report;
}

Result<SyncReport> SiteSyncService::sync(Database& db, const Clock& clock, SecretStore& secrets,
                                         const SyncOptions& options)
{
    SyncReport report;
    report.startedAt = clock.nowUtc();
    VAX_TRY_VALUE(const std::optional<SiteLink> link, SiteJoinService::link(db));
    if (!link)
        return makeError(ErrorCode::SiteNotJoined,
                         SyncText::tr("This desk has not joined a site server: join it first "
                                      "(vaxctl site join --server URL --desk N)."),
                         QStringLiteral("site"));
    report.link = *link;
    VAX_TRY_VALUE(const std::unique_ptr<PgConnection> c,
                  connectJoinedDesk(db, secrets, *link, options.timeoutSeconds));
    if (options.push) {
        VAX_TRY_VALUE(report.push, push(db, *c, *link, options.batchSize));
    }
    if (options.pull) {
        VAX_TRY_VALUE(report.pull, pull(db, clock, *c, *link, options.batchSize));
        // The server's conflicts, and its person merges applied here; rows a merge unblocked
        // (a document that collided with the merged one) apply on a second pull's retry.
        VAX_TRY_VALUE(const ConflictRefresh conflicts,
                      SiteConflicts::refresh(db, clock, *c, *link));
        report.mergesApplied = conflicts.applied;
        if (conflicts.applied > 0) {
            VAX_TRY_VALUE(const PullReport again, pull(db, clock, *c, *link, options.batchSize));
            report.pull.recovered += again.recovered;
            report.pull.written += again.written;
            report.pull.cursor = again.cursor;
        }
    }
    VAX_TRY_VALUE(const qint64 pushed, pushedSeq(db));
    report.push.pushedSeq = pushed;
    VAX_TRY_VALUE(report.backlog, outboxBacklog(db, pushed));
    VAX_TRY_VALUE(report.pending, PendingRows::count(db));
    VAX_TRY_VALUE(report.openConflicts, SiteConflicts::openCount(db));
    // Every round tells the server how far this desk's own rows go and how many still wait:
    // the site day close asks whether every desk has pushed up to it (docs/site.md 3.7).
    VAX_TRY_VALUE(const qint64 ownMax, outboxOwnMax(db));
    VAX_TRY(c->exec(QStringLiteral("SELECT vaxsite.report_outbox(?, ?::uuid, ?, ?)"),
                    {link->desk, link->incarnation, ownMax, report.backlog}));
    return report;
}

}  // namespace vax::sitesync
