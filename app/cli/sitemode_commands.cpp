// vaxctl site-server init, site join, site status: site mode over PostgreSQL (docs/site.md).
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include "cli/actorauth.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/secretinput.h"
#include "cli/stocksupport.h"
#include "security/secretstore.h"
#include "sitesync/sitelink.h"
#include "sitesync/siteserver.h"

namespace vax::cli {

namespace {
struct SiteModeText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

// Where the desk's password may come from besides the next line of standard input.
constexpr const char* kSitePasswordEnv = "VAXPOINT_SITE_PASSWORD";
// The server owner's password for site-server init (optional: ~/.pgpass and peer work too).
constexpr const char* kServerPasswordEnv = "VAXPOINT_SITE_SERVER_PASSWORD";

QJsonValue timeOrNull(const std::optional<QDateTime>& t)
{
    return t ? QJsonValue(jsonTime(*t)) : QJsonValue();
}

QString clockOrDash(const std::optional<QDateTime>& t)
{
    return t ? siteDateTime(*t) : QStringLiteral("—");
}

int runServerInit(CommandContext& ctx)
{
    sitesync::ServerInitRequest request;
    request.serverUrl = opt(ctx, "server");
    request.siteCode = opt(ctx, "site-code");
    if (request.siteCode.isEmpty() && QFileInfo::exists(ctx.dbPath())) {
        VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
        request.siteCode = site->site.code;
    }
    if (request.siteCode.isEmpty())
        return ctx.out().usage(SiteModeText::tr(
            "Give the site code with --site-code CODE (the code the desks' databases have)."));
    VAX_TRY_VALUE_OR(auto desks, ctx.out().fail,
                     stock::intOption(ctx, QStringLiteral("desks"), false, 0));
    request.desks = desks;
    request.password = readSecret(ctx.passwordStdin(), kServerPasswordEnv);
    VAX_TRY_VALUE_OR(auto report, ctx.out().fail, sitesync::SiteServerService::init(request));

    QJsonArray created;
    QString createdText;
    for (const sitesync::CreatedDesk& d : report.created) {
        created.append(QJsonObject{{QStringLiteral("desk"), d.desk},
                                   {QStringLiteral("role"), d.role},
                                   {QStringLiteral("password"), d.password}});
        createdText += SiteModeText::tr("  desk %1: role %2, password %3\n")
                           .arg(d.desk)
                           .arg(d.role, d.password);
    }
    QJsonArray existing;
    for (int d : report.existing)
        existing.append(d);
    const QJsonObject json{{QStringLiteral("server"), report.url.text()},
                           {QStringLiteral("site_code"), report.siteCode},
                           {QStringLiteral("schema_before"), report.schemaBefore},
                           {QStringLiteral("schema"), report.schemaAfter},
                           {QStringLiteral("applied"), QJsonArray::fromStringList(report.applied)},
                           {QStringLiteral("protocol"), sitesync::kSiteProtocolVersion},
                           {QStringLiteral("desks_group"), report.desksGroup},
                           {QStringLiteral("desks_created"), created},
                           {QStringLiteral("desks_existing"), existing},
                           {QStringLiteral("tls"),
                            QJsonObject{{QStringLiteral("server"), report.serverTls},
                                        {QStringLiteral("this_connection"), report.connectionTls},
                                        {QStringLiteral("notes"), report.tlsNotes}}},
                           {QStringLiteral("desk_url"), report.deskUrl}};
    QString text = SiteModeText::tr("Site server %1 for site %2: site schema %3 (was %4).\n")
                       .arg(report.url.text(), report.siteCode)
                       .arg(report.schemaAfter)
                       .arg(report.schemaBefore);
    if (!createdText.isEmpty())
        text += SiteModeText::tr(
                    "New desks (write each password on the set-up sheet now: it is "
                    "not shown again):\n") +
                createdText;
    text += SiteModeText::tr(
                "Desks join with: vaxctl site join --server %1 --desk N "
                "--password-stdin\n")
                .arg(report.deskUrl);
    text += report.tlsNotes;
    ctx.out().record(json, text);
    return ExitOk;
}

int runJoin(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    VAX_TRY_VALUE_OR(auto desk, ctx.out().fail,
                     stock::intOption(ctx, QStringLiteral("desk"), true));
    sitesync::JoinRequest request;
    request.serverUrl = opt(ctx, "server");
    request.desk = desk;
    request.rejoin = ctx.args().isSet(QStringLiteral("rejoin"));
    VAX_TRY_VALUE_OR(auto password, ctx.out().fail,
                     requireSecret(ctx.passwordStdin(), kSitePasswordEnv,
                                   SiteModeText::tr("The desk's password for the site "
                                                    "server")));
    request.password = password;
    KeychainSecretStore keychain;
    VAX_TRY_VALUE_OR(auto link, ctx.out().fail,
                     sitesync::SiteJoinService::join(s.services(), request, keychain));
    ctx.out().record(
        QJsonObject{{QStringLiteral("server"), link.serverUrl},
                    {QStringLiteral("desk"), link.desk},
                    {QStringLiteral("site_code"), link.siteCode},
                    {QStringLiteral("incarnation"), link.incarnation},
                    {QStringLiteral("joined_at"), jsonTime(link.joinedAt)},
                    {QStringLiteral("password_in"), keychain.describe()}},
        SiteModeText::tr("This PC is desk %1 of site %2 on %3 (joined %4); its password is in "
                         "%5.")
            .arg(link.desk)
            .arg(link.siteCode, link.serverUrl, siteDateTime(link.joinedAt), keychain.describe()));
    return ExitOk;
}

int runStatus(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    KeychainSecretStore keychain;
    VAX_TRY_VALUE_OR(auto st, ctx.out().fail,
                     sitesync::SiteStatusService::status(site->serviceContext(), keychain));
    QJsonObject json{{QStringLiteral("joined"), st.link.has_value()},
                     {QStringLiteral("checked_at"), jsonTime(st.checkedAt)}};
    if (!st.link) {
        ctx.out().record(json, SiteModeText::tr("This desk works alone: it has not joined a site "
                                                "server (vaxctl site join)."));
        return ExitOk;
    }
    QJsonArray desks;
    QString deskLines;
    for (const sitesync::DeskActivity& d : st.desks) {
        desks.append(QJsonObject{{QStringLiteral("desk"), d.desk},
                                 {QStringLiteral("joined_at"), timeOrNull(d.joinedAt)},
                                 {QStringLiteral("last_push_at"), timeOrNull(d.lastPushAt)},
                                 {QStringLiteral("last_pull_at"), timeOrNull(d.lastPullAt)},
                                 {QStringLiteral("high_water"), d.highWater}});
        deskLines +=
            SiteModeText::tr("  desk %1: joined %2, last push %3, last pull %4\n")
                .arg(d.desk)
                .arg(clockOrDash(d.joinedAt), clockOrDash(d.lastPushAt), clockOrDash(d.lastPullAt));
    }
    json.insert(QStringLiteral("server"), st.link->serverUrl);
    json.insert(QStringLiteral("desk"), st.link->desk);
    json.insert(QStringLiteral("site_code"), st.link->siteCode);
    json.insert(QStringLiteral("reachable"), st.reachable);
    json.insert(QStringLiteral("unreachable_since"), timeOrNull(st.unreachableSince));
    json.insert(QStringLiteral("last_contact"), timeOrNull(st.lastContact));
    json.insert(QStringLiteral("backlog"), st.backlog);
    json.insert(QStringLiteral("pushed_seq"), st.pushedSeq);
    json.insert(QStringLiteral("desks"), desks);
    json.insert(QStringLiteral("desks_as_of"), timeOrNull(st.desksAsOf));
    json.insert(QStringLiteral("open_conflicts"), st.openConflicts);
    if (st.problem)
        json.insert(QStringLiteral("problem"),
                    QJsonObject{{QStringLiteral("code"), st.problem->codeName()},
                                {QStringLiteral("message"), st.problem->message}});
    QString text =
        st.reachable
            ? SiteModeText::tr("Site server %1: connected. Desk %2, %n record(s) waiting.", "",
                               static_cast<int>(st.backlog))
                  .arg(st.link->serverUrl)
                  .arg(st.link->desk)
            : SiteModeText::tr("Site server %1: offline since %2. Desk %3, %n record(s) waiting.",
                               "", static_cast<int>(st.backlog))
                  .arg(st.link->serverUrl, clockOrDash(st.unreachableSince))
                  .arg(st.link->desk);
    text += u'\n';
    if (st.problem)
        text += st.problem->message + u'\n';
    if (!deskLines.isEmpty())
        text += SiteModeText::tr("Desks (as of %1):\n").arg(clockOrDash(st.desksAsOf)) + deskLines;
    text += SiteModeText::tr("Open conflicts: %1").arg(st.openConflicts);
    ctx.out().record(json, text);
    return ExitOk;
}

QCommandLineOption serverOpt()
{
    return {QStringLiteral("server"),
            SiteModeText::tr("The site server, e.g. postgresql://192.168.1.10:5432/vaxpoint_site"),
            QStringLiteral("URL")};
}
}  // namespace

void registerSiteModeCommands(Registry& registry)
{
    registry.add(
        {words("site-server", "init"),
         [] {
             return SiteModeText::tr(
                 "Create or migrate the site schema on a PostgreSQL database (as its owner)");
         },
         [](QCommandLineParser& p) {
             p.addOptions(
                 {serverOpt(),
                  {QStringLiteral("site-code"),
                   SiteModeText::tr("The site this server serves (default: the site of --db)"),
                   QStringLiteral("CODE")},
                  {QStringLiteral("desks"),
                   SiteModeText::tr("Make roles for desks 1 to N (existing ones are kept); their "
                                    "passwords are printed once"),
                   QStringLiteral("N")}});
         },
         runServerInit});
    registry.add(
        {words("site", "join"),
         [] {
             return SiteModeText::tr(
                 "Site admin: join this desk to the site server (password from "
                 "--password-stdin or VAXPOINT_SITE_PASSWORD)");
         },
         [](QCommandLineParser& p) {
             p.addOptions(
                 {actorOpt(),
                  serverOpt(),
                  {QStringLiteral("desk"), SiteModeText::tr("This desk's number (1 to 999)"),
                   QStringLiteral("N")},
                  {QStringLiteral("rejoin"), SiteModeText::tr("Take over the desk number after a "
                                                              "reinstall, or move this desk")}});
         },
         runJoin});
    registry.add({words("site", "status"),
                  [] {
                      return SiteModeText::tr(
                          "The site server: reachable, this desk's backlog, every desk's last "
                          "push and pull");
                  },
                  nullptr, runStatus});
}

}  // namespace vax::cli
