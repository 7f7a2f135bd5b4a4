// The demo generator's campaign: doses, lots, stock and fridge readings, checked with SQL and the
// catalog on a real training database.
#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <map>

#include "catalog/catalog.h"
#include "coldchain/excursiondetector.h"
#include "demo/doseplan.h"
#include "demo/fridgereadings.h"
#include "demo/generator.h"
#include "storage/audit.h"
#include "support/tempdb.h"

using namespace vax;

namespace {
const QTimeZone kZone(8 * 3600);

QDateTime seedNow()
{
    return QDateTime(QDate(2021, 9, 1), QTime(10, 0), kZone);
}

using vax::test::queryNumber;

// A training site seeded with `people` persons over `days` days.
struct Seeded {
    test::TempDb temp;
    std::unique_ptr<Database> db;
    demo::SeedReport report;

    Seeded(qint64 people, int days, quint64 seed)
    {
        FakeClock clock(seedNow());
        db = temp.openTrainingSite(clock);
        demo::SeedOptions options;
        options.people = people;
        options.days = days;
        options.seed = seed;
        options.chunk = 700;  // several transactions
        auto r = demo::seedPeople(*db, clock, options);
        EXPECT_TRUE(r.ok()) << qPrintable(r.error().message);
        if (r)
            report = *r;
    }

    // What the campaign holds, independent of ids: a digest of every dose, lot and reading.
    QByteArray digest() const
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const char* sql :
             {"SELECT d.product_code || d.dose_number || d.administered_at || l.lot_number || "
              "d.site || d.checklist FROM dose d JOIN lot l ON l.id = d.lot_id ORDER BY "
              "d.administered_at, d.change_seq",
              "SELECT lot_number || expiry || received_at FROM lot ORDER BY lot_number",
              "SELECT kind || doses || at FROM stock_movement ORDER BY change_seq",
              "SELECT at || celsius || source FROM temperature_reading ORDER BY change_seq"}) {
            auto q = db->exec(QString::fromLatin1(sql));
            EXPECT_TRUE(q.ok());
            while (q && q->next())
                h.addData(q->value(0).toString().toUtf8());
        }
        return h.result();
    }
};

class DemoCampaign : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_site = new Seeded(2000, 60, 11); }
    static void TearDownTestSuite()
    {
        delete s_site;
        s_site = nullptr;
    }
    static Database& db() { return *s_site->db; }
    static const demo::SeedReport& report() { return s_site->report; }
    static Seeded* s_site;
};
Seeded* DemoCampaign::s_site = nullptr;

QDate localDate(const QString& dbTime)
{
    return QDateTime::fromString(dbTime, Qt::ISODateWithMs).toTimeZone(kZone).date();
}
}  // namespace

TEST_F(DemoCampaign, ReportsWhatItWrote)
{
    const demo::SeedReport& r = report();
    EXPECT_EQ(r.persons, 2000);
    EXPECT_EQ(queryNumber(db(), QStringLiteral("SELECT count(*) FROM dose")), r.doses);
    EXPECT_GT(r.doses, 2000);  // most persons get two doses over 60 days
    EXPECT_EQ(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM dose WHERE dose_number = 2")) > 500,
        true);
    EXPECT_EQ(queryNumber(db(), QStringLiteral("SELECT count(*) FROM lot WHERE lot_number NOT LIKE "
                                               "'TRAIN-%'")),
              r.lots);
    EXPECT_GT(r.lots, 5);
    EXPECT_GT(r.vials, 0);  // Convidecia comes in 3-dose vials
    EXPECT_EQ(queryNumber(db(), QStringLiteral("SELECT count(*) FROM temperature_reading")),
              r.readings);
    // Every movement of the generated lots, and the training site's own receipts.
    EXPECT_EQ(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM stock_movement m JOIN lot l ON "
                                         "l.id = m.lot_id WHERE l.lot_number NOT LIKE 'TRAIN-%'")),
        r.movements);
    // One audit row per transaction: 2,000 persons in chunks of 700.
    EXPECT_EQ(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM audit WHERE action = 'demo.seed'")),
        3);
    auto verified = AuditLog::verify(db());
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok) << qPrintable(verified->problem);
}

TEST_F(DemoCampaign, EveryVaccinatedVisitHasOneDoseWithItsMovementAndObservation)
{
    EXPECT_EQ(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM visit v WHERE v.state = "
                                         "'vaccinated' AND (SELECT count(*) FROM dose d WHERE "
                                         "d.visit_id = v.id) <> 1")),
        0);
    EXPECT_EQ(queryNumber(
                  db(), QStringLiteral("SELECT count(*) FROM dose d JOIN visit v ON v.id = "
                                       "d.visit_id WHERE v.state <> 'vaccinated' OR v.person_id "
                                       "<> d.person_id OR v.visit_date <> date(d.administered_at, "
                                       "'+8 hours') OR v.called_at IS NULL OR v.called_at > "
                                       "d.administered_at OR v.checked_in_at > v.called_at")),
              0);
    EXPECT_EQ(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM dose d LEFT JOIN stock_movement m "
                                         "ON m.id = d.movement_id WHERE m.id IS NULL OR m.kind <> "
                                         "'administered' OR m.doses <> -1 OR m.lot_id <> d.lot_id "
                                         "OR m.at <> d.administered_at")),
        0);
    EXPECT_EQ(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM dose d WHERE (SELECT count(*) FROM "
                                         "observation o WHERE o.dose_id = d.id AND o.state = "
                                         "'departed' AND o.started_at = d.administered_at AND "
                                         "o.departed_at >= o.ends_at) <> 1")),
        0);
    // The checklist as the desk records it, and a doctor's name on every override.
    EXPECT_EQ(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM dose WHERE json_extract(checklist, "
                                         "'$.can_administer') <> 1 OR json_extract(checklist, "
                                         "'$.dose_number') <> dose_number OR "
                                         "json_array_length(checklist, '$.items') <> 11 OR "
                                         "json_array_length(checklist, '$.confirmed') <> 3")),
        0);
    EXPECT_GT(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM dose WHERE override_by IS NOT NULL "
                                         "AND json_extract(checklist, '$.overrides[0]') = "
                                         "'screening.doctor_review'")),
        0);
    // Every row of the tables the export reads has its own change sequence number.
    for (const char* table : {"dose", "observation", "stock_movement", "temperature_reading"}) {
        SCOPED_TRACE(table);
        EXPECT_EQ(
            queryNumber(db(), QStringLiteral("SELECT count(DISTINCT change_seq) = count(*) AND "
                                             "min(change_seq) > 0 FROM %1")
                                  .arg(QLatin1String(table))),
            1);
    }
}

TEST_F(DemoCampaign, DosesRespectTheCatalogsIntervalsAndMinimumAges)
{
    // A plain SQL check for the inactivated products: dose 2 at least 21 days after dose 1.
    EXPECT_EQ(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM dose d2 JOIN dose d1 ON "
                                         "d1.person_id = d2.person_id AND d1.dose_number = "
                                         "d2.dose_number - 1 WHERE d2.product_code IN "
                                         "('BBIBP-CorV', 'WIBP-CorV', 'CoronaVac') AND "
                                         "julianday(date(d2.administered_at, '+8 hours')) - "
                                         "julianday(date(d1.administered_at, '+8 hours')) < 21")),
        0);
    // Every rule of the catalog, for every product, from the earlier doses of the same person.
    auto q =
        db().exec(QStringLiteral("SELECT d.person_id, d.product_code, d.dose_number, "
                                 "d.administered_at, p.birth_date FROM dose d JOIN person p "
                                 "ON p.id = d.person_id ORDER BY d.person_id, "
                                 "d.administered_at"));
    ASSERT_TRUE(q.ok());
    const Catalog& catalog = Catalog::builtIn();
    QString person;
    std::vector<QDate> earlier;
    std::map<QString, int> products;
    int checked = 0, intervals = 0;
    while (q->next()) {
        if (q->value(0).toString() != person) {
            person = q->value(0).toString();
            earlier.clear();
        }
        const Product* p = catalog.find(q->value(1).toString());
        ASSERT_NE(p, nullptr);
        ++products[p->code];
        const int number = q->value(2).toInt();
        const QDate day = localDate(q->value(3).toString());
        const QDate birth = QDate::fromString(q->value(4).toString(), Qt::ISODate);
        ASSERT_EQ(number, static_cast<int>(earlier.size()) + 1) << qPrintable(person);
        ASSERT_LE(number, p->seriesDoses);
        EXPECT_GE(day, p->minAge.addTo(birth)) << qPrintable(p->code);
        for (const SeriesInterval& iv : p->intervals) {
            if (iv.dose != number)
                continue;
            EXPECT_GE(day, iv.min.addTo(earlier.at(static_cast<size_t>(iv.after - 1))))
                << qPrintable(p->code) << " dose " << number;
            ++intervals;
        }
        earlier.push_back(day);
        ++checked;
    }
    EXPECT_EQ(checked, report().doses);
    EXPECT_GT(intervals, 500);
    // A real mix of products: each of the campaign's five, inactivated ones most.
    EXPECT_EQ(products.size(), 5u);
    EXPECT_GT(products[QStringLiteral("BBIBP-CorV")] + products[QStringLiteral("CoronaVac")],
              checked / 2);
    // Minors only ever get products allowed for their age (the inactivated ones).
    EXPECT_EQ(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM dose d JOIN person p ON p.id = "
                                         "d.person_id WHERE date(p.birth_date, '+18 years') > "
                                         "date(d.administered_at, '+8 hours') AND d.product_code "
                                         "IN ('ZF2001', 'Convidecia')")),
        0);
    EXPECT_GT(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM dose d JOIN person p ON p.id = "
                                         "d.person_id WHERE date(p.birth_date, '+18 years') > "
                                         "date(d.administered_at, '+8 hours')")),
        0);
}

TEST_F(DemoCampaign, LotsAreUsedOnlyAfterReceiptAndUntilExpiry)
{
    EXPECT_EQ(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM dose d JOIN lot l ON l.id = "
                                         "d.lot_id WHERE d.administered_at <= l.received_at OR "
                                         "date(d.administered_at, '+8 hours') > l.expiry OR "
                                         "l.product_code <> d.product_code")),
        0);
    EXPECT_EQ(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM stock_movement m JOIN lot l ON "
                                         "l.id = m.lot_id WHERE m.kind <> 'receipt' AND m.at < "
                                         "l.received_at")),
        0);
    // Most lots keep long after the window; some were short-dated and expired in it.
    EXPECT_GT(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM lot WHERE expiry > '2022-01-01'")),
        report().lots / 2);
    EXPECT_GT(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM lot WHERE expiry < '2021-09-01' "
                                         "AND lot_number NOT LIKE 'TRAIN-%'")),
        0);
    // What an expired lot still held was wasted, so nothing expired is left on hand.
    EXPECT_EQ(queryNumber(db(), QStringLiteral("SELECT count(*) FROM lot l JOIN stock_balance b ON "
                                               "b.lot_id = l.id WHERE l.expiry < '2021-09-01' AND "
                                               "b.doses <> 0")),
              0);
    EXPECT_GT(queryNumber(db(), QStringLiteral("SELECT count(*) FROM stock_movement WHERE kind = "
                                               "'wasted' AND reason = 'expired'")),
              0);
    // Lot numbers look like the makers' (prefix, year and month made, a number).
    EXPECT_EQ(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM lot WHERE lot_number NOT LIKE "
                                         "'TRAIN-%' AND NOT (lot_number GLOB "
                                         "'[BWHZ]2021[01][0-9][0-9][0-9][0-9]' OR lot_number GLOB "
                                         "'NCOV2021[01][0-9][0-9][0-9][0-9]')")),
        0);
}

TEST_F(DemoCampaign, StockBalanceIsTheSumOfMovementsAndNeverNegative)
{
    EXPECT_EQ(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM stock_balance b WHERE b.doses <> "
                                         "(SELECT COALESCE(SUM(m.doses), 0) FROM stock_movement m "
                                         "WHERE m.lot_id = b.lot_id AND COALESCE(m.fridge_id, '') "
                                         "= b.fridge_id) OR b.doses < 0")),
        0);
    // Never negative at any moment: the running sum of each lot's movements in time order.
    EXPECT_EQ(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM (SELECT SUM(doses) OVER (PARTITION "
                                         "BY lot_id ORDER BY at, doses DESC ROWS UNBOUNDED "
                                         "PRECEDING) AS on_hand FROM stock_movement) WHERE "
                                         "on_hand < 0")),
        0);
    // Open vials: every draw is a dose, every vial was closed with its rest wasted.
    EXPECT_EQ(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM vial v WHERE v.doses_drawn <> "
                                         "(SELECT count(*) FROM dose d WHERE d.vial_id = v.id) OR "
                                         "v.closed_at IS NULL OR v.doses_drawn + COALESCE((SELECT "
                                         "-SUM(m.doses) FROM stock_movement m WHERE m.kind = "
                                         "'wasted' AND m.reason = 'open_vial_time' AND m.lot_id = "
                                         "v.lot_id AND m.at = v.closed_at), 0) < v.doses")),
        0);
    EXPECT_EQ(queryNumber(db(), QStringLiteral("SELECT count(*) FROM dose d JOIN vial v ON v.id = "
                                               "d.vial_id WHERE d.administered_at < v.opened_at OR "
                                               "d.administered_at >= v.discard_at")),
              0);
    EXPECT_EQ(queryNumber(db(), QStringLiteral("SELECT count(*) FROM dose WHERE product_code = "
                                               "'Convidecia' AND vial_id IS NULL")),
              0);
}

TEST_F(DemoCampaign, EveryDayHasItsFridgeReadingsInRange)
{
    const QDate first = seedNow().date().addDays(-60);
    auto fridges = db().exec(QStringLiteral("SELECT id FROM fridge"));
    ASSERT_TRUE(fridges.ok());
    int fridgeCount = 0;
    while (fridges->next()) {
        ++fridgeCount;
        const QString fridge = fridges->value(0).toString();
        for (int d = 0; d < 60; ++d) {
            const QDate day = first.addDays(d);
            SCOPED_TRACE(qPrintable(day.toString(Qt::ISODate)));
            const QString from =
                QDateTime(day, QTime(0, 0), kZone).toUTC().toString(Qt::ISODateWithMs);
            const QString to =
                QDateTime(day.addDays(1), QTime(0, 0), kZone).toUTC().toString(Qt::ISODateWithMs);
            auto q = db().exec(QStringLiteral("SELECT sum(source = 'manual' AND session = 'am'), "
                                              "sum(source = 'manual' AND session = 'pm'), "
                                              "sum(source = 'logger') FROM temperature_reading "
                                              "WHERE fridge_id = ? AND at >= ? AND at < ?"),
                               {fridge, from, to});
            ASSERT_TRUE(q.ok());
            ASSERT_TRUE(q->next());
            EXPECT_EQ(q->value(0).toInt(), 1);
            EXPECT_EQ(q->value(1).toInt(), 1);
            EXPECT_EQ(q->value(2).toInt(), 48);
        }
    }
    EXPECT_GE(fridgeCount, 1);
    // Manual readings always in 2–8 °C; no excursion, so no lot was quarantined.
    EXPECT_EQ(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM temperature_reading WHERE source = "
                                         "'manual' AND (celsius < 2 OR celsius > 8)")),
        0);
    EXPECT_EQ(queryNumber(db(), QStringLiteral("SELECT count(*) FROM excursion")), 0);
    EXPECT_EQ(
        queryNumber(db(), QStringLiteral("SELECT count(*) FROM lot WHERE status <> 'available'")),
        0);
}

TEST(DemoSeed, SameSeedSameCampaignOtherSeedAnother)
{
    Seeded a(300, 40, 5), b(300, 40, 5), c(300, 40, 6);
    EXPECT_EQ(a.report.doses, b.report.doses);
    EXPECT_EQ(a.report.lots, b.report.lots);
    EXPECT_EQ(a.report.movements, b.report.movements);
    EXPECT_EQ(a.report.readings, b.report.readings);
    EXPECT_GT(a.report.doses, 0);
    EXPECT_EQ(a.digest(), b.digest());
    EXPECT_NE(a.digest(), c.digest());
}

TEST(DemoSeed, RefusesAProductionDatabase)
{
    test::TempDb temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    FakeClock clock(seedNow());
    test::initProductionSite(*db, clock);
    const qint64 audits = queryNumber(*db, QStringLiteral("SELECT count(*) FROM audit"));
    demo::SeedOptions options;
    options.people = 50;
    options.days = 10;
    auto r = demo::seedPeople(*db, clock, options);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::DemoTrainingOnly);
    for (const char* table : {"person", "dose", "stock_movement", "temperature_reading", "fridge"})
        EXPECT_EQ(
            queryNumber(*db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
            0)
            << table;
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(*) FROM audit")), audits);
}

TEST(DemoDosePlanner, NextDoseWaitsForEveryIntervalOfTheCatalog)
{
    const Catalog& catalog = Catalog::builtIn();
    const Product* zf = catalog.find(QStringLiteral("ZF2001"));
    ASSERT_NE(zf, nullptr);
    const QDate d1(2021, 3, 1);
    EXPECT_EQ(demo::DosePlanner::earliestNext(*zf, {d1}), d1.addDays(28));
    // Dose 3: 4 weeks after dose 2 and 8 weeks after dose 1, whichever is later.
    EXPECT_EQ(demo::DosePlanner::earliestNext(*zf, {d1, d1.addDays(28)}), d1.addDays(56));
    EXPECT_EQ(demo::DosePlanner::earliestNext(*zf, {d1, d1.addDays(40)}), d1.addDays(68));
    const Product* bbibp = catalog.find(QStringLiteral("BBIBP-CorV"));
    ASSERT_NE(bbibp, nullptr);
    EXPECT_EQ(demo::DosePlanner::earliestNext(*bbibp, {d1}), d1.addDays(21));

    demo::DosePlanner planner(catalog);
    demo::Rng rng(3);
    const QDate day(2021, 6, 1);
    for (int i = 0; i < 200; ++i) {
        const Product* child = planner.chooseFirst(rng, day.addYears(-10), day);
        ASSERT_NE(child, nullptr);
        EXPECT_EQ(child->platform, QStringLiteral("inactivated"));
    }
    EXPECT_EQ(planner.chooseFirst(rng, day.addYears(-2), day), nullptr);
    EXPECT_EQ(planner.firstEligibleDay(day.addYears(-2)), day.addYears(1));
}

TEST(DemoFridgeReadings, AShortWarmSpellIsNoExcursion)
{
    demo::Rng rng(9);
    FridgeThresholds t;
    double level = 5.0;
    std::vector<TemperatureReading> logger, manual;
    bool warm = false;
    for (int d = 0; d < 30; ++d) {
        for (const demo::DemoReading& r : demo::fridgeDay(rng, QDate(2021, 5, 1).addDays(d), kZone,
                                                          t, level, 30, /*excursionChance=*/1.0)) {
            (r.manual ? manual : logger).push_back(r.reading);
            if (r.manual) {
                EXPECT_GE(r.reading.celsius, t.minC);
                EXPECT_LE(r.reading.celsius, t.maxC);
            }
            warm = warm || (!r.manual && r.reading.celsius > t.maxC);
        }
    }
    EXPECT_TRUE(warm);  // the spell is in the log
    EXPECT_EQ(logger.size(), 30u * 48u);
    EXPECT_EQ(manual.size(), 60u);
    EXPECT_TRUE(ExcursionDetector::fromLoggerReadings(logger, t).empty());
    EXPECT_TRUE(ExcursionDetector::fromManualReadings(manual, t).empty());
    // A fridge whose heat alarm fires after 20 minutes never gets a spell at 30-minute logging.
    t.heatAlarmMinutes = 20;
    logger.clear();
    for (int d = 0; d < 10; ++d)
        for (const demo::DemoReading& r :
             demo::fridgeDay(rng, QDate(2021, 6, 1).addDays(d), kZone, t, level, 30, 1.0))
            if (!r.manual)
                logger.push_back(r.reading);
    EXPECT_TRUE(ExcursionDetector::fromLoggerReadings(logger, t).empty());
}
