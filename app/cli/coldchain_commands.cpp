// vaxctl fridge add|list, temps add|import, excursion list|release|discard.
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QTimeZone>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/stocksupport.h"
#include "coldchain/coldchainservice.h"
#include "coldchain/csvimporters.h"
#include "coldchain/fridges.h"
#include "coldchain/lotquarantine.h"
#include "common/labels.h"

namespace vax::cli {

namespace {
using namespace stock;

struct ColdChainCmdText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

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

int runFridgeAdd(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    FridgeThresholds t;
    VAX_TRY_VALUE_OR(auto minC, ctx.out().fail, doubleOption(ctx, QStringLiteral("min"), t.minC));
    VAX_TRY_VALUE_OR(auto maxC, ctx.out().fail, doubleOption(ctx, QStringLiteral("max"), t.maxC));
    VAX_TRY_VALUE_OR(auto freezeC, ctx.out().fail,
                     doubleOption(ctx, QStringLiteral("freeze"), t.freezeC));
    VAX_TRY_VALUE_OR(auto heat, ctx.out().fail,
                     intOption(ctx, QStringLiteral("heat-minutes"), false, t.heatAlarmMinutes));
    VAX_TRY_VALUE_OR(auto freezeMin, ctx.out().fail,
                     intOption(ctx, QStringLiteral("freeze-minutes"), false, t.freezeAlarmMinutes));
    t = {minC, maxC, heat, freezeC, freezeMin};
    VAX_TRY_VALUE_OR(
        auto f, ctx.out().fail,
        FridgeRepository::add(s.db(), s.clock(), ctx.args().value(QStringLiteral("name")), t,
                              s.actor.id));
    ctx.out().record(fridgeJson(f),
                     ColdChainCmdText::tr("Added fridge %1 (%2).").arg(f.name, f.id));
    return ExitOk;
}

int runFridgeList(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    VAX_TRY_VALUE_OR(auto fridges, ctx.out().fail, FridgeRepository::list(*site->db));
    for (const Fridge& f : fridges)
        ctx.out().record(fridgeJson(f), QStringLiteral("%1  %2  %3–%4 °C")
                                            .arg(f.id, f.name)
                                            .arg(f.thresholds.minC)
                                            .arg(f.thresholds.maxC));
    return ExitOk;
}

QString outcomeText(const ReadingOutcome& o)
{
    QString text = ColdChainCmdText::tr("Stored %1 reading(s), %2 already known.")
                       .arg(o.readingsStored)
                       .arg(o.readingsSkipped);
    for (const StoredExcursion& e : o.excursions)
        text += QLatin1Char('\n') +
                ColdChainCmdText::tr("EXCURSION %1 (%2, %3 °C): %4 lot(s) quarantined.")
                    .arg(e.id, labels::label(labels::Family::ExcursionKind,
                                             excursionKindName(e.excursion.kind)))
                    .arg(e.excursion.extremeC)
                    .arg(e.lotsQuarantined);
    return text;
}

int runTempsAdd(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    VAX_TRY_VALUE_OR(auto fridge, ctx.out().fail,
                     FridgeRepository::find(s.db(), ctx.args().value(QStringLiteral("fridge"))));
    const QString celsiusText = ctx.args().value(QStringLiteral("celsius"));
    if (celsiusText.isEmpty())
        return ctx.out().usage(
            ColdChainCmdText::tr("--celsius: give the temperature read, e.g. --celsius 4.5."));
    VAX_TRY_VALUE_OR(auto celsius, ctx.out().fail, doubleOption(ctx, QStringLiteral("celsius"), 0));
    QDateTime at;
    if (ctx.args().isSet(QStringLiteral("at"))) {
        VAX_TRY_VALUE_OR(
            auto parsed, ctx.out().fail,
            s.site->calendar().parse(ctx.args().value(QStringLiteral("at")), QStringLiteral("at")));
        at = parsed;
    }
    VAX_TRY_VALUE_OR(auto o, ctx.out().fail,
                     ColdChainService::addManualReading(s.services(), fridge.id, celsius, at));
    QJsonObject obj = outcomeJson(o);
    obj.insert(QStringLiteral("id"), o.readingId);
    obj.insert(QStringLiteral("fridge_id"), fridge.id);
    ctx.out().record(obj, outcomeText(o));
    return ExitOk;
}

int runTempsImport(CommandContext& ctx)
{
    const QStringList files = ctx.args().positionalArguments();
    if (files.size() != 1)
        return ctx.out().usage(
            ColdChainCmdText::tr("Give one file: vaxctl temps import FILE --fridge NAME"));
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    VAX_TRY_VALUE_OR(auto fridge, ctx.out().fail,
                     FridgeRepository::find(s.db(), ctx.args().value(QStringLiteral("fridge"))));
    VAX_TRY_VALUE_OR(auto report, ctx.out().fail,
                     readTemperatureFile(files.first(), s.site->site.timeZone(),
                                         ctx.args().value(QStringLiteral("format"))));
    VAX_TRY_VALUE_OR(auto o, ctx.out().fail,
                     ColdChainService::importReport(s.services(), fridge.id, report));
    QJsonObject obj = outcomeJson(o);
    obj.insert(QStringLiteral("format"), report.format);
    obj.insert(QStringLiteral("serial"), report.serial);
    obj.insert(QStringLiteral("days"), static_cast<int>(report.days.size()));
    obj.insert(QStringLiteral("fridge_id"), fridge.id);
    ctx.out().record(obj, outcomeText(o));
    return ExitOk;
}

int runExcursionList(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    VAX_TRY_VALUE_OR(auto list, ctx.out().fail,
                     LotQuarantine::list(*site->db, ctx.args().isSet(QStringLiteral("open"))));
    for (const ExcursionRecord& e : list)
        ctx.out().record(
            excursionJson(e),
            QStringLiteral("%1  %2  %3  %4 °C  %5 lot(s)%6")
                .arg(e.id, e.fridgeName, labels::label(labels::Family::ExcursionKind, e.kind))
                .arg(e.extremeC)
                .arg(e.lots.size())
                .arg(e.open() ? ColdChainCmdText::tr("  OPEN") : QString()));
    return ExitOk;
}

int runExcursionDecision(CommandContext& ctx, bool release)
{
    const QStringList ids = ctx.args().positionalArguments();
    if (ids.size() != 1)
        return ctx.out().usage(
            ColdChainCmdText::tr("Give the excursion id: vaxctl excursion release|discard ID "
                                 "--reason TEXT [--lot LOT]"));
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    QString lotId;
    if (ctx.args().isSet(QStringLiteral("lot"))) {
        VAX_TRY_VALUE_OR(auto lot, ctx.out().fail,
                         LotService::find(s.db(), ctx.args().value(QStringLiteral("lot"))));
        lotId = lot.id;
    }
    const QString reason = ctx.args().value(QStringLiteral("reason"));
    const bool overriding = release && ctx.args().isSet(QStringLiteral("override"));
    VAX_TRY_VALUE_OR(
        auto n, ctx.out().fail,
        release ? LotQuarantine::release(
                      s.db(), s.clock(), ids.first(), lotId, reason, s.actor,
                      overriding ? ReleaseEvidence::Override : ReleaseEvidence::Reading)
                : LotQuarantine::discard(s.db(), s.clock(), ids.first(), lotId, reason, s.actor));
    ctx.out().record({{QStringLiteral("excursion_id"), ids.first()},
                      {QStringLiteral("decision"),
                       release ? QStringLiteral("released") : QStringLiteral("discarded")},
                      {QStringLiteral("evidence"),
                       release ? releaseEvidenceName(overriding ? ReleaseEvidence::Override
                                                                : ReleaseEvidence::Reading)
                               : QString()},
                      {QStringLiteral("lots"), n}},
                     (release ? ColdChainCmdText::tr("Released %1 lot(s).")
                              : ColdChainCmdText::tr("Discarded %1 lot(s)."))
                         .arg(n));
    return ExitOk;
}
}  // namespace

void registerColdChainCommands(Registry& registry)
{
    registry.add(
        {words("fridge", "add"),
         [] { return ColdChainCmdText::tr("Add a fridge with its thresholds"); },
         [](QCommandLineParser& p) {
             p.addOptions(
                 {actorOpt(),
                  {QStringLiteral("name"), ColdChainCmdText::tr("Fridge name"),
                   QStringLiteral("NAME")},
                  {QStringLiteral("min"), ColdChainCmdText::tr("Minimum °C (2)"),
                   QStringLiteral("C")},
                  {QStringLiteral("max"), ColdChainCmdText::tr("Maximum °C (8)"),
                   QStringLiteral("C")},
                  {QStringLiteral("heat-minutes"), ColdChainCmdText::tr("Heat alarm delay (600)"),
                   QStringLiteral("MIN")},
                  {QStringLiteral("freeze"), ColdChainCmdText::tr("Freeze limit °C (-0.5)"),
                   QStringLiteral("C")},
                  {QStringLiteral("freeze-minutes"),
                   ColdChainCmdText::tr("Freeze alarm delay (60)"), QStringLiteral("MIN")}});
         },
         runFridgeAdd});
    registry.add({words("fridge", "list"), [] { return ColdChainCmdText::tr("List fridges"); },
                  nullptr, runFridgeList});
    registry.add({words("temps", "add"),
                  [] { return ColdChainCmdText::tr("Record a manual fridge reading"); },
                  [](QCommandLineParser& p) {
                      p.addOptions(
                          {actorOpt(),
                           fridgeOpt(),
                           {QStringLiteral("celsius"), ColdChainCmdText::tr("Temperature read"),
                            QStringLiteral("C")},
                           {QStringLiteral("at"),
                            ColdChainCmdText::tr("When it was read (ISO 8601); default now"),
                            QStringLiteral("TIME")}});
                  },
                  runTempsAdd});
    registry.add(
        {words("temps", "import"),
         [] {
             return ColdChainCmdText::tr(
                 "Import a logger file (LogTag CSV, Fridge-tag, timestamp,celsius CSV)");
         },
         [](QCommandLineParser& p) {
             p.addOptions({actorOpt(),
                           fridgeOpt(),
                           {QStringLiteral("format"),
                            ColdChainCmdText::tr("logtag, fridgetag or plain (default: detect)"),
                            QStringLiteral("F")}});
             p.addPositionalArgument(QStringLiteral("FILE"), ColdChainCmdText::tr("Logger file"));
         },
         runTempsImport});
    registry.add({words("excursion", "list"),
                  [] { return ColdChainCmdText::tr("List temperature excursions"); },
                  [](QCommandLineParser& p) {
                      p.addOption(
                          {QStringLiteral("open"),
                           ColdChainCmdText::tr("Only excursions with lots awaiting a decision")});
                  },
                  runExcursionList});
    const auto decisionSetup = [](QCommandLineParser& p) {
        p.addOptions(
            {actorOpt(),
             lotOpt(),
             {QStringLiteral("reason"), ColdChainCmdText::tr("Why"), QStringLiteral("TEXT")}});
        p.addPositionalArgument(QStringLiteral("ID"), ColdChainCmdText::tr("Excursion id"));
    };
    registry.add({words("excursion", "release"),
                  [] {
                      return ColdChainCmdText::tr(
                          "Release quarantined lots (the fridge's newest "
                          "reading must be back in range)");
                  },
                  [decisionSetup](QCommandLineParser& p) {
                      decisionSetup(p);
                      p.addOption({QStringLiteral("override"),
                                   ColdChainCmdText::tr("Release although no reading shows the "
                                                        "fridge back in range; recorded and "
                                                        "exported")});
                  },
                  [](CommandContext& ctx) { return runExcursionDecision(ctx, true); }});
    registry.add({words("excursion", "discard"),
                  [] { return ColdChainCmdText::tr("Discard quarantined lots"); }, decisionSetup,
                  [](CommandContext& ctx) { return runExcursionDecision(ctx, false); }});
}

}  // namespace vax::cli
