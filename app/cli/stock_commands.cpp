// vaxctl lot receive|list, vial open|list, stock count, waste, fridge add|list,
// temps add|import, excursion list|release|discard.
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QTimeZone>

#include "catalog/catalog.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "coldchain/coldchainservice.h"
#include "coldchain/csvimporters.h"
#include "coldchain/fridges.h"
#include "coldchain/lotquarantine.h"
#include "scan/gs1.h"
#include "security/staff.h"
#include "stock/lotservice.h"
#include "stock/openvial.h"
#include "stock/reconciliation.h"

namespace vax::cli {

namespace {
struct StockCmdText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

using Opt = QCommandLineOption;

struct Session {
    SiteContext* site = nullptr;
    StaffMember actor;
    Database& db() { return *site->db; }
    const Clock& clock() { return *site->clock; }
};

// Opens the site and resolves --actor (the demo administrator by default on training data).
Result<Session> session(CommandContext& ctx)
{
    auto site = ctx.site();
    if (!site)
        return site.error();
    QString username = ctx.args().value(QStringLiteral("actor"));
    if (username.isEmpty()) {
        if (!(*site)->site.training)
            return makeError(
                ErrorCode::InvalidArgument,
                StockCmdText::tr("Actor: give --actor USERNAME, the staff member doing this."),
                QStringLiteral("actor"));
        username = QString::fromLatin1(kDemoUsername);
    }
    auto staff = StaffRepository::findByUsername(*(*site)->db, username);
    if (!staff)
        return staff.error();
    if (!staff->has_value() || (*staff)->member.disabled)
        return makeError(
            ErrorCode::NotFound,
            StockCmdText::tr("Actor: no active staff member \"%1\"; check the username.")
                .arg(username),
            QStringLiteral("actor"));
    return Session{*site, (*staff)->member};
}

Result<int> intOption(CommandContext& ctx, const QString& name, bool required, int fallback = 0)
{
    const QString text = ctx.args().value(name);
    if (text.isEmpty() && !required)
        return fallback;
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok)
        return makeError(ErrorCode::InvalidArgument,
                         StockCmdText::tr("--%1: give a whole number, e.g. --%1 10.").arg(name),
                         name);
    return v;
}

Result<double> doubleOption(CommandContext& ctx, const QString& name, double fallback)
{
    const QString text = ctx.args().value(name);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok)
        return makeError(
            ErrorCode::InvalidArgument,
            StockCmdText::tr("--%1: give a temperature in °C, e.g. --%1 4.5.").arg(name), name);
    return v;
}

// The lot (--lot, id or number) and its fridge (--fridge, default the lot's own).
Result<std::pair<LotInfo, Fridge>> lotAndFridge(CommandContext& ctx, Database& db)
{
    auto lot = LotService::find(db, ctx.args().value(QStringLiteral("lot")));
    if (!lot)
        return lot.error();
    const QString f = ctx.args().value(QStringLiteral("fridge"));
    auto fridge = FridgeRepository::find(db, f.isEmpty() ? lot->fridgeId : f);
    if (!fridge)
        return fridge.error();
    return std::make_pair(*lot, *fridge);
}

QJsonObject lotJson(const LotInfo& l)
{
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("product"), l.productCode},
            {QStringLiteral("lot"), l.lotNumber},
            {QStringLiteral("expiry"), jsonDate(l.expiry)},
            {QStringLiteral("manufacturer"), l.manufacturer},
            {QStringLiteral("gtin"), l.gtin},
            {QStringLiteral("doses_per_vial"), l.dosesPerVial},
            {QStringLiteral("fridge_id"), l.fridgeId},
            {QStringLiteral("status"), l.status},
            {QStringLiteral("on_hand"), l.onHand},
            {QStringLiteral("received_at"), jsonTime(l.receivedAt)}};
}

QString lotText(const LotInfo& l)
{
    return QStringLiteral("%1  %2  %3  exp %4  %5 doses  %6")
        .arg(l.id, l.productCode, l.lotNumber, jsonDate(l.expiry))
        .arg(l.onHand)
        .arg(l.status);
}

QJsonObject vialJson(const OpenVial& v, const QDateTime& now)
{
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("lot_id"), v.lotId},
            {QStringLiteral("lot"), v.lotNumber},
            {QStringLiteral("product"), v.productCode},
            {QStringLiteral("fridge_id"), v.fridgeId},
            {QStringLiteral("opened_at"), jsonTime(v.openedAt)},
            {QStringLiteral("discard_at"), jsonTime(v.discardAt)},
            {QStringLiteral("doses"), v.doses},
            {QStringLiteral("doses_left"), v.dosesLeft()},
            {QStringLiteral("expired"), v.expiredAt(now)}};
}

QJsonObject fridgeJson(const Fridge& f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("min_c"), f.thresholds.minC},
            {QStringLiteral("max_c"), f.thresholds.maxC},
            {QStringLiteral("heat_alarm_minutes"), f.thresholds.heatAlarmMinutes},
            {QStringLiteral("freeze_c"), f.thresholds.freezeC},
            {QStringLiteral("freeze_alarm_minutes"), f.thresholds.freezeAlarmMinutes}};
}

QJsonObject excursionJson(const ExcursionRecord& e)
{
    QJsonArray lots;
    for (const QuarantinedLot& l : e.lots)
        lots.append(QJsonObject{{QStringLiteral("lot_id"), l.lotId},
                                {QStringLiteral("lot"), l.lotNumber},
                                {QStringLiteral("status"), l.status},
                                {QStringLiteral("reason"), l.reason}});
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("fridge_id"), e.fridgeId},
            {QStringLiteral("fridge"), e.fridgeName},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("start"), jsonTime(e.start)},
            {QStringLiteral("end"), jsonTime(e.end)},
            {QStringLiteral("minutes"), e.minutes},
            {QStringLiteral("extreme_c"), e.extremeC},
            {QStringLiteral("open"), e.open()},
            {QStringLiteral("lots"), lots}};
}

QJsonObject outcomeJson(const ReadingOutcome& o)
{
    QJsonArray ex;
    for (const StoredExcursion& s : o.excursions)
        ex.append(QJsonObject{{QStringLiteral("id"), s.id},
                              {QStringLiteral("kind"), excursionKindName(s.excursion.kind)},
                              {QStringLiteral("start"), jsonTime(s.excursion.start)},
                              {QStringLiteral("extreme_c"), s.excursion.extremeC},
                              {QStringLiteral("lots_quarantined"), s.lotsQuarantined}});
    return {{QStringLiteral("stored"), o.readingsStored},
            {QStringLiteral("skipped"), o.readingsSkipped},
            {QStringLiteral("excursions"), ex}};
}

#define VAX_CLI_TRY(var, expr) \
    auto var = (expr);         \
    if (!var)                  \
    return ctx.out().fail(var.error())

int runLotReceive(CommandContext& ctx)
{
    VAX_CLI_TRY(s, session(ctx));
    auto& a = ctx.args();
    LotReceipt r;
    r.productCode = a.value(QStringLiteral("product"));
    r.lotNumber = a.value(QStringLiteral("lot"));
    r.expiry = QDate::fromString(a.value(QStringLiteral("expiry")), Qt::ISODate);
    r.manufacturer = a.value(QStringLiteral("manufacturer"));
    r.gtin = a.value(QStringLiteral("gtin"));
    r.fridgeId = a.value(QStringLiteral("fridge"));
    r.traceCodes = a.values(QStringLiteral("box"));
    VAX_CLI_TRY(vials, intOption(ctx, QStringLiteral("vials"), false));
    VAX_CLI_TRY(doses, intOption(ctx, QStringLiteral("doses"), false));
    r.vials = *vials;
    r.doses = *doses;
    if (a.isSet(QStringLiteral("scan"))) {
        // A box's GS1 DataMatrix fills product, lot and expiry; typed values must agree.
        VAX_CLI_TRY(gs1, parseGs1(a.value(QStringLiteral("scan"))));
        const Product* product = Catalog::builtIn().findByGtin(gs1->gtin);
        if (!product)
            return ctx.out().fail(
                makeError(ErrorCode::NotFound,
                          StockCmdText::tr("--scan: GTIN %1 is not in the catalog; type "
                                           "--product instead.")
                              .arg(gs1->gtin),
                          QStringLiteral("scan")));
        const auto conflict = [](const QString& typed, const QString& scanned) {
            return !typed.isEmpty() && !scanned.isEmpty() && typed != scanned;
        };
        if (conflict(r.productCode, product->code) || conflict(r.lotNumber, gs1->lot) ||
            (r.expiry.isValid() && gs1->expiry.isValid() && r.expiry != gs1->expiry))
            return ctx.out().fail(
                makeError(ErrorCode::InvalidArgument,
                          StockCmdText::tr("--scan: the box says %1 lot %2 expiry %3, which "
                                           "differs from what was typed; check the box.")
                              .arg(product->code, gs1->lot, jsonDate(gs1->expiry)),
                          QStringLiteral("scan")));
        r.productCode = product->code;
        r.gtin = gs1->gtin;
        if (!gs1->lot.isEmpty())
            r.lotNumber = gs1->lot;
        if (gs1->expiry.isValid())
            r.expiry = gs1->expiry;
    }
    VAX_CLI_TRY(res, LotService::receive(s->db(), s->clock(), r, s->actor.id));
    QJsonObject obj = lotJson(res->lot);
    obj.insert(QStringLiteral("received_doses"), res->doses);
    obj.insert(QStringLiteral("movement_id"), res->movementId);
    obj.insert(QStringLiteral("boxes"), QJsonArray::fromStringList(r.traceCodes));
    ctx.out().record(obj, StockCmdText::tr("Received %1 doses of lot %2 (%3).")
                              .arg(res->doses)
                              .arg(res->lot.lotNumber, res->lot.productCode));
    return ExitOk;
}

int runLotList(CommandContext& ctx)
{
    auto site = ctx.site();
    if (!site)
        return ctx.out().fail(site.error());
    Database& db = *(*site)->db;
    const bool near = ctx.args().isSet(QStringLiteral("near-expiry"));
    VAX_CLI_TRY(days, intOption(ctx, QStringLiteral("near-expiry"), false, 30));
    auto lots =
        near ? LotService::nearExpiry(db, (*site)->clock->nowUtc().toLocalTime().date(), *days)
             : LotService::list(db);
    if (!lots)
        return ctx.out().fail(lots.error());
    for (const LotInfo& l : *lots)
        ctx.out().record(lotJson(l), lotText(l));
    return ExitOk;
}

int runVialOpen(CommandContext& ctx)
{
    VAX_CLI_TRY(s, session(ctx));
    VAX_CLI_TRY(lf, lotAndFridge(ctx, s->db()));
    VAX_CLI_TRY(v,
                VialService::open(s->db(), s->clock(), lf->first.id, lf->second.id, s->actor.id));
    ctx.out().record(vialJson(*v, s->clock().nowUtc()),
                     StockCmdText::tr("Opened vial %1 of lot %2: %3 doses, discard at %4.")
                         .arg(v->id, v->lotNumber)
                         .arg(v->doses)
                         .arg(jsonTime(v->discardAt)));
    return ExitOk;
}

int runVialList(CommandContext& ctx)
{
    auto site = ctx.site();
    if (!site)
        return ctx.out().fail(site.error());
    VAX_CLI_TRY(vials, VialService::listOpen(*(*site)->db));
    const QDateTime now = (*site)->clock->nowUtc();
    for (const OpenVial& v : *vials)
        ctx.out().record(vialJson(v, now),
                         QStringLiteral("%1  %2  %3 left  discard %4%5")
                             .arg(v.id, v.lotNumber)
                             .arg(v.dosesLeft())
                             .arg(jsonTime(v.discardAt))
                             .arg(v.expiredAt(now) ? StockCmdText::tr("  EXPIRED") : QString()));
    return ExitOk;
}

int runStockCount(CommandContext& ctx)
{
    VAX_CLI_TRY(s, session(ctx));
    VAX_CLI_TRY(lf, lotAndFridge(ctx, s->db()));
    VAX_CLI_TRY(counted, intOption(ctx, QStringLiteral("counted"), true));
    VAX_CLI_TRY(
        r, StockCountService::record(s->db(), s->clock(), lf->first.id, lf->second.id, *counted,
                                     ctx.args().value(QStringLiteral("reason")), s->actor.id));
    ctx.out().record({{QStringLiteral("id"), r->countId},
                      {QStringLiteral("lot_id"), lf->first.id},
                      {QStringLiteral("fridge_id"), lf->second.id},
                      {QStringLiteral("opening"), r->figures.opening},
                      {QStringLiteral("received"), r->figures.received},
                      {QStringLiteral("administered"), r->figures.administered},
                      {QStringLiteral("wasted"), r->figures.wasted},
                      {QStringLiteral("other"), r->figures.otherMoves},
                      {QStringLiteral("expected"), r->expected},
                      {QStringLiteral("counted"), r->counted},
                      {QStringLiteral("discrepancy"), r->discrepancy},
                      {QStringLiteral("reason"), r->reason},
                      {QStringLiteral("adjustment_id"), r->adjustmentId}},
                     StockCmdText::tr("Lot %1: expected %2, counted %3, discrepancy %4.")
                         .arg(lf->first.lotNumber)
                         .arg(r->expected)
                         .arg(r->counted)
                         .arg(r->discrepancy));
    return ExitOk;
}

int runWaste(CommandContext& ctx)
{
    VAX_CLI_TRY(s, session(ctx));
    VAX_CLI_TRY(lf, lotAndFridge(ctx, s->db()));
    VAX_CLI_TRY(doses, intOption(ctx, QStringLiteral("doses"), true));
    const auto reason = wasteReasonFromName(ctx.args().value(QStringLiteral("reason")));
    if (!reason)
        return ctx.out().fail(
            makeError(ErrorCode::InvalidArgument,
                      StockCmdText::tr("--reason: use broken, expired, open_vial_time, "
                                       "cold_chain or other."),
                      QStringLiteral("reason")));
    VAX_CLI_TRY(id,
                LotService::waste(s->db(), s->clock(), lf->first.id, lf->second.id, *doses, *reason,
                                  ctx.args().value(QStringLiteral("note")), s->actor.id));
    ctx.out().record({{QStringLiteral("id"), *id},
                      {QStringLiteral("lot_id"), lf->first.id},
                      {QStringLiteral("fridge_id"), lf->second.id},
                      {QStringLiteral("doses"), *doses},
                      {QStringLiteral("reason"), wasteReasonName(*reason)}},
                     StockCmdText::tr("Booked %1 doses of lot %2 as wasted (%3).")
                         .arg(*doses)
                         .arg(lf->first.lotNumber, wasteReasonName(*reason)));
    return ExitOk;
}

int runFridgeAdd(CommandContext& ctx)
{
    VAX_CLI_TRY(s, session(ctx));
    FridgeThresholds t;
    VAX_CLI_TRY(minC, doubleOption(ctx, QStringLiteral("min"), t.minC));
    VAX_CLI_TRY(maxC, doubleOption(ctx, QStringLiteral("max"), t.maxC));
    VAX_CLI_TRY(freezeC, doubleOption(ctx, QStringLiteral("freeze"), t.freezeC));
    VAX_CLI_TRY(heat, intOption(ctx, QStringLiteral("heat-minutes"), false, t.heatAlarmMinutes));
    VAX_CLI_TRY(freezeMin,
                intOption(ctx, QStringLiteral("freeze-minutes"), false, t.freezeAlarmMinutes));
    t = {*minC, *maxC, *heat, *freezeC, *freezeMin};
    VAX_CLI_TRY(f, FridgeRepository::add(s->db(), s->clock(),
                                         ctx.args().value(QStringLiteral("name")), t, s->actor.id));
    ctx.out().record(fridgeJson(*f), StockCmdText::tr("Added fridge %1 (%2).").arg(f->name, f->id));
    return ExitOk;
}

int runFridgeList(CommandContext& ctx)
{
    auto site = ctx.site();
    if (!site)
        return ctx.out().fail(site.error());
    VAX_CLI_TRY(fridges, FridgeRepository::list(*(*site)->db));
    for (const Fridge& f : *fridges)
        ctx.out().record(fridgeJson(f), QStringLiteral("%1  %2  %3–%4 °C")
                                            .arg(f.id, f.name)
                                            .arg(f.thresholds.minC)
                                            .arg(f.thresholds.maxC));
    return ExitOk;
}

QString outcomeText(const ReadingOutcome& o)
{
    QString text = StockCmdText::tr("Stored %1 reading(s), %2 already known.")
                       .arg(o.readingsStored)
                       .arg(o.readingsSkipped);
    for (const StoredExcursion& e : o.excursions)
        text +=
            QLatin1Char('\n') + StockCmdText::tr("EXCURSION %1 (%2, %3 °C): %4 lot(s) quarantined.")
                                    .arg(e.id, excursionKindName(e.excursion.kind))
                                    .arg(e.excursion.extremeC)
                                    .arg(e.lotsQuarantined);
    return text;
}

int runTempsAdd(CommandContext& ctx)
{
    VAX_CLI_TRY(s, session(ctx));
    VAX_CLI_TRY(fridge,
                FridgeRepository::find(s->db(), ctx.args().value(QStringLiteral("fridge"))));
    const QString celsiusText = ctx.args().value(QStringLiteral("celsius"));
    if (celsiusText.isEmpty())
        return ctx.out().usage(
            StockCmdText::tr("--celsius: give the temperature read, e.g. --celsius 4.5."));
    VAX_CLI_TRY(celsius, doubleOption(ctx, QStringLiteral("celsius"), 0));
    QDateTime at;
    if (ctx.args().isSet(QStringLiteral("at"))) {
        VAX_CLI_TRY(parsed,
                    parseIsoDateTime(ctx.args().value(QStringLiteral("at")), QStringLiteral("at")));
        at = *parsed;
    }
    VAX_CLI_TRY(o, ColdChainService::addManualReading(s->db(), s->clock(), fridge->id, *celsius, at,
                                                      s->actor.id));
    QJsonObject obj = outcomeJson(*o);
    obj.insert(QStringLiteral("id"), o->readingId);
    obj.insert(QStringLiteral("fridge_id"), fridge->id);
    ctx.out().record(obj, outcomeText(*o));
    return ExitOk;
}

int runTempsImport(CommandContext& ctx)
{
    const QStringList files = ctx.args().positionalArguments();
    if (files.size() != 1)
        return ctx.out().usage(
            StockCmdText::tr("Give one file: vaxctl temps import FILE --fridge NAME"));
    VAX_CLI_TRY(s, session(ctx));
    VAX_CLI_TRY(fridge,
                FridgeRepository::find(s->db(), ctx.args().value(QStringLiteral("fridge"))));
    QFile f(files.first());
    if (!f.open(QIODevice::ReadOnly))
        return ctx.out().fail(makeError(ErrorCode::Io,
                                        StockCmdText::tr("Cannot read %1: %2. Check the path.")
                                            .arg(files.first(), f.errorString()),
                                        QStringLiteral("FILE")));
    VAX_CLI_TRY(report,
                parseTemperatureFile(QString::fromUtf8(f.readAll()), QTimeZone::systemTimeZone(),
                                     ctx.args().value(QStringLiteral("format"))));
    VAX_CLI_TRY(
        o, ColdChainService::importReport(s->db(), s->clock(), fridge->id, *report, s->actor.id));
    QJsonObject obj = outcomeJson(*o);
    obj.insert(QStringLiteral("format"), report->format);
    obj.insert(QStringLiteral("serial"), report->serial);
    obj.insert(QStringLiteral("days"), static_cast<int>(report->days.size()));
    obj.insert(QStringLiteral("fridge_id"), fridge->id);
    ctx.out().record(obj, outcomeText(*o));
    return ExitOk;
}

int runExcursionList(CommandContext& ctx)
{
    auto site = ctx.site();
    if (!site)
        return ctx.out().fail(site.error());
    VAX_CLI_TRY(list, LotQuarantine::list(*(*site)->db, ctx.args().isSet(QStringLiteral("open"))));
    for (const ExcursionRecord& e : *list)
        ctx.out().record(excursionJson(e),
                         QStringLiteral("%1  %2  %3  %4 °C  %5 lot(s)%6")
                             .arg(e.id, e.fridgeName, e.kind)
                             .arg(e.extremeC)
                             .arg(e.lots.size())
                             .arg(e.open() ? StockCmdText::tr("  OPEN") : QString()));
    return ExitOk;
}

int runExcursionDecision(CommandContext& ctx, bool release)
{
    const QStringList ids = ctx.args().positionalArguments();
    if (ids.size() != 1)
        return ctx.out().usage(
            StockCmdText::tr("Give the excursion id: vaxctl excursion release|discard ID "
                             "--reason TEXT [--lot LOT]"));
    VAX_CLI_TRY(s, session(ctx));
    QString lotId;
    if (ctx.args().isSet(QStringLiteral("lot"))) {
        VAX_CLI_TRY(lot, LotService::find(s->db(), ctx.args().value(QStringLiteral("lot"))));
        lotId = lot->id;
    }
    const QString reason = ctx.args().value(QStringLiteral("reason"));
    auto n =
        release ? LotQuarantine::release(s->db(), s->clock(), ids.first(), lotId, reason, s->actor)
                : LotQuarantine::discard(s->db(), s->clock(), ids.first(), lotId, reason, s->actor);
    if (!n)
        return ctx.out().fail(n.error());
    ctx.out().record({{QStringLiteral("excursion_id"), ids.first()},
                      {QStringLiteral("decision"),
                       release ? QStringLiteral("released") : QStringLiteral("discarded")},
                      {QStringLiteral("lots"), *n}},
                     (release ? StockCmdText::tr("Released %1 lot(s).")
                              : StockCmdText::tr("Discarded %1 lot(s)."))
                         .arg(*n));
    return ExitOk;
}

Opt actorOpt()
{
    return {QStringLiteral("actor"), StockCmdText::tr("Staff username acting"),
            QStringLiteral("USER")};
}
Opt lotOpt()
{
    return {QStringLiteral("lot"), StockCmdText::tr("Lot number or id"), QStringLiteral("LOT")};
}
Opt fridgeOpt()
{
    return {QStringLiteral("fridge"), StockCmdText::tr("Fridge name or id"), QStringLiteral("F")};
}
}  // namespace

void registerStockCommands(Registry& registry)
{
    const auto words = [](const char* a, const char* b = nullptr) {
        QStringList w{QString::fromLatin1(a)};
        if (b)
            w << QString::fromLatin1(b);
        return w;
    };
    registry.add(
        {words("lot", "receive"), [] { return StockCmdText::tr("Receive a lot into a fridge"); },
         [](QCommandLineParser& p) {
             p.addOptions(
                 {actorOpt(),
                  fridgeOpt(),
                  {QStringLiteral("product"), StockCmdText::tr("Catalog product code"),
                   QStringLiteral("CODE")},
                  {QStringLiteral("lot"), StockCmdText::tr("Lot number"), QStringLiteral("LOT")},
                  {QStringLiteral("expiry"), StockCmdText::tr("Expiry, YYYY-MM-DD"),
                   QStringLiteral("DATE")},
                  {QStringLiteral("manufacturer"), StockCmdText::tr("Manufacturer"),
                   QStringLiteral("M")},
                  {QStringLiteral("gtin"), StockCmdText::tr("GTIN-14"), QStringLiteral("GTIN")},
                  {QStringLiteral("vials"), StockCmdText::tr("Vials received"),
                   QStringLiteral("N")},
                  {QStringLiteral("doses"), StockCmdText::tr("Doses received"),
                   QStringLiteral("N")},
                  {QStringLiteral("box"), StockCmdText::tr("A box trace code (20 digits); repeat"),
                   QStringLiteral("CODE")},
                  {QStringLiteral("scan"),
                   StockCmdText::tr("A box's GS1 DataMatrix text (GTIN, expiry, lot)"),
                   QStringLiteral("TEXT")}});
         },
         runLotReceive});
    registry.add({words("lot", "list"),
                  [] { return StockCmdText::tr("List lots and their stock"); },
                  [](QCommandLineParser& p) {
                      p.addOption({QStringLiteral("near-expiry"),
                                   StockCmdText::tr("Only lots expiring within DAYS"),
                                   QStringLiteral("DAYS")});
                  },
                  runLotList});
    registry.add({words("vial", "open"), [] { return StockCmdText::tr("Open a multi-dose vial"); },
                  [](QCommandLineParser& p) {
                      p.addOptions({actorOpt(), lotOpt(), fridgeOpt()});
                  },
                  runVialOpen});
    registry.add({words("vial", "list"), [] { return StockCmdText::tr("List open vials"); },
                  nullptr, runVialList});
    registry.add({words("stock", "count"),
                  [] { return StockCmdText::tr("Record a physical count of a lot"); },
                  [](QCommandLineParser& p) {
                      p.addOptions(
                          {actorOpt(),
                           lotOpt(),
                           fridgeOpt(),
                           {QStringLiteral("counted"), StockCmdText::tr("Doses counted"),
                            QStringLiteral("N")},
                           {QStringLiteral("reason"), StockCmdText::tr("Reason for a discrepancy"),
                            QStringLiteral("TEXT")}});
                  },
                  runStockCount});
    registry.add(
        {words("waste"), [] { return StockCmdText::tr("Book wasted doses"); },
         [](QCommandLineParser& p) {
             p.addOptions(
                 {actorOpt(),
                  lotOpt(),
                  fridgeOpt(),
                  {QStringLiteral("doses"), StockCmdText::tr("Doses wasted"), QStringLiteral("N")},
                  {QStringLiteral("reason"),
                   StockCmdText::tr("broken, expired, open_vial_time, cold_chain, other"),
                   QStringLiteral("R")},
                  {QStringLiteral("note"), StockCmdText::tr("Free text"), QStringLiteral("TEXT")}});
         },
         runWaste});
    registry.add(
        {words("fridge", "add"),
         [] { return StockCmdText::tr("Add a fridge with its thresholds"); },
         [](QCommandLineParser& p) {
             p.addOptions(
                 {actorOpt(),
                  {QStringLiteral("name"), StockCmdText::tr("Fridge name"), QStringLiteral("NAME")},
                  {QStringLiteral("min"), StockCmdText::tr("Minimum °C (2)"), QStringLiteral("C")},
                  {QStringLiteral("max"), StockCmdText::tr("Maximum °C (8)"), QStringLiteral("C")},
                  {QStringLiteral("heat-minutes"), StockCmdText::tr("Heat alarm delay (600)"),
                   QStringLiteral("MIN")},
                  {QStringLiteral("freeze"), StockCmdText::tr("Freeze limit °C (-0.5)"),
                   QStringLiteral("C")},
                  {QStringLiteral("freeze-minutes"), StockCmdText::tr("Freeze alarm delay (60)"),
                   QStringLiteral("MIN")}});
         },
         runFridgeAdd});
    registry.add({words("fridge", "list"), [] { return StockCmdText::tr("List fridges"); }, nullptr,
                  runFridgeList});
    registry.add({words("temps", "add"),
                  [] { return StockCmdText::tr("Record a manual fridge reading"); },
                  [](QCommandLineParser& p) {
                      p.addOptions({actorOpt(),
                                    fridgeOpt(),
                                    {QStringLiteral("celsius"),
                                     StockCmdText::tr("Temperature read"), QStringLiteral("C")},
                                    {QStringLiteral("at"),
                                     StockCmdText::tr("When it was read (ISO 8601); default now"),
                                     QStringLiteral("TIME")}});
                  },
                  runTempsAdd});
    registry.add(
        {words("temps", "import"),
         [] {
             return StockCmdText::tr(
                 "Import a logger file (LogTag CSV, Fridge-tag, timestamp,celsius CSV)");
         },
         [](QCommandLineParser& p) {
             p.addOptions({actorOpt(),
                           fridgeOpt(),
                           {QStringLiteral("format"),
                            StockCmdText::tr("logtag, fridgetag or plain (default: detect)"),
                            QStringLiteral("F")}});
             p.addPositionalArgument(QStringLiteral("FILE"), StockCmdText::tr("Logger file"));
         },
         runTempsImport});
    registry.add(
        {words("excursion", "list"), [] { return StockCmdText::tr("List temperature excursions"); },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("open"),
                          StockCmdText::tr("Only excursions with lots awaiting a decision")});
         },
         runExcursionList});
    const auto decisionSetup = [](QCommandLineParser& p) {
        p.addOptions({actorOpt(),
                      lotOpt(),
                      {QStringLiteral("reason"), StockCmdText::tr("Why"), QStringLiteral("TEXT")}});
        p.addPositionalArgument(QStringLiteral("ID"), StockCmdText::tr("Excursion id"));
    };
    registry.add({words("excursion", "release"),
                  [] { return StockCmdText::tr("Release quarantined lots"); }, decisionSetup,
                  [](CommandContext& ctx) { return runExcursionDecision(ctx, true); }});
    registry.add({words("excursion", "discard"),
                  [] { return StockCmdText::tr("Discard quarantined lots"); }, decisionSetup,
                  [](CommandContext& ctx) { return runExcursionDecision(ctx, false); }});
}

}  // namespace vax::cli
