#include "sitesync/siteconflicts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "catalog/catalog.h"
#include "common/clock.h"
#include "common/dbformat.h"
#include "security/permissions.h"
#include "sitesync/pendingrows.h"
#include "sitesync/pgconnection.h"
#include "sitesync/rowapply.h"
#include "sitesync/sitelink.h"
#include "storage/audit.h"
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

struct ConflictText {
    Q_DECLARE_TR_FUNCTIONS(SiteConflicts)
};

const QString kResolutionKey = QStringLiteral("resolution");

// The server's columns of a conflict from `resolved_at` on (schema 10): its resolution, if a
// person made it.
std::optional<ConflictResolution> resolutionAt(const QSqlQuery& q, int first)
{
    if (q.value(first).isNull() || q.value(first + 1).isNull())
        return std::nullopt;
    return ConflictResolution{q.value(first + 1).toString(), q.value(first + 2).toString(),
                              q.value(first + 3).toInt(), q.value(first + 4).toString()};
}

// Every conflict of the server (or the one numbered `only`).
Result<QList<SiteConflict>> fromServer(PgConnection& c, int desk, qint64 only = 0)
{
    auto q = c.exec(QStringLiteral("SELECT id, kind, tbl, row_id, desk_no, detail::text, "
                                   "raised_at, resolved_at, resolved_by, resolved_by_name, "
                                   "resolved_desk, resolution_note FROM vaxsite.conflicts(?) "
                                   "WHERE ?::bigint = 0 OR id = ?::bigint"),
                    {desk, only, only});
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
        s.resolution = resolutionAt(*q, 7);
        out << s;
    }
    return out;
}

QJsonObject resolutionJson(const ConflictResolution& r)
{
    return {{QStringLiteral("by"), r.staffId},
            {QStringLiteral("by_name"), r.staffName},
            {QStringLiteral("desk"), r.desk},
            {QStringLiteral("note"), r.note}};
}

// The detail as the desk keeps it: the server's, with the resolution under "resolution".
QJsonObject storedDetail(const SiteConflict& s)
{
    QJsonObject d = s.detail;
    if (s.resolution)
        d.insert(kResolutionKey, resolutionJson(*s.resolution));
    return d;
}

// One conflict of the desk's copy (the columns of kCopyColumns).
SiteConflict conflictOfCopy(const Query& q)
{
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
    const QJsonObject r = s.detail.take(kResolutionKey).toObject();
    if (!r.isEmpty())
        s.resolution = ConflictResolution{
            r.value(QStringLiteral("by")).toString(), r.value(QStringLiteral("by_name")).toString(),
            r.value(QStringLiteral("desk")).toInt(), r.value(QStringLiteral("note")).toString()};
    return s;
}

Result<QList<SiteConflict>> fromCopy(Database& db, bool includeResolved)
{
    VAX_TRY_VALUE(auto q, db.exec(QStringLiteral("SELECT id, kind, tbl, row_id, desk_no, detail, "
                                                 "raised_at, resolved_at, applied_at, "
                                                 "apply_error FROM site_conflict WHERE ? OR "
                                                 "resolved_at IS NULL ORDER BY id"),
                                  {includeResolved ? 1 : 0}));
    QList<SiteConflict> out;
    while (q.next())
        out << conflictOfCopy(q);
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
        {s.id, s.kind, s.table, s.rowId, s.desk, jsonText(storedDetail(s)), toDbTime(s.raisedAt),
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
    return fromCopy(db, false);
}

Result<QList<SiteConflict>> SiteConflicts::all(Database& db)
{
    return fromCopy(db, true);
}

Result<ConflictList> SiteConflicts::list(Database& db, bool includeResolved)
{
    ConflictList out;
    VAX_TRY_VALUE(auto tx, ReadTransaction::begin(db));
    VAX_TRY_VALUE(out.conflicts, fromCopy(db, includeResolved));
    VAX_TRY_VALUE(out.pending, PendingRows::all(db));
    VAX_TRY_VALUE(out.readAt, readAt(db));
    VAX_TRY_VALUE(out.open, openCount(db));
    return out;
}

namespace {
// Who resolved a conflict before, for the refusal of a second resolution.
QString resolvedBefore(const SiteConflict& c, const SiteCalendar& calendar)
{
    const QString when =
        c.resolvedAt ? calendar.local(*c.resolvedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                     : QString();
    if (!c.resolution)
        return ConflictText::tr("the site server resolved it on %1 (a correction left one dose)")
            .arg(when);
    return ConflictText::tr("%1 resolved it at desk %2 on %3: \"%4\"")
        .arg(c.resolution->staffName.isEmpty() ? c.resolution->staffId : c.resolution->staffName)
        .arg(c.resolution->desk)
        .arg(when, c.resolution->note);
}
}  // namespace

Result<SiteConflict> SiteConflicts::resolve(const ServiceContext& ctx, SecretStore& secrets,
                                            qint64 id, const QString& note, int timeoutSeconds)
{
    VAX_TRY_VALUE(const StaffMember actor,
                  requirePermission(ctx.db, ctx.actorId, Permission::ResolveSiteConflicts));
    const QString text = note.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         ConflictText::tr("Note: say what was reviewed and decided (e.g. \"both "
                                          "doses confirmed with the person, AEFI watch noted\"). "
                                          "A conflict is resolved only with a note."),
                         QStringLiteral("note"));
    if (id <= 0)
        return makeError(ErrorCode::NotFound,
                         ConflictText::tr("Conflict: give its number as vaxctl site conflicts "
                                          "lists it (#12 is 12)."),
                         QStringLiteral("id"));
    VAX_TRY_VALUE(const auto link, SiteJoinService::link(ctx.db));
    if (!link)
        return makeError(ErrorCode::SiteNotJoined,
                         ConflictText::tr("This desk has not joined a site server, so it has no "
                                          "site conflicts to resolve (vaxctl site join)."),
                         QStringLiteral("site"));
    auto connected = connectJoinedDesk(ctx.db, secrets, *link, timeoutSeconds);
    if (!connected && connected.error().code == ErrorCode::SiteUnreachable)
        return makeError(ErrorCode::SiteUnreachable,
                         ConflictText::tr("The site server does not answer (%1). A conflict is "
                                          "resolved on the server, so that every desk agrees: "
                                          "nothing was written. Resolve it once the server is "
                                          "back (vaxctl site status says when it answers).")
                             .arg(connected.error().message),
                         QStringLiteral("server"));
    if (!connected)
        return connected.error();
    PgConnection& c = **connected;

    // The audit row first: a refusal of this desk's own (its clock gone back) is found before
    // the server is asked, and the server's refusal rolls it back.
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(ctx.db));
    VAX_TRY(AuditLog::append(
        ctx.db,
        {ctx.clock.nowUtc(), actor.id, QStringLiteral("site.conflict_resolve"),
         QStringLiteral("site_conflict"), QString::number(id),
         QJsonObject{{QStringLiteral("desk"), link->desk}, {QStringLiteral("note"), text}}}));
    VAX_TRY_VALUE(auto q, c.exec(QStringLiteral("SELECT outcome FROM vaxsite.resolve_conflict("
                                                "?, ?, ?, ?, ?)"),
                                 {link->desk, id, actor.id, actor.displayName, text}));
    const QString outcome = q.next() ? q.value(0).toString() : QString();
    if (outcome == QLatin1String("unknown"))
        return makeError(ErrorCode::NotFound,
                         ConflictText::tr("Conflict #%1: the site server has no conflict with "
                                          "this number. vaxctl site conflicts --all lists them.")
                             .arg(id),
                         QStringLiteral("id"));
    VAX_TRY_VALUE(const QList<SiteConflict> now, fromServer(c, link->desk, id));
    if (now.isEmpty() || !now.first().resolvedAt)
        return makeError(ErrorCode::SiteServerError,
                         ConflictText::tr("Conflict #%1: the site server did not record the "
                                          "resolution. Nothing was written; try again.")
                             .arg(id),
                         QStringLiteral("server"));
    if (outcome != QLatin1String("resolved"))
        return makeError(ErrorCode::AlreadyExists,
                         ConflictText::tr("Conflict #%1 is resolved already: %2. Nothing was "
                                          "changed; the next sync shows it resolved here too.")
                             .arg(id)
                             .arg(resolvedBefore(now.first(), ctx.calendar)),
                         QStringLiteral("id"));
    VAX_TRY(store(ctx.db, now.first()));
    VAX_TRY(tx.commit());
    return now.first();
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
