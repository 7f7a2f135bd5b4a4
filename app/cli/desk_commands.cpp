// vaxctl administer, checklist, dose list|correct, queue call-next.
#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include "checkin/queuenumber.h"
#include "checkin/visitrepository.h"
#include "cli/actorauth.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/secretinput.h"
#include "cli/session.h"
#include "common/labels.h"
#include "desk/administrationservice.h"
#include "desk/dosecorrectionservice.h"
#include "desk/queueservice.h"
#include "identity/masking.h"
#include "security/auth.h"
#include "security/secretstore.h"
#include "security/staff.h"
#include "sitesync/sitehistory.h"
#include "sitesync/sitequeue.h"

namespace vax::cli {

namespace {
struct DeskCmdText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

using Opt = QCommandLineOption;

const QString kDoctorPasswordStdin = QStringLiteral("doctor-password-stdin");
const char* const kDoctorPasswordEnv = "VAXPOINT_DOCTOR_PASSWORD";

// --confirm all | vaccine,name,verification
Result<QSet<ChecklistItemKey>> confirmations(CommandContext& ctx)
{
    QSet<ChecklistItemKey> out;
    for (const QString& name : listOption(ctx, "confirm")) {
        if (name == QLatin1String("all")) {
            for (ChecklistItemKey k : confirmableItems())
                out.insert(k);
            continue;
        }
        const auto key = checklistItemFromName(name);
        if (!key || std::find(confirmableItems().begin(), confirmableItems().end(), *key) ==
                        confirmableItems().end())
            return makeError(ErrorCode::InvalidArgument,
                             DeskCmdText::tr("--confirm: \"%1\" is not something to confirm; use "
                                             "all, or vaccine, name, verification.")
                                 .arg(name),
                             QStringLiteral("confirm"));
        out.insert(*key);
    }
    return out;
}

Result<std::pair<DeskScan, DeskChoices>> scanAndChoices(CommandContext& ctx)
{
    DeskScan scan{opt(ctx, "visit"), opt(ctx, "lot"), opt(ctx, "vial"), opt(ctx, "trace")};
    if (scan.visitId.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         DeskCmdText::tr("--visit: give the visit id (from \"vaxctl queue "
                                         "call-next\" or \"vaxctl queue list\")."),
                         QStringLiteral("visit"));
    DeskChoices choices;
    choices.site = opt(ctx, "site");
    choices.route = opt(ctx, "route");
    choices.expectedProduct = opt(ctx, "product");
    if (!opt(ctx, "amount").isEmpty()) {
        bool ok = false;
        choices.amountMl = opt(ctx, "amount").toDouble(&ok);
        // Not a number at all, or 0 (which would mean "the product's dose"): refused here. A
        // number the desk cannot give (NaN, infinite, negative, too large) is refused by the
        // core's input policy, as from the screen.
        if (!ok || choices.amountMl == 0.0)
            return makeError(ErrorCode::InvalidArgument,
                             DeskCmdText::tr("--amount: give millilitres, e.g. 0.5."),
                             QStringLiteral("amount"));
    }
    VAX_TRY_VALUE(auto confirmed, confirmations(ctx));
    choices.confirmed = confirmed;
    // Offline at a joined desk: the nurse asked the person about other doses today.
    if (ctx.args().isSet(QStringLiteral("asked-other-doses")))
        choices.confirmed.insert(ChecklistItemKey::Record);
    for (const QString& code : listOption(ctx, "override"))
        choices.overrides.insert(code);
    return std::make_pair(scan, choices);
}

// A joined desk asks the site server for the person's history first (docs/site.md 5), with a
// short timeout; a server that cannot be asked is a warning and the checklist says "this desk
// only". A desk not joined asks nothing.
Status refreshSiteHistory(CommandContext& ctx, SiteContext& site, const QString& visitId)
{
    VAX_TRY_VALUE(auto visit, VisitRepository::forDesk(*site.db, visitId));
    if (!visit)
        return {};  // the checklist names the missing visit
    KeychainSecretStore keychain;
    VAX_TRY_VALUE(auto fetched, sitesync::SiteHistoryService::refresh(*site.db, *site.clock,
                                                                      keychain, visit->personId));
    if (fetched.problem)
        ctx.out().warning(*fetched.problem);
    return {};
}

QJsonObject checklistJson(const ChecklistResult& r)
{
    QJsonArray items;
    for (const ChecklistItem& i : r.items) {
        QJsonArray findings;
        for (const CheckFinding& f : i.findings)
            findings.append(QJsonObject{{QStringLiteral("code"), f.code},
                                        {QStringLiteral("state"), checkStateName(f.state)},
                                        {QStringLiteral("message"), f.message},
                                        {QStringLiteral("blocks"), f.blocks},
                                        {QStringLiteral("overridable"), f.overridable},
                                        {QStringLiteral("overridden"), f.overridden}});
        items.append(QJsonObject{{QStringLiteral("item"), checklistItemName(i.key)},
                                 {QStringLiteral("group"), checklistGroupName(i.group)},
                                 {QStringLiteral("state"), checkStateName(i.state)},
                                 {QStringLiteral("title"), i.title},
                                 {QStringLiteral("detail"), i.detail},
                                 {QStringLiteral("findings"), findings}});
    }
    QJsonObject out{{QStringLiteral("can_administer"), r.canAdminister()},
                    {QStringLiteral("date"), jsonDate(r.today)},
                    {QStringLiteral("dose_number"), r.doseNumber},
                    {QStringLiteral("series_doses"), r.seriesDoses},
                    {QStringLiteral("items"), items}};
    if (r.history.kind != HistoryScope::Kind::Desk) {
        QJsonObject history = historyJson(r.history);
        history.insert(QStringLiteral("note"), r.historyNote);
        out.insert(QStringLiteral("history"), history);
    }
    return out;
}

QString checklistText(const ChecklistResult& r)
{
    QString text;
    for (const ChecklistItem& i : r.items) {
        const QString mark = i.state == CheckState::Pass      ? QStringLiteral("ok  ")
                             : i.state == CheckState::Warning ? QStringLiteral("warn")
                             : i.state == CheckState::Fail    ? QStringLiteral("FAIL")
                                                              : QStringLiteral("wait");
        text += QStringLiteral("[%1] %2: %3\n").arg(mark, i.title, i.detail);
        for (const CheckFinding& f : i.findings)
            text +=
                QStringLiteral("       %1\n").arg(f.message) +
                (f.overridable && f.blocks
                     ? QStringLiteral("       ") +
                           DeskCmdText::tr("(a doctor may allow it: --override %1)").arg(f.code) +
                           QLatin1Char('\n')
                     : QString());
    }
    if (!r.historyNote.isEmpty())
        text += DeskCmdText::tr("History judged: %1.").arg(r.historyNote) + QLatin1Char('\n');
    text += r.canAdminister() ? DeskCmdText::tr("The dose may be given.")
                              : DeskCmdText::tr("The dose may NOT be given.");
    return text;
}

// A refused administration: the error with every finding that blocks.
int failChecklist(CommandContext& ctx, const Error& error, const ChecklistResult& r)
{
    QJsonArray items;
    QString lines = error.message;
    for (const auto& [key, f] : r.blocking()) {
        items.append(QJsonObject{{QStringLiteral("item"), checklistItemName(key)},
                                 {QStringLiteral("code"), f.code},
                                 {QStringLiteral("state"), checkStateName(f.state)},
                                 {QStringLiteral("blocks"), f.blocks},
                                 {QStringLiteral("overridable"), f.overridable},
                                 {QStringLiteral("message"), f.message}});
        lines += QStringLiteral("\n  %1: %2").arg(labels::finding(f.code), f.message);
    }
    if (!ctx.out().json())
        return ctx.out().fail(makeError(error.code, lines, error.field));
    ctx.out().record(
        {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.codeName()},
                                               {QStringLiteral("message"), error.message},
                                               {QStringLiteral("field"), error.field},
                                               {QStringLiteral("items"), items}}}},
        QString());
    return ExitFailed;
}

QJsonObject doseJson(const DoseRecord& d)
{
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("visit_id"), d.visitId},
                  {QStringLiteral("person_id"), d.personId},
                  {QStringLiteral("product"), d.productCode},
                  {QStringLiteral("lot_id"), d.lotId},
                  {QStringLiteral("lot"), d.lotNumber},
                  {QStringLiteral("expiry"), jsonDate(d.lotExpiry)},
                  {QStringLiteral("dose_number"), d.doseNumber},
                  {QStringLiteral("site"), d.site},
                  {QStringLiteral("route"), d.route},
                  {QStringLiteral("amount_ml"), d.amountMl},
                  {QStringLiteral("administered_at"), jsonTime(d.administeredAt)},
                  {QStringLiteral("desk"), d.desk},
                  {QStringLiteral("staff_id"), d.staffId},
                  {QStringLiteral("status"), d.status}};
    o.insert(QStringLiteral("vial_id"), d.vialId.isEmpty() ? QJsonValue() : d.vialId);
    o.insert(QStringLiteral("trace_code"), d.traceCode.isEmpty() ? QJsonValue() : d.traceCode);
    o.insert(QStringLiteral("override_by"), d.overrideBy.isEmpty() ? QJsonValue() : d.overrideBy);
    o.insert(QStringLiteral("override_reason"),
             d.overrideReason.isEmpty() ? QJsonValue() : d.overrideReason);
    o.insert(QStringLiteral("override_auth"),
             d.overrideAuth.isEmpty() ? QJsonValue() : d.overrideAuth);
    o.insert(QStringLiteral("error_reason"),
             d.errorReason.isEmpty() ? QJsonValue() : d.errorReason);
    o.insert(QStringLiteral("corrected_at"),
             d.correctedAt.isValid() ? QJsonValue(jsonTime(d.correctedAt)) : QJsonValue());
    return o;
}

QString doseText(const DoseRecord& d)
{
    return QStringLiteral("%1  %2  %3 lot %4 dose %5  %6 %7  %8")
        .arg(d.id, jsonTime(d.administeredAt), labels::product(d.productCode), d.lotNumber)
        .arg(d.doseNumber)
        .arg(labels::injectionSite(d.site), labels::route(d.route),
             labels::label(labels::Family::DoseStatus, d.status));
}

int runAdminister(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    VAX_TRY_VALUE_OR(auto actor, ctx.out().fail,
                     staffOption(ctx, *site, QStringLiteral("actor"), true));
    VAX_TRY_VALUE_OR(auto input, ctx.out().fail, scanAndChoices(ctx));
    AdministerRequest r;
    r.scan = input.first;
    r.choices = input.second;
    r.desk = opt(ctx, "desk");
    r.staffId = actor.id;
    r.overrideReason = opt(ctx, "reason");
    if (!r.choices.overrides.isEmpty()) {
        // The doctor authenticates here with their own password or PIN; a wrong one counts
        // toward that doctor's lockout.
        if (opt(ctx, "doctor").isEmpty())
            return ctx.out().fail(makeError(
                ErrorCode::DeskOverrideRefused,
                DeskCmdText::tr("--doctor: an override needs the username of the doctor who "
                                "decides, and the doctor's password or PIN (--%1 or %2).")
                    .arg(kDoctorPasswordStdin, QString::fromLatin1(kDoctorPasswordEnv)),
                QStringLiteral("doctor")));
        VAX_TRY_VALUE_OR(auto secret, ctx.out().fail,
                         requireSecretOption(ctx, kDoctorPasswordStdin, kDoctorPasswordEnv,
                                             DeskCmdText::tr("The doctor's password or PIN")));
        QStringList findings = r.choices.overrides.values();
        findings.sort();
        VAX_TRY_VALUE_OR(auto approval, ctx.out().fail,
                         AuthService::approveOverride(site->serviceContext(), opt(ctx, "doctor"),
                                                      secret, r.scan.visitId, findings));
        r.doctorApproval = approval;
    }
    if (const Status asked = refreshSiteHistory(ctx, *site, r.scan.visitId); !asked)
        return ctx.out().fail(asked.error());
    AdministrationService administration(site->serviceContext());
    ChecklistResult evaluated;
    auto given = administration.administer(r, &evaluated);
    if (!given) {
        if (given.error().code == ErrorCode::DeskChecklistFailed)
            return failChecklist(ctx, given.error(), evaluated);
        return ctx.out().fail(given.error());
    }
    QJsonObject o = doseJson(given->dose);
    o.insert(QStringLiteral("observation_id"), given->observationId);
    o.insert(QStringLiteral("observation_minutes"), given->observationMinutes);
    o.insert(QStringLiteral("observation_ends_at"), jsonTime(given->observationEndsAt));
    ctx.out().record(o, DeskCmdText::tr("%1, lot %2: dose %3 given. Observe until %4.")
                            .arg(labels::product(given->dose.productCode), given->dose.lotNumber)
                            .arg(given->dose.doseNumber)
                            .arg(jsonClock(given->observationEndsAt)));
    return ExitOk;
}

int runChecklist(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    // Shows personal data: on a production database only to an authenticated actor.
    VAX_TRY_VALUE_OR(auto reader, ctx.out().fail, authenticatedActor(ctx, *site));
    VAX_TRY_VALUE_OR(auto input, ctx.out().fail, scanAndChoices(ctx));
    if (const Status asked = refreshSiteHistory(ctx, *site, input.first.visitId); !asked)
        return ctx.out().fail(asked.error());
    AdministrationService administration(site->serviceContext());
    VAX_TRY_VALUE_OR(auto result, ctx.out().fail,
                     administration.evaluate(input.first, input.second));
    ctx.out().record(checklistJson(result), checklistText(result));
    return ExitOk;
}

int runDoseList(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    // Shows personal data: on a production database only to an authenticated actor.
    VAX_TRY_VALUE_OR(auto reader, ctx.out().fail, authenticatedActor(ctx, *site));
    DoseCorrectionService records(site->serviceContext());
    Result<std::vector<DoseRecord>> doses = std::vector<DoseRecord>();
    if (!opt(ctx, "person").isEmpty()) {
        doses = records.dosesOfPerson(opt(ctx, "person"));
    } else {
        QDate day = records.today();
        if (!opt(ctx, "date").isEmpty())
            day = QDate::fromString(opt(ctx, "date"), Qt::ISODate);
        if (!day.isValid())
            return ctx.out().usage(DeskCmdText::tr("--date must be YYYY-MM-DD."));
        doses = records.dosesOn(day);
    }
    if (!doses)
        return ctx.out().fail(doses.error());
    for (const DoseRecord& d : *doses)
        ctx.out().record(doseJson(d), doseText(d));
    return ExitOk;
}

int runDoseCorrect(CommandContext& ctx)
{
    const QStringList ids = ctx.args().positionalArguments();
    if (ids.size() != 1)
        return ctx.out().usage(
            DeskCmdText::tr("Give one dose id: vaxctl dose correct ID --reason TEXT"));
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    VAX_TRY_VALUE_OR(auto actor, ctx.out().fail,
                     staffOption(ctx, *site, QStringLiteral("actor"), true));
    DoseCorrectionService correction(site->serviceContext());
    VAX_TRY_VALUE_OR(auto c, ctx.out().fail,
                     correction.correct(ids.first(), opt(ctx, "reason"), actor.id));
    QJsonObject o = doseJson(c.dose);
    o.insert(QStringLiteral("stock_returned"), c.stockReturned);
    o.insert(QStringLiteral("observation_cancelled"), c.observationCancelled);
    ctx.out().record(o, DeskCmdText::tr("Dose %1 entered in error.").arg(c.dose.id));
    return ExitOk;
}

// A joined desk whose server answers calls the oldest waiting visit of the whole site; else its
// own queue (docs/site.md 6). "source" says which; a server that could not be used is a warning.
int runCallNext(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    VAX_TRY_VALUE_OR(auto actor, ctx.out().fail,
                     staffOption(ctx, *site, QStringLiteral("actor"), true));
    const QString deskName = opt(ctx, "desk").isEmpty() ? QStringLiteral("1") : opt(ctx, "desk");
    KeychainSecretStore keychain;
    VAX_TRY_VALUE_OR(
        auto call, ctx.out().fail,
        sitesync::SiteQueueService::callNext(site->serviceContext(), keychain, deskName, actor.id));
    if (call.problem)
        ctx.out().warning(*call.problem);
    const QString source = sitesync::queueSourceName(call.source);
    if (!call.called.has_value()) {
        ctx.out().record({{QStringLiteral("called"), false},
                          {QStringLiteral("source"), source},
                          {QStringLiteral("note"), call.note()}},
                         DeskCmdText::tr("Nobody is waiting (%1).").arg(call.note()));
        return ExitOk;
    }
    const CalledVisit& c = *call.called;
    ctx.out().record({{QStringLiteral("called"), true},
                      {QStringLiteral("visit_id"), c.visitId},
                      {QStringLiteral("person_id"), c.personId},
                      {QStringLiteral("name"), c.name},
                      {QStringLiteral("queue_number"), c.queueNumber},
                      {QStringLiteral("queue_label"), queueLabel(c.queueNumber)},
                      {QStringLiteral("lane"), c.lane},
                      {QStringLiteral("desk"), c.desk},
                      {QStringLiteral("called_at"), jsonTime(c.calledAt)},
                      {QStringLiteral("source"), source},
                      {QStringLiteral("note"), call.note()}},
                     DeskCmdText::tr("Number %1 (%2) to desk %3. Visit %4. Taken from: %5.")
                         .arg(queueLabel(c.queueNumber))
                         .arg(maskName(c.name), c.desk, c.visitId, call.note()));
    return ExitOk;
}

Opt value(const char* name, const QString& help, const char* valueName)
{
    return {QString::fromLatin1(name), help, QString::fromLatin1(valueName)};
}

QList<Opt> scanOptions()
{
    return {
        value("visit", DeskCmdText::tr("Visit id of the person at the desk"), "ID"),
        value("lot", DeskCmdText::tr("Lot number or id"), "LOT"),
        value("vial", DeskCmdText::tr("Open vial id (multi-dose vials)"), "ID"),
        value("trace", DeskCmdText::tr("Box trace code (20 digits)"), "CODE"),
        value("site", DeskCmdText::tr("Injection site, e.g. LD (left deltoid)"), "SITE"),
        value("route", DeskCmdText::tr("Route, e.g. IM (default: the product's)"), "ROUTE"),
        value("amount", DeskCmdText::tr("Dose in mL (default: the product's)"), "ML"),
        value("product", DeskCmdText::tr("Product chosen for the person (catalog code)"), "CODE"),
        value("confirm",
              DeskCmdText::tr("Confirmed by the nurse: all, or vaccine,name,verification"),
              "ITEMS"),
        value("override", DeskCmdText::tr("Finding code a doctor overrides (repeat)"), "CODE"),
        Opt(QStringLiteral("asked-other-doses"),
            DeskCmdText::tr("The site server cannot be asked: the nurse asked the person about "
                            "other doses today (the checklist asks for it)"))};
}
}  // namespace

void registerDeskCommands(Registry& registry)
{
    registry.add(
        {{QStringLiteral("administer")},
         [] { return DeskCmdText::tr("Run the full checklist and record a dose"); },
         [](QCommandLineParser& p) {
             p.addOptions(scanOptions());
             p.addOptions(
                 {actorOpt(), value("desk", DeskCmdText::tr("Desk name or number"), "DESK"),
                  value("reason", DeskCmdText::tr("The doctor's reason for an override"), "TEXT"),
                  value("doctor",
                        DeskCmdText::tr("Username of the doctor who overrides; the doctor's "
                                        "password or PIN is read from --%1 or %2, never from an "
                                        "argument")
                            .arg(kDoctorPasswordStdin, QString::fromLatin1(kDoctorPasswordEnv)),
                        "USER"),
                  secretStdinOption(kDoctorPasswordStdin, kDoctorPasswordEnv,
                                    DeskCmdText::tr("the doctor's password or PIN"))});
         },
         runAdminister});
    registry.add({{QStringLiteral("checklist")},
                  [] { return DeskCmdText::tr("Evaluate the checklist without recording"); },
                  [](QCommandLineParser& p) {
                      p.addOptions(scanOptions());
                      p.addOption(actorOpt());
                  },
                  runChecklist});
    registry.add({{QStringLiteral("dose"), QStringLiteral("list")},
                  [] { return DeskCmdText::tr("List doses of a day or of a person"); },
                  [](QCommandLineParser& p) {
                      p.addOptions(
                          {actorOpt(), value("person", DeskCmdText::tr("Person id"), "ID"),
                           value("date", DeskCmdText::tr("Day YYYY-MM-DD (default today)"), "D")});
                  },
                  runDoseList});
    registry.add({{QStringLiteral("dose"), QStringLiteral("correct")},
                  [] { return DeskCmdText::tr("Mark a dose entered in error"); },
                  [](QCommandLineParser& p) {
                      p.addPositionalArgument(QStringLiteral("ID"), DeskCmdText::tr("Dose id"));
                      p.addOptions({actorOpt(), value("reason", DeskCmdText::tr("Why"), "TEXT")});
                  },
                  runDoseCorrect});
    registry.add({{QStringLiteral("queue"), QStringLiteral("call-next")},
                  [] { return DeskCmdText::tr("Call the next waiting person to a desk"); },
                  [](QCommandLineParser& p) {
                      p.addOptions({actorOpt(), value("desk",
                                                      DeskCmdText::tr("Desk name or "
                                                                      "number (default 1)"),
                                                      "DESK")});
                  },
                  runCallNext});
}

}  // namespace vax::cli
