// vaxctl demo seed: realistic synthetic persons, visits, doses, stock and fridge readings on a
// training database.
#include <QCoreApplication>
#include <QTimeZone>

#include "cli/cli.h"
#include "cli/commands.h"
#include "demo/generator.h"

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
    auto site = ctx.site();
    if (!site)
        return ctx.out().fail(site.error());
    auto report = demo::seedPeople(*(*site)->db, *(*site)->clock, options);
    if (!report)
        return ctx.out().fail(report.error());
    QJsonObject o{{QStringLiteral("persons"), report->persons},
                  {QStringLiteral("documents"), report->documents},
                  {QStringLiteral("visits"), report->visits},
                  {QStringLiteral("doses"), report->doses},
                  {QStringLiteral("lots"), report->lots},
                  {QStringLiteral("movements"), report->movements},
                  {QStringLiteral("vials"), report->vials},
                  {QStringLiteral("doses_wasted"), report->dosesWasted},
                  {QStringLiteral("fridges"), report->fridges},
                  {QStringLiteral("readings"), report->readings},
                  {QStringLiteral("days"), options.days},
                  {QStringLiteral("seed"), QString::number(options.seed)},
                  {QStringLiteral("first_person_seq"), report->firstPersonSeq},
                  {QStringLiteral("last_person_seq"), report->lastPersonSeq},
                  {QStringLiteral("seconds"), report->seconds}};
    o.insert(QStringLiteral("first_visit_date"), report->firstVisitDate.isValid()
                                                     ? QJsonValue(jsonDate(report->firstVisitDate))
                                                     : QJsonValue());
    o.insert(QStringLiteral("last_visit_date"), report->lastVisitDate.isValid()
                                                    ? QJsonValue(jsonDate(report->lastVisitDate))
                                                    : QJsonValue());
    ctx.out().record(o, DemoCmdText::tr("Created %1 persons (%2 documents), %3 visits, %4 doses, "
                                        "%5 lots, %6 stock movements and %7 fridge readings "
                                        "(seed %8) in %9 s.")
                            .arg(report->persons)
                            .arg(report->documents)
                            .arg(report->visits)
                            .arg(report->doses)
                            .arg(report->lots)
                            .arg(report->movements)
                            .arg(report->readings)
                            .arg(options.seed)
                            .arg(report->seconds, 0, 'f', 1));
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
}

}  // namespace vax::cli
