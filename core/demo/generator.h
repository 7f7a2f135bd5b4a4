#pragma once

#include <QDate>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <array>
#include <functional>
#include <unordered_set>
#include <vector>

#include "common/result.h"
#include "identity/document.h"

namespace vax {

class Clock;
class Database;

namespace demo {

// Deterministic random numbers (xoshiro256** seeded through splitmix64): the same sequence on
// every platform and compiler, unlike the std:: distributions.
class Rng {
public:
    explicit Rng(quint64 seed);
    quint64 next();
    // Uniform in [0, n); n > 0.
    quint64 below(quint64 n);
    // Uniform in [lo, hi].
    int between(int lo, int hi);
    // True with probability p.
    bool chance(double p);
    double unit();  // [0, 1)

private:
    std::array<quint64, 4> m_s{};
};

// One synthetic person as the desk would see them: the name, and what a scanner would send.
struct FakePerson {
    QString name;
    Sex sex = Sex::Male;
    QDate birthDate;
    DocumentInput document;  // type, number (and country, birth date, sex where needed)
    QString phone;           // may be empty
};

// Realistic people for demos and benchmarks: Chinese names drawn from common surnames and
// given-name characters with their rough frequencies (3-character names most common, then
// 2-character ones, a few compound surnames), birth dates for ages 3–90 following the
// population's shape, valid 18-digit resident IDs with real county codes, the sex digit and the
// MOD 11-2 check character, a small share of passports, Home Return Permits and residence
// permits, and mobile numbers with real prefixes. Deterministic: the same seed and `today` give
// the same people. Every document is unique within one factory (and against keys marked taken).
class PeopleFactory {
public:
    PeopleFactory(quint64 seed, QDate today);
    FakePerson next();
    // A document already registered: the factory will not produce it.
    void markTaken(DocumentType type, const QString& matchKey);
    // A Chinese name for a person of this sex (also used for guardians).
    QString chineseName(Sex sex, bool olderGeneration);
    Rng& rng() { return m_rng; }

private:
    QDate birthDateForAge(int age);
    QString residentNumber(const QDate& birth, Sex sex, bool permit);
    QString phone();
    bool take(DocumentType type, const QString& matchKey);

    Rng m_rng;
    QDate m_today;
    std::unordered_set<qint64> m_takenIds;  // first 17 digits of resident IDs and permits
    QSet<QString> m_takenOther;             // "type:match_key" of the other documents
    std::vector<QString> m_recentPhones;    // families share a phone
};

// What the generator writes changes with this number (2: doses, stock and fridge readings), so a
// cached benchmark database made by an older generator is made again.
inline constexpr int kSeedFormat = 2;

struct SeedOptions {
    qint64 people = 1000;
    // Past visits (check-ins) over the last `days` days of the site (its time zone) before
    // today; 0: persons only.
    int days = 0;
    quint64 seed = 1;
    // The staff member recorded as creator; empty: the site's first staff member.
    QString staffId;
    // Persons per write transaction.
    int chunk = 250000;
    // Called after each committed chunk with the persons written so far.
    std::function<void(qint64)> progress;
};

struct SeedReport {
    qint64 persons = 0;
    qint64 documents = 0;
    qint64 visits = 0;
    qint64 doses = 0;
    qint64 lots = 0;         // lots received
    qint64 movements = 0;    // stock movements: receipts, doses, waste
    qint64 vials = 0;        // multi-dose vials opened
    qint64 dosesWasted = 0;  // left in open vials, or in lots that expired
    qint64 readings = 0;     // fridge temperature readings
    qint64 fridges = 0;
    qint64 firstPersonSeq = 0;
    qint64 lastPersonSeq = 0;
    QDate firstVisitDate;  // invalid when no visits were written
    QDate lastVisitDate;
    double seconds = 0.0;
};

// Writes `people` synthetic persons with their identity document and, over `days` past days,
// their visits (screening, consent, queue numbers; state vaccinated or a few cancelled) straight
// through prepared bulk inserts, in transactions of `chunk` persons. Every vaccinated visit gets
// the dose a desk would record: a COVID-19 product chosen by age from the catalog, the series
// continued on later visits no earlier than the catalog's intervals, a lot on hand and not
// expired that day (DemoStock: deliveries, open vials, waste), the checklist as evaluated — each
// dose is checked by the desk's own evaluateChecklist() at its time, and a dose that does not
// pass aborts the seeding as a generator bug — its stock movement and its observation (departed).
// The site's fridges get their manual and logger readings for every day of the window. Keeps
// what the services keep: the FTS name index (its triggers), unique documents, change_seq (the
// change log's triggers), per-day queue counters, stock_balance (its triggers), and one
// "demo.seed" audit row per transaction (not one per person: the chain stays valid and says
// which rows are synthetic). Training databases only: a production database is refused and left
// untouched.
Result<SeedReport> seedPeople(Database& db, const Clock& clock, const SeedOptions& options);

}  // namespace demo
}  // namespace vax
