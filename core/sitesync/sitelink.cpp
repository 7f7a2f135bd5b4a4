#include "sitesync/sitelink.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

#include "common/clock.h"
#include "common/dbformat.h"
#include "security/permissions.h"
#include "security/secretstore.h"
#include "site/site.h"
#include "sitesync/pendingrows.h"
#include "sitesync/pgconnection.h"
#include "sitesync/replicatedtables.h"
#include "sitesync/siteconflicts.h"
#include "sitesync/siteserver.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/transaction.h"

namespace vax::sitesync {

namespace {
struct LinkText {
    Q_DECLARE_TR_FUNCTIONS(SiteLink)
};

const QString kUrlKey = QStringLiteral("site.server_url");
const QString kDeskKey = QStringLiteral("site.desk");
const QString kIncarnationKey = QStringLiteral("site.incarnation");
const QString kJoinedAtKey = QStringLiteral("site.joined_at");
const QString kSiteCodeKey = QStringLiteral("site.site_code");
const QString kPushedKey = QStringLiteral("site.pushed_seq");
const QString kPullCursorKey = QStringLiteral("site.pull_cursor");
const QString kLastContactKey = QStringLiteral("site.last_contact");
const QString kUnreachableKey = QStringLiteral("site.unreachable_since");
const QString kDesksSeenKey = QStringLiteral("site.desks_seen");

struct Hello {
    QString siteCode;
    int schema = 0;
    int protocolMin = 0;
    int protocolMax = 0;
};

std::optional<QDateTime> optionalTime(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDateTime().toUTC();
}

// What the server says about itself, checked against this desk: schema, protocol, site code.
Result<Hello> hello(PgConnection& c, const QString& siteCode)
{
    auto q =
        c.exec(QStringLiteral("SELECT site_code, schema_version, protocol_min, protocol_max "
                              "FROM vaxsite.hello()"));
    if (!q) {
        if (q.error().code == ErrorCode::SiteServerError)
            return makeError(ErrorCode::SiteNotInitialized,
                             LinkText::tr("The database %1 is not set up as a site server (%2). "
                                          "Run \"vaxctl site-server init\" on the server PC.")
                                 .arg(c.url().text(), q.error().message),
                             QStringLiteral("server"));
        return q.error();
    }
    if (!q->next())
        return makeError(ErrorCode::SiteNotInitialized,
                         LinkText::tr("The site server %1 has no site recorded yet. Run "
                                      "\"vaxctl site-server init --site-code CODE\" on the "
                                      "server PC.")
                             .arg(c.url().text()),
                         QStringLiteral("server"));
    Hello h{q->value(0).toString(), q->value(1).toInt(), q->value(2).toInt(), q->value(3).toInt()};
    if (h.schema > latestServerSchema())
        return makeError(ErrorCode::SiteSchemaNewer,
                         LinkText::tr("The site server runs a newer VaxPoint (site schema %1; "
                                      "this desk knows up to %2). Upgrade VaxPoint on this desk "
                                      "to the server's release.")
                             .arg(h.schema)
                             .arg(latestServerSchema()),
                         QStringLiteral("server"));
    if (h.schema < latestServerSchema())
        return makeError(ErrorCode::SiteSchemaOlder,
                         LinkText::tr("The site server has an older site schema (%1; this desk "
                                      "needs %2). Run \"vaxctl site-server init\" of this "
                                      "release on the server PC.")
                             .arg(h.schema)
                             .arg(latestServerSchema()),
                         QStringLiteral("server"));
    if (kSiteProtocolVersion < h.protocolMin)
        return makeError(ErrorCode::SiteProtocol,
                         LinkText::tr("The site server accepts protocol %1 to %2 and this desk "
                                      "speaks %3: upgrade VaxPoint on this desk.")
                             .arg(h.protocolMin)
                             .arg(h.protocolMax)
                             .arg(kSiteProtocolVersion),
                         QStringLiteral("server"));
    if (kSiteProtocolVersion > h.protocolMax)
        return makeError(ErrorCode::SiteProtocol,
                         LinkText::tr("The site server accepts protocol %1 to %2 and this desk "
                                      "speaks %3: run \"vaxctl site-server init\" of this "
                                      "release on the server PC.")
                             .arg(h.protocolMin)
                             .arg(h.protocolMax)
                             .arg(kSiteProtocolVersion),
                         QStringLiteral("server"));
    if (h.siteCode != siteCode)
        return makeError(ErrorCode::SiteOtherSite,
                         LinkText::tr("The site server %1 serves site %2, and this desk's "
                                      "database is site %3. Join this site's own server, or "
                                      "check that this is the right desk database.")
                             .arg(c.url().text(), h.siteCode, siteCode),
                         QStringLiteral("server"));
    return h;
}

Result<std::unique_ptr<PgConnection>> connectDesk(const ServerUrl& url, int desk,
                                                  const QString& password, int timeoutSeconds)
{
    ConnectOptions options;
    options.timeoutSeconds = timeoutSeconds;
    options.requireTls = true;
    const QString role = url.user.isEmpty() ? deskRoleName(url.database, desk) : url.user;
    return PgConnection::open(url, role, password, options);
}

Result<qint64> metaNumber(Database& db, const QString& key)
{
    VAX_TRY_VALUE(auto text, readMeta(db, key));
    return text.toLongLong();
}

// `desks`: what the server said of every desk (status asks; a sync round does not).
Status writeContact(Database& db, const QDateTime& now, bool reachable, const QJsonArray* desks)
{
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(recordServerContact(db, now, reachable));
    if (reachable && desks)
        VAX_TRY(writeMeta(db, kDesksSeenKey,
                          QString::fromUtf8(QJsonDocument(*desks).toJson(QJsonDocument::Compact))));
    return tx.commit();
}

QJsonObject deskJson(const DeskActivity& d)
{
    auto time = [](const std::optional<QDateTime>& t) {
        return t ? QJsonValue(toDbTime(*t)) : QJsonValue();
    };
    return {{QStringLiteral("desk"), d.desk},
            {QStringLiteral("joined_at"), time(d.joinedAt)},
            {QStringLiteral("last_push_at"), time(d.lastPushAt)},
            {QStringLiteral("last_pull_at"), time(d.lastPullAt)},
            {QStringLiteral("high_water"), d.highWater}};
}

QList<DeskActivity> desksFromJson(const QString& text)
{
    QList<DeskActivity> out;
    auto time = [](const QJsonValue& v) -> std::optional<QDateTime> {
        if (!v.isString())
            return std::nullopt;
        return fromDbTime(v.toString());
    };
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out << DeskActivity{o.value(QStringLiteral("desk")).toInt(),
                            time(o.value(QStringLiteral("joined_at"))),
                            time(o.value(QStringLiteral("last_push_at"))),
                            time(o.value(QStringLiteral("last_pull_at"))),
                            static_cast<qint64>(o.value(QStringLiteral("high_water")).toDouble())};
    }
    return out;
}

// The backlog, the pushed cursor and the rows set aside, from this desk's database.
Status readBacklog(Database& db, SiteStatus& s)
{
    VAX_TRY_VALUE(auto pushed, metaNumber(db, kPushedKey));
    s.pushedSeq = pushed;
    VAX_TRY_VALUE(auto backlog, outboxBacklog(db, s.pushedSeq));
    s.backlog = backlog;
    VAX_TRY_VALUE(auto pending, PendingRows::count(db));
    s.pending = pending;
    return {};
}

// The last contact and since when unreachable as recorded; when the server was not asked (or
// not reached), the desks as last seen.
Status readContact(Database& db, SiteStatus& s)
{
    VAX_TRY_VALUE(auto last, readMeta(db, kLastContactKey));
    VAX_TRY_VALUE(auto since, readMeta(db, kUnreachableKey));
    if (!last.isEmpty())
        s.lastContact = fromDbTime(last);
    if (!since.isEmpty())
        s.unreachableSince = fromDbTime(since);
    if (s.desks.isEmpty() && s.lastContact) {
        VAX_TRY_VALUE(auto desks, readMeta(db, kDesksSeenKey));
        s.desks = desksFromJson(desks);
        s.desksAsOf = s.lastContact;
    }
    VAX_TRY_VALUE(s.openConflicts, SiteConflicts::openCount(db));
    VAX_TRY_VALUE(s.conflictsAsOf, SiteConflicts::readAt(db));
    return {};
}

// Puts back what `key` held before a step that failed after writing it (nothing: removed).
void restoreSecret(SecretStore& secrets, const QString& key,
                   const std::optional<QByteArray>& previous)
{
    if (previous)
        (void)secrets.set(key, *previous);
    else
        (void)secrets.remove(key);
}

// The link in this desk's database, in one transaction with its audit row. `fresh`: a new
// incarnation, whose cursors start again.
Status recordLink(Database& db, const Clock& clock, const QString& actorId, const SiteLink& out,
                  bool fresh, bool rejoin)
{
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(writeMeta(db, kUrlKey, out.serverUrl));
    VAX_TRY(writeMeta(db, kDeskKey, QString::number(out.desk)));
    VAX_TRY(writeMeta(db, kIncarnationKey, out.incarnation));
    VAX_TRY(writeMeta(db, kJoinedAtKey, toDbTime(out.joinedAt)));
    VAX_TRY(writeMeta(db, kSiteCodeKey, out.siteCode));
    if (fresh) {
        VAX_TRY(writeMeta(db, kPushedKey, QStringLiteral("0")));
        VAX_TRY(writeMeta(db, kPullCursorKey, QStringLiteral("")));
    }
    VAX_TRY(AuditLog::append(db, {clock.nowUtc(), actorId, QStringLiteral("site.join"),
                                  QStringLiteral("site_server"), out.serverUrl,
                                  QJsonObject{{QStringLiteral("desk"), out.desk},
                                              {QStringLiteral("incarnation"), out.incarnation},
                                              {QStringLiteral("rejoin"), rejoin}}}));
    return tx.commit();
}
}  // namespace

Status recordServerContact(Database& db, const QDateTime& now, bool reachable)
{
    if (reachable) {
        VAX_TRY(writeMeta(db, kLastContactKey, toDbTime(now)));
        return writeMeta(db, kUnreachableKey, QStringLiteral(""));
    }
    VAX_TRY_VALUE(auto since, readMeta(db, kUnreachableKey));
    if (since.isEmpty())
        VAX_TRY(writeMeta(db, kUnreachableKey, toDbTime(now)));
    return {};
}

Result<QDateTime> serverUnreachableSince(Database& db)
{
    VAX_TRY_VALUE(auto since, readMeta(db, kUnreachableKey));
    return since.isEmpty() ? QDateTime() : fromDbTime(since);
}

QString deskSecretKey(const QString& siteId, int desk)
{
    return QStringLiteral("site-server/%1/desk-%2").arg(siteId).arg(desk);
}

Result<std::optional<SiteLink>> SiteJoinService::link(Database& db)
{
    VAX_TRY_VALUE(auto url, readMeta(db, kUrlKey));
    if (url.isEmpty())
        return std::optional<SiteLink>();
    SiteLink l;
    l.serverUrl = url;
    auto desk = readMeta(db, kDeskKey);
    auto incarnation = readMeta(db, kIncarnationKey);
    auto joined = readMeta(db, kJoinedAtKey);
    auto code = readMeta(db, kSiteCodeKey);
    for (const auto* r : {&desk, &incarnation, &joined, &code})
        if (!*r)
            return r->error();
    l.desk = desk->toInt();
    l.incarnation = *incarnation;
    l.joinedAt = fromDbTime(*joined);
    l.siteCode = *code;
    return std::optional<SiteLink>(l);
}

Result<SiteLink> SiteJoinService::join(const ServiceContext& ctx, const JoinRequest& request,
                                       SecretStore& secrets)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actorId = ctx.actorId;
    VAX_TRY(requirePermission(db, actorId, Permission::ChangeSettings));
    if (request.desk < kMinDesk || request.desk > kMaxDesk)
        return makeError(ErrorCode::InvalidArgument,
                         LinkText::tr("Desk number: give this desk's number from %1 to %2, as "
                                      "written on the server's set-up sheet (--desk).")
                             .arg(kMinDesk)
                             .arg(kMaxDesk),
                         QStringLiteral("desk"));
    auto url = parseServerUrl(request.serverUrl);
    if (!url)
        return url.error();
    if (request.password.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         LinkText::tr("Password: give the desk's password from the server's "
                                      "set-up sheet (--password-stdin or "
                                      "VAXPOINT_SITE_PASSWORD)."),
                         QStringLiteral("password"));
    auto site = SiteService::load(db);
    if (!site)
        return site.error();
    VAX_TRY_VALUE(auto existing, link(db));
    const bool sameLink =
        existing && existing->serverUrl == url->text() && existing->desk == request.desk;
    if (existing && !sameLink && !request.rejoin)
        return makeError(ErrorCode::AlreadyExists,
                         LinkText::tr("This desk is already joined to %1 as desk %2. To move "
                                      "it to another server or desk number, join again with "
                                      "--rejoin.")
                             .arg(existing->serverUrl)
                             .arg(existing->desk),
                         QStringLiteral("desk"));
    const QString incarnation =
        sameLink ? existing->incarnation : QUuid::createUuid().toString(QUuid::WithoutBraces);

    // Every check that can refuse, before anything is written on either side.
    auto c = connectDesk(*url, request.desk, request.password, request.timeoutSeconds);
    if (!c)
        return c.error();
    VAX_TRY(hello(**c, site->code));
    VAX_TRY_VALUE(auto holder, (*c)->exec(QStringLiteral("SELECT incarnation::text, joined_at "
                                                         "FROM vaxsite.desk_holder(?)"),
                                          {request.desk}));
    if (holder.next() && !holder.value(0).isNull() && holder.value(0).toString() != incarnation &&
        !request.rejoin)
        return makeError(ErrorCode::SiteDeskTaken,
                         LinkText::tr("Desk %1 was joined by another installation on %2. Choose "
                                      "another desk number, or, if this PC replaces that desk "
                                      "(a reinstall), join again with --rejoin.")
                             .arg(request.desk)
                             .arg(toDbTime(holder.value(1).toDateTime())),
                         QStringLiteral("desk"));

    // The password into the keychain first: a desk that cannot keep it must not join.
    const QString secretKey = deskSecretKey(site->uuid, request.desk);
    auto previous = secrets.get(secretKey);
    if (!previous)
        return previous.error();
    VAX_TRY(secrets.set(secretKey, request.password.toUtf8()));
    auto undoSecret = [&] { restoreSecret(secrets, secretKey, *previous); };
    auto joined = (*c)->exec(QStringLiteral("SELECT vaxsite.join_desk(?, ?::uuid, ?, ?, ?)"),
                             {request.desk, incarnation, request.rejoin,
                              QStringLiteral(VAX_VERSION), Database::latestSchemaVersion()});
    if (!joined || !joined->next()) {
        undoSecret();
        return joined ? makeError(ErrorCode::SiteServerError, LinkText::tr("The site server did "
                                                                           "not confirm the "
                                                                           "join."))
                      : joined.error();
    }
    SiteLink out{url->text(), request.desk, incarnation, joined->value(0).toDateTime().toUTC(),
                 site->code};

    const Status recorded = recordLink(db, clock, actorId, out, !sameLink, request.rejoin);
    if (!recorded) {
        undoSecret();
        return recorded.error();
    }
    return out;
}

Result<SiteLink> SiteJoinService::changePassword(const ServiceContext& ctx, const QString& password,
                                                 SecretStore& secrets, int timeoutSeconds)
{
    Database& db = ctx.db;
    VAX_TRY(requirePermission(db, ctx.actorId, Permission::ChangeSettings));
    VAX_TRY_VALUE(auto l, link(db));
    if (!l)
        return makeError(ErrorCode::SiteNotJoined,
                         LinkText::tr("This desk has not joined a site server, so it has no "
                                      "server password to change. Join it (vaxctl site join, "
                                      "or Administration ▸ Site server)."),
                         QStringLiteral("server"));
    if (password.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         LinkText::tr("New password: give the password \"vaxctl site-server "
                                      "desk-password --desk %1\" printed on the server PC "
                                      "(--password-stdin or VAXPOINT_SITE_PASSWORD).")
                             .arg(l->desk),
                         QStringLiteral("password"));
    VAX_TRY_VALUE(auto site, SiteService::load(db));
    VAX_TRY_VALUE(auto url, parseServerUrl(l->serverUrl));
    const QString secretKey = deskSecretKey(site.uuid, l->desk);
    // Read first: a keychain that cannot answer refuses before the server is asked.
    VAX_TRY_VALUE(auto previous, secrets.get(secretKey));

    auto c = connectDesk(url, l->desk, password, timeoutSeconds);
    if (!c && c.error().code == ErrorCode::SiteLoginFailed)
        return makeError(ErrorCode::SiteLoginFailed,
                         LinkText::tr("New password: the site server refused it for desk %1 "
                                      "(%2). Nothing was changed: the old password stays in "
                                      "%3. Type the password \"vaxctl site-server "
                                      "desk-password --desk %1\" printed.")
                             .arg(l->desk)
                             .arg(c.error().message, secrets.describe()),
                         QStringLiteral("password"));
    if (!c)
        return c.error();
    VAX_TRY(hello(**c, site.code));

    VAX_TRY(secrets.set(secretKey, password.toUtf8()));
    auto recorded = [&]() -> Status {
        VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
        VAX_TRY(AuditLog::append(
            db, {ctx.clock.nowUtc(), ctx.actorId, QStringLiteral("site.password_changed"),
                 QStringLiteral("site_server"), l->serverUrl,
                 QJsonObject{{QStringLiteral("desk"), l->desk},
                             {QStringLiteral("replaced"), previous.has_value()}}}));
        return tx.commit();
    }();
    if (!recorded) {
        restoreSecret(secrets, secretKey, previous);
        return recorded.error();
    }
    return *l;
}

Result<qint64> outboxOwnMax(Database& db)
{
    QStringList parts;
    for (const QString& table : replicatedTables())
        parts << QStringLiteral(
                     "SELECT MAX(change_seq) AS m FROM %1 WHERE change_seq > 0 AND origin_desk IS "
                     "NULL")
                     .arg(table);
    VAX_TRY_VALUE(auto q, db.exec(QStringLiteral("SELECT COALESCE(MAX(m), 0) FROM (") +
                                  parts.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(")")));
    return q.scalar().toLongLong();
}

Result<qint64> outboxBacklog(Database& db, qint64 pushedSeq)
{
    qint64 total = 0;
    for (const QString& table : replicatedTables()) {
        VAX_TRY_VALUE(auto q,
                      db.exec(QStringLiteral(
                                  "SELECT count(*) FROM %1 WHERE change_seq > ? AND change_seq > 0 "
                                  "AND origin_desk IS NULL")
                                  .arg(table),
                              {pushedSeq}));
        total += q.scalar().toLongLong();
    }
    return total;
}

Result<std::unique_ptr<PgConnection>> connectJoinedDesk(Database& db, SecretStore& secrets,
                                                        const SiteLink& link, int timeoutSeconds)
{
    auto site = SiteService::load(db);
    if (!site)
        return site.error();
    return connectJoinedDesk(*site, secrets, link, timeoutSeconds);
}

Result<std::unique_ptr<PgConnection>> connectJoinedDesk(const SiteInfo& site, SecretStore& secrets,
                                                        const SiteLink& link, int timeoutSeconds)
{
    auto url = parseServerUrl(link.serverUrl);
    if (!url)
        return url.error();
    auto password = secrets.get(deskSecretKey(site.uuid, link.desk));
    if (!password)
        return password.error();
    if (!*password)
        return makeError(ErrorCode::NotFound,
                         LinkText::tr("The desk's server password is not in %1. Join again "
                                      "(vaxctl site join) with the password from the "
                                      "server's set-up sheet.")
                             .arg(secrets.describe()),
                         QStringLiteral("password"));
    auto c = connectDesk(*url, link.desk, QString::fromUtf8(**password), timeoutSeconds);
    if (!c)
        return c.error();
    auto h = hello(**c, site.code);
    if (!h)
        return h.error();
    return c;
}

Result<SiteStatus> SiteStatusService::status(const ServiceContext& ctx, SecretStore& secrets,
                                             int timeoutSeconds)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    SiteStatus s;
    s.checkedAt = clock.nowUtc();
    VAX_TRY_VALUE(auto l, SiteJoinService::link(db));
    if (!l)
        return s;
    s.link = *l;
    VAX_TRY(readBacklog(db, s));

    auto ask = [&]() -> Status {
        VAX_TRY_VALUE(auto url, parseServerUrl(s.link->serverUrl));
        VAX_TRY_VALUE(auto site, SiteService::load(db));
        VAX_TRY_VALUE(auto password, secrets.get(deskSecretKey(site.uuid, s.link->desk)));
        if (!password)
            return makeError(ErrorCode::NotFound,
                             LinkText::tr("The desk's server password is not in %1. Join again "
                                          "(vaxctl site join) with the password from the "
                                          "server's set-up sheet.")
                                 .arg(secrets.describe()),
                             QStringLiteral("password"));
        auto c = connectDesk(url, s.link->desk, QString::fromUtf8(*password), timeoutSeconds);
        // A server that answered and refused (password, TLS) is reachable: the fix is not the
        // network.
        s.reachable = c || c.error().code != ErrorCode::SiteUnreachable;
        if (!c)
            return c.error();
        VAX_TRY(hello(**c, site.code));
        VAX_TRY_VALUE(auto desks,
                      (*c)->exec(QStringLiteral("SELECT desk_no, joined_at, last_push_at, "
                                                "last_pull_at, high_water FROM vaxsite.desks()")));
        while (desks.next())
            s.desks << DeskActivity{desks.value(0).toInt(), optionalTime(desks.value(1)),
                                    optionalTime(desks.value(2)), optionalTime(desks.value(3)),
                                    desks.value(4).toLongLong()};
        s.desksAsOf = s.checkedAt;
        // The desk's copy of the conflicts, read now: what `site conflicts` lists.
        VAX_TRY(SiteConflicts::refresh(db, clock, **c, *s.link));
        return {};
    };
    const Status asked = ask();
    if (!asked)
        s.problem = asked.error();
    QJsonArray seen;
    for (const DeskActivity& d : s.desks)
        seen.append(deskJson(d));
    VAX_TRY(writeContact(db, s.checkedAt, s.reachable, &seen));
    VAX_TRY(readContact(db, s));
    return s;
}

Result<SiteStatus> SiteStatusService::local(Database& db, const QDateTime& now)
{
    SiteStatus s;
    s.checkedAt = now;
    VAX_TRY_VALUE(auto l, SiteJoinService::link(db));
    if (!l)
        return s;
    s.link = *l;
    VAX_TRY(readBacklog(db, s));
    VAX_TRY(readContact(db, s));
    s.reachable = s.lastContact && !s.unreachableSince;
    return s;
}

Status SiteStatusService::recordRound(Database& db, const QDateTime& at, const Status& outcome)
{
    if (outcome)
        return writeContact(db, at, true, nullptr);
    switch (outcome.error().code) {
        case ErrorCode::SiteUnreachable:
            return writeContact(db, at, false, nullptr);
        case ErrorCode::SiteLoginFailed:
        case ErrorCode::SiteTlsRefused:
        case ErrorCode::SiteOtherSite:
        case ErrorCode::SiteSchemaNewer:
        case ErrorCode::SiteSchemaOlder:
        case ErrorCode::SiteProtocol:
        case ErrorCode::SiteNotInitialized:
        case ErrorCode::SiteServerError:
        case ErrorCode::SiteDeskBehind:
            return writeContact(db, at, true, nullptr);
        default:
            return {};
    }
}

}  // namespace vax::sitesync
