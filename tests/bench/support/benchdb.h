#pragma once

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

#include <memory>

#include "common/clock.h"
#include "demo/generator.h"
#include "storage/database.h"

namespace vax::bench {

// What a benchmark database holds: `people` synthetic persons (core/demo) with visits over
// `days` days before the fixed instant benchNow(), from `seed`.
struct BenchDbSpec {
    qint64 people = 1000000;
    int days = 365;
    quint64 seed = 20210601;
};

// The whole positive number in the environment variable `name`, else `fallback`.
qint64 benchEnvNumber(const char* name, qint64 fallback);
// VAX_BENCH_PEOPLE when set (the CTest smoke run uses a small number), else `fallback`.
qint64 benchPeople(qint64 fallback = 1000000);
// VAX_BENCH_ITERATIONS when set, else `fallback`.
qint64 benchIterations(qint64 fallback);

// The instant the databases are generated at and benchmarks run at: 2021-12-31 09:00 in China.
QDateTime benchNow();

// A training database built once per spec and schema, cached under the build directory
// (bench-cache/), and copied to a fresh temporary directory for every run, so runs never see
// each other's writes. Build or reuse with open(); it aborts the benchmark on failure.
class BenchDb {
public:
    static std::unique_ptr<BenchDb> open(const BenchDbSpec& spec);

    Database& db() { return *m_db; }
    FakeClock& clock() { return m_clock; }
    const QString& staffId() const { return m_staffId; }
    const BenchDbSpec& spec() const { return m_spec; }
    // How the cached template was made (seconds to generate, file size, counts).
    double generationSeconds() const { return m_generationSeconds; }
    qint64 templateBytes() const { return m_templateBytes; }
    qint64 visits() const { return m_visits; }
    QString templatePath() const { return m_templatePath; }

private:
    BenchDb() : m_clock(benchNow()) {}
    BenchDbSpec m_spec;
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<Database> m_db;
    QString m_staffId;
    QString m_templatePath;
    double m_generationSeconds = 0;
    qint64 m_templateBytes = 0;
    qint64 m_visits = 0;
};

// The database file at `path`, opened (created and migrated with `create`) as the application
// opens it; aborts the benchmark on failure.
std::unique_ptr<Database> openBenchFile(const QString& path, bool create = false);

// main() for benchmarks that use Qt: a QCoreApplication, then Google Benchmark.
int runBenchmarks(int argc, char** argv);
// Google Benchmark's part of main(), for a main() that sets up more first (its own
// QCoreApplication, a server): its arguments, the benchmarks, the exit code.
int runSpecifiedBenchmarks(int argc, char** argv);

}  // namespace vax::bench
