#include "sitesync/sitehistory.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>

#include <algorithm>
#include <utility>
#include <vector>

#include "common/clock.h"
#include "common/dbformat.h"
#include "sitesync/briefconnect.h"
#include "sitesync/pendingrows.h"
#include "sitesync/pgconnection.h"
#include "sitesync/replicatedtables.h"
#include "sitesync/rowapply.h"
#include "sitesync/sitelink.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/transaction.h"

namespace vax::sitesync {

namespace {
struct HistoryText {
    Q_DECLARE_TR_FUNCTIONS(SiteSync)
};

// {person id: {"at": when the server answered, "missing": rows set aside}} of the last persons.
const QString kFetchedKey = QStringLiteral("site.history_fetched");
constexpr int kPersonsKept = 32;

struct ServerRow {
    QString table;
    QString id;
    int desk = 0;
    qint64 deskSeq = 0;
    QJsonObject image;
};

// Connects (after a TCP probe bounded by the timeout, so a server that is off costs no more) and
// runs one of the server's read functions, each statement bounded by statement_timeout.
Result<QList<ServerRow>> ask(Database& db, SecretStore& secrets, const SiteLink& link,
                             const QString& sql, const QVariantList& args,
                             const HistoryOptions& options)
{
    VAX_TRY_VALUE(const std::unique_ptr<PgConnection> c,
                  connectBriefly(db, secrets, link, options.timeoutMs,
                                 HistoryText::tr("The site server %1 did not answer within %2 ms "
                                                 "(%3): this desk judges its own records only.")));
    VAX_TRY_VALUE(QSqlQuery q, c->exec(sql, args));
    QList<ServerRow> rows;
    while (q.next()) {
        const int desk = q.value(2).toInt();
        if (desk == link.desk)
            continue;  // this desk's own rows are here already (the pull skips them too)
        rows << ServerRow{q.value(0).toString(), q.value(1).toString(), desk,
                          q.value(3).toLongLong(),
                          QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()};
    }
    return rows;
}

Result<QJsonObject> fetchedPersons(Database& db)
{
    VAX_TRY_VALUE(const QString text, readMeta(db, kFetchedKey));
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Records that the server answered for `personId` at `at`; keeps the most recent persons only.
Status rememberFetch(Database& db, const QString& personId, const QDateTime& at, qint64 missing)
{
    VAX_TRY_VALUE(QJsonObject fetched, fetchedPersons(db));
    fetched.insert(personId, QJsonObject{{QStringLiteral("at"), toDbTime(at)},
                                         {QStringLiteral("missing"), missing}});
    if (fetched.size() > kPersonsKept) {
        std::vector<std::pair<QString, QString>> byTime;
        for (auto it = fetched.begin(); it != fetched.end(); ++it)
            byTime.emplace_back(it.value().toObject().value(QStringLiteral("at")).toString(),
                                it.key());
        std::sort(byTime.begin(), byTime.end());
        for (size_t i = 0; i + kPersonsKept < byTime.size(); ++i)
            fetched.remove(byTime[i].second);
    }
    return writeMeta(db, kFetchedKey,
                     QString::fromUtf8(QJsonDocument(fetched).toJson(QJsonDocument::Compact)));
}

// The rows as the pull applies them, in ONE transaction with site_apply raised: nothing reaches
// the outbox; a row that cannot be applied waits in site_pending. `personId`: the history of that
// person was fetched (recorded with the rows).
Result<HistoryFetch> applyRows(Database& db, const QDateTime& now, const QList<ServerRow>& rows,
                               const QString& personId)
{
    HistoryFetch f;
    f.joined = true;
    f.answered = true;
    f.rows = rows.size();
    VAX_TRY_VALUE(const TableColumns columns, TableColumns::read(db));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(PendingRows::setApplying(db, true));
    VAX_TRY_VALUE(const qint64 pushed, pushedSeq(db));
    for (const ServerRow& r : rows) {
        auto applied = applyInSavepoint(db, columns, r.table, r.id, r.image, r.desk, pushed);
        if (applied) {
            VAX_TRY(PendingRows::drop(db, r.table, r.id));
            if (*applied == RowApplied::Written)
                ++f.written;
            continue;
        }
        if (isDatabaseFailure(applied.error()))
            return applied.error();
        VAX_TRY(PendingRows::setAside(
            db, {r.table, r.id, r.desk, r.deskSeq, r.image, applied.error().message, now, now, 1},
            now));
        ++f.setAside;
    }
    VAX_TRY(PendingRows::setApplying(db, false));
    VAX_TRY(recordServerContact(db, now, true));
    if (!personId.isEmpty())
        VAX_TRY(rememberFetch(db, personId, now, f.setAside));
    VAX_TRY(tx.commit());
    return f;
}

// The server could not be asked: recorded (unreachable since now, unless it already was).
Status recordFailure(Database& db, const QDateTime& now)
{
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(recordServerContact(db, now, false));
    return tx.commit();
}

// Asks and applies; a server that cannot be asked is recorded and told in the fetch.
Result<HistoryFetch> askAndApply(Database& db, const Clock& clock, SecretStore& secrets,
                                 const SiteLink& link, const QString& sql, const QVariantList& args,
                                 const QString& personId, const HistoryOptions& options)
{
    auto rows = ask(db, secrets, link, sql, args, options);
    const QDateTime now = clock.nowUtc();
    if (rows)
        return applyRows(db, now, *rows, personId);
    if (isDatabaseFailure(rows.error()))
        return rows.error();
    VAX_TRY(recordFailure(db, now));
    HistoryFetch f;
    f.joined = true;
    f.problem = rows.error();
    return f;
}
}  // namespace

PersonQuery personQueryOf(const PersonDraft& draft, const QDate& today)
{
    PersonQuery q;
    q.phone = draft.phone;
    q.name = draft.name;
    if (auto doc = checkDocument(draft.document, today)) {
        q.document = *doc;
        q.birthDate = doc->birthDate.value_or(QDate());
    } else if (draft.document.birthDate) {
        q.birthDate = *draft.document.birthDate;
    }
    return q;
}

Result<HistoryFetch> SiteHistoryService::refresh(Database& db, const Clock& clock,
                                                 SecretStore& secrets, const QString& personId,
                                                 const HistoryOptions& options)
{
    VAX_TRY_VALUE(const std::optional<SiteLink> link, SiteJoinService::link(db));
    if (!link)
        return HistoryFetch{};
    VAX_TRY_VALUE(HistoryFetch f,
                  askAndApply(db, clock, secrets, *link,
                              QStringLiteral("SELECT tbl, row_id, desk_no, desk_seq, payload::text "
                                             "FROM vaxsite.person_history(?, ?)"),
                              {link->desk, personId}, personId, options));
    VAX_TRY_VALUE(f.scope, scope(db, clock.nowUtc(), personId));
    return f;
}

Result<HistoryFetch> SiteHistoryService::findPersons(Database& db, const Clock& clock,
                                                     SecretStore& secrets, const PersonQuery& query,
                                                     const HistoryOptions& options)
{
    VAX_TRY_VALUE(const std::optional<SiteLink> link, SiteJoinService::link(db));
    if (!link)
        return HistoryFetch{};
    const QString name = query.name.simplified();
    const QVariantList args{
        link->desk,
        query.document ? documentTypeName(query.document->type) : QStringLiteral(""),
        query.document ? query.document->matchKey : QStringLiteral(""),
        query.phone.trimmed(),
        query.birthDate.isValid() ? name : QStringLiteral(""),
        query.birthDate.isValid() ? query.birthDate.toString(Qt::ISODate) : QStringLiteral(""),
        10};
    return askAndApply(db, clock, secrets, *link,
                       QStringLiteral("SELECT tbl, row_id, desk_no, desk_seq, payload::text FROM "
                                      "vaxsite.find_persons(?, ?, ?, ?, ?, ?, ?)"),
                       args, QString(), options);
}

Result<HistoryScope> SiteHistoryService::scope(Database& db, const QDateTime& now,
                                               const QString& personId)
{
    HistoryScope s;
    VAX_TRY_VALUE(const std::optional<SiteLink> link, SiteJoinService::link(db));
    if (!link)
        return s;
    VAX_TRY_VALUE(const QDateTime since, serverUnreachableSince(db));
    VAX_TRY_VALUE(const QJsonObject fetched, fetchedPersons(db));
    const QJsonObject entry = fetched.value(personId).toObject();
    const QDateTime at = fromDbTime(entry.value(QStringLiteral("at")).toString());
    if (at.isValid() && at <= now && at.secsTo(now) <= qint64(kFreshMinutes) * 60 &&
        (!since.isValid() || at >= since)) {
        s.kind = HistoryScope::Kind::Site;
        s.asOf = at;
        s.missing = entry.value(QStringLiteral("missing")).toInt();
        return s;
    }
    s.kind = HistoryScope::Kind::DeskOnly;
    s.unreachableSince = since;
    return s;
}

}  // namespace vax::sitesync
