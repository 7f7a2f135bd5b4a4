// The injection desk against DESIGN.md §8: full checklist evaluation < 1 ms; administer
// (checklist + writes, synchronous=FULL) median < 10 ms.
//
// The database is a temporary site with VAX_BENCH_PERSONS persons (default 5,000), each with
// an earlier visit and dose 1 of BBIBP-CorV 30 days ago (so every administration is dose 2,
// with a real history and a lot with thousands of movements). populate() is the seam for the
// 1,000,000-person generator (vaxctl demo seed): when it lands, call it there instead — or set
// VAX_BENCH_DB to a copy of a database it produced (it must hold the demo staff "demo" and an
// available BBIBP-CorV lot) and the benchmark works on that file.
#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <memory>

#include "checkin/screening.h"
#include "coldchain/fridges.h"
#include "common/clock.h"
#include "common/dbformat.h"
#include "common/ids.h"
#include "desk/administrationservice.h"
#include "security/staff.h"
#include "site/site.h"
#include "stock/lotservice.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/administerrequest.h"
#include "support/benchdb.h"
#include "support/checklistinput.h"

using namespace vax;

namespace {
const QTimeZone kZone(8 * 3600);
const QDateTime kStart(QDate(2021, 6, 1), QTime(9, 0), kZone);

void check(bool ok, const char* what)
{
    if (!ok)
        qFatal("bench_desk setup failed: %s", what);
}

template <typename T>
T must(Result<T> r, const char* what)
{
    if (!r)
        qFatal("bench_desk setup failed: %s: %s", what, qPrintable(r.error().message));
    return std::move(*r);
}

void must(Status s, const char* what)
{
    if (!s)
        qFatal("bench_desk setup failed: %s: %s", what, qPrintable(s.error().message));
}

struct BenchSite {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    FakeClock clock{kStart};
    QString staffId;
    QString lotId;
    QString screeningJson;
    std::vector<QString> persons;
    size_t nextPerson = 0;
    int nextQueueNumber = 0;
    std::vector<QString> ready;  // today's visits waiting for a dose
};

QString clearScreening()
{
    const Questionnaire& q = Questionnaire::builtIn();
    ScreeningAnswers answers;
    for (const ScreeningQuestion& question : q.questions())
        answers.insert(question.id, false);
    const ScreeningResult r = must(evaluateScreening(q, answers, 36.5), "screening");
    return QString::fromUtf8(
        QJsonDocument(r.toJson(q.version(), 36.5, answers)).toJson(QJsonDocument::Compact));
}

Status insertVisit(BenchSite& s, const QString& visitId, const QString& personId, const QDate& day,
                   int number, const QString& state)
{
    const QString at = toDbTime(QDateTime(day, QTime(8, 0), kZone));
    auto v = s.db->exec(
        QStringLiteral("INSERT INTO visit(id, person_id, visit_date, queue_number, state, "
                       "temperature_c, screening_version, screening, screening_outcome, "
                       "checked_in_at, checked_in_by) VALUES (?, ?, ?, ?, ?, 36.5, "
                       "'2021-03-cn-covid19', ?, 'clear', ?, ?)"),
        {visitId, personId, day.toString(Qt::ISODate), number, state, s.screeningJson, at,
         s.staffId});
    if (!v)
        return v.error();
    auto c = s.db->exec(QStringLiteral("INSERT INTO consent(id, visit_id, text_version, "
                                       "signed_at, signer, recorded_by) VALUES (?, ?, 'v1', ?, "
                                       "'self', ?)"),
                        {newId(), visitId, at, s.staffId});
    if (!c)
        return c.error();
    return {};
}

// The population: `persons` adults, each with dose 1 of the lot 30 days ago.
void populate(BenchSite& s, int persons)
{
    auto tx = must(WriteTransaction::begin(*s.db), "begin");
    const QDate earlier = kStart.date().addDays(-30);
    const QString at = toDbTime(QDateTime(earlier, QTime(10, 0), kZone));
    for (int i = 0; i < persons; ++i) {
        const QString person = newId();
        const QDate birth = QDate(1940, 1, 1).addDays((i * 7919) % (60 * 365));
        must(s.db->exec(QStringLiteral("INSERT INTO person(id, name, sex, birth_date, "
                                       "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)"),
                        {person, QStringLiteral("测试者%1").arg(i),
                         i % 2 ? QStringLiteral("male") : QStringLiteral("female"),
                         birth.toString(Qt::ISODate), at, s.staffId}),
             "person");
        const QString visit = newId();
        must(insertVisit(s, visit, person, earlier, i + 1, QStringLiteral("vaccinated")), "visit");
        const QString movement = newId();
        must(s.db->exec(QStringLiteral("INSERT INTO stock_movement(id, lot_id, fridge_id, kind, "
                                       "doses, at, actor) SELECT ?, id, fridge_id, "
                                       "'administered', -1, ?, ? FROM lot WHERE id = ?"),
                        {movement, at, s.staffId, s.lotId}),
             "movement");
        must(s.db->exec(QStringLiteral("INSERT INTO dose(id, visit_id, person_id, product_code, "
                                       "lot_id, dose_number, site, route, amount_ml, "
                                       "administered_at, desk, staff_id, checklist, movement_id) "
                                       "VALUES (?, ?, ?, 'BBIBP-CorV', ?, 1, 'LD', 'IM', 0.5, ?, "
                                       "'1', ?, '{}', ?)"),
                        {newId(), visit, person, s.lotId, at, s.staffId, movement}),
             "dose");
        s.persons.push_back(person);
    }
    must(tx.commit(), "commit");
}

// Checks in `n` more of the population today (untimed).
void checkInMore(BenchSite& s, int n)
{
    auto tx = must(WriteTransaction::begin(*s.db), "begin");
    for (int i = 0; i < n && s.nextPerson < s.persons.size(); ++i) {
        const QString visit = newId();
        must(insertVisit(s, visit, s.persons[s.nextPerson++], kStart.date(), ++s.nextQueueNumber,
                         QStringLiteral("called")),
             "visit today");
        s.ready.push_back(visit);
    }
    must(tx.commit(), "commit");
    check(!s.ready.empty(), "the population is used up; raise VAX_BENCH_PERSONS");
}

BenchSite& site()
{
    static std::unique_ptr<BenchSite> s = [] {
        auto b = std::make_unique<BenchSite>();
        check(b->dir.isValid(), "temp dir");
        const QString path = b->dir.filePath(QStringLiteral("bench.sqlite"));
        const QByteArray external = qgetenv("VAX_BENCH_DB");
        if (!external.isEmpty())
            check(QFile::copy(QString::fromLocal8Bit(external), path), "copy VAX_BENCH_DB");
        OpenOptions options;
        options.path = path;
        options.create = external.isEmpty();
        b->db = must(Database::open(options), "open");
        if (external.isEmpty()) {
            InitRequest req;
            req.code = QStringLiteral("BENCH-1");
            req.name = QStringLiteral("Bench site");
            req.district = QStringLiteral("Bench district");
            req.training = true;
            must(SiteService::init({*b->db, b->clock}, req), "init");
        }
        b->staffId = must(StaffRepository::findByUsername(*b->db, QStringLiteral("demo")), "staff")
                         .value()
                         .member.id;
        b->screeningJson = clearScreening();
        {
            const Fridge fridge =
                must(FridgeRepository::add(*b->db, b->clock, QStringLiteral("Bench fridge"), {},
                                           b->staffId),
                     "fridge");
            LotReceipt r;
            r.productCode = QStringLiteral("BBIBP-CorV");
            r.lotNumber = QStringLiteral("BENCH-B1");
            r.expiry = QDate(2022, 12, 31);
            r.doses = 2'000'000;
            r.fridgeId = fridge.id;
            b->lotId = must(LotService::receive({*b->db, b->clock, b->staffId}, r), "lot").lot.id;
        }
        if (external.isEmpty()) {
            const int persons = qEnvironmentVariableIntValue("VAX_BENCH_PERSONS");
            populate(*b, persons > 0 ? persons : 5000);
        } else {
            auto p = must(b->db->exec(QStringLiteral("SELECT id FROM person WHERE id NOT IN "
                                                     "(SELECT person_id FROM dose) AND "
                                                     "birth_date BETWEEN ? AND ? LIMIT 100000"),
                                      {kStart.date().addYears(-59).toString(Qt::ISODate),
                                       kStart.date().addYears(-19).toString(Qt::ISODate)}),
                          "persons");
            while (p.next())
                b->persons.push_back(p.value(0).toString());
        }
        return b;
    }();
    return *s;
}

ChecklistInput pureInput()
{
    ChecklistInput in = test::passingChecklistInput(kStart, kZone);
    in.history = {
        {QStringLiteral("d1"), QStringLiteral("BBIBP-CorV"), 1, kStart.date().addDays(-30), true},
        {QStringLiteral("d0"), QStringLiteral("HepB-10"), 3, QDate(2000, 1, 1), true}};
    in.traceCode = TraceCodeFacts{QStringLiteral("81234567890123456789"), true,
                                  QStringLiteral("lot-1"), false};
    return in;
}

void reportPercentiles(benchmark::State& state, std::vector<double>& ms)
{
    if (ms.empty())
        return;
    std::sort(ms.begin(), ms.end());
    state.counters["median_ms"] = ms[ms.size() / 2];
    state.counters["p95_ms"] = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
}

void BM_ChecklistEvaluate(benchmark::State& state)
{
    const ChecklistInput in = pureInput();
    for (auto _ : state) {
        ChecklistResult r = evaluateChecklist(in);
        benchmark::DoNotOptimize(r);
        check(r.canAdminister(), "pure checklist passes");
    }
}
BENCHMARK(BM_ChecklistEvaluate)->Unit(benchmark::kMicrosecond);

// What the desk screen does on each scan: load the visit, person, history and lot, evaluate.
void BM_DeskLoadContextAndEvaluate(benchmark::State& state)
{
    BenchSite& s = site();
    if (s.ready.empty())
        checkInMore(s, 1);
    AdministrationService administration({*s.db, s.clock});
    const DeskScan scan{s.ready.back(), s.lotId, QString(), QString()};
    for (auto _ : state) {
        auto ctx = administration.loadContext(scan);
        check(ctx.ok(), "load context");
        ChecklistResult r = administration.evaluate(*ctx, test::allConfirmed());
        check(r.canAdminister(), "checklist passes");
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_DeskLoadContextAndEvaluate)->Unit(benchmark::kMillisecond)->UseRealTime();

// One dose: checklist re-run under the write lock, stock, dose, visit, observation, audit,
// COMMIT with synchronous=FULL.
void BM_Administer(benchmark::State& state)
{
    BenchSite& s = site();
    AdministrationService administration({*s.db, s.clock});
    std::vector<double> ms;
    for (auto _ : state) {
        if (s.ready.empty()) {
            state.PauseTiming();
            checkInMore(s, 200);
            state.ResumeTiming();
        }
        AdministerRequest r;
        r.scan = {s.ready.back(), s.lotId, QString(), QString()};
        r.choices = test::allConfirmed();
        r.desk = QStringLiteral("1");
        r.staffId = s.staffId;
        s.ready.pop_back();
        QElapsedTimer t;
        t.start();
        auto given = administration.administer(r);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!given)
            qFatal("administer failed: %s", qPrintable(given.error().message));
        s.clock.advance(1000);
    }
    reportPercentiles(state, ms);
    state.counters["persons"] = double(s.persons.size());
}
// VAX_BENCH_ITERATIONS=N gives exactly N administrations, so two runs (before and after a
// change) time the same work; without it Google Benchmark chooses.
void iterationsFromEnvironment(benchmark::internal::Benchmark* b)
{
    const int n = qEnvironmentVariableIntValue("VAX_BENCH_ITERATIONS");
    if (n > 0)
        b->Iterations(n);
}
BENCHMARK(BM_Administer)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Apply(iterationsFromEnvironment);
}  // namespace

int main(int argc, char** argv)
{
    return vax::bench::runBenchmarks(argc, argv);
}
