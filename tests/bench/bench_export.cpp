// The export bundle of a busy day (DESIGN.md §5, issue 7): 5,000 doses given today (each with
// its person, resident ID, visit and stock movement) plus a day of fridge readings, exported in
// every format — FHIR NDJSON, the HL7 VXU batch, the CSVs, summary.json — zipped, signed and
// fsynced, then verified as the district would. The day is written by prepared inserts (the
// desk's own cost is bench_desk's); each iteration exports a fresh copy of that database, so
// every run has the whole day to send.
#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <map>
#include <memory>

#include "coldchain/fridges.h"
#include "common/clock.h"
#include "common/dbformat.h"
#include "common/ids.h"
#include "exchange/bundle.h"
#include "exchange/exporter.h"
#include "exchange/signing.h"
#include "security/staff.h"
#include "site/site.h"
#include "stock/lotservice.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/residentid.h"

using namespace vax;
using vax::test::residentId;

namespace {
const QTimeZone kZone(8 * 3600);
const QDateTime kDay(QDate(2021, 6, 1), QTime(8, 0), kZone);

template <typename T>
T must(Result<T> r, const char* what)
{
    if (!r)
        qFatal("bench_export setup failed: %s: %s", what, qPrintable(r.error().message));
    return std::move(*r);
}

void must(Status s, const char* what)
{
    if (!s)
        qFatal("bench_export setup failed: %s: %s", what, qPrintable(s.error().message));
}

struct Template {
    QTemporaryDir dir;
    QString path;
    QString staffId;
    int doses = 0;
};

// The day's database, built once.
Template& dayTemplate()
{
    static std::unique_ptr<Template> t = [] {
        auto b = std::make_unique<Template>();
        b->path = b->dir.filePath(QStringLiteral("day.sqlite"));
        FakeClock clock(kDay.addDays(-1));
        OpenOptions options;
        options.path = b->path;
        options.create = true;
        auto db = must(Database::open(options), "open");
        InitRequest req;
        req.code = QStringLiteral("BENCH-1");
        req.name = QStringLiteral("Bench site");
        req.district = QStringLiteral("Bench district");
        req.training = true;
        must(SiteService::init({*db, clock}, req), "init");
        b->staffId = must(StaffRepository::findByUsername(*db, QStringLiteral("demo")), "staff")
                         .value()
                         .member.id;
        const Fridge fridge =
            must(FridgeRepository::add(*db, clock, QStringLiteral("Bench fridge"), {}, b->staffId),
                 "fridge");
        LotReceipt r;
        r.productCode = QStringLiteral("BBIBP-CorV");
        r.lotNumber = QStringLiteral("BENCH-B1");
        r.expiry = QDate(2022, 12, 31);
        r.doses = 100'000;
        r.fridgeId = fridge.id;
        const QString lotId = must(LotService::receive({*db, clock, b->staffId}, r), "lot").lot.id;

        const int n = qEnvironmentVariableIntValue("VAX_BENCH_DOSES") > 0
                          ? qEnvironmentVariableIntValue("VAX_BENCH_DOSES")
                          : 5000;
        auto tx = must(WriteTransaction::begin(*db), "begin");
        const QString screening = QStringLiteral("{}");
        for (int i = 0; i < n; ++i) {
            const QString person = newId();
            const QDate birth = QDate(1940, 1, 1).addDays((i * 7919) % (75 * 365));
            // 08:00–17:59 local, spread over the day.
            const QString at = toDbTime(kDay.addSecs(static_cast<qint64>(i) * 36000 / n));
            must(
                db->exec(QStringLiteral("INSERT INTO person(id, name, sex, birth_date, phone, "
                                        "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {person, QStringLiteral("测试者%1").arg(i),
                          i % 2 ? QStringLiteral("male") : QStringLiteral("female"),
                          birth.toString(Qt::ISODate),
                          QStringLiteral("138%1").arg(i, 8, 10, QLatin1Char('0')), at, b->staffId}),
                "person");
            must(db->exec(QStringLiteral("INSERT INTO identity_document(id, person_id, type, "
                                         "number, match_key, created_at, created_by) VALUES (?, "
                                         "?, 'resident_id', ?, ?, ?, ?)"),
                          {newId(), person, residentId(birth, i % 1000),
                           QStringLiteral("k%1").arg(i), at, b->staffId}),
                 "document");
            const QString visit = newId();
            must(db->exec(QStringLiteral("INSERT INTO visit(id, person_id, visit_date, "
                                         "queue_number, state, temperature_c, "
                                         "screening_version, screening, screening_outcome, "
                                         "checked_in_at, checked_in_by) VALUES (?, ?, ?, ?, "
                                         "'vaccinated', 36.5, 'v', ?, 'clear', ?, ?)"),
                          {visit, person, kDay.date().toString(Qt::ISODate), i + 1, screening, at,
                           b->staffId}),
                 "visit");
            const QString movement = newId();
            must(db->exec(QStringLiteral("INSERT INTO stock_movement(id, lot_id, fridge_id, kind, "
                                         "doses, at, actor) VALUES (?, ?, ?, 'administered', -1, "
                                         "?, ?)"),
                          {movement, lotId, fridge.id, at, b->staffId}),
                 "movement");
            must(db->exec(QStringLiteral("INSERT INTO dose(id, visit_id, person_id, product_code, "
                                         "lot_id, dose_number, site, route, amount_ml, "
                                         "administered_at, desk, staff_id, checklist, "
                                         "movement_id) VALUES (?, ?, ?, 'BBIBP-CorV', ?, 1, "
                                         "'LD', 'IM', 0.5, ?, '1', ?, '{}', ?)"),
                          {newId(), visit, person, lotId, at, b->staffId, movement}),
                 "dose");
        }
        // A logger reading every 5 minutes all day.
        for (int m = 0; m < 24 * 60; m += 5)
            must(db->exec(QStringLiteral("INSERT INTO temperature_reading(id, fridge_id, at, "
                                         "celsius, source, actor) VALUES (?, ?, ?, ?, 'logger', "
                                         "?)"),
                          {newId(), fridge.id,
                           toDbTime(QDateTime(kDay.date(), QTime(0, 0), kZone).addSecs(m * 60)),
                           4.0 + (m % 60) / 30.0, b->staffId}),
                 "reading");
        must(tx.commit(), "commit");
        b->doses = n;
        return b;
    }();
    return *t;
}

const signing::KeyPair& key()
{
    static const signing::KeyPair k = signing::generate();
    return k;
}

void BM_ExportDay(benchmark::State& state)
{
    Template& t = dayTemplate();
    std::map<QString, double> stepMs;
    qint64 bytes = 0;
    int records = 0;
    int runs = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir work;
        const QString copy = work.filePath(QStringLiteral("site.sqlite"));
        if (!QFile::copy(t.path, copy))
            qFatal("copy failed");
        QDir(work.path()).mkdir(QStringLiteral("out"));
        OpenOptions options;
        options.path = copy;
        auto db = must(Database::open(options), "open copy");
        FakeClock clock(kDay.addSecs(11 * 3600));
        Exporter exporter(*db, clock);
        QElapsedTimer timer;
        QString lastStep;
        qint64 lastAt = 0;
        state.ResumeTiming();

        timer.start();
        auto receipt = exporter.run({work.filePath(QStringLiteral("out")),
                                     t.staffId,
                                     key().secretKey,
                                     {},
                                     [&](int, const QString& step) {
                                         const qint64 now = timer.nsecsElapsed();
                                         if (!lastStep.isEmpty())
                                             stepMs[lastStep] += (now - lastAt) / 1e6;
                                         lastStep = step;
                                         lastAt = now;
                                     }});
        if (!receipt)
            qFatal("export failed: %s", qPrintable(receipt.error().message));
        benchmark::DoNotOptimize(receipt->batch.sha256);
        bytes = receipt->batch.bytes;
        records = receipt->records;
        ++runs;
        state.PauseTiming();
        db.reset();
        state.ResumeTiming();
    }
    state.counters["doses"] = t.doses;
    state.counters["records"] = records;
    state.counters["zip_kB"] = static_cast<double>(bytes) / 1024.0;
    for (const auto& [step, ms] : stepMs)
        state.counters["ms_" + step.toStdString()] = ms / runs;
}
BENCHMARK(BM_ExportDay)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_VerifyDay(benchmark::State& state)
{
    Template& t = dayTemplate();
    QTemporaryDir work;
    const QString copy = work.filePath(QStringLiteral("site.sqlite"));
    if (!QFile::copy(t.path, copy))
        qFatal("copy failed");
    OpenOptions options;
    options.path = copy;
    auto db = must(Database::open(options), "open copy");
    FakeClock clock(kDay.addSecs(11 * 3600));
    Exporter exporter(*db, clock);
    auto receipt = exporter.run({work.path(), t.staffId, key().secretKey, {}, {}});
    if (!receipt)
        qFatal("export failed: %s", qPrintable(receipt.error().message));
    for (auto _ : state) {
        auto v = bundle::verify(receipt->batch.path, key().publicKey);
        if (!v)
            qFatal("verify failed: %s", qPrintable(v.error().message));
        benchmark::DoNotOptimize(v->sha256);
    }
    state.counters["doses"] = t.doses;
}
BENCHMARK(BM_VerifyDay)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
