// vaxctl demo seed: realistic synthetic persons, visits, doses, stock and fridge readings on a
// training database. vaxctl training codes: what to scan to practise with its lots.
#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include "cli/cli.h"
#include "cli/commands.h"
#include "common/i18n.h"
#include "demo/generator.h"
#include "training/trainingcodes.h"

namespace vax::cli {

namespace {
struct DemoCmdText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

int runDemoSeed(CommandContext& ctx)
{
    bool ok = false;
    demo::SeedOptions options;
    options.people = ctx.args().value(QStringLiteral("people")).toLongLong(&ok);
    if (!ok || options.people < 1)
        return ctx.out().usage(
            DemoCmdText::tr("--people: give how many persons to create, e.g. --people 10000."));
    if (ctx.args().isSet(QStringLiteral("days"))) {
        options.days = ctx.args().value(QStringLiteral("days")).toInt(&ok);
        if (!ok || options.days < 0 || options.days > 3660)
            return ctx.out().usage(
                DemoCmdText::tr("--days: give the number of past days with visits and doses, 0 to "
                                "3660, e.g. --days "
                                "180."));
    }
    if (ctx.args().isSet(QStringLiteral("seed"))) {
        options.seed = ctx.args().value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return ctx.out().usage(DemoCmdText::tr("--seed: give a whole number, e.g. --seed 42."));
    }
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    VAX_TRY_VALUE_OR(auto report, ctx.out().fail,
                     demo::seedPeople(*site->db, *site->clock, options));
    QJsonObject o{{QStringLiteral("persons"), report.persons},
                  {QStringLiteral("documents"), report.documents},
                  {QStringLiteral("visits"), report.visits},
                  {QStringLiteral("doses"), report.doses},
                  {QStringLiteral("lots"), report.lots},
                  {QStringLiteral("movements"), report.movements},
                  {QStringLiteral("vials"), report.vials},
                  {QStringLiteral("doses_wasted"), report.dosesWasted},
                  {QStringLiteral("fridges"), report.fridges},
                  {QStringLiteral("readings"), report.readings},
                  {QStringLiteral("days"), options.days},
                  {QStringLiteral("seed"), QString::number(options.seed)},
                  {QStringLiteral("first_person_seq"), report.firstPersonSeq},
                  {QStringLiteral("last_person_seq"), report.lastPersonSeq},
                  {QStringLiteral("seconds"), report.seconds}};
    o.insert(QStringLiteral("first_visit_date"), report.firstVisitDate.isValid()
                                                     ? QJsonValue(jsonDate(report.firstVisitDate))
                                                     : QJsonValue());
    o.insert(QStringLiteral("last_visit_date"), report.lastVisitDate.isValid()
                                                    ? QJsonValue(jsonDate(report.lastVisitDate))
                                                    : QJsonValue());
    ctx.out().record(o, DemoCmdText::tr("Created %1 persons (%2 documents), %3 visits, %4 doses, "
                                        "%5 lots, %6 stock movements and %7 fridge readings "
                                        "(seed %8) in %9 s.")
                            .arg(report.persons)
                            .arg(report.documents)
                            .arg(report.visits)
                            .arg(report.doses)
                            .arg(report.lots)
                            .arg(report.movements)
                            .arg(report.readings)
                            .arg(options.seed)
                            .arg(report.seconds, 0, 'f', 1));
    return ExitOk;
}

int runTrainingCodes(CommandContext& ctx)
{
    int perLot = 4;
    if (ctx.args().isSet(QStringLiteral("per-lot"))) {
        bool ok = false;
        perLot = ctx.args().value(QStringLiteral("per-lot")).toInt(&ok);
        if (!ok || perLot < 0 || perLot > 1000)
            return ctx.out().usage(
                DemoCmdText::tr("--per-lot: give how many trace codes to list per lot, 0 to "
                                "1000, e.g. --per-lot 4."));
    }
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    VAX_TRY_VALUE_OR(auto lots, ctx.out().fail, TrainingCodes::list(*site->db, perLot));
    const QString language = currentLanguage();
    for (const TrainingLotCodes& l : lots) {
        QJsonObject o{{QStringLiteral("lot_id"), l.lotId},
                      {QStringLiteral("product"), l.productCode},
                      {QStringLiteral("product_name"), l.productName.forLocale(language)},
                      {QStringLiteral("lot"), l.lotNumber},
                      {QStringLiteral("expiry"), jsonDate(l.expiry)},
                      {QStringLiteral("gtin"), l.gtin},
                      {QStringLiteral("serial"), l.serial},
                      {QStringLiteral("gs1"), l.gs1Text},
                      {QStringLiteral("gs1_scan"), l.gs1Scan},
                      {QStringLiteral("trace_codes"), QJsonArray::fromStringList(l.traceCodes)},
                      {QStringLiteral("on_hand"), l.onHand}};
        QString text =
            DemoCmdText::tr("%1  lot %2  expiry %3\n  GS1: %4")
                .arg(l.productName.forLocale(language), l.lotNumber, l.expiry.toString(Qt::ISODate),
                     l.gs1Text.isEmpty() ? DemoCmdText::tr("(none)") : l.gs1Text);
        if (!l.traceCodes.isEmpty())
            text += QLatin1Char('\n') +
                    DemoCmdText::tr("  trace codes: %1").arg(l.traceCodes.join(QLatin1Char(' ')));
        ctx.out().record(o, text);
    }
    return ExitOk;
}
}  // namespace

void registerDemoCommands(Registry& registry)
{
    registry.add(
        {{QStringLiteral("demo"), QStringLiteral("seed")},
         [] { return DemoCmdText::tr("Fill a training database with realistic synthetic data"); },
         [](QCommandLineParser& p) {
             p.addOptions({{QStringLiteral("people"), DemoCmdText::tr("Persons to create"),
                            QStringLiteral("N")},
                           {QStringLiteral("days"),
                            DemoCmdText::tr("Past days with visits, doses, stock and fridge "
                                            "readings (default 0: persons only)"),
                            QStringLiteral("D")},
                           {QStringLiteral("seed"),
                            DemoCmdText::tr("Random seed: the same seed gives the same people "
                                            "(default 1)"),
                            QStringLiteral("S")}});
         },
         runDemoSeed});
    registry.add({{QStringLiteral("training"), QStringLiteral("codes")},
                  [] {
                      return DemoCmdText::tr(
                          "List what to scan to practise with a training database's "
                          "lots: GS1 box codes and box trace codes");
                  },
                  [](QCommandLineParser& p) {
                      p.addOption({QStringLiteral("per-lot"),
                                   DemoCmdText::tr("Trace codes to list per lot (default 4)"),
                                   QStringLiteral("N")});
                  },
                  runTrainingCodes});
}

}  // namespace vax::cli
