#include "sitesync/sitedayclose.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include "common/clock.h"
#include "common/sitecalendar.h"
#include "dayclose/dayclose.h"
#include "exchange/bundle.h"
#include "exchange/signing.h"
#include "security/permissions.h"
#include "site/site.h"
#include "sitesync/pgconnection.h"
#include "sitesync/replicator.h"
#include "sitesync/sitelink.h"
#include "storage/database.h"

namespace vax::sitesync {

namespace {
struct SiteCloseText {
    Q_DECLARE_TR_FUNCTIONS(SiteDayClose)
};

std::optional<qint64> optionalNumber(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

std::optional<QDateTime> optionalUtc(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<QDateTime>(v.toDateTime().toUTC());
}

Result<QList<SiteCloseDesk>> readDesks(PgConnection& c)
{
    VAX_TRY_VALUE(auto q, c.exec(QStringLiteral("SELECT desk_no, high_water, own_max, waiting, "
                                                "last_contact, pushed FROM "
                                                "vaxsite.close_readiness()")));
    QList<SiteCloseDesk> out;
    while (q.next())
        out << SiteCloseDesk{q.value(0).toInt(),         q.value(1).toLongLong(),
                             optionalNumber(q.value(2)), optionalNumber(q.value(3)),
                             optionalUtc(q.value(4)),    q.value(5).toBool()};
    return out;
}

Result<QList<SiteCloseRecord>> readCloses(PgConnection& c, const QDate& day)
{
    VAX_TRY_VALUE(auto q, c.exec(QStringLiteral("SELECT part, desk_no, forced, reason, "
                                                "desks::text, bundle_file, bundle_sha256, "
                                                "bundle_seq, closed_at FROM "
                                                "vaxsite.site_closes(?::date)"),
                                 {day.toString(Qt::ISODate)}));
    QList<SiteCloseRecord> out;
    while (q.next())
        out << SiteCloseRecord{q.value(0).toInt(),
                               q.value(1).toInt(),
                               q.value(2).toBool(),
                               q.value(3).toString(),
                               QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(),
                               q.value(5).toString(),
                               q.value(6).toString(),
                               q.value(7).toInt(),
                               q.value(8).toDateTime().toUTC()};
    return out;
}

// The day's claim in progress (state 'closing'), if any.
struct SiteCloseClaim {
    int part = 0;
    int desk = 0;
    QDateTime claimedAt;
};

Result<std::optional<SiteCloseClaim>> readClaim(PgConnection& c, const QDate& day)
{
    VAX_TRY_VALUE(auto q, c.exec(QStringLiteral("SELECT part, desk_no, claimed_at FROM "
                                                "vaxsite.site_close_claim(?::date)"),
                                 {day.toString(Qt::ISODate)}));
    if (!q.next())
        return std::optional<SiteCloseClaim>();
    return std::optional<SiteCloseClaim>(
        SiteCloseClaim{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toDateTime().toUTC()});
}

// The bundle where it lies: a plain one verifies with this desk's key, chained to its previous
// bundle, with the SHA-256 recorded; a sealed one (only the district opens it) is the sealed
// file the exporter proved byte for byte.
bool provenOnDisk(const ExportBatch& batch, const QByteArray& secretKey)
{
    if (!QFileInfo(batch.path).isFile())
        return false;
    if (bundle::isSealedFile(batch.path))
        return true;
    const auto keys = signing::fromSecretKey(secretKey);
    if (!keys)
        return false;
    const auto verified = bundle::verify(batch.path, keys->publicKey, batch.previousSha256);
    return verified && verified->sha256 == batch.sha256;
}

Result<SiteCloseState> ask(PgConnection& c, const SiteLink& link, const QDate& day)
{
    SiteCloseState s;
    s.day = day;
    s.thisDesk = link.desk;
    VAX_TRY_VALUE(s.desks, readDesks(c));
    VAX_TRY_VALUE(s.closes, readCloses(c, day));
    return s;
}

Result<SiteLink> joinedLink(Database& db)
{
    VAX_TRY_VALUE(const std::optional<SiteLink> link, SiteJoinService::link(db));
    if (!link)
        return makeError(ErrorCode::SiteNotJoined,
                         SiteCloseText::tr("This desk has not joined a site server: close the "
                                           "day with vaxctl dayclose and vaxctl export, or join "
                                           "the site first (vaxctl site join)."),
                         QStringLiteral("site"));
    return *link;
}

Status checkRequest(Database& db, const SiteCloseRequest& r)
{
    VAX_TRY(requirePermission(db, r.actorId, Permission::Export));
    if (!r.day.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         SiteCloseText::tr("Date: give the day to close as YYYY-MM-DD, e.g. "
                                           "2026-12-07."),
                         QStringLiteral("date"));
    if (r.force) {
        VAX_TRY(requirePermission(db, r.actorId, Permission::ChangeSettings));
        if (r.reason.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             SiteCloseText::tr("Reason: say why the day is closed before every "
                                               "desk has pushed (e.g. \"desk 3 broken, its "
                                               "records follow\")."),
                             QStringLiteral("reason"));
    }
    return {};
}

QJsonObject desksJson(const QList<SiteCloseDesk>& desks)
{
    QJsonObject o;
    for (const SiteCloseDesk& d : desks)
        o.insert(QString::number(d.desk), toJson(d));
    return o;
}

Error alreadyClosed(Database& db, const Clock& clock, const SiteCloseRecord& last, const QDate& day)
{
    const SiteCalendar calendar = siteCalendar(db, clock);
    return makeError(
        ErrorCode::AlreadyExists,
        SiteCloseText::tr("The site day %1 was closed by desk %2 at %3 (bundle %4); "
                          "nothing arrived late since. Each day is closed once for "
                          "the whole site.")
            .arg(day.toString(Qt::ISODate))
            .arg(last.desk)
            .arg(calendar.local(last.closedAt).toString(QStringLiteral("HH:mm")), last.bundleFile),
        QStringLiteral("date"));
}
}  // namespace

QList<SiteCloseDesk> SiteCloseState::notPushed() const
{
    QList<SiteCloseDesk> out;
    for (const SiteCloseDesk& d : desks)
        if (!d.pushed)
            out << d;
    return out;
}

QList<int> SiteCloseState::lateDesks() const
{
    QList<int> out;
    if (closes.isEmpty())
        return out;
    const QJsonObject then = closes.back().desks;
    for (const SiteCloseDesk& d : desks) {
        const QJsonObject was = then.value(QString::number(d.desk)).toObject();
        const bool wasPushed = was.value(QStringLiteral("pushed")).toBool(true);
        if (!wasPushed && d.highWater > was.value(QStringLiteral("high_water")).toInteger())
            out << d.desk;
    }
    return out;
}

QJsonObject toJson(const SiteCloseDesk& d)
{
    return {{QStringLiteral("desk"), d.desk},
            {QStringLiteral("high_water"), d.highWater},
            {QStringLiteral("own_max"), d.ownMax ? QJsonValue(*d.ownMax) : QJsonValue()},
            {QStringLiteral("waiting"), d.waiting ? QJsonValue(*d.waiting) : QJsonValue()},
            {QStringLiteral("last_contact"),
             d.lastContact ? QJsonValue(d.lastContact->toString(Qt::ISODateWithMs)) : QJsonValue()},
            {QStringLiteral("pushed"), d.pushed}};
}

QString SiteDayClose::describe(Database& db, const Clock& clock, const QList<SiteCloseDesk>& desks)
{
    const SiteCalendar calendar = siteCalendar(db, clock);
    QStringList parts;
    for (const SiteCloseDesk& d : desks) {
        const QString contact =
            d.lastContact
                ? calendar.local(*d.lastContact).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                : SiteCloseText::tr("never");
        const QString waiting = d.waiting
                                    ? SiteCloseText::tr("%1 record(s) waiting").arg(*d.waiting)
                                    : SiteCloseText::tr("records waiting unknown");
        parts
            << SiteCloseText::tr("desk %1 (last contact %2, %3)").arg(d.desk).arg(contact, waiting);
    }
    return parts.join(QStringLiteral("; "));
}

Result<SiteCloseState> SiteDayClose::check(Database& db, const Clock& clock, SecretStore& secrets,
                                           const QDate& day, int timeoutSeconds)
{
    VAX_TRY_VALUE(const SiteLink link, joinedLink(db));
    SyncOptions options;
    options.timeoutSeconds = timeoutSeconds;
    VAX_TRY(SiteSyncService::sync(db, clock, secrets, options));
    VAX_TRY_VALUE(const auto c, connectJoinedDesk(db, secrets, link, timeoutSeconds));
    return ask(*c, link, day);
}

Result<SiteCloseReceipt> SiteDayClose::close(Database& db, const Clock& clock, SecretStore& secrets,
                                             const SiteCloseRequest& r, SiteCloseState* seen)
{
    VAX_TRY(checkRequest(db, r));
    VAX_TRY_VALUE(const SiteLink link, joinedLink(db));
    VAX_TRY_VALUE(const SiteCloseState state, check(db, clock, secrets, r.day, r.timeoutSeconds));
    if (seen)
        *seen = state;
    const QList<SiteCloseDesk> notPushed = state.notPushed();
    int part = 1;
    if (!state.closes.isEmpty()) {
        const SiteCloseRecord& last = state.closes.back();
        if (last.desk != link.desk)
            return makeError(ErrorCode::AlreadyExists,
                             SiteCloseText::tr("The site day %1 was closed by desk %2 (bundle "
                                               "%3). Its follow-ups are made at desk %2, which "
                                               "holds the bundle chain.")
                                 .arg(r.day.toString(Qt::ISODate))
                                 .arg(last.desk)
                                 .arg(last.bundleFile),
                             QStringLiteral("date"));
        if (!last.forced || state.lateDesks().isEmpty())
            return alreadyClosed(db, clock, last, r.day);
        part = last.part + 1;
    }
    if (!notPushed.isEmpty() && !r.force)
        return makeError(ErrorCode::ReasonRequired,
                         SiteCloseText::tr("The site day %1 cannot close yet: not every desk has "
                                           "pushed its records: %2. Sync those desks (vaxctl "
                                           "site sync), or a site administrator forces the close "
                                           "with a reason; their records then go into a "
                                           "follow-up bundle.")
                             .arg(r.day.toString(Qt::ISODate), describe(db, clock, notPushed)),
                         QStringLiteral("force"));

    // Rows pushed while the server was asked: the high-water marks recorded cover them.
    SyncOptions pullOnly;
    pullOnly.push = false;
    pullOnly.timeoutSeconds = r.timeoutSeconds;
    VAX_TRY(SiteSyncService::sync(db, clock, secrets, pullOnly));

    // 1. The claim: taken in one server transaction, refused while another desk holds a live
    // one or the part is closed. Nothing is closed, exported or recorded here before it is
    // accepted.
    const bool forced = !notPushed.isEmpty();
    const QString day = r.day.toString(Qt::ISODate);
    VAX_TRY_VALUE(const auto c, connectJoinedDesk(db, secrets, link, r.timeoutSeconds));
    auto claimed = c->exec(
        QStringLiteral("SELECT vaxsite.claim_site_close(?, ?::uuid, ?::date, ?, ?, ?, ?::jsonb, "
                       "?)"),
        {link.desk, link.incarnation, day, part, forced, forced ? r.reason.trimmed() : QString(),
         QString::fromUtf8(QJsonDocument(desksJson(state.desks)).toJson(QJsonDocument::Compact)),
         r.force ? r.reason.trimmed() : QString()});
    if (!claimed) {
        auto claim = readClaim(*c, r.day);
        if (claim.ok() && claim->has_value() && (*claim)->desk != link.desk)
            return makeError(
                claimed.error().code,
                SiteCloseText::tr("The site day %1 is being closed by desk %2 since %3: nothing "
                                  "was exported or recorded here. Wait for desk %2; if it "
                                  "stopped, its claim can be taken over after 10 minutes, or "
                                  "at once by a site administrator's forced close with a "
                                  "reason.")
                    .arg(day)
                    .arg((*claim)->desk)
                    .arg(siteCalendar(db, clock)
                             .local((*claim)->claimedAt)
                             .toString(QStringLiteral("HH:mm:ss"))),
                QStringLiteral("date"));
        return claimed.error();
    }
    const auto release = [&] {
        (void)c->exec(QStringLiteral("SELECT vaxsite.release_site_close(?, ?::uuid, ?::date, ?)"),
                      {link.desk, link.incarnation, day, part});
    };

    // 2. The desk's own day close, on the day itself (a past day's vials were closed then).
    const SiteCalendar calendar = siteCalendar(db, clock);
    const ServiceContext ctx(db, clock, r.actorId);
    Status closedHere = [&]() -> Status {
        VAX_TRY_VALUE(const QDateTime closedAt, DayCloseService::closedAt(db, r.day));
        if (r.day == calendar.dateOf(calendar.now()) && !closedAt.isValid())
            VAX_TRY(DayCloseService::close(ctx));
        return {};
    }();
    if (!closedHere) {
        release();
        return closedHere.error();
    }

    // 3. The bundle: written, proven from disk and only then recorded in this desk's chain (the
    // exporter's order). A failed export records nothing and gives the claim up.
    Exporter exporter(db, clock);
    ExportRequest request{r.outDir, r.actorId, r.secretKey, r.renderReport, r.progress};
    request.day = r.day;
    auto exportedOr = exporter.run(request);
    if (!exportedOr) {
        release();
        return exportedOr.error();
    }
    ExportReceipt exported = std::move(*exportedOr);

    // 4. Proven again where it lies, then the site's: 'closed' with its sha256.
    if (!provenOnDisk(exported.batch, r.secretKey)) {
        release();
        return makeError(ErrorCode::Io,
                         SiteCloseText::tr("The bundle %1 no longer verifies on disk: it is not "
                                           "recorded as the site's day close on the server; keep "
                                           "it out of the district's import, check the drive and "
                                           "close again.")
                             .arg(exported.batch.path),
                         QStringLiteral("out"));
    }
    auto recorded =
        c->exec(QStringLiteral("SELECT vaxsite.finish_site_close(?, ?::uuid, ?::date, ?, ?, ?, ?)"),
                {link.desk, link.incarnation, day, part, exported.batch.fileName,
                 exported.batch.sha256, exported.batch.seq});
    if (!recorded)
        return makeError(recorded.error().code,
                         SiteCloseText::tr("%1 The bundle %2 was written at this desk but is not "
                                           "the site's day close; keep it out of the district's "
                                           "import.")
                             .arg(recorded.error().message, exported.batch.path),
                         recorded.error().field);
    SiteCloseReceipt receipt;
    receipt.day = r.day;
    receipt.part = part;
    receipt.forced = forced;
    receipt.closedAt = recorded->next() ? recorded->value(0).toDateTime().toUTC() : QDateTime();
    receipt.exported = std::move(exported);
    receipt.desks = state.desks;
    return receipt;
}

}  // namespace vax::sitesync
