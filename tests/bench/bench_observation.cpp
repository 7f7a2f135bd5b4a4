// The observation board with 300 people under observation (checked in and vaccinated through the
// real services, one every 6 s): the CPU time of one tick — the cheap change check, time left
// for every tile, a full repaint on the offscreen platform — and, with the real 1 s timer and a
// clock that runs with real time, the CPU used per second of wall time (budget: < 5 % of one
// core, DESIGN.md §8).
#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>

#include <sys/resource.h>

#include "core/observation/observationseeder.h"
#include "observation/boardmodel.h"
#include "observation/observationboard.h"
#include "observation/observationservice.h"
#include "security/staff.h"
#include "shell/style.h"
#include "support/benchdb.h"
#include "support/tempdb.h"

using namespace vax;

namespace {
constexpr int kPeople = 300;

double processCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// A training site with 300 people under observation, the last one just arrived.
struct Site {
    test::TempDb tmp;
    std::shared_ptr<FakeClock> clock = std::make_shared<FakeClock>(test::testNow());
    SiteContext site;

    Site()
    {
        site.db = tmp.openTrainingSite(*clock, &site.site);
        auto staff = StaffRepository::findByUsername(*site.db, QStringLiteral("demo"));
        test::ObservationSeeder seeder(*site.db, *clock, (*staff)->member.id, kPeople + 10);
        for (int i = 0; i < kPeople; ++i) {
            clock->advance(6000);
            if (seeder.admit(i, QString::number(1 + i % 6)).observationId.isEmpty())
                qFatal("seeding failed: %s", qPrintable(seeder.error()));
        }
        clock->advance(10 * 60'000);  // a mix: some may leave, most are observing
        site.clock = clock;
    }
};

Site& sharedSite()
{
    static Site s;
    return s;
}

QSize sizeOf(const benchmark::State& state)
{
    return state.range(0) == 1080 ? QSize(1920, 1080) : QSize(1366, 768);
}

// One tick as the timer runs it, then the repaint it asks for (forced, synchronous).
void BM_BoardTick(benchmark::State& state)
{
    Site& s = sharedSite();
    ui::ObservationBoard board(s.site);
    board.timer()->stop();  // ticks driven here
    board.resize(sizeOf(state));
    board.show();
    QApplication::processEvents();
    // The clock stands still: the work per tick is the same, and the mix of states stays.
    for (auto _ : state) {
        board.tick();
        board.repaint();
    }
    state.counters["entries"] = static_cast<double>(board.model()->rowCount());
    state.counters["pages"] = board.pageCount();
}
BENCHMARK(BM_BoardTick)->Arg(1080)->Arg(768)->Unit(benchmark::kMillisecond);

// The change check alone (two MAX(change_seq) index lookups).
void BM_ChangeStamp(benchmark::State& state)
{
    Site& s = sharedSite();
    ObservationService service({*s.site.db, *s.site.clock});
    for (auto _ : state)
        benchmark::DoNotOptimize(service.changeStamp());
}
BENCHMARK(BM_ChangeStamp)->Unit(benchmark::kMicrosecond);

// A reload after a write (the board query, 300 rows, masking).
void BM_BoardQuery(benchmark::State& state)
{
    Site& s = sharedSite();
    ObservationService service({*s.site.db, *s.site.clock});
    for (auto _ : state)
        benchmark::DoNotOptimize(service.board());
}
BENCHMARK(BM_BoardQuery)->Unit(benchmark::kMillisecond);

// The board shown and left alone with its own 1 s timer for a few seconds of wall time (clock
// running with real time): the process's CPU time over the wall time, in percent of one core.
void BM_BoardCpuPerWallSecond(benchmark::State& state)
{
    Site& s = sharedSite();
    const int seconds = qEnvironmentVariableIntValue("VAX_BENCH_WALL_SECONDS") > 0
                            ? qEnvironmentVariableIntValue("VAX_BENCH_WALL_SECONDS")
                            : 20;
    SiteContext live;
    live.db = std::move(s.site.db);
    live.site = s.site.site;
    live.clock = std::make_shared<ShiftedClock>(s.clock->nowUtc());
    {
        ui::ObservationBoard board(live);
        board.resize(sizeOf(state));
        board.show();
        QApplication::processEvents();
        for (auto _ : state) {
            QEventLoop loop;
            QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
            const double cpu0 = processCpuSeconds();
            QElapsedTimer wall;
            wall.start();
            loop.exec();
            const double cpu = processCpuSeconds() - cpu0;
            const double wallS = static_cast<double>(wall.elapsed()) / 1000.0;
            state.counters["cpu_percent_of_core"] = 100.0 * cpu / wallS;
            state.counters["cpu_ms_per_wall_s"] = 1000.0 * cpu / wallS;
        }
        state.counters["entries"] = static_cast<double>(board.model()->rowCount());
    }
    s.site.db = std::move(live.db);
}
BENCHMARK(BM_BoardCpuPerWallSecond)
    ->Arg(1080)
    ->Arg(768)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
}  // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    ui::applyAppStyle(app);
    return bench::runSpecifiedBenchmarks(argc, argv);
}
