// The floor under every write budget (DESIGN.md §8): a bare SQLite insert of one ~200-byte row
// per transaction with the durability the application uses (WAL, synchronous=FULL), through the
// raw sqlite3 API, in a temp dir on the same disk. docs/performance.md compares the check-in
// median with this one. Every iteration's latency is recorded; p50_ms / p99_ms / max_ms are of
// those.
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtGlobal>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench/support/percentiles.h"

namespace {

using vax::bench::percentiles;

void check(int rc, sqlite3* db)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "sqlite: %s\n", db ? sqlite3_errmsg(db) : "open failed");
        std::abort();
    }
}

void exec(sqlite3* db, const char* sql)
{
    check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), db);
}

// BEGIN IMMEDIATE; one INSERT of a ~200-byte row; COMMIT — as a check-in's transaction does,
// without the rules and the other rows.
void BM_BareInsertCommit(benchmark::State& state)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        std::abort();
    const std::string path = dir.filePath(QStringLiteral("baseline.sqlite")).toStdString();
    sqlite3* db = nullptr;
    check(sqlite3_open(path.c_str(), &db), db);
    exec(db, "PRAGMA journal_mode = WAL");
    exec(db, "PRAGMA synchronous = FULL");
    exec(db,
         "CREATE TABLE row (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL, payload TEXT NOT "
         "NULL)");
    sqlite3_stmt* insert = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT INTO row (uuid, payload) VALUES (?, ?)", -1, &insert,
                             nullptr),
          db);
    const std::string payload(164, 'x');  // + a 36-character UUID: a 200-byte row
    std::vector<double> ms;
    long long n = 0;
    for (auto _ : state) {
        char uuid[64];
        std::snprintf(uuid, sizeof uuid, "00000000-0000-4000-8000-%012lld", ++n);
        QElapsedTimer t;
        t.start();
        exec(db, "BEGIN IMMEDIATE");
        sqlite3_bind_text(insert, 1, uuid, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, payload.data(), static_cast<int>(payload.size()),
                          SQLITE_STATIC);
        check(sqlite3_step(insert), db);
        sqlite3_reset(insert);
        exec(db, "COMMIT");
        const double ns = static_cast<double>(t.nsecsElapsed());
        state.SetIterationTime(ns / 1e9);
        ms.push_back(ns / 1e6);
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
    percentiles(state, ms);
}
}  // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    // As many commits as bench_checkin's check-ins (VAX_BENCH_ITERATIONS overrides both).
    const qint64 iterations =
        qEnvironmentVariableIsSet("VAX_BENCH_ITERATIONS")
            ? std::max<qint64>(1, qEnvironmentVariable("VAX_BENCH_ITERATIONS").toLongLong())
            : 2000;
    benchmark::RegisterBenchmark("BareInsertCommit", BM_BareInsertCommit)
        ->Iterations(iterations)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
