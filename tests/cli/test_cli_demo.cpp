#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include "checkin/checkinservice.h"
#include "checkin/person.h"
#include "cli/cli.h"
#include "clirun.h"
#include "demo/generator.h"
#include "identity/residentid.h"
#include "storage/audit.h"
#include "support/checkinrequest.h"
#include "support/tempdb.h"

using namespace vax;

namespace {
using vax::test::CliRun;
constexpr auto vaxctl = &vax::test::runVaxctl;

using vax::test::queryNumber;

CliRun initTraining(const QString& db)
{
    return vaxctl({QStringLiteral("--db"), db, QStringLiteral("init"),
                   QStringLiteral("--site-code"), QStringLiteral("T-1"),
                   QStringLiteral("--site-name"), QStringLiteral("T"), QStringLiteral("--district"),
                   QStringLiteral("D"), QStringLiteral("--training")});
}

// A production site (not training) in `temp`: the demo and training commands refuse it.
void initProduction(const test::TempDb& temp)
{
    auto db = temp.open();
    ASSERT_TRUE(db);
    SystemClock clock;
    test::initProductionSite(*db, clock);
}

CliRun seed(const QString& db, int people, int days, int seedValue)
{
    return vaxctl({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("demo"),
                   QStringLiteral("seed"), QStringLiteral("--people"), QString::number(people),
                   QStringLiteral("--days"), QString::number(days), QStringLiteral("--seed"),
                   QString::number(seedValue)});
}
}  // namespace

TEST(CliDemoSeed, RefusesAProductionDatabaseAndWritesNothing)
{
    test::TempDb temp;
    ASSERT_NO_FATAL_FAILURE(initProduction(temp));
    auto r = seed(temp.path(), 50, 10, 1);
    EXPECT_EQ(r.code, 1);
    ASSERT_EQ(r.jsonLines().size(), 1);
    const QJsonObject error = r.jsonLines()[0].value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QStringLiteral("demo.training_only"));
    EXPECT_EQ(error.value(QStringLiteral("field")).toString(), QStringLiteral("db"));
    auto db = temp.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(*) FROM person")), 0);
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(*) FROM visit")), 0);
    EXPECT_EQ(
        queryNumber(*db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'demo.seed'")),
        0);
}

TEST(CliDemoSeed, RejectsAMissingPeopleCount)
{
    test::TempDb temp;
    ASSERT_EQ(initTraining(temp.path()).code, 0);
    auto r = vaxctl({QStringLiteral("--db"), temp.path(), QStringLiteral("--json"),
                     QStringLiteral("demo"), QStringLiteral("seed")});
    EXPECT_EQ(r.code, 2);
}

TEST(CliDemoSeed, SeededPersonsAreValidFindableAndAudited)
{
    test::TempDb temp;
    ASSERT_EQ(initTraining(temp.path()).code, 0);
    auto r = seed(temp.path(), 400, 60, 7);
    ASSERT_EQ(r.code, 0);
    ASSERT_EQ(r.jsonLines().size(), 1);
    const QJsonObject report = r.jsonLines()[0];
    EXPECT_EQ(report.value(QStringLiteral("persons")).toInt(), 400);
    EXPECT_EQ(report.value(QStringLiteral("documents")).toInt(), 400);
    EXPECT_GT(report.value(QStringLiteral("visits")).toInt(), 400);
    EXPECT_EQ(report.value(QStringLiteral("seed")).toString(), QStringLiteral("7"));
    EXPECT_TRUE(report.value(QStringLiteral("seconds")).isDouble());
    // The campaign: doses, the stock they came from and the fridge's readings (snake_case keys).
    for (const char* key :
         {"doses", "lots", "movements", "vials", "doses_wasted", "fridges", "readings"})
        EXPECT_TRUE(report.value(QLatin1String(key)).isDouble()) << key;
    const int doses = report.value(QStringLiteral("doses")).toInt();
    EXPECT_GT(doses, 300);
    EXPECT_LE(doses, report.value(QStringLiteral("visits")).toInt());
    EXPECT_GT(report.value(QStringLiteral("lots")).toInt(), 0);
    // A receipt per lot, a movement per dose, and the waste of open vials and expired lots.
    EXPECT_GT(report.value(QStringLiteral("movements")).toInt(),
              doses + report.value(QStringLiteral("lots")).toInt());
    EXPECT_EQ(report.value(QStringLiteral("fridges")).toInt(), 1);
    EXPECT_EQ(report.value(QStringLiteral("readings")).toInt(), 60 * (48 + 2));

    auto audit = vaxctl({QStringLiteral("--db"), temp.path(), QStringLiteral("--json"),
                         QStringLiteral("audit"), QStringLiteral("verify")});
    ASSERT_EQ(audit.code, 0);
    ASSERT_EQ(audit.jsonLines().size(), 1);
    EXPECT_TRUE(audit.jsonLines()[0].value(QStringLiteral("ok")).toBool());

    auto db = temp.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(*) FROM person")), 400);
    EXPECT_EQ(
        queryNumber(*db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'demo.seed'")),
        1);
    // Every row has its own change_seq from the change log (one desk-wide counter, so the
    // tables' numbers interleave); the FTS index agrees with the table.
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(DISTINCT change_seq) FROM person")),
              400);
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT min(change_seq) > 0 FROM person")), 1);
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(DISTINCT change_seq) FROM visit "
                                              "WHERE change_seq > 0")),
              report.value(QStringLiteral("visits")).toInt());
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(DISTINCT n) = count(*) FROM (SELECT "
                                              "change_seq AS n FROM person UNION ALL SELECT "
                                              "change_seq FROM visit)")),
              1);
    EXPECT_TRUE(db->exec(QStringLiteral("INSERT INTO person_name_fts(person_name_fts, rank) "
                                        "VALUES ('integrity-check', 1)"))
                    .ok());
    // Queue numbers run 1…n on every day and the day's counter says n.
    EXPECT_EQ(
        queryNumber(*db, QStringLiteral("SELECT count(*) FROM (SELECT visit_date, "
                                        "count(*) AS n, max(queue_number) AS m FROM visit GROUP BY "
                                        "visit_date) v JOIN queue_counter c USING (visit_date) "
                                        "WHERE v.n <> v.m OR c.last_number <> v.m")),
        0);
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(*) FROM visit v LEFT JOIN consent c ON "
                                              "c.visit_id = v.id WHERE c.id IS NULL")),
              0);
    // Minors' consent was signed by a guardian.
    EXPECT_EQ(
        queryNumber(*db, QStringLiteral("SELECT count(*) FROM visit v JOIN consent c ON "
                                        "c.visit_id = v.id JOIN person p ON p.id = v.person_id "
                                        "WHERE date(p.birth_date, '+18 years') > v.visit_date "
                                        "AND c.signer <> 'guardian'")),
        0);

    FakeClock clock(QDateTime::currentDateTimeUtc());
    const QDate today = clock.nowUtc().toTimeZone(vax::test::testZone()).date();
    auto rows =
        db->exec(QStringLiteral("SELECT p.id, p.name, p.sex, p.birth_date, p.phone, "
                                "d.type, d.number, d.country, d.match_key FROM person p "
                                "JOIN identity_document d ON d.person_id = p.id"));
    ASSERT_TRUE(rows.ok());
    int checked = 0;
    struct Row {
        QString id, name, sex, birth, phone, type, number, country, matchKey;
    };
    std::vector<Row> all;
    while (rows->next()) {
        Row row;
        row.id = rows->value(0).toString();
        row.name = rows->value(1).toString();
        row.sex = rows->value(2).toString();
        row.birth = rows->value(3).toString();
        row.phone = rows->value(4).toString();
        row.type = rows->value(5).toString();
        row.number = rows->value(6).toString();
        row.country = rows->value(7).toString();
        row.matchKey = rows->value(8).toString();
        all.push_back(row);
    }
    for (const Row& row : all) {
        SCOPED_TRACE(qPrintable(row.number));
        DocumentInput in;
        in.type = documentTypeFromName(row.type);
        in.number = row.number;
        in.country = row.country;
        auto doc = checkDocument(in, today);
        ASSERT_TRUE(doc.ok()) << qPrintable(doc.error().message);
        EXPECT_EQ(doc->matchKey, row.matchKey);
        if (doc->birthDate) {  // resident IDs and permits: the row agrees with the number
            EXPECT_EQ(doc->birthDate->toString(Qt::ISODate), row.birth);
            EXPECT_EQ(sexName(*doc->sex), row.sex);
        }
        if (doc->type == DocumentType::ResidentId) {
            EXPECT_TRUE(isProvinceCode(row.number.left(2).toInt()));
        }
        const int age = ageInWholeYears(QDate::fromString(row.birth, Qt::ISODate), today);
        EXPECT_GE(age, 3);
        EXPECT_LE(age, 90);
        auto byDoc = PersonRepository::byDocument(*db, doc->type, doc->matchKey);
        ASSERT_TRUE(byDoc.ok());
        ASSERT_TRUE(byDoc->has_value());
        EXPECT_EQ((*byDoc)->id, row.id);
        auto byName = PersonRepository::byName(*db, row.name, 500);
        ASSERT_TRUE(byName.ok());
        EXPECT_TRUE(std::any_of(byName->begin(), byName->end(), [&](const Person& p) {
            return p.id == row.id;
        })) << qPrintable(row.name);
        if (!row.phone.isEmpty()) {
            auto byPhone = PersonRepository::byPhone(*db, row.phone);
            ASSERT_TRUE(byPhone.ok());
            EXPECT_TRUE(std::any_of(byPhone->begin(), byPhone->end(),
                                    [&](const Person& p) { return p.id == row.id; }));
        }
        ++checked;
    }
    EXPECT_EQ(checked, 400);

    // The real check-in finds a seeded person by the document and creates nobody.
    const Row& someone = all[all.size() / 2];
    CheckInService service({*db, clock});
    auto staff = db->exec(QStringLiteral("SELECT id FROM staff LIMIT 1"));
    ASSERT_TRUE(staff.ok());
    CheckInRequest req =
        test::passingCheckIn(staff->scalar().toString(), someone.name, someone.number);
    req.draft.document.type = documentTypeFromName(someone.type);
    req.draft.document.country = someone.country;
    req.draft.document.birthDate = QDate::fromString(someone.birth, Qt::ISODate);
    if (ageInWholeYears(QDate::fromString(someone.birth, Qt::ISODate), today) < 18)
        test::guardianSigns(req, QStringLiteral("王芳"));
    auto receipt = service.checkIn(req);
    ASSERT_TRUE(receipt.ok()) << qPrintable(receipt.error().message);
    EXPECT_FALSE(receipt->personCreated);
    EXPECT_EQ(receipt->personId, someone.id);
    EXPECT_EQ(receipt->queueNumber, 1);  // seeded visits are all in the past
    auto verified = AuditLog::verify(*db);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok) << qPrintable(verified->problem);
}

TEST(CliDemoSeed, SeedingTwiceAddsDifferentPeopleWithoutClashes)
{
    test::TempDb temp;
    ASSERT_EQ(initTraining(temp.path()).code, 0);
    ASSERT_EQ(seed(temp.path(), 200, 20, 3).code, 0);
    auto again = seed(temp.path(), 200, 20, 3);  // the same seed: documents must not collide
    ASSERT_EQ(again.code, 0) << QJsonDocument(again.jsonLines().value(0)).toJson().constData();
    auto db = temp.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(*) FROM person")), 400);
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(DISTINCT change_seq) FROM person")),
              400);
    EXPECT_EQ(
        queryNumber(*db, QStringLiteral("SELECT count(*) FROM (SELECT visit_date, count(*) AS n, "
                                        "max(queue_number) AS m FROM visit GROUP BY visit_date) "
                                        "WHERE n <> m")),
        0);
    auto verified = AuditLog::verify(*db);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok);
}

TEST(PeopleFactory, SameSeedSamePeopleAndRealisticShape)
{
    const QDate today(2021, 6, 1);
    demo::PeopleFactory a(42, today), b(42, today), c(43, today);
    int two = 0, three = 0, other = 0, residentIds = 0, differs = 0;
    const int n = 20000;
    QSet<QString> numbers;
    for (int i = 0; i < n; ++i) {
        const demo::FakePerson p = a.next();
        const demo::FakePerson q = b.next();
        const demo::FakePerson r = c.next();
        ASSERT_EQ(p.name, q.name);
        ASSERT_EQ(p.document.number, q.document.number);
        ASSERT_EQ(p.phone, q.phone);
        if (p.document.number != r.document.number)
            ++differs;
        numbers.insert(p.document.number);
        if (p.document.type == DocumentType::Passport)
            continue;  // Latin names
        const auto len = p.name.size();
        (len == 2 ? two : len == 3 ? three : other)++;
        if (p.document.type == DocumentType::ResidentId) {
            ++residentIds;
            const QString& id = p.document.number;
            ASSERT_EQ(id.size(), 18);
            EXPECT_EQ(id.at(17), mod11_2CheckChar(QStringView(id).left(17)));
            EXPECT_EQ(id.mid(14, 3).toInt() % 2 == 1, p.sex == Sex::Male);
            EXPECT_EQ(id.mid(6, 8), p.birthDate.toString(QStringLiteral("yyyyMMdd")));
        }
        if (!p.phone.isEmpty()) {
            EXPECT_EQ(p.phone.size(), 11);
            EXPECT_EQ(p.phone.at(0), QLatin1Char('1'));
        }
    }
    EXPECT_EQ(numbers.size(), n);  // unique documents
    EXPECT_GT(differs, n * 9 / 10);
    EXPECT_GT(three, two);     // 3-character names are the most common
    EXPECT_GT(two, n / 10);    // but 2-character ones are many
    EXPECT_LT(other, n / 50);  // 4-character (compound surname) names are rare
    EXPECT_GT(residentIds, n * 95 / 100);
    EXPECT_LT(residentIds, n);  // some other documents
}

TEST(CliTrainingCodes, ListsEveryTrainingLotWithScansTheParserReadsBack)
{
    test::TempDb temp;
    ASSERT_EQ(initTraining(temp.path()).code, 0);
    auto r = vaxctl({QStringLiteral("--db"), temp.path(), QStringLiteral("--json"),
                     QStringLiteral("training"), QStringLiteral("codes"),
                     QStringLiteral("--per-lot"), QStringLiteral("3")});
    ASSERT_EQ(r.code, 0) << qPrintable(r.out + r.err);
    const QList<QJsonObject> lots = r.jsonLines();
    ASSERT_EQ(lots.size(), 5);
    for (const QJsonObject& lot : lots) {
        EXPECT_EQ(lot.value(QStringLiteral("trace_codes")).toArray().size(), 3);
        const QString scan = lot.value(QStringLiteral("gs1_scan")).toString();
        EXPECT_TRUE(scan.contains(QChar(0x1D)));
        auto parsed = vaxctl({QStringLiteral("--db"), temp.path(), QStringLiteral("--json"),
                              QStringLiteral("scan"), QStringLiteral("parse"), scan});
        ASSERT_EQ(parsed.code, 0) << qPrintable(parsed.out);
        const QJsonObject gs1 = parsed.json().value(QStringLiteral("gs1")).toObject();
        EXPECT_EQ(gs1.value(QStringLiteral("lot")).toString(),
                  lot.value(QStringLiteral("lot")).toString());
        EXPECT_EQ(gs1.value(QStringLiteral("expiry")).toString(),
                  lot.value(QStringLiteral("expiry")).toString());
        EXPECT_EQ(gs1.value(QStringLiteral("gtin")).toString(),
                  lot.value(QStringLiteral("gtin")).toString());
        for (const QJsonValue& code : lot.value(QStringLiteral("trace_codes")).toArray()) {
            auto t = vaxctl({QStringLiteral("--db"), temp.path(), QStringLiteral("--json"),
                             QStringLiteral("scan"), QStringLiteral("parse"), code.toString()});
            EXPECT_EQ(t.json().value(QStringLiteral("kind")).toString(),
                      QStringLiteral("trace_code"));
        }
    }
}

TEST(CliTrainingCodes, RefusesAProductionDatabase)
{
    test::TempDb temp;
    ASSERT_NO_FATAL_FAILURE(initProduction(temp));
    auto r = vaxctl({QStringLiteral("--db"), temp.path(), QStringLiteral("--json"),
                     QStringLiteral("training"), QStringLiteral("codes")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.errorCode(), QStringLiteral("demo.training_only"));
}
