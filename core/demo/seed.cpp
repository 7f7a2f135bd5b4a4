// vaxctl demo seed: persons, visits, doses, stock and fridge readings of a synthetic campaign.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "catalog/catalog.h"
#include "checkin/consent.h"
#include "checkin/screening.h"
#include "coldchain/excursiondetector.h"
#include "coldchain/fridges.h"
#include "common/age.h"
#include "common/clock.h"
#include "common/dbformat.h"
#include "demo/bulk.h"
#include "demo/doseplan.h"
#include "demo/fridgereadings.h"
#include "demo/generator.h"
#include "demo/sitestock.h"
#include "desk/deskpolicy.h"
#include "security/roles.h"
#include "site/site.h"
#include "stock/openvial.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax::demo {

namespace {
struct DemoText {
    Q_DECLARE_TR_FUNCTIONS(DemoSeed)
};

Result<qint64> scalarInt(Database& db, const QString& sql)
{
    VAX_TRY_VALUE(auto q, db.exec(sql));
    return q.scalar().toLongLong();
}

// Restores the page cache size when seeding ends, however it ends.
class CacheSize {
public:
    explicit CacheSize(Database& db) : m_db(db)
    {
        auto q = db.exec(QStringLiteral("PRAGMA cache_size"));
        if (q)
            m_old = q->scalar().toLongLong();
        static_cast<void>(db.exec(QStringLiteral("PRAGMA cache_size = -1048576")));  // 1 GiB
    }
    ~CacheSize()
    {
        static_cast<void>(m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_old)));
    }

private:
    Database& m_db;
    qint64 m_old = -2000;
};

// What screening stored for one temperature and answer set, computed by the real rule code.
struct StoredScreening {
    QString json;
    QJsonObject object;
    ScreeningOutcome outcome = ScreeningOutcome::Clear;
    QStringList reasons;
};

// One visit of a person's plan: the day (index in the window) and, when a dose is given, the
// product and the dose number the series is at.
struct PlannedVisit {
    int day = 0;
    bool cancelled = false;
    bool review = false;  // screening asks a doctor; the doctor allows the dose
    const Product* product = nullptr;
    int doseNumber = 0;
};

// The site's fridges get a day's readings each: manual (am, pm) and a logger's. Checked with the
// cold-chain rules: a reading that would open an excursion is a generator bug.
Result<qint64> writeReadings(Database& db, Rng& rng, const std::vector<Fridge>& fridges,
                             const QDate& firstDay, int days, const QTimeZone& zone,
                             const QString& actor)
{
    BulkInsert insert(db, QStringLiteral("INSERT INTO temperature_reading(id, fridge_id, at, "
                                         "celsius, source, session, import_id, actor) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString manual = QStringLiteral("manual");
    const QString logger = QStringLiteral("logger");
    qint64 written = 0;
    for (const Fridge& fridge : fridges) {
        // Days that already have readings (an earlier seeding) keep them.
        QSet<QDate> recorded;
        VAX_TRY_VALUE(
            auto q, db.exec(QStringLiteral("SELECT at FROM temperature_reading WHERE fridge_id = ? "
                                           "AND at >= ?"),
                            {fridge.id, toDbTime(QDateTime(firstDay, QTime(0, 0), zone))}));
        while (q.next())
            recorded.insert(fromDbTime(q.value(0).toString()).toTimeZone(zone).date());
        const QString importId = randomUuid(rng);  // the logger's download
        double level = (fridge.thresholds.minC + fridge.thresholds.maxC) / 2.0;
        std::vector<TemperatureReading> manualReadings;
        std::vector<TemperatureReading> loggerReadings;
        for (int d = 0; d < days; ++d) {
            if (recorded.contains(firstDay.addDays(d)))
                continue;
            for (const DemoReading& r :
                 fridgeDay(rng, firstDay.addDays(d), zone, fridge.thresholds, level)) {
                VAX_TRY(insert.run(
                    {randomUuid(rng), fridge.id, toDbTime(r.reading.at), r.reading.celsius,
                     r.manual ? manual : logger, r.manual ? r.session : QStringLiteral(""),
                     r.manual ? QVariant(QMetaType::fromType<QString>()) : importId, actor}));
                (r.manual ? manualReadings : loggerReadings).push_back(r.reading);
                ++written;
            }
        }
        if (!ExcursionDetector::fromManualReadings(manualReadings, fridge.thresholds).empty() ||
            !ExcursionDetector::fromLoggerReadings(loggerReadings, fridge.thresholds).empty())
            return makeError(
                ErrorCode::Internal,
                QStringLiteral("demo generator made an excursion in fridge %1").arg(fridge.name));
    }
    return written;
}
}  // namespace

Result<SeedReport> seedPeople(Database& db, const Clock& clock, const SeedOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    VAX_TRY_VALUE(auto site, SiteService::load(db));
    if (!site.training)
        return makeError(ErrorCode::DemoTrainingOnly,
                         DemoText::tr("Demo data goes into training databases only; %1 is the "
                                      "production database of site %2 and was not changed. Use "
                                      "a training database (vaxctl init --training).")
                             .arg(db.path(), site.code),
                         QStringLiteral("db"));
    if (options.people < 0 || options.days < 0 || options.chunk <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         DemoText::tr("Demo data: the number of people and of days must be zero "
                                      "or more."),
                         QStringLiteral("people"));

    QString staffId = options.staffId;
    if (staffId.isEmpty()) {
        VAX_TRY_VALUE(
            auto q,
            db.exec(QStringLiteral("SELECT id FROM staff ORDER BY created_at, id LIMIT 1")));
        staffId = q.scalar().toString();
        if (staffId.isEmpty())
            return makeError(ErrorCode::NotFound,
                             DemoText::tr("Demo data: the site has no staff member to record as "
                                          "creator. Initialise the site first."),
                             QStringLiteral("staff"));
    }
    // A visit whose screening asks for a doctor gets its dose only when the staff member
    // recorded is a doctor (who allows it, as at a real desk); otherwise it is cancelled.
    bool doctor = false;
    {
        VAX_TRY_VALUE(auto q,
                      db.exec(QStringLiteral("SELECT roles FROM staff WHERE id = ?"), {staffId}));
        doctor = q.next() &&
                 rolesFromNames(q.value(0).toString()).value_or(Roles()).testFlag(Role::Doctor);
    }
    auto policy = DeskPolicy::load(db);
    if (!policy)
        return policy.error();
    auto sessionEnd = VialService::sessionEnd(db);
    if (!sessionEnd)
        return sessionEnd.error();

    const SiteCalendar calendar = siteCalendar(db, clock);
    const QTimeZone& zone = calendar.zone();
    const QDateTime now = calendar.now();
    const QDate today = calendar.dateOf(now);
    const QDate firstDay = today.addDays(-options.days);
    PeopleFactory people(options.seed, today);

    // The fridges whose readings and stock the window fills; a site without one gets one.
    std::vector<Fridge> fridges;
    if (options.days > 0) {
        VAX_TRY_VALUE(auto list, FridgeRepository::list(db));
        for (const Fridge& f : list)
            if (f.active)
                fridges.push_back(f);
        if (fridges.empty()) {
            VAX_TRY_VALUE(auto added, FridgeRepository::add(db, clock, DemoText::tr("Fridge 1"),
                                                            FridgeThresholds(), staffId));
            fridges.push_back(added);
        }
    }

    CacheSize cache(db);
    {
        VAX_TRY_VALUE(auto docs,
                      db.exec(QStringLiteral("SELECT type, match_key FROM identity_document")));
        while (docs.next()) {
            const auto type = documentTypeFromName(docs.value(0).toString());
            if (type)
                people.markTaken(*type, docs.value(1).toString());
        }
    }
    std::vector<int> lastNumber(static_cast<size_t>(options.days), 0);
    {
        VAX_TRY_VALUE(
            auto q,
            db.exec(QStringLiteral("SELECT visit_date, last_number FROM queue_counter WHERE "
                                   "visit_date >= ? AND visit_date < ?"),
                    {firstDay.toString(Qt::ISODate), today.toString(Qt::ISODate)}));
        while (q.next()) {
            const qint64 d = firstDay.daysTo(QDate::fromString(q.value(0).toString(), Qt::ISODate));
            if (d >= 0 && d < options.days)
                lastNumber[static_cast<size_t>(d)] = q.value(1).toInt();
        }
    }
    VAX_TRY_VALUE(
        auto personSeq,
        scalarInt(db, QStringLiteral(
                          "SELECT COALESCE(MAX(change_seq), 0) FROM person WHERE change_seq > 0")));
    // Ids and visits: a stream of their own, which also depends on what the database already
    // holds, so seeding twice with one seed gives new ids.
    const quint64 streamSeed = options.seed ^ 0x5EEDF00DCAFEULL ^
                               (static_cast<quint64>(personSeq) * 0x9E3779B97F4A7C15ULL);
    Rng rng(streamSeed);
    Rng stockRng(streamSeed ^ 0x570C4ULL);

    const Questionnaire& questionnaire = Questionnaire::builtIn();
    QHash<int, StoredScreening> screenings;
    auto screeningFor = [&](int tenths, bool review) -> Result<const StoredScreening*> {
        const int key = tenths * 2 + (review ? 1 : 0);
        auto it = screenings.constFind(key);
        if (it != screenings.cend())
            return &*it;
        ScreeningAnswers answers;
        for (const ScreeningQuestion& q : questionnaire.questions())
            answers.insert(q.id, review && q.outcome == ScreeningOutcome::DoctorReview);
        VAX_TRY_VALUE(auto r, evaluateScreening(questionnaire, answers, tenths / 10.0));
        StoredScreening s;
        s.object = r.toJson(questionnaire.version(), tenths / 10.0, answers);
        s.json = QString::fromUtf8(QJsonDocument(s.object).toJson(QJsonDocument::Compact));
        s.outcome = r.outcome;
        s.reasons = r.reasons;
        return &*screenings.insert(key, s);
    };

    // Visits a day when every person comes about twice: spreads the queue over 08:00–17:00.
    const double perDay =
        options.days > 0 ? 2.0 * static_cast<double>(options.people) / options.days : 1.0;
    const double spacingMs = 9.0 * 3600 * 1000 / std::max(perDay, 1.0);
    auto checkInTime = [&](int day, int number) {
        const QDateTime start(firstDay.addDays(day), QTime(8, 0), zone);
        // A day busier than planned keeps its check-ins within 08:00–19:00 (and so its doses
        // on the same day).
        const double offset = std::fmod(spacingMs * (number - 1), 11.0 * 3600 * 1000);
        return start.addMSecs(static_cast<qint64>(offset) + static_cast<qint64>(rng.below(20000)));
    };
    // One desk per ~450 people a day (DOMAIN.md §1), 1 to 20.
    const int desks = std::clamp(static_cast<int>(perDay / 450.0) + 1, 1, 20);

    const Catalog& catalog = Catalog::builtIn();
    const DosePlanner planner(catalog);
    // A delivery covers 2–6 days of the product's share of the doses.
    std::unique_ptr<DemoStock> stock;
    if (options.days > 0) {
        stock = std::make_unique<DemoStock>(
            db, stockRng, zone, fridges.front().id, staffId, *sessionEnd, [&](const Product& p) {
                const double share = p.vialDoses > 1 ? 0.08 : 0.3;
                const double days = 2 + static_cast<double>(stockRng.below(5));
                return std::clamp(static_cast<int>(perDay * 0.85 * share * days), 100, 20000);
            });
        VAX_TRY(stock->load());
    }

    BulkInsert person(db, QStringLiteral("INSERT INTO person(id, name, sex, birth_date, phone, "
                                         "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    BulkInsert document(db, QStringLiteral("INSERT INTO identity_document(id, person_id, type, "
                                           "number, match_key, country, created_at, "
                                           "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    BulkInsert visit(db, QStringLiteral("INSERT INTO visit(id, person_id, visit_date, "
                                        "queue_number, lane, state, temperature_c, "
                                        "screening_version, screening, screening_outcome, "
                                        "appointment_id, checked_in_at, checked_in_by, "
                                        "desk, called_at) VALUES "
                                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)"));
    BulkInsert consent(db,
                       QStringLiteral("INSERT INTO consent(id, visit_id, text_version, "
                                      "signed_at, signer, guardian_name, guardian_relation, "
                                      "recorded_by) VALUES (?, ?, '2021-03-cn-covid19-v1', ?, ?, "
                                      "?, ?, ?)"));
    BulkInsert counter(db, QStringLiteral("INSERT INTO queue_counter(visit_date, last_number) "
                                          "VALUES (?, ?) ON CONFLICT(visit_date) DO UPDATE SET "
                                          "last_number = max(last_number, excluded.last_number)"));
    BulkInsert dose(db, QStringLiteral("INSERT INTO dose(id, visit_id, person_id, product_code, "
                                       "lot_id, vial_id, dose_number, site, route, amount_ml, "
                                       "administered_at, desk, staff_id, checklist, "
                                       "override_reason, override_by, movement_id) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                       "?)"));
    BulkInsert observation(db, QStringLiteral("INSERT INTO observation(id, dose_id, visit_id, "
                                              "person_id, desk, started_at, ends_at, minutes, "
                                              "reason, state, departed_at, updated_by) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'departed', ?, "
                                              "?)"));

    const QString maleName = sexName(Sex::Male);
    const QString femaleName = sexName(Sex::Female);
    const QString empty = QStringLiteral("");
    const QVariant nullText(QMetaType::fromType<QString>());
    const QString reviewOverride = QStringLiteral("screening.doctor_review");
    const QString reviewReason =
        QStringLiteral("Doctor reviewed the screening answers and allowed the dose");
    QJsonArray confirmedJson;
    QSet<ChecklistItemKey> confirmed;
    for (ChecklistItemKey k : confirmableItems()) {
        confirmed.insert(k);
        confirmedJson.append(checklistItemName(k));
    }
    SeedReport report;
    report.fridges = static_cast<qint64>(fridges.size());
    qint64 done = 0;
    bool pending = options.days > 0;  // the readings need a transaction even without persons
    while (done < options.people || pending) {
        pending = false;
        const qint64 end = std::min(options.people, done + options.chunk);
        const bool last = end == options.people;
        VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
        const SeedReport before = report;
        const StockCounts stockBefore = stock ? stock->counts() : StockCounts();
        qint64 chunkFirstSeq = 0;
        qint64 chunkLastSeq = 0;
        std::vector<bool> touchedDays(static_cast<size_t>(options.days), false);
        for (qint64 i = done; i < end; ++i) {
            const FakePerson fake = people.next();
            auto doc = checkDocument(fake.document, today);
            if (!doc)
                return makeError(ErrorCode::Internal,
                                 QStringLiteral("demo generator made an invalid document %1: %2")
                                     .arg(fake.document.number, doc.error().message));
            // The visits of this person: the first on a day that moves through the window with
            // the person's number (so persons are created in time order), each later one for
            // the next dose of the series, no earlier than the catalog's intervals allow.
            std::vector<PlannedVisit> plan;
            if (options.days > 0) {
                int day = static_cast<int>(i * options.days / std::max<qint64>(options.people, 1));
                const double r = rng.unit();
                const int wanted = r < 0.2 ? 1 : r < 0.75 ? 2 : 3;
                const Product* series = nullptr;
                const Product* next = nullptr;
                std::vector<QDate> given;
                while (static_cast<int>(plan.size()) < wanted && day < options.days) {
                    const QDate date = firstDay.addDays(day);
                    if (!series) {
                        next = planner.chooseFirst(rng, fake.birthDate, date);
                        if (!next) {  // too young on that day: comes on the first day allowed
                            const QDate from = planner.firstEligibleDay(fake.birthDate);
                            if (!from.isValid() || from <= date)
                                break;
                            day = static_cast<int>(firstDay.daysTo(from));
                            continue;
                        }
                    }
                    PlannedVisit v;
                    v.day = day;
                    v.review = rng.chance(0.03);
                    v.cancelled = rng.chance(0.02) || (v.review && !doctor);
                    if (v.cancelled) {
                        plan.push_back(v);
                        day += rng.between(1, 14);
                        continue;
                    }
                    v.product = next;
                    v.doseNumber = static_cast<int>(given.size()) + 1;
                    plan.push_back(v);
                    given.push_back(date);
                    series = series ? series : next;
                    if (static_cast<int>(given.size()) >= series->seriesDoses)
                        break;
                    next =
                        planner.chooseNext(rng, *series, policy->checklist.interchangeWithinGroup);
                    if (!DosePlanner::ageAllows(*next, fake.birthDate, date))
                        next = series;
                    day =
                        static_cast<int>(firstDay.daysTo(DosePlanner::earliestNext(*next, given)) +
                                         rng.between(0, 21));
                }
            }
            std::vector<int> numbers;
            std::vector<QDateTime> times;
            for (const PlannedVisit& v : plan) {
                const int number = ++lastNumber[static_cast<size_t>(v.day)];
                touchedDays[static_cast<size_t>(v.day)] = true;
                numbers.push_back(number);
                times.push_back(checkInTime(v.day, number).toUTC());
            }
            const QDateTime createdAt =
                times.empty() ? now.addSecs(-(options.people - i)) : times.front();
            const QString createdText = createdAt.toString(Qt::ISODateWithMs);
            const QString personId = randomUuid(rng);
            const QString sex = fake.sex == Sex::Male ? maleName : femaleName;
            VAX_TRY(person.run({personId, fake.name, sex, fake.birthDate.toString(Qt::ISODate),
                                fake.phone.isNull() ? empty : fake.phone, createdText, staffId}));
            chunkLastSeq = person.lastId();
            if (chunkFirstSeq == 0)
                chunkFirstSeq = chunkLastSeq;
            VAX_TRY(document.run(
                {randomUuid(rng), personId, documentTypeName(doc->type), doc->number, doc->matchKey,
                 doc->country.isNull() ? empty : doc->country, createdText, staffId}));
            ++report.documents;
            std::vector<PastDose> history;
            for (size_t k = 0; k < plan.size(); ++k) {
                const PlannedVisit& pv = plan[k];
                const QDate date = firstDay.addDays(pv.day);
                const int age = ageInWholeYears(fake.birthDate, date);
                const int tenths = rng.between(360, 372);
                VAX_TRY_VALUE(auto screening, screeningFor(tenths, pv.review));
                const StoredScreening& s = *screening;
                const QString visitId = randomUuid(rng);
                const QString at = times[k].toString(Qt::ISODateWithMs);
                const QString desk = QString::number(1 + numbers[k] % desks);
                // The desk calls the person a few minutes after check-in and gives the dose.
                const QDateTime givenAt = times[k].addSecs(60 * rng.between(4, 25));
                const QDateTime calledAt = givenAt.addSecs(-60 * rng.between(1, 3));
                VAX_TRY(visit.run(
                    {visitId, personId, date.toString(Qt::ISODate), numbers[k],
                     age >= 60 ? QStringLiteral("priority") : QStringLiteral("normal"),
                     pv.cancelled ? QStringLiteral("cancelled") : QStringLiteral("vaccinated"),
                     tenths / 10.0, questionnaire.version(), s.json,
                     screeningOutcomeName(s.outcome), at, staffId, pv.cancelled ? empty : desk,
                     pv.cancelled ? nullText : QVariant(toDbTime(calledAt))}));
                const bool minor = age < policy->checklist.adultAgeYears;
                const QString guardian =
                    minor ? people.chineseName(rng.chance(0.6) ? Sex::Female : Sex::Male, false)
                          : empty;
                const QString relation =
                    minor ? (rng.chance(0.6) ? QStringLiteral("mother") : QStringLiteral("father"))
                          : empty;
                VAX_TRY(consent.run({randomUuid(rng), visitId, at,
                                     minor ? QStringLiteral("guardian") : QStringLiteral("self"),
                                     guardian, relation, staffId}));
                ++report.visits;
                if (!report.firstVisitDate.isValid() || date < report.firstVisitDate)
                    report.firstVisitDate = date;
                if (!report.lastVisitDate.isValid() || date > report.lastVisitDate)
                    report.lastVisitDate = date;
                if (pv.cancelled)
                    continue;

                // The dose: the lot on hand, then the desk's checklist at that moment.
                const Product& product = *pv.product;
                VAX_TRY_VALUE(auto pick, stock->pick(product, givenAt, date));
                ChecklistInput in;
                in.catalog = &catalog;
                in.person = {fake.name, fake.birthDate, fake.sex};
                in.visit.date = date;
                in.visit.state = QStringLiteral("called");
                in.visit.screening = s.outcome;
                in.visit.screeningReasons = s.reasons;
                in.visit.signer = minor ? ConsentSigner::Guardian : ConsentSigner::Self;
                in.visit.guardianName = guardian;
                in.visit.guardianRelation = relation;
                in.history = history;
                in.expectedProduct = product.code;
                in.product = &product;
                in.lot = pick.lotFacts;
                in.vial = pick.vialFacts;
                in.site = product.sites.value(static_cast<qsizetype>(
                    rng.below(static_cast<quint64>(std::max<qsizetype>(product.sites.size(), 1)))));
                in.now = givenAt;
                in.zone = zone;
                in.confirmed = confirmed;
                if (pv.review)
                    in.overrides.insert(reviewOverride);
                in.policy = policy->checklist;
                const ChecklistResult check = evaluateChecklist(in);
                if (!check.canAdminister() || check.doseNumber != pv.doseNumber) {
                    QStringList codes;
                    for (const auto& [key, finding] : check.blocking())
                        codes << finding.code;
                    return makeError(ErrorCode::Internal,
                                     QStringLiteral("demo generator made a dose the checklist "
                                                    "refuses (%1; dose %2, planned %3)")
                                         .arg(codes.join(QStringLiteral(", ")))
                                         .arg(check.doseNumber)
                                         .arg(pv.doseNumber));
                }
                VAX_TRY_VALUE(auto movementId, stock->book(pick, givenAt));
                QJsonObject recorded = check.toJson();
                recorded.insert(QStringLiteral("confirmed"), confirmedJson);
                const QString doseId = randomUuid(rng);
                const QString givenText = toDbTime(givenAt);
                VAX_TRY(dose.run(
                    {doseId, visitId, personId, product.code, pick.lotFacts.id,
                     pick.vialFacts ? QVariant(pick.vialFacts->id) : nullText, check.doseNumber,
                     in.site, product.route, product.doseVolumeMl, givenText, desk, staffId,
                     QString::fromUtf8(QJsonDocument(recorded).toJson(QJsonDocument::Compact)),
                     pv.review ? QVariant(reviewReason) : nullText,
                     pv.review ? QVariant(staffId) : nullText, movementId}));
                QString observationReason;
                const int minutes =
                    observationMinutesFor(product, s.object, *policy, &observationReason);
                const QDateTime ends = givenAt.addSecs(qint64(minutes) * 60);
                VAX_TRY(observation.run({randomUuid(rng), doseId, visitId, personId, desk,
                                         givenText, toDbTime(ends), minutes, observationReason,
                                         toDbTime(ends.addSecs(60 * rng.between(0, 8))), staffId}));
                history.push_back({doseId, product.code, check.doseNumber, date, true});
                ++report.doses;
            }
            if (report.firstPersonSeq == 0)
                report.firstPersonSeq = chunkFirstSeq;
            report.lastPersonSeq = chunkLastSeq;
            ++report.persons;
        }
        for (int d = 0; d < options.days; ++d) {
            if (touchedDays[static_cast<size_t>(d)])
                VAX_TRY(counter.run({firstDay.addDays(d).toString(Qt::ISODate),
                                     lastNumber[static_cast<size_t>(d)]}));
        }
        if (last && stock) {
            VAX_TRY(stock->finish(today, now));
            VAX_TRY_VALUE(auto readings, writeReadings(db, stockRng, fridges, firstDay,
                                                       options.days, zone, staffId));
            report.readings = readings;
        }
        const StockCounts stockNow = stock ? stock->counts() : StockCounts();
        AuditEntry audit;
        audit.at = now;
        audit.actor = staffId;
        audit.action = QStringLiteral("demo.seed");
        audit.entity = QStringLiteral("person");
        audit.detail = {{QStringLiteral("seed"), QString::number(options.seed)},
                        {QStringLiteral("persons"), end - done},
                        {QStringLiteral("first_person_seq"), chunkFirstSeq},
                        {QStringLiteral("last_person_seq"), chunkLastSeq},
                        {QStringLiteral("visits"), report.visits - before.visits},
                        {QStringLiteral("doses"), report.doses - before.doses},
                        {QStringLiteral("lots"), stockNow.lots - stockBefore.lots},
                        {QStringLiteral("movements"), stockNow.movements - stockBefore.movements},
                        {QStringLiteral("readings"), report.readings - before.readings}};
        VAX_TRY(AuditLog::append(db, audit));
        VAX_TRY(tx.commit());
        done = end;
        if (options.progress)
            options.progress(done);
    }
    if (stock) {
        report.lots = stock->counts().lots;
        report.movements = stock->counts().movements;
        report.vials = stock->counts().vials;
        report.dosesWasted = stock->counts().dosesWasted;
    }
    report.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return report;
}

}  // namespace vax::demo
