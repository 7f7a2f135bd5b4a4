// vaxctl init, site show|set-timezone, check-db, backup, catalog list|validate, audit verify.
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include "catalog/catalog.h"
#include "cli/actorauth.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/secretinput.h"
#include "cli/session.h"
#include "common/i18n.h"
#include "common/labels.h"
#include "security/staff.h"
#include "site/siteadmin.h"
#include "storage/audit.h"
#include "storage/backup.h"
#include "storage/meta.h"
#include "storage/transaction.h"

namespace vax::cli {

namespace {
struct SiteCmdText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

QJsonObject siteJson(const SiteInfo& s)
{
    return {{QStringLiteral("id"), s.uuid},
            {QStringLiteral("code"), s.code},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("district"), s.district},
            {QStringLiteral("training"), s.training},
            {QStringLiteral("timezone"), s.timeZoneId},
            {QStringLiteral("created_at"), jsonTime(s.createdAt)}};
}

QString siteText(const SiteInfo& s)
{
    return SiteCmdText::tr("Site %1 (%2), district %3, time zone %4%5")
        .arg(s.code, s.name, s.district, s.timeZoneId,
             s.training ? SiteCmdText::tr(", training database") : QString());
}

int runSiteShow(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    const SiteInfo& s = site->site;
    QJsonObject obj = siteJson(s);
    const SiteCalendar calendar = site->calendar();
    obj.insert(QStringLiteral("today"), jsonDate(calendar.today()));
    ctx.out().record(obj,
                     siteText(s) + u'\n' +
                         SiteCmdText::tr("Today at the site: %1").arg(jsonDate(calendar.today())));
    return ExitOk;
}

int runSiteSetTimeZone(CommandContext& ctx)
{
    const QStringList zone = ctx.args().positionalArguments();
    if (zone.size() != 1)
        return ctx.out().usage(SiteCmdText::tr(
            "Give one IANA time zone name: vaxctl site set-timezone ZONE --actor ADMIN"));
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail,
                     SiteService::setTimeZone(s.services(), zone.first()));
    ctx.out().record(siteJson(site),
                     SiteCmdText::tr("The site's time zone is now %1.").arg(site.timeZoneId));
    return ExitOk;
}

// Audit rows whose time runs backwards (ClockGuard): JSON and a line of text per row.
QJsonArray timeStepsJson(const AuditVerifyReport& r)
{
    QJsonArray steps;
    for (const AuditTimeStep& s : r.timeBackwards)
        steps.append(QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("action"), s.action},
                                 {QStringLiteral("at"), jsonTime(s.at)},
                                 {QStringLiteral("latest_id"), s.latestId},
                                 {QStringLiteral("latest_at"), jsonTime(s.latestAt)}});
    return steps;
}

QString timeStepsText(const AuditVerifyReport& r, const QTimeZone& zone)
{
    if (r.timeBackwardsCount == 0)
        return SiteCmdText::tr("Audit times run forwards.");
    QString text = SiteCmdText::tr(
                       "WARNING: %1 audit row(s) are stamped earlier than a row "
                       "before them (the PC's clock went back):")
                       .arg(r.timeBackwardsCount);
    for (const AuditTimeStep& s : r.timeBackwards)
        text += QLatin1Char('\n') + SiteCmdText::tr("  row %1 (%2) at %3, after row %4 at %5")
                                        .arg(s.id)
                                        .arg(s.action, ClockGuard::showTime(s.at, zone))
                                        .arg(s.latestId)
                                        .arg(ClockGuard::showTime(s.latestAt, zone));
    return text;
}

int runInit(CommandContext& ctx)
{
    auto& a = ctx.args();
    InitRequest req;
    req.code = a.value(QStringLiteral("site-code"));
    req.name = a.value(QStringLiteral("site-name"));
    req.district = a.value(QStringLiteral("district"));
    req.training = a.isSet(QStringLiteral("training"));
    req.timeZoneId = a.value(QStringLiteral("timezone"));
    req.adminUsername = a.value(QStringLiteral("admin-user"));
    req.adminName = a.value(QStringLiteral("admin-name"));
    // The first administrator's password: the first line of standard input
    // (--admin-password-stdin, or the global --password-stdin), else the environment.
    req.adminPassword =
        readSecret(a.isSet(QStringLiteral("admin-password-stdin")) || ctx.passwordStdin(),
                   "VAXPOINT_ADMIN_PASSWORD");
    if (!req.adminUsername.isEmpty() && req.adminPassword.isEmpty())
        return ctx.out().usage(
            SiteCmdText::tr("--admin-user needs a password: set "
                            "VAXPOINT_ADMIN_PASSWORD or pass "
                            "--admin-password-stdin."));
    const bool existed = QFileInfo::exists(ctx.dbPath());
    OpenOptions open;
    open.path = ctx.dbPath();
    open.create = true;
    VAX_TRY_VALUE_OR(auto db, ctx.out().fail, Database::open(open));
    VAX_TRY_VALUE_OR(auto clock, ctx.out().fail,
                     clockForDatabase(req.training, req.timeZoneId.isEmpty()
                                                        ? SiteCalendar::defaultZone()
                                                        : QTimeZone(req.timeZoneId.toUtf8())));
    auto site = SiteService::init({*db, *clock}, req);
    if (!site) {
        db.reset();
        if (!existed) {
            // Nothing was committed: leave no empty file behind for the next attempt.
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(ctx.dbPath() + QString::fromLatin1(suffix));
        }
        return ctx.out().fail(site.error());
    }
    QJsonObject obj = siteJson(*site);
    obj.insert(QStringLiteral("db"), ctx.dbPath());
    obj.insert(QStringLiteral("schema"), db->schemaVersion());
    QString text =
        SiteCmdText::tr("Created site %1 (%2) in %3.").arg(site->name, site->code, ctx.dbPath());
    if (site->training) {
        obj.insert(QStringLiteral("demo_username"), QString::fromLatin1(kDemoUsername));
        text += QLatin1Char('\n') +
                SiteCmdText::tr("TRAINING database: demo login %1 / %2, demo lots in Fridge 1.")
                    .arg(QString::fromLatin1(kDemoUsername), QString::fromLatin1(kDemoPassword));
    }
    ctx.out().record(obj, text);
    return ExitOk;
}

// The day's backup as check-db reports it: {"ok": true} or {"ok": false, "code", "message"}.
QJsonObject backupJson(const SiteContext& site)
{
    if (!site.backupWarning)
        return {{QStringLiteral("ok"), true}};
    return {{QStringLiteral("ok"), false},
            {QStringLiteral("code"), site.backupWarning->codeName()},
            {QStringLiteral("message"), site.backupWarning->message}};
}

int runCheckDb(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    Database& db = *site->db;
    VAX_TRY_VALUE_OR(auto audit, ctx.out().fail, AuditLog::verify(db));
    const QTimeZone zone = siteZone(db);
    auto lastBackup = readMeta(db, QStringLiteral("backup.last_path"));
    QJsonObject obj{{QStringLiteral("ok"), audit.ok},
                    {QStringLiteral("db"), db.path()},
                    {QStringLiteral("schema"), db.schemaVersion()},
                    {QStringLiteral("quick_check"), QStringLiteral("ok")},
                    {QStringLiteral("site"), siteJson(site->site)},
                    {QStringLiteral("audit"),
                     QJsonObject{{QStringLiteral("ok"), audit.ok},
                                 {QStringLiteral("rows"), audit.rowsChecked},
                                 {QStringLiteral("problem"), audit.problem},
                                 {QStringLiteral("time_backwards_count"), audit.timeBackwardsCount},
                                 {QStringLiteral("time_backwards"), timeStepsJson(audit)}}},
                    {QStringLiteral("last_backup"), lastBackup.valueOr(QString())},
                    {QStringLiteral("backup"), backupJson(*site)}};
    QString text = SiteCmdText::tr("Database %1: schema %2, quick_check ok.\nSite %3 (%4)%5.\n")
                       .arg(db.path())
                       .arg(db.schemaVersion())
                       .arg(site->site.name, site->site.code,
                            site->site.training ? SiteCmdText::tr(", TRAINING data") : QString());
    text += audit.ok ? SiteCmdText::tr("Audit log: %1 rows, chain intact.").arg(audit.rowsChecked)
                     : SiteCmdText::tr("Audit log BROKEN: %1").arg(audit.problem);
    if (audit.ok)
        text += QLatin1Char('\n') + timeStepsText(audit, zone);
    text += QLatin1Char('\n') + SiteCmdText::tr("Last backup: %1")
                                    .arg(lastBackup.valueOr(QString()).isEmpty()
                                             ? SiteCmdText::tr("none")
                                             : lastBackup.valueOr(QString()));
    // A failed daily backup is reported (and warned on stderr) but the file is healthy: exit 0.
    if (const auto& warning = site->backupWarning)
        text +=
            QLatin1Char('\n') + SiteCmdText::tr("Today's backup FAILED: %1").arg(warning->message);
    ctx.out().record(obj, text);
    return audit.ok ? ExitOk : ExitFailed;
}

int runBackup(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    Database& db = *site->db;
    const Clock& clock = *site->clock;
    const QString extra = ctx.args().value(QStringLiteral("to"));
    const bool mirror = ctx.args().isSet(QStringLiteral("mirror"));
    // A copy that leaves the database's own folder (--to, --mirror) is a site administrator's
    // act, named in the audit; a plain backup beside the database stays open to the file's
    // owner (e.g. a scheduled task).
    QString actorId;
    const QString actorName = ctx.args().value(QStringLiteral("actor"));
    if (!actorName.isEmpty() || mirror || !extra.isEmpty()) {
        if (actorName.isEmpty() && !site->site.training)
            return ctx.out().fail(makeError(
                ErrorCode::InvalidArgument,
                SiteCmdText::tr("Actor: copying backups elsewhere needs --actor USERNAME, a site "
                                "administrator."),
                QStringLiteral("actor")));
        VAX_TRY_VALUE_OR(auto actor, ctx.out().fail, authenticatedActor(ctx, *site));
        actorId = actor.id;
    }
    if (mirror) {
        const QString dir =
            QFileInfo(ctx.args().value(QStringLiteral("mirror"))).absoluteFilePath();
        const Status saved = SiteAdminService::setBackupMirror({db, clock, actorId}, dir);
        if (!saved)
            return ctx.out().fail(saved.error());
    }
    // openSite may just have made the day's backup; an explicit request always makes one more.
    VAX_TRY_VALUE_OR(auto path, ctx.out().fail,
                     actorId.isEmpty() ? backupNow(db, clock, QStringLiteral("manual"), extra)
                                       : SiteAdminService::backup({db, clock, actorId}, extra));
    QJsonObject obj{{QStringLiteral("path"), path},
                    {QStringLiteral("bytes"), QFileInfo(path).size()}};
    QString text = SiteCmdText::tr("Backup written: %1").arg(path);
    if (!extra.isEmpty()) {
        const QString copy = extra + QLatin1Char('/') + QFileInfo(path).fileName();
        obj.insert(QStringLiteral("copy"), copy);
        text += QLatin1Char('\n') + SiteCmdText::tr("Copy written: %1").arg(copy);
    }
    ctx.out().record(obj, text);
    return ExitOk;
}

QJsonObject productJson(const Product& p)
{
    QJsonArray intervals;
    for (const SeriesInterval& s : p.intervals) {
        QJsonObject iv{{QStringLiteral("dose"), s.dose},
                       {QStringLiteral("after"), s.after},
                       {QStringLiteral("min"), s.min.toString()}};
        if (s.recommendedMax)
            iv.insert(QStringLiteral("recommended_max"), s.recommendedMax->toString());
        intervals.append(iv);
    }
    return {{QStringLiteral("code"), p.code},
            {QStringLiteral("name"), p.name.forLocale(currentLanguage())},
            {QStringLiteral("manufacturer"), p.manufacturer.forLocale(currentLanguage())},
            {QStringLiteral("platform"), p.platform},
            {QStringLiteral("cvx"), p.cvx},
            {QStringLiteral("dose_volume_ml"), p.doseVolumeMl},
            {QStringLiteral("route"), p.route},
            {QStringLiteral("sites"), QJsonArray::fromStringList(p.sites)},
            {QStringLiteral("vial_doses"), p.vialDoses},
            {QStringLiteral("min_age"), p.minAge.toString()},
            {QStringLiteral("series_doses"), p.seriesDoses},
            {QStringLiteral("intervals"), intervals}};
}

int runCatalogList(CommandContext& ctx)
{
    const Catalog& catalog = Catalog::builtIn();
    for (const Product& p : catalog.products()) {
        ctx.out().record(productJson(p), QStringLiteral("%1  %2  %3 dose(s), %4 mL %5")
                                             .arg(p.code, -12)
                                             .arg(p.name.forLocale(currentLanguage()))
                                             .arg(p.seriesDoses)
                                             .arg(p.doseVolumeMl)
                                             .arg(labels::route(p.route)));
    }
    return ExitOk;
}

int runCatalogValidate(CommandContext& ctx)
{
    const QStringList files = ctx.args().positionalArguments();
    if (files.size() != 1)
        return ctx.out().usage(
            SiteCmdText::tr("Give one catalog file: vaxctl catalog validate FILE"));
    QFile f(files.first());
    if (!f.open(QIODevice::ReadOnly))
        return ctx.out().fail(makeError(ErrorCode::Io,
                                        SiteCmdText::tr("Cannot read %1: %2. Check the path.")
                                            .arg(files.first(), f.errorString()),
                                        QStringLiteral("FILE")));
    VAX_TRY_VALUE_OR(auto catalog, ctx.out().fail, Catalog::fromJson(f.readAll()));
    ctx.out().record({{QStringLiteral("valid"), true},
                      {QStringLiteral("version"), catalog.version()},
                      {QStringLiteral("products"), static_cast<int>(catalog.products().size())}},
                     SiteCmdText::tr("Catalog %1 is valid: %2 products.")
                         .arg(catalog.version())
                         .arg(catalog.products().size()));
    return ExitOk;
}

int runAuditVerify(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    VAX_TRY_VALUE_OR(auto report, ctx.out().fail, AuditLog::verify(*site->db));
    if (!report.ok) {
        return ctx.out().fail(
            makeError(ErrorCode::AuditBroken, report.problem, QStringLiteral("audit")));
    }
    const QTimeZone zone = siteZone(*site->db);
    ctx.out().record({{QStringLiteral("ok"), true},
                      {QStringLiteral("rows"), report.rowsChecked},
                      {QStringLiteral("head"), report.headHash},
                      {QStringLiteral("time_backwards_count"), report.timeBackwardsCount},
                      {QStringLiteral("time_backwards"), timeStepsJson(report)}},
                     SiteCmdText::tr("Audit log intact: %1 rows, head %2.")
                             .arg(report.rowsChecked)
                             .arg(report.headHash) +
                         QLatin1Char('\n') + timeStepsText(report, zone));
    return ExitOk;
}
}  // namespace

void registerSiteCommands(Registry& registry)
{
    registry.add(
        {{QStringLiteral("init")},
         [] { return SiteCmdText::tr("Create a site database"); },
         [](QCommandLineParser& p) {
             p.addOptions({
                 {QStringLiteral("site-code"), SiteCmdText::tr("Site code, e.g. BJ-CY-001"),
                  QStringLiteral("C")},
                 {QStringLiteral("site-name"), SiteCmdText::tr("Site name"), QStringLiteral("N")},
                 {QStringLiteral("district"), SiteCmdText::tr("District"), QStringLiteral("D")},
                 {QStringLiteral("training"),
                  SiteCmdText::tr("Training database with demo data and demo login")},
                 {QStringLiteral("timezone"),
                  SiteCmdText::tr("The site's time zone, an IANA name (default Asia/Shanghai): "
                                  "every date, age and expiry is judged in it"),
                  QStringLiteral("ZONE")},
                 {QStringLiteral("admin-user"), SiteCmdText::tr("First administrator's username"),
                  QStringLiteral("U")},
                 {QStringLiteral("admin-name"), SiteCmdText::tr("First administrator's name"),
                  QStringLiteral("N")},
                 {QStringLiteral("admin-password-stdin"),
                  SiteCmdText::tr("Read the administrator's password from standard input "
                                  "(or set VAXPOINT_ADMIN_PASSWORD)")},
             });
         },
         runInit});
    registry.add({{QStringLiteral("site"), QStringLiteral("show")},
                  [] { return SiteCmdText::tr("Show the site: code, name, district, time zone"); },
                  nullptr,
                  runSiteShow});
    registry.add(
        {{QStringLiteral("site"), QStringLiteral("set-timezone")},
         [] { return SiteCmdText::tr("Change the site's time zone (site administrator)"); },
         [](QCommandLineParser& p) {
             p.addPositionalArgument(QStringLiteral("ZONE"),
                                     SiteCmdText::tr("IANA name, e.g. Asia/Shanghai"));
             p.addOption(actorOpt());
         },
         runSiteSetTimeZone});
    registry.add(
        {{QStringLiteral("check-db")},
         [] { return SiteCmdText::tr("Check the database: integrity, schema, audit chain"); },
         nullptr,
         runCheckDb});
    registry.add({{QStringLiteral("backup")},
                  [] { return SiteCmdText::tr("Back up the database now"); },
                  [](QCommandLineParser& p) {
                      p.addOption({QStringLiteral("to"),
                                   SiteCmdText::tr("Also copy the backup into this folder"),
                                   QStringLiteral("DIR")});
                      p.addOption({QStringLiteral("mirror"),
                                   SiteCmdText::tr("Remember this folder (e.g. a USB stick) for a "
                                                   "second copy of every backup from now on"),
                                   QStringLiteral("DIR")});
                      p.addOption({QStringLiteral("actor"),
                                   SiteCmdText::tr("The site administrator doing this (needed "
                                                   "for --to and --mirror)"),
                                   QStringLiteral("USERNAME")});
                  },
                  runBackup});
    registry.add({{QStringLiteral("catalog"), QStringLiteral("list")},
                  [] { return SiteCmdText::tr("List the vaccine catalog"); },
                  nullptr,
                  runCatalogList});
    registry.add({{QStringLiteral("catalog"), QStringLiteral("validate")},
                  [] { return SiteCmdText::tr("Validate a catalog JSON file"); },
                  [](QCommandLineParser& p) {
                      p.addPositionalArgument(QStringLiteral("FILE"),
                                              SiteCmdText::tr("Catalog JSON"));
                  },
                  runCatalogValidate});
    registry.add({{QStringLiteral("audit"), QStringLiteral("verify")},
                  [] { return SiteCmdText::tr("Verify the audit log's hash chain"); },
                  nullptr,
                  runAuditVerify});
}

}  // namespace vax::cli
