// Site mode at scale (docs/performance.md "Site mode at scale", docs/site.md 10): many desks,
// each its own SQLite file and thread, joined to one real PostgreSQL (tests/support/pgserver.h).
//
//  - BM_SitePeak: every desk checks people in and vaccinates them at peak rate (one dose every
//    40 s per desk, DESIGN's 400–700 people a day) on a compressed clock (VAX_BENCH_COMPRESSION
//    simulated seconds per wall second), and runs a replication round (push, then pull, on the
//    desk's own connection kept open, as the GUI's replicator thread will) every
//    VAX_BENCH_SYNC_SECONDS simulated seconds. Sync lag: wall time from a dose's local commit to
//    the end of the push that took it to the server (server_lag_*), and to the end of the pull
//    that brought it to each other desk (desk_lag_*, one sample per dose and receiving desk).
//    Lags are in wall milliseconds of the compressed run: the wait for the next round is
//    compressed too, the work of a round is not.
//  - BM_SiteOutage: every desk works VAX_BENCH_OUTAGE_DOSES doses offline (360: four hours at
//    peak), then all sync at once, rounds without a pause, until every desk holds every dose.
//    converge_s: from the start until the last desk holds everything; server_has_all_s: until
//    the last push returned; server_cpu_s: the PostgreSQL processes' user+system time over
//    converge_s (from /proc); desk_cpu_*: the CPU time of one desk's thread over its catch-up
//    (what one desk PC spends: the desks share this machine's cores, real desks do not).
//
// Sizes from the environment (the smoke run makes them small): VAX_BENCH_DESKS (20),
// VAX_BENCH_COMPRESSION (20), VAX_BENCH_PEAK_MINUTES (simulated, 20), VAX_BENCH_SYNC_SECONDS
// (simulated, 10: vaxctl site sync's default interval), VAX_BENCH_OUTAGE_DOSES (360).
// Without PostgreSQL's binaries the benchmark says so and exits with 77 (CTest: skipped).
#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

#include <unistd.h>

#include "checkin/checkinservice.h"
#include "checkin/screening.h"
#include "coldchain/fridges.h"
#include "common/clock.h"
#include "desk/administrationservice.h"
#include "desk/queueservice.h"
#include "security/roles.h"
#include "sitesync/pgconnection.h"
#include "sitesync/replicatedtables.h"
#include "sitesync/replicator.h"
#include "sitesync/serverurl.h"
#include "sitesync/sitelink.h"
#include "sitesync/siteserver.h"
#include "stock/lotservice.h"
#include "storage/database.h"
#include "support/benchdb.h"
#include "support/memorysecrets.h"
#include "support/percentiles.h"
#include "support/pgserver.h"
#include "support/residentid.h"
#include "support/tempdb.h"

using namespace vax;
using namespace vax::sitesync;
using namespace vax::test;
using SteadyClock = std::chrono::steady_clock;

namespace {

const QString kStaff = QStringLiteral("staff-1");
const QString kAdmin = QStringLiteral("admin-1");
const QString kFridge = QStringLiteral("fridge-site-1");
const QString kLot = QStringLiteral("SCALE-LOT-1");
const QString kOwnerPassword = QStringLiteral("owner-pw-for-bench");
constexpr double kPeakSecondsPerDose = 40.0;

int envInt(const char* name, int fallback)
{
    return static_cast<int>(bench::benchEnvNumber(name, fallback));
}

[[noreturn]] void fail(const char* what, const QString& why = {})
{
    qFatal("bench_site setup failed: %s %s", what, qPrintable(why));
}

double msBetween(SteadyClock::time_point a, SteadyClock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

// CPU seconds of the calling thread (one desk's work).
double threadCpuSeconds()
{
    timespec t{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// User+system CPU seconds of the PostgreSQL cluster: the postmaster (with the backends it has
// reaped: cutime, cstime) and its live children.
double serverCpuSeconds(qint64 postmaster)
{
    const double tick = static_cast<double>(::sysconf(_SC_CLK_TCK));
    double total = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& pid : pids) {
        bool numeric = false;
        const qint64 id = pid.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 15)
            continue;
        // proc(5) fields after the command: [0] state (field 3), [1] ppid, [11] utime,
        // [12] stime, [13] cutime, [14] cstime (the children it waited for), in clock ticks.
        enum { Ppid = 1, Utime = 11, Stime = 12, ChildUtime = 13, ChildStime = 14 };
        const qint64 ppid = fields[Ppid].toLongLong();
        const double own = fields[Utime].toDouble() + fields[Stime].toDouble();
        if (id == postmaster)
            total += own + fields[ChildUtime].toDouble() + fields[ChildStime].toDouble();
        else if (ppid == postmaster)
            total += own;
    }
    return total / tick;
}

// The one PostgreSQL of the run (main() starts it; each benchmark has its own database there).
PgServer* g_pg = nullptr;

// A site server database `name` of `desks` desk roles, and the desks' passwords.
struct Server {
    Server(const QString& name, int desks) : pg(*g_pg), database(name)
    {
        const QString owner = name + QStringLiteral("_owner");
        if (!pg.createDatabase(database, owner, kOwnerPassword))
            fail("createDatabase", pg.error());
        ServerInitRequest r;
        r.serverUrl = pg.url(database, owner);
        r.password = kOwnerPassword;
        r.siteCode = QStringLiteral("PROD-1");
        r.desks = desks;
        auto report = SiteServerService::init(r);
        if (!report)
            fail("site-server init", report.error().message);
        for (const CreatedDesk& d : report->created)
            passwords[d.desk] = d.password;
    }
    PgServer& pg;
    QString database;
    std::map<int, QString> passwords;
};

// One desk PC: a copy of the template database, joined as desk `number`, with its keychain.
// Opened and closed by the thread that works it (a Qt SQL connection belongs to one thread).
struct Desk {
    int number = 0;
    QString path;
    MemorySecretStore secrets;
    FakeClock clock{testNow()};
};

// Checks person `n` in, calls them and gives a dose of the site's lot; the dose id.
QString admit(Database& db, const Clock& clock, qint64 n)
{
    CheckInService checkin({db, clock});
    CheckInRequest r;
    r.staffId = kStaff;
    r.draft.name = QStringLiteral("测试%1").arg(n);
    r.draft.document.number = nthResidentId(n, QDate(1940, 1, 1));
    for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
        r.answers.insert(q.id, false);
    r.temperatureC = 36.6;
    r.consent.textVersion = QString::fromLatin1(vax::kConsentTextVersion);
    auto receipt = checkin.checkIn(r);
    if (!receipt)
        fail("check-in", receipt.error().message);
    QueueService queue({db, clock});
    auto called = queue.callNext(QStringLiteral("1"), kStaff);
    if (!called || !called->has_value())
        fail("call next");
    AdministrationService administration({db, clock});
    AdministerRequest req;
    req.scan.visitId = (*called)->visitId;
    req.scan.lot = kLot;
    req.choices.site = QStringLiteral("LD");
    for (ChecklistItemKey k : confirmableItems())
        req.choices.confirmed.insert(k);
    // Joined desks that do not ask the server first: the nurse asked about other doses today.
    req.choices.confirmed.insert(ChecklistItemKey::Record);
    req.desk = QStringLiteral("1");
    req.staffId = kStaff;
    auto given = administration.administer(req);
    if (!given)
        fail("administer", given.error().message);
    return given->dose.id;
}

qint64 count(Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    if (!q)
        fail("count", q.error().message);
    return q->scalar().toLongLong();
}

// The site: `n` desks made from one template database (the same staff and fridge on each, as
// staff and fridges are not replicated yet), joined, and the lot received at desk 1 and pulled
// by every other desk.
struct Site {
    Site(Server& server, int n)
    {
        const QString templ = dir.filePath(QStringLiteral("template.sqlite"));
        {
            auto db = bench::openBenchFile(templ, true);
            initProductionSite(*db, clock);
            addStaff(*db, kStaff,
                     Roles(Role::Registrar) | Role::Vaccinator | Role::Doctor | Role::StockKeeper |
                         Role::SiteAdmin);
            addStaff(*db, kAdmin, Roles(Role::SiteAdmin));
            if (!FridgeRepository::insert(
                    *db, {kFridge, QStringLiteral("Fridge 1"), {}, true, clock.nowUtc()}))
                fail("fridge");
        }
        for (int i = 0; i < n; ++i) {
            desks.push_back(std::make_unique<Desk>());
            Desk& d = *desks.back();
            d.number = i + 1;
            d.path = dir.filePath(QStringLiteral("desk%1.sqlite").arg(d.number));
            if (!QFile::copy(templ, d.path))
                fail("copy template");
            auto db = bench::openBenchFile(d.path);
            JoinRequest r;
            r.serverUrl = server.pg.url(server.database);
            r.desk = d.number;
            r.password = server.passwords[d.number];
            r.timeoutSeconds = 30;
            auto joined = SiteJoinService::join({*db, d.clock, kAdmin}, r, d.secrets);
            if (!joined)
                fail("join", joined.error().message);
            if (i == 0) {
                LotReceipt lot;
                lot.productCode = QStringLiteral("BBIBP-CorV");
                lot.lotNumber = kLot;
                lot.expiry = d.clock.nowUtc().date().addDays(200);
                lot.vials = 100000;
                lot.fridgeId = kFridge;
                auto received = LotService::receive({*db, d.clock, kStaff}, lot);
                if (!received)
                    fail("lot", received.error().message);
            }
            SyncOptions o;
            o.timeoutSeconds = 30;
            auto synced = SiteSyncService::sync(*db, d.clock, d.secrets, o);
            if (!synced)
                fail("first sync", synced.error().message);
        }
    }
    QTemporaryDir dir;
    FakeClock clock{testNow()};
    std::vector<std::unique_ptr<Desk>> desks;
};

// A desk's open connection to the server, reconnected after a failure.
struct Link {
    Link(Database& database, Desk& owner) : db(database), desk(owner)
    {
        auto l = SiteJoinService::link(db);
        if (!l || !l->has_value())
            fail("link");
        link = **l;
    }
    PgConnection& connection()
    {
        if (!c) {
            auto opened = connectJoinedDesk(db, desk.secrets, link, 30);
            if (!opened)
                fail("connect", opened.error().message);
            c = std::move(*opened);
        }
        return *c;
    }
    qint64 push()
    {
        auto r = SiteSyncService::push(db, connection(), link);
        if (!r)
            fail("push", r.error().message);
        return r->rows;
    }
    qint64 pull()
    {
        auto r = SiteSyncService::pull(db, desk.clock, connection(), link);
        if (!r)
            fail("pull", r.error().message);
        return r->rows;
    }
    Database& db;
    Desk& desk;
    SiteLink link;
    std::unique_ptr<PgConnection> c;
};

// The person numbers of desk `desk`: apart from every other desk's.
qint64 person(int desk, int k)
{
    return static_cast<qint64>(desk) * 100000 + k;
}

void BM_SitePeak(benchmark::State& state)
{
    const int n = envInt("VAX_BENCH_DESKS", 20);
    const double compression = envInt("VAX_BENCH_COMPRESSION", 20);
    const double simSeconds = envInt("VAX_BENCH_PEAK_MINUTES", 20) * 60.0;
    const double syncSimSeconds = envInt("VAX_BENCH_SYNC_SECONDS", 10);
    for (auto _ : state) {
        Server server(QStringLiteral("vaxpoint_peak"), n);
        Site site(server, n);
        const double doseWallMs = kPeakSecondsPerDose / compression * 1000;
        const double syncWallMs = syncSimSeconds / compression * 1000;
        const double runWallMs = simSeconds / compression * 1000;
        const int dosesPerDesk = static_cast<int>(simSeconds / kPeakSecondsPerDose);

        std::mutex mutex;
        std::unordered_map<QString, SteadyClock::time_point> committed;
        std::vector<double> serverLag, deskLag, pushMs, pullMs, admitMs;
        std::atomic<int> behind{0};  // admissions that started later than their slot by > 1 slot
        const qint64 expected = static_cast<qint64>(n) * dosesPerDesk;

        const double cpuBefore = serverCpuSeconds(server.pg.postmasterPid());
        const auto t0 = SteadyClock::now();
        auto at = [&](double ms) {
            return t0 + std::chrono::microseconds(static_cast<qint64>(ms * 1000));
        };
        std::vector<std::thread> threads;
        for (const std::unique_ptr<Desk>& desk : site.desks) {
            threads.emplace_back([&, deskPtr = desk.get()] {
                Desk& d = *deskPtr;
                auto db = bench::openBenchFile(d.path);
                Link link(*db, d);
                // Spread the desks' slots over one dose interval and one sync interval.
                const double phase = (d.number - 1) / static_cast<double>(n);
                int done = 0;
                int round = 0;
                qint64 seenRowid = count(*db, QStringLiteral("SELECT coalesce(max(rowid), 0) "
                                                             "FROM dose"));
                std::vector<std::pair<QString, SteadyClock::time_point>> unpushed;
                std::vector<double> myServer, myDesk, myPush, myPull, myAdmit;
                qint64 held = 0;
                while (true) {
                    const double nextDose =
                        done < dosesPerDesk ? (done + phase) * doseWallMs : 1e300;
                    const double nextSync = (round + phase) * syncWallMs;
                    if (done >= dosesPerDesk && held >= expected && unpushed.empty())
                        break;
                    if (nextDose <= nextSync) {
                        std::this_thread::sleep_until(at(nextDose));
                        const auto start = SteadyClock::now();
                        if (msBetween(at(nextDose), start) > doseWallMs)
                            ++behind;
                        const QString id = admit(*db, d.clock, person(d.number, done));
                        const auto end = SteadyClock::now();
                        myAdmit.push_back(msBetween(start, end));
                        {
                            std::lock_guard lock(mutex);
                            committed[id] = end;
                        }
                        unpushed.emplace_back(id, end);
                        ++done;
                        continue;
                    }
                    std::this_thread::sleep_until(at(nextSync));
                    ++round;
                    const auto pushStart = SteadyClock::now();
                    link.push();
                    const auto pushed = SteadyClock::now();
                    myPush.push_back(msBetween(pushStart, pushed));
                    for (const auto& [id, when] : unpushed)
                        myServer.push_back(msBetween(when, pushed));
                    unpushed.clear();
                    link.pull();
                    const auto pulled = SteadyClock::now();
                    myPull.push_back(msBetween(pushed, pulled));
                    auto q =
                        db->exec(QStringLiteral("SELECT rowid, id FROM dose WHERE rowid > ? AND "
                                                "origin_desk IS NOT NULL"),
                                 {seenRowid});
                    if (!q)
                        fail("new doses", q.error().message);
                    std::vector<QString> arrived;
                    while (q->next()) {
                        seenRowid = std::max(seenRowid, q->value(0).toLongLong());
                        arrived.push_back(q->value(1).toString());
                    }
                    {
                        std::lock_guard lock(mutex);
                        for (const QString& id : arrived) {
                            auto it = committed.find(id);
                            if (it != committed.end())
                                myDesk.push_back(msBetween(it->second, pulled));
                        }
                    }
                    held = count(*db, QStringLiteral("SELECT count(*) FROM dose"));
                    if (msBetween(t0, SteadyClock::now()) > runWallMs * 10 + 600000)
                        fail("peak run did not converge");
                }
                std::lock_guard lock(mutex);
                serverLag.insert(serverLag.end(), myServer.begin(), myServer.end());
                deskLag.insert(deskLag.end(), myDesk.begin(), myDesk.end());
                pushMs.insert(pushMs.end(), myPush.begin(), myPush.end());
                pullMs.insert(pullMs.end(), myPull.begin(), myPull.end());
                admitMs.insert(admitMs.end(), myAdmit.begin(), myAdmit.end());
            });
        }
        for (std::thread& t : threads)
            t.join();
        const double wallS = msBetween(t0, SteadyClock::now()) / 1000;
        const double cpu = serverCpuSeconds(server.pg.postmasterPid()) - cpuBefore;
        state.SetIterationTime(wallS);

        bench::percentiles(state, serverLag, "server_lag_");
        bench::percentiles(state, deskLag, "desk_lag_");
        bench::percentiles(state, pushMs, "push_");
        bench::percentiles(state, pullMs, "pull_");
        bench::percentiles(state, admitMs, "admit_");
        state.counters["desks"] = n;
        state.counters["doses"] = static_cast<double>(expected);
        state.counters["desk_lag_samples"] = static_cast<double>(deskLag.size());
        state.counters["syncs"] = static_cast<double>(pushMs.size());
        state.counters["late_admits"] = behind.load();
        state.counters["server_cpu_s"] = cpu;
        state.counters["server_cpu_share"] = cpu / wallS;
        state.counters["wall_s"] = wallS;
    }
}

void BM_SiteOutage(benchmark::State& state)
{
    const int n = envInt("VAX_BENCH_DESKS", 20);
    const int offline = envInt("VAX_BENCH_OUTAGE_DOSES", 360);
    for (auto _ : state) {
        Server server(QStringLiteral("vaxpoint_outage"), n);
        Site site(server, n);
        const qint64 expected = static_cast<qint64>(n) * offline;
        // Four hours offline: every desk works its doses with no server to reach (not timed).
        const auto workStart = SteadyClock::now();
        {
            std::vector<std::thread> workers;
            for (const std::unique_ptr<Desk>& desk : site.desks)
                workers.emplace_back([&, deskPtr = desk.get()] {
                    auto db = bench::openBenchFile(deskPtr->path);
                    for (int k = 0; k < offline; ++k)
                        admit(*db, deskPtr->clock, person(deskPtr->number, k));
                });
            for (std::thread& t : workers)
                t.join();
        }
        const double workS = msBetween(workStart, SteadyClock::now()) / 1000;

        // The server is back: every desk syncs at once, round after round, until it holds
        // every dose; connections stay open until the CPU has been read.
        std::atomic<int> converged{0};
        std::atomic<bool> release{false};
        std::vector<double> deskS(static_cast<size_t>(n));
        std::vector<qint64> rounds(static_cast<size_t>(n));
        std::vector<double> deskCpuS(static_cast<size_t>(n));
        std::atomic<int> pushedDesks{0};
        std::atomic<qint64> allPushedNs{0};
        const double cpuBefore = serverCpuSeconds(server.pg.postmasterPid());
        const auto t0 = SteadyClock::now();
        std::vector<std::thread> threads;
        for (const std::unique_ptr<Desk>& desk : site.desks)
            threads.emplace_back([&, deskPtr = desk.get()] {
                Desk& d = *deskPtr;
                auto db = bench::openBenchFile(d.path);
                Link link(*db, d);
                const size_t slot = static_cast<size_t>(d.number - 1);
                const double cpu0 = threadCpuSeconds();
                link.push();
                if (++pushedDesks == n)
                    allPushedNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                      SteadyClock::now() - t0)
                                      .count();
                while (true) {
                    ++rounds[slot];
                    link.pull();
                    if (count(*db, QStringLiteral("SELECT count(*) FROM dose")) >= expected)
                        break;
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                    if (msBetween(t0, SteadyClock::now()) > 1800000)
                        fail("outage catch-up did not converge");
                }
                deskS[slot] = msBetween(t0, SteadyClock::now()) / 1000;
                deskCpuS[slot] = threadCpuSeconds() - cpu0;
                ++converged;
                while (!release)
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
            });
        while (converged < n)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        const double convergeS = msBetween(t0, SteadyClock::now()) / 1000;
        const double cpu = serverCpuSeconds(server.pg.postmasterPid()) - cpuBefore;
        release = true;
        for (std::thread& t : threads)
            t.join();
        state.SetIterationTime(convergeS);

        // Every desk holds the same rows of every replicated table (not timed).
        std::map<QString, TableDigest> first;
        bool same = true;
        for (const std::unique_ptr<Desk>& desk : site.desks) {
            const Desk& d = *desk;
            auto db = bench::openBenchFile(d.path);
            auto columns = TableColumns::read(*db);
            if (!columns)
                fail("columns");
            for (const QString& t : replicatedTables()) {
                auto digest = tableDigest(*db, *columns, t);
                if (!digest)
                    fail("digest");
                if (d.number == 1)
                    first[t] = *digest;
                else if (first[t].rows != digest->rows || first[t].hash != digest->hash)
                    same = false;
            }
        }
        if (!same)
            state.SkipWithError("the desks did not end with the same rows");
        qint64 rows = 0;
        for (const auto& [table, digest] : first)
            rows += digest.rows;
        std::sort(deskS.begin(), deskS.end());
        std::sort(deskCpuS.begin(), deskCpuS.end());
        state.counters["server_has_all_s"] = static_cast<double>(allPushedNs.load()) / 1e9;
        state.counters["desk_cpu_p50_s"] = deskCpuS[deskCpuS.size() / 2];
        state.counters["desk_cpu_max_s"] = deskCpuS.back();
        state.counters["desks"] = n;
        state.counters["doses"] = static_cast<double>(expected);
        state.counters["site_rows"] = static_cast<double>(rows);
        state.counters["offline_work_s"] = workS;
        state.counters["converge_s"] = convergeS;
        state.counters["first_desk_s"] = deskS.front();
        state.counters["median_desk_s"] = deskS[deskS.size() / 2];
        state.counters["max_pull_rounds"] =
            static_cast<double>(*std::max_element(rounds.begin(), rounds.end()));
        state.counters["server_cpu_s"] = cpu;
        state.counters["server_cpu_share"] = cpu / convergeS;
    }
}

BENCHMARK(BM_SitePeak)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
BENCHMARK(BM_SiteOutage)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // PostgreSQL's binaries are needed: without them, say so and skip (CTest: 77). A server
    // that is there but does not start is a failure.
    PgServer pg;
    if (!pg.ok()) {
        const bool missing = pg.error().contains(QLatin1String("was not found"));
        std::fprintf(stderr, "bench_site: %s: %s\n", missing ? "skipped" : "failed",
                     qPrintable(pg.error()));
        return missing ? 77 : 1;
    }
    g_pg = &pg;
    return bench::runSpecifiedBenchmarks(argc, argv);
}
