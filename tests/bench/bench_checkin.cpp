// Check-in on a site database after a long campaign (DESIGN.md §8): register + screen + consent +
// queue in one transaction, and the desk's person lookups. Every iteration's latency is recorded;
// the counters p50_ms / p99_ms / max_ms are computed from them.
#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QTimeZone>

#include <algorithm>
#include <set>
#include <vector>

#include "bench/support/percentiles.h"
#include "checkin/checkinservice.h"
#include "checkin/person.h"
#include "demo/generator.h"
#include "support/benchdb.h"

using namespace vax;

namespace {

struct Sample {
    QString personId;
    QString name;
    QDate birthDate;
    QString phone;
    DocumentInput document;
};

struct Fixture {
    std::unique_ptr<bench::BenchDb> bench;
    std::vector<Sample> samples;
    std::unique_ptr<demo::PeopleFactory> fresh;
    size_t nextExisting = 0;
};

Fixture& fixture()
{
    static Fixture f = [] {
        Fixture x;
        bench::BenchDbSpec spec;
        spec.people = bench::benchPeople();
        x.bench = bench::BenchDb::open(spec);
        Database& db = x.bench->db();
        // Persons spread over the whole table, each once.
        auto range = db.exec(QStringLiteral("SELECT min(seq), max(seq) FROM person"));
        if (!range || !range->next())
            std::abort();
        const qint64 lo = range->value(0).toLongLong();
        const qint64 hi = range->value(1).toLongLong();
        demo::Rng rng(99);
        std::set<qint64> seqs;
        const qint64 want = std::min<qint64>(20000, (hi - lo + 1) * 9 / 10);
        while (static_cast<qint64>(seqs.size()) < want)
            seqs.insert(lo + static_cast<qint64>(rng.below(static_cast<quint64>(hi - lo + 1))));
        std::vector<qint64> order(seqs.begin(), seqs.end());
        for (size_t i = order.size(); i > 1; --i)  // shuffle: no cache-friendly order
            std::swap(order[i - 1], order[rng.below(i)]);
        for (qint64 seq : order) {
            auto q = db.exec(QStringLiteral("SELECT p.id, p.name, p.birth_date, p.phone, d.type, "
                                            "d.number, d.country FROM person p JOIN "
                                            "identity_document d ON d.person_id = p.id WHERE "
                                            "p.seq = ?"),
                             {seq});
            if (!q || !q->next())
                continue;
            Sample s;
            s.personId = q->value(0).toString();
            s.name = q->value(1).toString();
            s.birthDate = QDate::fromString(q->value(2).toString(), Qt::ISODate);
            s.phone = q->value(3).toString();
            s.document.type = documentTypeFromName(q->value(4).toString());
            s.document.number = q->value(5).toString();
            s.document.country = q->value(6).toString();
            if (s.document.type != DocumentType::ResidentId &&
                s.document.type != DocumentType::ResidencePermit)
                s.document.birthDate = s.birthDate;
            x.samples.push_back(s);
        }
        // New people must be new: the factory skips every registered document.
        x.fresh = std::make_unique<demo::PeopleFactory>(
            0xF00D, bench::benchNow().toTimeZone(QTimeZone(8 * 3600)).date());
        auto docs = db.exec(QStringLiteral("SELECT type, match_key FROM identity_document"));
        if (!docs)
            std::abort();
        while (docs->next())
            x.fresh->markTaken(*documentTypeFromName(docs->value(0).toString()),
                               docs->value(1).toString());
        return x;
    }();
    return f;
}

// The latency percentiles, and how many people the database holds.
void percentiles(benchmark::State& state, std::vector<double>& ms)
{
    if (ms.empty())
        return;
    bench::percentiles(state, ms);
    state.counters["people"] = static_cast<double>(fixture().bench->spec().people);
}

// Times one call; returns milliseconds.
template <typename F>
double timed(benchmark::State& state, F&& f)
{
    QElapsedTimer t;
    t.start();
    f();
    const double ns = static_cast<double>(t.nsecsElapsed());
    state.SetIterationTime(ns / 1e9);
    return ns / 1e6;
}

CheckInRequest baseRequest(const Fixture& f, const QDate& birthDate)
{
    CheckInRequest r;
    r.staffId = f.bench->staffId();
    for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
        r.answers.insert(q.id, false);
    r.temperatureC = 36.6;
    r.consent.textVersion = QString::fromLatin1(vax::kConsentTextVersion);
    if (ageInWholeYears(birthDate, bench::benchNow().date()) < 18) {
        r.consent.signer = ConsentSigner::Guardian;
        r.consent.guardianName = QStringLiteral("王芳");
        r.consent.guardianRelation = QStringLiteral("mother");
    }
    return r;
}

void BM_CheckInNewPerson(benchmark::State& state)
{
    Fixture& f = fixture();
    CheckInService service({f.bench->db(), f.bench->clock()});
    std::vector<double> ms;
    int duplicates = 0;
    for (auto _ : state) {
        const demo::FakePerson p = f.fresh->next();
        CheckInRequest r = baseRequest(f, p.birthDate);
        r.draft.name = p.name;
        r.draft.document = p.document;
        r.draft.phone = p.phone;
        Result<CheckInReceipt> receipt = CheckInReceipt{};
        ms.push_back(timed(state, [&] { receipt = service.checkIn(r); }));
        if (!receipt && receipt.error().code == ErrorCode::PersonDuplicate) {
            // Same name and birth date as someone registered: the nurse confirms a new person.
            ++duplicates;
            r.duplicate.kind = DuplicateResolution::ConfirmNewPerson;
            ms.back() += timed(state, [&] { receipt = service.checkIn(r); });
        }
        if (!receipt || !receipt->personCreated) {
            state.SkipWithError(receipt ? "person not created"
                                        : qPrintable(receipt.error().message));
            break;
        }
    }
    percentiles(state, ms);
    state.counters["duplicate_warnings"] = duplicates;
}

void BM_CheckInExistingByDocument(benchmark::State& state)
{
    Fixture& f = fixture();
    CheckInService service({f.bench->db(), f.bench->clock()});
    std::vector<double> ms;
    for (auto _ : state) {
        if (f.nextExisting >= f.samples.size()) {  // everyone sampled came today: next day
            f.bench->clock().advance(24LL * 3600 * 1000);
            f.nextExisting = 0;
        }
        const Sample& s = f.samples[f.nextExisting++];
        CheckInRequest r = baseRequest(f, s.birthDate);
        r.draft.name = s.name;
        r.draft.document = s.document;
        Result<CheckInReceipt> receipt = CheckInReceipt{};
        ms.push_back(timed(state, [&] { receipt = service.checkIn(r); }));
        if (!receipt || receipt->personCreated || receipt->personId != s.personId) {
            state.SkipWithError(receipt ? "wrong person" : qPrintable(receipt.error().message));
            break;
        }
    }
    percentiles(state, ms);
}

// A lookup over the samples: `select` gives the argument, `run` returns how many were found.
template <typename Select, typename Run>
void lookup(benchmark::State& state, Select select, Run run)
{
    Fixture& f = fixture();
    std::vector<QString> args;
    for (const Sample& s : f.samples) {
        const QString a = select(s);
        if (!a.isEmpty())
            args.push_back(a);
    }
    if (args.empty()) {
        state.SkipWithError("no samples");
        return;
    }
    std::vector<double> ms;
    size_t i = 0;
    qint64 found = 0;
    for (auto _ : state) {
        const QString& a = args[i++ % args.size()];
        qint64 n = 0;
        ms.push_back(timed(state, [&] { n = run(f.bench->db(), a); }));
        if (n <= 0) {
            state.SkipWithError(qPrintable(QStringLiteral("nothing found for %1").arg(a)));
            break;
        }
        found += n;
    }
    percentiles(state, ms);
    state.counters["rows"] =
        benchmark::Counter(static_cast<double>(found), benchmark::Counter::kAvgIterations);
}

bool chinese(const QString& name)
{
    return !name.isEmpty() && name.at(0).unicode() >= 0x3400;
}

qint64 byName(Database& db, const QString& fragment)
{
    auto r = PersonRepository::byName(db, fragment);
    return r ? static_cast<qint64>(r->size()) : -1;
}

void BM_FindByIdNumber(benchmark::State& state)
{
    // What the desk does with a scan: check the number, then look it up.
    const QDate today = bench::benchNow().date();
    lookup(
        state,
        [](const Sample& s) {
            return s.document.type == DocumentType::ResidentId ? s.document.number : QString();
        },
        [today](Database& db, const QString& number) -> qint64 {
            DocumentInput in;
            in.number = number;
            auto doc = checkDocument(in, today);
            if (!doc)
                return -1;
            auto p = PersonRepository::byDocument(db, doc->type, doc->matchKey);
            return p && *p ? 1 : 0;
        });
}

void BM_FindByName3(benchmark::State& state)
{
    lookup(
        state,
        [](const Sample& s) {
            return chinese(s.name) && s.name.size() >= 3 ? s.name.left(3) : QString();
        },
        byName);
}

void BM_FindByName2(benchmark::State& state)
{
    lookup(
        state,
        [](const Sample& s) { return chinese(s.name) && s.name.size() == 2 ? s.name : QString(); },
        byName);
}

void BM_FindByGivenName2(benchmark::State& state)
{
    // The two given-name characters of a 3-character name: no prefix to lean on.
    lookup(
        state,
        [](const Sample& s) {
            return chinese(s.name) && s.name.size() == 3 ? s.name.right(2) : QString();
        },
        byName);
}

void BM_FindByName1(benchmark::State& state)
{
    lookup(
        state, [](const Sample& s) { return chinese(s.name) ? s.name.left(1) : QString(); },
        byName);
}

void BM_FindByPhone(benchmark::State& state)
{
    lookup(
        state, [](const Sample& s) { return s.phone; },
        [](Database& db, const QString& phone) -> qint64 {
            auto r = PersonRepository::byPhone(db, phone);
            return r ? static_cast<qint64>(r->size()) : -1;
        });
}

void BM_GenerationInfo(benchmark::State& state)
{
    Fixture& f = fixture();
    for (auto _ : state)
        benchmark::DoNotOptimize(f.samples.size());
    state.counters["gen_seconds"] = f.bench->generationSeconds();
    state.counters["db_mib"] = static_cast<double>(f.bench->templateBytes()) / (1024.0 * 1024.0);
    state.counters["visits"] = static_cast<double>(f.bench->visits());
    state.counters["people"] = static_cast<double>(f.bench->spec().people);
}

}  // namespace

int main(int argc, char** argv)
{
    const auto writes = bench::benchIterations(2000);
    const auto reads = bench::benchIterations(5000);
    benchmark::RegisterBenchmark("GenerationInfo", BM_GenerationInfo)->Iterations(1);
    benchmark::RegisterBenchmark("CheckIn/NewPerson", BM_CheckInNewPerson)
        ->UseManualTime()
        ->Iterations(writes)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("CheckIn/ExistingByDocument", BM_CheckInExistingByDocument)
        ->UseManualTime()
        ->Iterations(writes)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("Find/IdNumber", BM_FindByIdNumber)
        ->UseManualTime()
        ->Iterations(reads)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("Find/Phone", BM_FindByPhone)
        ->UseManualTime()
        ->Iterations(reads)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("Find/Name3", BM_FindByName3)
        ->UseManualTime()
        ->Iterations(reads)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("Find/GivenName2", BM_FindByGivenName2)
        ->UseManualTime()
        ->Iterations(reads / 10)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("Find/Name2", BM_FindByName2)
        ->UseManualTime()
        ->Iterations(reads / 10)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("Find/Name1", BM_FindByName1)
        ->UseManualTime()
        ->Iterations(reads / 10)
        ->Unit(benchmark::kMillisecond);
    return bench::runBenchmarks(argc, argv);
}
