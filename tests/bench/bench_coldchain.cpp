// Cold chain import: a 30-day logger file at 1-minute intervals (43,200 rows) in each text format
// the importers take, parsed alone and parsed + imported into a fresh site database.
#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTimeZone>

#include <cmath>

#include "coldchain/coldchainservice.h"
#include "coldchain/csvimporters.h"
#include "coldchain/fridges.h"
#include "common/clock.h"
#include "support/tempdb.h"

using namespace vax;

namespace {

constexpr int kRows = 30 * 24 * 60;
const QTimeZone kZone(8 * 3600);
const QDateTime kStart(QDate(2023, 3, 1), QTime(0, 0), kZone);

// A fridge that cycles around 5 °C with its compressor and the day, with one 11-hour warm spell
// (a door left ajar overnight) on day 15 — enough for one heat excursion.
double celsiusAt(int minute)
{
    const double day = std::sin(2 * M_PI * minute / 1440.0) * 0.8;
    const double compressor = std::sin(2 * M_PI * minute / 37.0) * 0.4;
    const int warmFrom = 15 * 1440 + 20 * 60;
    const double warm = (minute >= warmFrom && minute < warmFrom + 11 * 60) ? 4.5 : 0.0;
    return 5.0 + day + compressor + warm;
}

const QString& logTagFile()
{
    static const QString text = [] {
        QString t;
        t.reserve(kRows * 32);
        t += QStringLiteral(
            "Product,LogTag TRIX-8\nSerial Number,1050123456\n"
            "Logging Interval,00:01:00\nTemperature Unit,C\n"
            "Index,Date,Time,Temperature\n");
        for (int i = 0; i < kRows; ++i) {
            const QDateTime at = kStart.addSecs(qint64(i) * 60);
            t += QStringLiteral("%1,%2,%3,%4\n")
                     .arg(i + 1)
                     .arg(at.date().toString(Qt::ISODate), at.time().toString(Qt::ISODate))
                     .arg(celsiusAt(i), 0, 'f', 1);
        }
        return t;
    }();
    return text;
}

const QString& plainFile()
{
    static const QString text = [] {
        QString t;
        t.reserve(kRows * 32);
        t += QStringLiteral("timestamp,celsius\n");
        for (int i = 0; i < kRows; ++i)
            t += QStringLiteral("%1,%2\n")
                     .arg(kStart.addSecs(qint64(i) * 60).toString(Qt::ISODate))
                     .arg(celsiusAt(i), 0, 'f', 1);
        return t;
    }();
    return text;
}

void parseOnly(benchmark::State& state, const QString& text, const QString& format)
{
    for (auto _ : state) {
        auto report = parseTemperatureFile(text, kZone, format);
        if (!report || report->readings.size() != size_t(kRows)) {
            state.SkipWithError("parse failed");
            return;
        }
        benchmark::DoNotOptimize(report->readings.data());
    }
    state.counters["rows"] = kRows;
    state.counters["rows_per_s"] =
        benchmark::Counter(double(kRows) * state.iterations(), benchmark::Counter::kIsRate);
}

// Parse + import (one transaction) into a fresh training site; creating the site is not timed.
void parseAndImport(benchmark::State& state, const QString& text, const QString& format)
{
    FakeClock clock(QDateTime(QDate(2023, 4, 1), QTime(9, 0), kZone));
    for (auto _ : state) {
        state.PauseTiming();
        test::TempDb tmp;
        auto db = tmp.openTrainingSite(clock);
        auto fridge = db ? FridgeRepository::find(*db, QStringLiteral("Fridge 1 (training)"))
                         : Result<Fridge>(makeError(ErrorCode::Internal, QStringLiteral("db")));
        if (!fridge) {
            state.SkipWithError("no site");
            return;
        }
        state.ResumeTiming();
        auto report = parseTemperatureFile(text, kZone, format);
        if (!report) {
            state.SkipWithError("parse failed");
            return;
        }
        auto outcome = ColdChainService::importReport({*db, clock, QStringLiteral("bench")},
                                                      fridge->id, *report);
        if (!outcome || outcome->readingsStored != kRows || outcome->excursions.size() != 1) {
            state.SkipWithError("import failed");
            return;
        }
        state.PauseTiming();
        db.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = kRows;
    state.counters["rows_per_s"] =
        benchmark::Counter(double(kRows) * state.iterations(), benchmark::Counter::kIsRate);
}

void BM_ParseLogTagCsv(benchmark::State& state)
{
    parseOnly(state, logTagFile(), QStringLiteral("logtag"));
}
void BM_ParsePlainCsv(benchmark::State& state)
{
    parseOnly(state, plainFile(), QStringLiteral("plain"));
}
void BM_ImportLogTagCsv(benchmark::State& state)
{
    parseAndImport(state, logTagFile(), QStringLiteral("logtag"));
}
void BM_ImportPlainCsv(benchmark::State& state)
{
    parseAndImport(state, plainFile(), QStringLiteral("plain"));
}

// A fresh training site with the LogTag file imported once, for the benchmarks that start there.
struct LogTagImported {
    FakeClock clock{QDateTime(QDate(2023, 4, 1), QTime(9, 0), kZone)};
    test::TempDb tmp;
    std::unique_ptr<Database> db;
    QString fridgeId;
    LoggerReport report;

    // False, and the benchmark skipped, when the site or the import fails.
    bool open(benchmark::State& state)
    {
        db = tmp.openTrainingSite(clock);
        auto fridge = FridgeRepository::find(*db, QStringLiteral("Fridge 1 (training)"));
        auto parsed = parseTemperatureFile(logTagFile(), kZone, QStringLiteral("logtag"));
        if (!fridge || !parsed ||
            !ColdChainService::importReport({*db, clock, QStringLiteral("bench")}, fridge->id,
                                            *parsed)) {
            state.SkipWithError("setup failed");
            return false;
        }
        fridgeId = fridge->id;
        report = *parsed;
        return true;
    }
};

// Importing the same file again stores nothing twice (every row is skipped).
void BM_ReimportLogTagCsv(benchmark::State& state)
{
    LogTagImported site;
    if (!site.open(state))
        return;
    for (auto _ : state) {
        auto outcome = ColdChainService::importReport(
            {*site.db, site.clock, QStringLiteral("bench")}, site.fridgeId, site.report);
        if (!outcome || outcome->readingsSkipped != kRows) {
            state.SkipWithError("re-import failed");
            return;
        }
    }
}

// A 30-day chart's query: every reading of the fridge in the window.
void BM_ReadingsForChart(benchmark::State& state)
{
    LogTagImported site;
    if (!site.open(state))
        return;
    for (auto _ : state) {
        auto readings =
            ColdChainService::readings(*site.db, site.fridgeId, kStart, kStart.addDays(31));
        if (!readings || readings->size() != size_t(kRows)) {
            state.SkipWithError("query failed");
            return;
        }
    }
}

}  // namespace

BENCHMARK(BM_ParseLogTagCsv)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParsePlainCsv)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImportLogTagCsv)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_ImportPlainCsv)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_ReimportLogTagCsv)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_ReadingsForChart)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
