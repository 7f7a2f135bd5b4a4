#include "sitesync/siteconflicts.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "catalog/catalog.h"
#include "common/clock.h"
#include "common/dbformat.h"
#include "sitesync/pendingrows.h"
#include "sitesync/pgconnection.h"
#include "sitesync/rowapply.h"
#include "sitesync/sitelink.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/transaction.h"

namespace vax::sitesync {

namespace {
const QString kReadAtKey = QStringLiteral("site.conflicts_read_at");
const QString kPersonMerge = QStringLiteral("person_merge");

std::optional<QDateTime> optionalDbTime(const QVariant& v)
{
    if (v.isNull() || v.toString().isEmpty())
        return std::nullopt;
    return fromDbTime(v.toString());
}

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<QList<SiteConflict>> fromServer(PgConnection& c, int desk)
{
    auto q = c.exec(QStringLiteral("SELECT id, kind, tbl, row_id, desk_no, detail::text, "
                                   "raised_at, resolved_at FROM vaxsite.conflicts(?)"),
                    {desk});
    if (!q)
        return q.error();
    QList<SiteConflict> out;
    while (q->next()) {
        SiteConflict s;
        s.id = q->value(0).toLongLong();
        s.kind = q->value(1).toString();
        s.table = q->value(2).toString();
        s.rowId = q->value(3).toString();
        s.desk = q->value(4).toInt();
        s.detail = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        s.raisedAt = q->value(6).toDateTime().toUTC();
        if (!q->value(7).isNull())
            s.resolvedAt = q->value(7).toDateTime().toUTC();
        out << s;
    }
    return out;
}

Status store(Database& db, const SiteConflict& s)
{
    auto q = db.exec(
        QStringLiteral("INSERT INTO site_conflict(id, kind, tbl, row_id, desk_no, detail, "
                       "raised_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, tbl = excluded.tbl, "
                       "row_id = excluded.row_id, desk_no = excluded.desk_no, "
                       "detail = excluded.detail, raised_at = excluded.raised_at, "
                       "resolved_at = excluded.resolved_at"),
        {s.id, s.kind, s.table, s.rowId, s.desk, jsonText(s.detail), toDbTime(s.raisedAt),
         s.resolvedAt ? QVariant(toDbTime(*s.resolvedAt)) : QVariant()});
    if (!q)
        return q.error();
    return {};
}

// One merge in a savepoint: applied, or rolled back alone with its reason kept.
Result<bool> applyMerge(Database& db, const QDateTime& now, qint64 id, const QJsonObject& detail)
{
    const QString merged = detail.value(QStringLiteral("merged")).toString();
    const QString kept = detail.value(QStringLiteral("kept")).toString();
    QStringList documents;
    for (const QJsonValue& v : detail.value(QStringLiteral("documents")).toArray())
        documents << v.toString();
    VAX_TRY(db.exec(QStringLiteral("SAVEPOINT site_merge")));
    const Status applied = applyPersonMerge(db, merged, kept, documents);
    if (!applied)
        VAX_TRY(db.exec(QStringLiteral("ROLLBACK TO site_merge")));
    VAX_TRY(db.exec(QStringLiteral("RELEASE site_merge")));
    if (applied) {
        // Pulled versions of what the merge removed would never apply: they wait no longer.
        VAX_TRY(PendingRows::drop(db, QStringLiteral("person"), merged));
        for (const QString& d : documents)
            VAX_TRY(PendingRows::drop(db, QStringLiteral("identity_document"), d));
    }
    auto q = db.exec(
        QStringLiteral("UPDATE site_conflict SET applied_at = ?, apply_error = ? WHERE id = ?"),
        {applied ? QVariant(toDbTime(now)) : QVariant(),
         applied ? QVariant() : QVariant(applied.error().message), id});
    if (!q)
        return q.error();
    return applied.ok();
}
}  // namespace

QString doseSeries(const QString& productCode)
{
    const Product* p = Catalog::builtIn().find(productCode);
    return p && !p->disease.isEmpty() ? p->disease : productCode;
}

Result<ConflictRefresh> SiteConflicts::refresh(Database& db, const Clock& clock, PgConnection& c,
                                               const SiteLink& link)
{
    VAX_TRY_VALUE(const QList<SiteConflict> all, fromServer(c, link.desk));
    const QDateTime now = clock.nowUtc();
    ConflictRefresh report;
    report.read = static_cast<int>(all.size());
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    for (const SiteConflict& s : all)
        VAX_TRY(store(db, s));
    VAX_TRY(writeMeta(db, kReadAtKey, toDbTime(now)));
    VAX_TRY_VALUE(auto waiting,
                  db.exec(QStringLiteral("SELECT id, detail FROM site_conflict WHERE kind = ? "
                                         "AND applied_at IS NULL ORDER BY id"),
                          {kPersonMerge}));
    QList<std::pair<qint64, QJsonObject>> merges;
    while (waiting.next())
        merges.append({waiting.value(0).toLongLong(),
                       QJsonDocument::fromJson(waiting.value(1).toString().toUtf8()).object()});
    if (!merges.isEmpty()) {
        VAX_TRY(PendingRows::setApplying(db, true));
        for (const auto& [id, detail] : merges) {
            VAX_TRY_VALUE(const bool applied, applyMerge(db, now, id, detail));
            report.applied += applied ? 1 : 0;
        }
        VAX_TRY(PendingRows::setApplying(db, false));
    }
    VAX_TRY(tx.commit());
    return report;
}

Result<QList<SiteConflict>> SiteConflicts::open(Database& db)
{
    VAX_TRY_VALUE(auto q, db.exec(QStringLiteral("SELECT id, kind, tbl, row_id, desk_no, detail, "
                                                 "raised_at, resolved_at, applied_at, "
                                                 "apply_error FROM site_conflict WHERE "
                                                 "resolved_at IS NULL ORDER BY id")));
    QList<SiteConflict> out;
    while (q.next()) {
        SiteConflict s;
        s.id = q.value(0).toLongLong();
        s.kind = q.value(1).toString();
        s.table = q.value(2).toString();
        s.rowId = q.value(3).toString();
        s.desk = q.value(4).toInt();
        s.detail = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        s.raisedAt = fromDbTime(q.value(6).toString());
        s.resolvedAt = optionalDbTime(q.value(7));
        s.appliedAt = optionalDbTime(q.value(8));
        s.applyError = q.value(9).toString();
        out << s;
    }
    return out;
}

Result<qint64> SiteConflicts::openCount(Database& db)
{
    VAX_TRY_VALUE(
        auto q,
        db.exec(QStringLiteral("SELECT count(*) FROM site_conflict WHERE resolved_at IS NULL")));
    return q.scalar().toLongLong();
}

Result<std::optional<QDateTime>> SiteConflicts::readAt(Database& db)
{
    VAX_TRY_VALUE(const QString text, readMeta(db, kReadAtKey));
    if (text.isEmpty())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromDbTime(text));
}

}  // namespace vax::sitesync
