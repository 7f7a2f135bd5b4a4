// vaxctl site-server init, site join, site status, site sync: site mode over PostgreSQL
// (docs/site.md).
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QThread>
#include <QTimer>

#include <csignal>

#include "cli/actorauth.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/exportkey.h"
#include "cli/secretinput.h"
#include "cli/session.h"
#include "cli/stocksupport.h"
#include "security/secretstore.h"
#include "sitesync/replicator.h"
#include "sitesync/siteconflicts.h"
#include "sitesync/sitedayclose.h"
#include "sitesync/sitelink.h"
#include "sitesync/sitelistener.h"
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

// On the server PC, as the owner (like init): a new password for one desk's role, shown once.
int runDeskPassword(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto desk, ctx.out().fail,
                     stock::intOption(ctx, QStringLiteral("desk"), true));
    sitesync::DeskPasswordRequest request;
    request.serverUrl = opt(ctx, "server");
    request.desk = desk;
    request.password = readSecret(ctx.passwordStdin(), kServerPasswordEnv);
    VAX_TRY_VALUE_OR(auto made, ctx.out().fail,
                     sitesync::SiteServerService::resetDeskPassword(request));
    ctx.out().record(
        QJsonObject{{QStringLiteral("desk"), made.desk},
                    {QStringLiteral("role"), made.role},
                    {QStringLiteral("password"), made.password}},
        SiteModeText::tr("Desk %1 (role %2) has a new password: %3\n"
                         "Write it on the set-up sheet now: it is not shown again. The old "
                         "password no longer works. On desk %1: vaxctl site password "
                         "--password-stdin (or Administration ▸ Site server ▸ Change the server "
                         "password).")
            .arg(made.desk)
            .arg(made.role, made.password));
    return ExitOk;
}

// On a joined desk: the new password from desk-password, checked against the server, then kept.
int runPassword(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    VAX_TRY_VALUE_OR(auto password, ctx.out().fail,
                     requireSecret(ctx.passwordStdin(), kSitePasswordEnv,
                                   SiteModeText::tr("The desk's new password for the site "
                                                    "server")));
    KeychainSecretStore keychain;
    VAX_TRY_VALUE_OR(auto link, ctx.out().fail,
                     sitesync::SiteJoinService::changePassword(s.services(), password, keychain));
    ctx.out().record(
        QJsonObject{{QStringLiteral("server"), link.serverUrl},
                    {QStringLiteral("desk"), link.desk},
                    {QStringLiteral("site_code"), link.siteCode},
                    {QStringLiteral("password_in"), keychain.describe()}},
        SiteModeText::tr("Desk %1 logged in to %2 with the new password; it replaced the old one "
                         "in %3.")
            .arg(link.desk)
            .arg(link.serverUrl, keychain.describe()));
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
    json.insert(QStringLiteral("pending"), st.pending);
    json.insert(QStringLiteral("desks"), desks);
    json.insert(QStringLiteral("desks_as_of"), timeOrNull(st.desksAsOf));
    json.insert(QStringLiteral("open_conflicts"), st.openConflicts);
    json.insert(QStringLiteral("conflicts_as_of"), timeOrNull(st.conflictsAsOf));
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
    if (st.pending > 0)
        text += SiteModeText::tr("Pulled records set aside (site_pending): %1\n").arg(st.pending);
    text += SiteModeText::tr("Open conflicts: %1 (as of %2; vaxctl site conflicts lists them)")
                .arg(st.openConflicts)
                .arg(clockOrDash(st.conflictsAsOf));
    ctx.out().record(json, text);
    return ExitOk;
}

// One conflict for people: what happened, to whom, at which desks.
QString conflictText(const sitesync::SiteConflict& c)
{
    const QJsonObject d = c.detail;
    auto desks = [](const QJsonArray& list) {
        QStringList out;
        for (const QJsonValue& v : list)
            out << QString::number(v.toInt());
        return out.join(QStringLiteral(", "));
    };
    if (c.kind == QLatin1String("double_dose"))
        return SiteModeText::tr(
                   "#%1 %2 double dose: person %3 has dose %4 of the %5 series "
                   "twice (doses %6; desks %7)")
            .arg(c.id)
            .arg(siteDateTime(c.raisedAt), d.value(QStringLiteral("person")).toString())
            .arg(d.value(QStringLiteral("dose_number")).toInt())
            .arg(d.value(QStringLiteral("series")).toString(),
                 QVariant(d.value(QStringLiteral("doses")).toArray().toVariantList())
                     .toStringList()
                     .join(QStringLiteral(", ")),
                 desks(d.value(QStringLiteral("desks")).toArray()));
    if (c.kind == QLatin1String("person_merge")) {
        const QJsonObject doc = d.value(QStringLiteral("document")).toObject();
        QString line =
            SiteModeText::tr(
                "#%1 %2 person merge: %3 (desk %4) merged into %5 (kept), same "
                "document %6 %7")
                .arg(c.id)
                .arg(siteDateTime(c.raisedAt), d.value(QStringLiteral("merged")).toString())
                .arg(d.value(QStringLiteral("merged_desk")).toInt())
                .arg(d.value(QStringLiteral("kept")).toString(),
                     doc.value(QStringLiteral("type")).toString(),
                     doc.value(QStringLiteral("number")).toString());
        if (!c.appliedAt)
            line += SiteModeText::tr("; not applied on this desk yet: %1").arg(c.applyError);
        return line;
    }
    return SiteModeText::tr("#%1 %2 %3: %4 %5 from desk %6")
        .arg(c.id)
        .arg(siteDateTime(c.raisedAt), c.kind, c.table, c.rowId)
        .arg(c.desk);
}

QJsonValue resolutionJson(const sitesync::SiteConflict& c)
{
    if (!c.resolution)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("by"), c.resolution->staffId},
                       {QStringLiteral("by_name"), c.resolution->staffName},
                       {QStringLiteral("desk"), c.resolution->desk},
                       {QStringLiteral("note"), c.resolution->note}};
}

QJsonObject conflictJson(const sitesync::SiteConflict& c)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("kind"), c.kind},
                  {QStringLiteral("table"), c.table},
                  {QStringLiteral("row_id"), c.rowId},
                  {QStringLiteral("desk"), c.desk},
                  {QStringLiteral("raised_at"), jsonTime(c.raisedAt)},
                  {QStringLiteral("detail"), c.detail},
                  {QStringLiteral("resolved_at"), timeOrNull(c.resolvedAt)},
                  {QStringLiteral("resolution"), resolutionJson(c)}};
    if (c.kind == QLatin1String("person_merge")) {
        o.insert(QStringLiteral("applied_at"), timeOrNull(c.appliedAt));
        o.insert(QStringLiteral("apply_error"),
                 c.applyError.isEmpty() ? QJsonValue() : QJsonValue(c.applyError));
    }
    return o;
}

// A resolved conflict's last words: who resolved it and why.
QString resolutionText(const sitesync::SiteConflict& c)
{
    if (!c.resolvedAt)
        return {};
    if (!c.resolution)
        return SiteModeText::tr("; resolved by the site server %1").arg(clockOrDash(c.resolvedAt));
    return SiteModeText::tr("; resolved %1 by %2 at desk %3: %4")
        .arg(clockOrDash(c.resolvedAt),
             c.resolution->staffName.isEmpty() ? c.resolution->staffId : c.resolution->staffName)
        .arg(c.resolution->desk)
        .arg(c.resolution->note);
}

QJsonObject pendingJson(const sitesync::PendingRow& p)
{
    return {{QStringLiteral("kind"), QStringLiteral("pending")},
            {QStringLiteral("table"), p.table},
            {QStringLiteral("row_id"), p.id},
            {QStringLiteral("desk"), p.desk},
            {QStringLiteral("desk_seq"), p.deskSeq},
            {QStringLiteral("reason"), p.reason},
            {QStringLiteral("since"), jsonTime(p.firstAt)},
            {QStringLiteral("last_try"), jsonTime(p.triedAt)},
            {QStringLiteral("attempts"), p.tries}};
}

QString pendingText(const sitesync::PendingRow& p)
{
    return SiteModeText::tr("pending: %1 %2 from desk %3, waiting since %4 (%n attempt(s)): %5", "",
                            p.tries)
        .arg(p.table, p.id)
        .arg(p.desk)
        .arg(siteDateTime(p.firstAt), p.reason);
}

int runConflicts(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    VAX_TRY_VALUE_OR(auto link, ctx.out().fail, sitesync::SiteJoinService::link(s.db()));
    const bool all = ctx.args().isSet(QStringLiteral("all"));
    VAX_TRY_VALUE_OR(auto listed, ctx.out().fail, sitesync::SiteConflicts::list(s.db(), all));
    QJsonArray list;
    QString lines;
    for (const sitesync::SiteConflict& c : listed.conflicts) {
        list.append(conflictJson(c));
        lines += QStringLiteral("  ") + conflictText(c) + resolutionText(c) + u'\n';
    }
    QJsonArray pending;
    for (const sitesync::PendingRow& p : listed.pending) {
        pending.append(pendingJson(p));
        lines += QStringLiteral("  ") + pendingText(p) + u'\n';
    }
    const QJsonObject json{{QStringLiteral("joined"), link.has_value()},
                           {QStringLiteral("desk"), link ? QJsonValue(link->desk) : QJsonValue()},
                           {QStringLiteral("read_at"), timeOrNull(listed.readAt)},
                           {QStringLiteral("open"), listed.open},
                           {QStringLiteral("conflicts"), list},
                           {QStringLiteral("pending"), static_cast<qint64>(listed.pending.size())},
                           {QStringLiteral("pending_rows"), pending}};
    QString text = listed.readAt
                       ? SiteModeText::tr(
                             "%n conflict(s) waiting for review, as read from the site server "
                             "at %1 (vaxctl site sync reads them again).",
                             "", static_cast<int>(listed.open))
                             .arg(siteDateTime(*listed.readAt))
                       : SiteModeText::tr(
                             "No conflicts read yet: this desk has not synced with a site "
                             "server (vaxctl site sync).");
    if (!listed.pending.isEmpty())
        text += u'\n' + SiteModeText::tr(
                            "%n pulled record(s) could not be applied at this desk and wait "
                            "with their reason; they are tried again at every sync and after "
                            "an upgrade.",
                            "", static_cast<int>(listed.pending.size()));
    if (!lines.isEmpty())
        text += QLatin1Char('\n') + lines.chopped(1);
    ctx.out().record(json, text);
    return ExitOk;
}

int runResolve(CommandContext& ctx)
{
    const QStringList args = ctx.args().positionalArguments();
    bool isNumber = false;
    const qint64 id =
        args.size() == 1 ? QString(args.first()).remove(QLatin1Char('#')).toLongLong(&isNumber) : 0;
    if (!isNumber || id <= 0)
        return ctx.out().usage(SiteModeText::tr(
            "Give one conflict number as vaxctl site conflicts lists it: vaxctl site conflicts "
            "resolve 12 --note TEXT"));
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    KeychainSecretStore keychain;
    VAX_TRY_VALUE_OR(
        auto resolved, ctx.out().fail,
        sitesync::SiteConflicts::resolve(s.services(), keychain, id, opt(ctx, "note")));
    QJsonObject json = conflictJson(resolved);
    ctx.out().record(json, SiteModeText::tr("Conflict #%1 resolved on the site server; every "
                                            "desk shows it resolved after its next sync.\n")
                                   .arg(resolved.id) +
                               QStringLiteral("  ") + conflictText(resolved) +
                               resolutionText(resolved));
    return ExitOk;
}

// Set by SIGINT or SIGTERM: `site sync` without --once finishes its round and stops.
volatile std::sig_atomic_t g_stopSync = 0;

void stopSync(int)
{
    g_stopSync = 1;
}

void recordSync(CommandContext& ctx, const sitesync::SyncReport& r)
{
    const QJsonObject json{
        {QStringLiteral("server"), r.link.serverUrl},
        {QStringLiteral("desk"), r.link.desk},
        {QStringLiteral("started_at"), jsonTime(r.startedAt)},
        {QStringLiteral("pushed"), QJsonObject{{QStringLiteral("rows"), r.push.rows},
                                               {QStringLiteral("batches"), r.push.batches},
                                               {QStringLiteral("pushed_seq"), r.push.pushedSeq}}},
        {QStringLiteral("pulled"), QJsonObject{{QStringLiteral("rows"), r.pull.rows},
                                               {QStringLiteral("batches"), r.pull.batches},
                                               {QStringLiteral("written"), r.pull.written},
                                               {QStringLiteral("unchanged"), r.pull.unchanged},
                                               {QStringLiteral("kept_local"), r.pull.keptLocal},
                                               {QStringLiteral("set_aside"), r.pull.setAside},
                                               {QStringLiteral("recovered"), r.pull.recovered},
                                               {QStringLiteral("superseded"), r.pull.superseded},
                                               {QStringLiteral("cursor"), r.pull.cursor}}},
        {QStringLiteral("backlog"), r.backlog},
        {QStringLiteral("pending"), r.pending},
        {QStringLiteral("open_conflicts"), r.openConflicts},
        {QStringLiteral("merges_applied"), r.mergesApplied}};
    QString text = SiteModeText::tr(
                       "Desk %1 and %2: pushed %3 record(s), pulled %4 (%5 written, "
                       "%6 already here, %7 kept as this desk has them).")
                       .arg(r.link.desk)
                       .arg(r.link.serverUrl)
                       .arg(r.push.rows)
                       .arg(r.pull.rows)
                       .arg(r.pull.written)
                       .arg(r.pull.unchanged)
                       .arg(r.pull.keptLocal);
    text += u'\n';
    text += SiteModeText::tr(
                "%1 record(s) waiting to be pushed; %2 pulled record(s) set aside "
                "(site_pending).")
                .arg(r.backlog)
                .arg(r.pending);
    if (r.openConflicts > 0)
        text += QLatin1Char('\n') + SiteModeText::tr(
                                        "%1 conflict(s) waiting for review (vaxctl site "
                                        "conflicts).")
                                        .arg(r.openConflicts);
    ctx.out().record(json, text);
}

// What `site status` reports offline: the last contact, or since when the server has not
// answered. Best effort: the round's own outcome is what the command reports.
void recordRound(SiteContext& site, const Result<sitesync::SyncReport>& report)
{
    (void)sitesync::SiteStatusService::recordRound(*site.db, site.clock->nowUtc(),
                                                   report ? Status() : Status(report.error()));
}

int runSync(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    VAX_TRY_VALUE_OR(const int interval, ctx.out().fail,
                     stock::intOption(ctx, QStringLiteral("interval"), false, 10));
    if (interval < 1)
        return ctx.out().usage(
            SiteModeText::tr("--interval: give the pause between rounds in "
                             "seconds (1 or more)."));
    // Rows per push and per pull (hidden: the kill-loop test uses small batches so that one
    // desk's backlog makes many pushes to interrupt).
    VAX_TRY_VALUE_OR(const int batchSize, ctx.out().fail,
                     stock::intOption(ctx, QStringLiteral("batch-size"), false, 500));
    if (batchSize < 1 || batchSize > 5000)
        return ctx.out().usage(
            SiteModeText::tr("--batch-size: give the rows per batch, from 1 to 5000."));
    sitesync::SyncOptions options;
    options.push = !ctx.args().isSet(QStringLiteral("pull-only"));
    options.batchSize = batchSize;
    KeychainSecretStore keychain;
    if (ctx.args().isSet(QStringLiteral("once"))) {
        auto once = sitesync::SiteSyncService::sync(*site->db, *site->clock, keychain, options);
        recordRound(*site, once);
        VAX_TRY_VALUE_OR(auto report, ctx.out().fail, std::move(once));
        recordSync(ctx, report);
        return ExitOk;
    }
    // --listen: the pause ends as soon as the server says a desk pushed (LISTEN vaxsite_change
    // on a thread of its own, docs/site.md 5), or the listener lost or regained the server.
    std::unique_ptr<sitesync::SiteListener> listener;
    bool woken = false;
    if (ctx.args().isSet(QStringLiteral("listen"))) {
        // Not joined: no listener; the first round says so.
        VAX_TRY_VALUE_OR(auto link, ctx.out().fail, sitesync::SiteJoinService::link(*site->db));
        if (link) {
            listener = std::make_unique<sitesync::SiteListener>(sitesync::joinedDeskConnector(
                site->site, *link, [] { return std::make_unique<KeychainSecretStore>(); }));
            QObject::connect(listener.get(), &sitesync::SiteListener::woken, listener.get(),
                             [&woken] { woken = true; });
            listener->start();
        }
    }
    // Until SIGINT or SIGTERM: a round, then a pause. A round that fails (the server away) is a
    // warning; the next round tries again.
    g_stopSync = 0;
    std::signal(SIGINT, stopSync);
    std::signal(SIGTERM, stopSync);
    while (!g_stopSync) {
        auto report = sitesync::SiteSyncService::sync(*site->db, *site->clock, keychain, options);
        recordRound(*site, report);
        if (report)
            recordSync(ctx, *report);
        else if (report.error().code == ErrorCode::SiteNotJoined)
            return ctx.out().fail(report.error());
        else
            ctx.out().warning(report.error());
        for (int slice = 0; slice < interval * 10 && !g_stopSync && !woken; ++slice) {
            if (!listener) {
                QThread::msleep(100);
                continue;
            }
            QEventLoop pause;  // the listener's signals arrive here
            QTimer::singleShot(100, &pause, &QEventLoop::quit);
            pause.exec();
        }
        woken = false;
    }
    if (listener)
        listener->stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return ExitOk;
}

QJsonArray closeDesksJson(const QList<sitesync::SiteCloseDesk>& desks)
{
    QJsonArray out;
    for (const sitesync::SiteCloseDesk& d : desks) {
        QJsonObject o = sitesync::toJson(d);
        o.insert(QStringLiteral("last_contact"), timeOrNull(d.lastContact));
        out.append(o);
    }
    return out;
}

int runClose(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    sitesync::SiteCloseRequest request;
    request.day = QDate::fromString(opt(ctx, "date"), Qt::ISODate);
    if (!request.day.isValid())
        return ctx.out().usage(
            SiteModeText::tr("--date: give the day to close as YYYY-MM-DD, e.g. 2026-12-07."));
    request.outDir = opt(ctx, "out");
    if (request.outDir.isEmpty())
        return ctx.out().usage(SiteModeText::tr(
            "--out: give the folder to write the bundle into, e.g. --out /media/usb."));
    request.force = ctx.args().isSet(QStringLiteral("force"));
    request.reason = opt(ctx, "reason");
    request.actorId = s.actor.id;
    VAX_TRY_VALUE_OR(auto key, ctx.out().fail, exportKey(ctx, s));
    request.secretKey = key.secretKey;
    KeychainSecretStore keychain;
    sitesync::SiteCloseState seen;
    auto closed = sitesync::SiteDayClose::close(s.db(), s.clock(), keychain, request, &seen);
    if (!closed)
        return ctx.out().fail(closed.error(),
                              {{QStringLiteral("day"), request.day.toString(Qt::ISODate)},
                               {QStringLiteral("desks"), closeDesksJson(seen.desks)}});
    const ExportBatch& b = closed->exported.batch;
    QString text =
        (closed->followUp()
             ? SiteModeText::tr("Site day %1: follow-up %2 written (%3 records), chained to the "
                                "close.")
                   .arg(closed->day.toString(Qt::ISODate))
                   .arg(b.path)
                   .arg(closed->exported.records)
             : SiteModeText::tr("Site day %1 closed: %2 written (%3 records).")
                   .arg(closed->day.toString(Qt::ISODate), b.path)
                   .arg(closed->exported.records));
    if (closed->forced)
        text +=
            u'\n' + SiteModeText::tr(
                        "Forced (%1); not pushed: %2. Their records go into a "
                        "follow-up: run site close again once they synced.")
                        .arg(request.reason.trimmed(),
                             sitesync::SiteDayClose::describe(s.db(), s.clock(), seen.notPushed()));
    ctx.out().record({{QStringLiteral("day"), closed->day.toString(Qt::ISODate)},
                      {QStringLiteral("path"), b.path},
                      {QStringLiteral("file"), b.fileName},
                      {QStringLiteral("seq"), b.seq},
                      {QStringLiteral("sha256"), b.sha256},
                      {QStringLiteral("previous_sha256"), b.previousSha256},
                      {QStringLiteral("records"), closed->exported.records},
                      {QStringLiteral("part"), closed->part},
                      {QStringLiteral("forced"), closed->forced},
                      {QStringLiteral("follow_up"), closed->followUp()},
                      {QStringLiteral("closed_at"), jsonTime(closed->closedAt)},
                      {QStringLiteral("desks"), closeDesksJson(closed->desks)}},
                     text);
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
    registry.add(
        {words("site-server", "desk-password"),
         [] {
             return SiteModeText::tr(
                 "Make a new password for one desk's role (as the owner, like init); it is "
                 "printed once");
         },
         [](QCommandLineParser& p) {
             p.addOptions({serverOpt(),
                           {QStringLiteral("desk"), SiteModeText::tr("The desk's number"),
                            QStringLiteral("N")}});
         },
         runDeskPassword});
    registry.add(
        {words("site", "password"),
         [] {
             return SiteModeText::tr(
                 "Site admin: keep the desk's new server password after it logs in with it "
                 "(from --password-stdin or VAXPOINT_SITE_PASSWORD)");
         },
         [](QCommandLineParser& p) { p.addOption(actorOpt()); }, runPassword});
    registry.add({words("site", "status"),
                  [] {
                      return SiteModeText::tr(
                          "The site server: reachable, this desk's backlog, every desk's last "
                          "push and pull");
                  },
                  nullptr, runStatus});
    registry.add({words("site", "conflicts"),
                  [] {
                      return SiteModeText::tr(
                          "Person merges, double doses and other desks' records set aside here, "
                          "waiting for review, as this desk last read them from the site server "
                          "(works offline)");
                  },
                  [](QCommandLineParser& p) {
                      p.addOptions({actorOpt(),
                                    {QStringLiteral("all"),
                                     SiteModeText::tr("Also the conflicts already resolved")}});
                  },
                  runConflicts});
    registry.add(
        {QStringList{QStringLiteral("site"), QStringLiteral("conflicts"),
                     QStringLiteral("resolve")},
         [] {
             return SiteModeText::tr(
                 "Site admin: close a site conflict after review, with a note (on the site "
                 "server, so every desk agrees; refused offline)");
         },
         [](QCommandLineParser& p) {
             p.addPositionalArgument(QStringLiteral("ID"),
                                     SiteModeText::tr("The conflict's number (#12 is 12)"));
             p.addOptions({actorOpt(),
                           {QStringLiteral("note"),
                            SiteModeText::tr("What was reviewed and decided (required)"),
                            QStringLiteral("TEXT")}});
         },
         runResolve});
    registry.add(
        {words("site", "sync"),
         [] {
             return SiteModeText::tr(
                 "Push this desk's records to the site server and pull the other desks'; "
                 "without --once it keeps going until interrupted");
         },
         [](QCommandLineParser& p) {
             QCommandLineOption batchSize(QStringLiteral("batch-size"),
                                          SiteModeText::tr("Rows per batch (default 500)"),
                                          QStringLiteral("ROWS"));
             batchSize.setFlags(QCommandLineOption::HiddenFromHelp);
             p.addOption(batchSize);
             p.addOptions(
                 {{QStringLiteral("once"), SiteModeText::tr("One round, then stop")},
                  {QStringLiteral("pull-only"),
                   SiteModeText::tr("Pull only (a desk the server refused as behind: pull, then "
                                    "join as a new desk number)")},
                  {QStringLiteral("interval"),
                   SiteModeText::tr("Seconds between rounds without --once (default 10)"),
                   QStringLiteral("SECONDS")},
                  {QStringLiteral("listen"),
                   SiteModeText::tr("Without --once: start a round as soon as another desk "
                                    "pushes (PostgreSQL LISTEN/NOTIFY), not only every "
                                    "--interval seconds")}});
         },
         runSync});
    registry.add(
        {words("site", "close"),
         [] {
             return SiteModeText::tr(
                 "Site admin: close the site's day once every desk has pushed, and write the "
                 "site's signed bundle (--force --reason TEXT closes without a desk; its "
                 "records follow in a follow-up bundle)");
         },
         [](QCommandLineParser& p) {
             p.addOptions(
                 {actorOpt(),
                  passphraseOpt(),
                  {QStringLiteral("date"), SiteModeText::tr("The day to close (YYYY-MM-DD)"),
                   QStringLiteral("D")},
                  {QStringLiteral("out"), SiteModeText::tr("Folder to write the bundle into"),
                   QStringLiteral("DIR")},
                  {QStringLiteral("force"),
                   SiteModeText::tr("Close although desks have not pushed, or take over another "
                                    "desk's close in progress (needs --reason)")},
                  {QStringLiteral("reason"), SiteModeText::tr("Why the close is forced"),
                   QStringLiteral("TEXT")}});
         },
         runClose});
}

}  // namespace vax::cli
