// vaxctl lot receive|list, vial open|draw|list, stock count|transfer, waste.
#include <QCoreApplication>
#include <QJsonArray>

#include "catalog/catalog.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/stocksupport.h"
#include "common/labels.h"
#include "scan/gs1.h"
#include "stock/openvial.h"
#include "stock/reconciliation.h"

namespace vax::cli {

namespace {
using namespace stock;

struct StockCmdText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

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
        .arg(labels::label(labels::Family::LotStatus, l.status));
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

int runLotReceive(CommandContext& ctx)
{
    auto s = session(ctx);
    if (!s)
        return ctx.out().fail(s.error());
    auto& a = ctx.args();
    LotReceipt r;
    r.productCode = a.value(QStringLiteral("product"));
    r.lotNumber = a.value(QStringLiteral("lot"));
    r.expiry = QDate::fromString(a.value(QStringLiteral("expiry")), Qt::ISODate);
    r.manufacturer = a.value(QStringLiteral("manufacturer"));
    r.gtin = a.value(QStringLiteral("gtin"));
    r.fridgeId = a.value(QStringLiteral("fridge"));
    r.traceCodes = a.values(QStringLiteral("box"));
    VAX_TRY_VALUE_OR(auto vials, ctx.out().fail, intOption(ctx, QStringLiteral("vials"), false));
    VAX_TRY_VALUE_OR(auto doses, ctx.out().fail, intOption(ctx, QStringLiteral("doses"), false));
    r.vials = vials;
    r.doses = doses;
    if (a.isSet(QStringLiteral("scan"))) {
        // A box's GS1 DataMatrix fills product, lot and expiry; typed values must agree.
        auto gs1 = parseGs1(a.value(QStringLiteral("scan")));
        if (!gs1)
            return ctx.out().fail(gs1.error());
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
    VAX_TRY_VALUE_OR(auto res, ctx.out().fail, LotService::receive(s->services(), r));
    QJsonObject obj = lotJson(res.lot);
    obj.insert(QStringLiteral("received_doses"), res.doses);
    obj.insert(QStringLiteral("movement_id"), res.movementId);
    obj.insert(QStringLiteral("boxes"), QJsonArray::fromStringList(r.traceCodes));
    ctx.out().record(obj, StockCmdText::tr("Received %1 doses of lot %2 (%3).")
                              .arg(res.doses)
                              .arg(res.lot.lotNumber, res.lot.productCode));
    return ExitOk;
}

int runLotList(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    Database& db = *site->db;
    const bool near = ctx.args().isSet(QStringLiteral("near-expiry"));
    VAX_TRY_VALUE_OR(auto days, ctx.out().fail,
                     intOption(ctx, QStringLiteral("near-expiry"), false, 30));
    VAX_TRY_VALUE_OR(
        auto lots, ctx.out().fail,
        near ? LotService::nearExpiry(db, site->calendar().today(), days) : LotService::list(db));
    for (const LotInfo& l : lots)
        ctx.out().record(lotJson(l), lotText(l));
    return ExitOk;
}

int runVialOpen(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    VAX_TRY_VALUE_OR(auto lf, ctx.out().fail, lotAndFridge(ctx, s.db()));
    VAX_TRY_VALUE_OR(auto v, ctx.out().fail,
                     VialService::open(s.services(), lf.first.id, lf.second.id));
    ctx.out().record(vialJson(v, s.clock().nowUtc()),
                     StockCmdText::tr("Opened vial %1 of lot %2: %3 doses, discard at %4.")
                         .arg(v.id, v.lotNumber)
                         .arg(v.doses)
                         .arg(jsonTime(v.discardAt)));
    return ExitOk;
}

int runVialList(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    VAX_TRY_VALUE_OR(auto vials, ctx.out().fail, VialService::listOpen(*site->db));
    const QDateTime now = site->clock->nowUtc();
    for (const OpenVial& v : vials)
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
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    VAX_TRY_VALUE_OR(auto lf, ctx.out().fail, lotAndFridge(ctx, s.db()));
    VAX_TRY_VALUE_OR(auto counted, ctx.out().fail, intOption(ctx, QStringLiteral("counted"), true));
    VAX_TRY_VALUE_OR(auto r, ctx.out().fail,
                     StockCountService::record(s.services(), lf.first.id, lf.second.id, counted,
                                               ctx.args().value(QStringLiteral("reason"))));
    ctx.out().record({{QStringLiteral("id"), r.countId},
                      {QStringLiteral("lot_id"), lf.first.id},
                      {QStringLiteral("fridge_id"), lf.second.id},
                      {QStringLiteral("opening"), r.figures.opening},
                      {QStringLiteral("received"), r.figures.received},
                      {QStringLiteral("administered"), r.figures.administered},
                      {QStringLiteral("wasted"), r.figures.wasted},
                      {QStringLiteral("other"), r.figures.otherMoves},
                      {QStringLiteral("expected"), r.expected},
                      {QStringLiteral("counted"), r.counted},
                      {QStringLiteral("discrepancy"), r.discrepancy},
                      {QStringLiteral("reason"), r.reason},
                      {QStringLiteral("adjustment_id"), r.adjustmentId}},
                     StockCmdText::tr("Lot %1: expected %2, counted %3, discrepancy %4.")
                         .arg(lf.first.lotNumber)
                         .arg(r.expected)
                         .arg(r.counted)
                         .arg(r.discrepancy));
    return ExitOk;
}

int runWaste(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    VAX_TRY_VALUE_OR(auto lf, ctx.out().fail, lotAndFridge(ctx, s.db()));
    VAX_TRY_VALUE_OR(auto doses, ctx.out().fail, intOption(ctx, QStringLiteral("doses"), true));
    const auto reason = wasteReasonFromName(ctx.args().value(QStringLiteral("reason")));
    if (!reason)
        return ctx.out().fail(
            makeError(ErrorCode::InvalidArgument,
                      StockCmdText::tr("--reason: use broken, expired, open_vial_time, "
                                       "cold_chain or other."),
                      QStringLiteral("reason")));
    VAX_TRY_VALUE_OR(auto id, ctx.out().fail,
                     LotService::waste(s.services(), lf.first.id, lf.second.id, doses, *reason,
                                       ctx.args().value(QStringLiteral("note"))));
    ctx.out().record({{QStringLiteral("id"), id},
                      {QStringLiteral("lot_id"), lf.first.id},
                      {QStringLiteral("fridge_id"), lf.second.id},
                      {QStringLiteral("doses"), doses},
                      {QStringLiteral("reason"), wasteReasonName(*reason)}},
                     StockCmdText::tr("Booked %1 doses of lot %2 as wasted (%3).")
                         .arg(doses)
                         .arg(lf.first.lotNumber, wasteReasonName(*reason)));
    return ExitOk;
}

int runStockTransfer(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    auto& a = ctx.args();
    VAX_TRY_VALUE_OR(auto lot, ctx.out().fail,
                     LotService::find(s.db(), a.value(QStringLiteral("lot"))));
    if (a.value(QStringLiteral("from")).isEmpty() || a.value(QStringLiteral("to")).isEmpty())
        return ctx.out().usage(StockCmdText::tr(
            "Give both fridges: vaxctl stock transfer --lot L --from F --to F --doses N"));
    VAX_TRY_VALUE_OR(auto from, ctx.out().fail,
                     FridgeRepository::find(s.db(), a.value(QStringLiteral("from"))));
    VAX_TRY_VALUE_OR(auto to, ctx.out().fail,
                     FridgeRepository::find(s.db(), a.value(QStringLiteral("to"))));
    VAX_TRY_VALUE_OR(auto doses, ctx.out().fail, intOption(ctx, QStringLiteral("doses"), true));
    const Status moved = LotService::transfer(s.services(), lot.id, from.id, to.id, doses);
    if (!moved)
        return ctx.out().fail(moved.error());
    ctx.out().record({{QStringLiteral("lot_id"), lot.id},
                      {QStringLiteral("lot"), lot.lotNumber},
                      {QStringLiteral("from_fridge_id"), from.id},
                      {QStringLiteral("to_fridge_id"), to.id},
                      {QStringLiteral("doses"), doses}},
                     StockCmdText::tr("Moved %1 doses of lot %2 from %3 to %4.")
                         .arg(doses)
                         .arg(lot.lotNumber, from.name, to.name));
    return ExitOk;
}

int runVialDraw(CommandContext& ctx)
{
    const QStringList ids = ctx.args().positionalArguments();
    if (ids.size() != 1)
        return ctx.out().usage(
            StockCmdText::tr("Give the vial id: vaxctl vial draw ID (see \"vaxctl vial list\")"));
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    VAX_TRY_VALUE_OR(auto v, ctx.out().fail, VialService::drawDose(s.services(), ids.first()));
    ctx.out().record(vialJson(v, s.clock().nowUtc()),
                     StockCmdText::tr("Drew one dose from vial %1 of lot %2: %3 left.")
                         .arg(v.id, v.lotNumber)
                         .arg(v.dosesLeft()));
    return ExitOk;
}

}  // namespace

void registerStockCommands(Registry& registry)
{
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
        {words("stock", "transfer"),
         [] { return StockCmdText::tr("Move doses of a lot between fridges"); },
         [](QCommandLineParser& p) {
             p.addOptions(
                 {actorOpt(),
                  lotOpt(),
                  {QStringLiteral("from"), StockCmdText::tr("Fridge the doses leave"),
                   QStringLiteral("F")},
                  {QStringLiteral("to"), StockCmdText::tr("Fridge the doses go to"),
                   QStringLiteral("F")},
                  {QStringLiteral("doses"), StockCmdText::tr("Doses moved"), QStringLiteral("N")}});
         },
         runStockTransfer});
    registry.add({words("vial", "draw"),
                  [] { return StockCmdText::tr("Draw one dose from an open vial"); },
                  [](QCommandLineParser& p) {
                      p.addOption(actorOpt());
                      p.addPositionalArgument(QStringLiteral("ID"), StockCmdText::tr("Vial id"));
                  },
                  runVialDraw});
}

}  // namespace vax::cli
