#include "support/benchdb.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

#include "site/site.h"
#include "storage/migrations.h"

namespace vax::bench {

namespace {
[[noreturn]] void die(const QString& what)
{
    std::fprintf(stderr, "benchdb: %s\n", qPrintable(what));
    std::exit(1);
}

// Changes with any migration's text, so a cached database never outlives its schema.
QString schemaKey()
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const Migration& m : migrations())
        h.addData(m.sql.toUtf8());
    return QStringLiteral("v%1-%2")
        .arg(Database::latestSchemaVersion())
        .arg(QString::fromLatin1(h.result().toHex().left(10)));
}

void build(const BenchDbSpec& spec, const QString& path, const QString& infoPath)
{
    const QString building = path + QStringLiteral(".building");
    QFile::remove(building);
    QFile::remove(building + QStringLiteral("-wal"));
    QFile::remove(building + QStringLiteral("-shm"));
    std::fprintf(stderr, "benchdb: generating %lld persons over %d days (seed %llu) into %s\n",
                 static_cast<long long>(spec.people), spec.days,
                 static_cast<unsigned long long>(spec.seed), qPrintable(path));
    demo::SeedReport report;
    {
        std::unique_ptr<Database> db = openBenchFile(building, true);
        FakeClock clock(benchNow());
        InitRequest init;
        init.code = QStringLiteral("BENCH-001");
        init.name = QStringLiteral("Benchmark site");
        init.district = QStringLiteral("Benchmark district");
        init.training = true;
        auto site = SiteService::init({*db, clock}, init);
        if (!site)
            die(site.error().message);
        demo::SeedOptions seed;
        seed.people = spec.people;
        seed.days = spec.days;
        seed.seed = spec.seed;
        seed.progress = [&spec](qint64 done) {
            std::fprintf(stderr, "\rbenchdb: %lld / %lld", static_cast<long long>(done),
                         static_cast<long long>(spec.people));
        };
        auto seeded = demo::seedPeople(*db, clock, seed);
        if (!seeded)
            die(seeded.error().message);
        report = *seeded;
        std::fprintf(stderr, "\nbenchdb: generated in %.1f s\n", report.seconds);
        auto cp = db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!cp)
            die(cp.error().message);
    }
    QFile info(infoPath);
    if (!info.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die(QStringLiteral("cannot write %1").arg(infoPath));
    info.write(QJsonDocument(QJsonObject{{QStringLiteral("persons"), report.persons},
                                         {QStringLiteral("visits"), report.visits},
                                         {QStringLiteral("doses"), report.doses},
                                         {QStringLiteral("readings"), report.readings},
                                         {QStringLiteral("seconds"), report.seconds},
                                         {QStringLiteral("bytes"), QFileInfo(building).size()}})
                   .toJson());
    info.close();
    QFile::remove(building + QStringLiteral("-wal"));
    QFile::remove(building + QStringLiteral("-shm"));
    if (!QFile::rename(building, path))
        die(QStringLiteral("cannot rename %1").arg(building));
}
}  // namespace

qint64 benchEnvNumber(const char* name, qint64 fallback)
{
    bool ok = false;
    const qint64 v = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && v > 0 ? v : fallback;
}

std::unique_ptr<Database> openBenchFile(const QString& path, bool create)
{
    OpenOptions options;
    options.path = path;
    options.create = create;
    auto db = Database::open(options);
    if (!db)
        die(QStringLiteral("%1: %2").arg(path, db.error().message));
    return std::move(*db);
}

qint64 benchPeople(qint64 fallback)
{
    return benchEnvNumber("VAX_BENCH_PEOPLE", fallback);
}

qint64 benchIterations(qint64 fallback)
{
    return benchEnvNumber("VAX_BENCH_ITERATIONS", fallback);
}

QDateTime benchNow()
{
    return QDateTime(QDate(2021, 12, 31), QTime(9, 0), QTimeZone(8 * 3600));
}

std::unique_ptr<BenchDb> BenchDb::open(const BenchDbSpec& spec)
{
    const QString cacheDir = QStringLiteral(VAX_BENCH_CACHE_DIR);
    if (!QDir().mkpath(cacheDir))
        die(QStringLiteral("cannot create %1").arg(cacheDir));
    const QString stem = QStringLiteral("%1/people-%2-g%3-n%4-d%5-s%6")
                             .arg(cacheDir, schemaKey())
                             .arg(demo::kSeedFormat)
                             .arg(spec.people)
                             .arg(spec.days)
                             .arg(spec.seed);
    const QString path = stem + QStringLiteral(".sqlite");
    const QString infoPath = stem + QStringLiteral(".json");
    {
        QLockFile lock(stem + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (!lock.lock())
            die(QStringLiteral("cannot lock %1").arg(stem));
        if (!QFileInfo::exists(path) || !QFileInfo::exists(infoPath))
            build(spec, path, infoPath);
    }
    std::unique_ptr<BenchDb> b(new BenchDb);
    b->m_spec = spec;
    b->m_templatePath = path;
    if (!b->m_dir.isValid())
        die(QStringLiteral("no temporary directory"));
    QFile info(infoPath);
    if (info.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(info.readAll()).object();
        b->m_generationSeconds = o.value(QStringLiteral("seconds")).toDouble();
        b->m_templateBytes = o.value(QStringLiteral("bytes")).toInteger();
        b->m_visits = o.value(QStringLiteral("visits")).toInteger();
    }
    const QString copy = b->m_dir.filePath(QStringLiteral("site.sqlite"));
    if (!QFile::copy(path, copy))
        die(QStringLiteral("cannot copy %1").arg(path));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    b->m_db = openBenchFile(copy);
    auto staff = b->m_db->exec(QStringLiteral("SELECT id FROM staff ORDER BY created_at LIMIT 1"));
    if (!staff)
        die(staff.error().message);
    b->m_staffId = staff->scalar().toString();
    return b;
}

int runBenchmarks(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return runSpecifiedBenchmarks(argc, argv);
}

int runSpecifiedBenchmarks(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

}  // namespace vax::bench
