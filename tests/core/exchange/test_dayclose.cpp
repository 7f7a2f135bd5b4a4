// Day close on a real database: the summary's doses by product × dose × age group × sex, the
// hourly throughput, wastage from the vials closed, AEFIs, fridge readings and the close itself.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QTemporaryDir>

#include "coldchain/coldchainservice.h"
#include "dayclose/dayclose.h"
#include "exchange/exporter.h"
#include "exchange/exportfixture.h"  // tests/core
#include "exchange/signing.h"
#include "stock/openvial.h"
#include "storage/audit.h"

using namespace vax;

TEST(DayCloseRules, AgeGroupsOfTheDistrictReport)
{
    EXPECT_EQ(ageGroupOf(2), QStringLiteral("0-2"));
    EXPECT_EQ(ageGroupOf(3), QStringLiteral("3-11"));
    EXPECT_EQ(ageGroupOf(11), QStringLiteral("3-11"));
    EXPECT_EQ(ageGroupOf(12), QStringLiteral("12-14"));
    EXPECT_EQ(ageGroupOf(14), QStringLiteral("12-14"));
    EXPECT_EQ(ageGroupOf(15), QStringLiteral("15-17"));
    EXPECT_EQ(ageGroupOf(17), QStringLiteral("15-17"));
    EXPECT_EQ(ageGroupOf(18), QStringLiteral("18-59"));
    EXPECT_EQ(ageGroupOf(59), QStringLiteral("18-59"));
    EXPECT_EQ(ageGroupOf(60), QStringLiteral("60+"));
}

class DayCloseTest : public test::ExportFixture {};

TEST_F(DayCloseTest, SummaryCountsTheDayAndCloseWastesWhatIsLeftInOpenVials)
{
    const LotInfo single = receive(QStringLiteral("B1"), 10);
    // 09:00 local: two adults (male, female), then at 10:xx a child and an older man.
    vaccinate(QStringLiteral("张三"), QDate(1980, 3, 15), 11, single.lotNumber);
    vaccinate(QStringLiteral("李娜"), QDate(1981, 4, 16), 12, single.lotNumber);
    clock.advance(60 * 60'000);
    const QString child =
        vaccinate(QStringLiteral("王小"), QDate(2012, 5, 5), 13, single.lotNumber);
    const QString old = vaccinate(QStringLiteral("赵老"), QDate(1950, 6, 6), 15, single.lotNumber);
    ASSERT_TRUE(correction->correct(old, QStringLiteral("duplicate entry"), admin.id).ok());
    // A serious adverse event after the child's dose (the AEFI writer is the observation
    // branch's; its row is what that service stores).
    ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO adverse_event(id, dose_id, person_id, "
                                        "onset_at, symptoms, severity, seriousness, "
                                        "reported_by, recorded_at) SELECT 'ae-1', id, "
                                        "person_id, administered_at, '[\"anaphylaxis\"]', "
                                        "'severe', 'serious', staff_id, administered_at FROM "
                                        "dose WHERE id = ?"),
                         {child})
                    .ok());
    // A multi-dose vial opened and one dose drawn: the rest is wasted at close.
    const LotInfo multi = receive(QStringLiteral("A1"), 2, 200, QStringLiteral("Convidecia"));
    auto vial = VialService::open({*db, clock, admin.id}, multi.id, fridge.id);
    ASSERT_TRUE(vial.ok()) << qPrintable(vial.error().message);
    ASSERT_TRUE(VialService::drawDose({*db, clock, admin.id}, vial->id).ok());
    ASSERT_TRUE(
        ColdChainService::addManualReading({*db, clock, admin.id}, fridge.id, 4.5, QDateTime())
            .ok());

    auto before = DayCloseService::summary(*db, QDate(2021, 6, 1));
    ASSERT_TRUE(before.ok()) << qPrintable(before.error().message);
    EXPECT_EQ(before->dosesGiven, 3);
    EXPECT_EQ(before->dosesCorrected, 1);
    EXPECT_EQ(before->hourly[9], 2);
    EXPECT_EQ(before->hourly[10], 1);
    EXPECT_EQ(before->aefiTotal, 1);
    EXPECT_EQ(before->aefiSerious, 1);
    EXPECT_EQ(before->vialsOpen, 1);
    EXPECT_FALSE(before->closed);
    int adultsMale = 0, adultsFemale = 0, children = 0;
    for (const DoseCell& c : before->doses) {
        EXPECT_EQ(c.productCode, QStringLiteral("BBIBP-CorV"));
        EXPECT_EQ(c.doseNumber, 1);
        if (c.ageGroup == u"18-59" && c.sex == u"male")
            adultsMale += c.count;
        if (c.ageGroup == u"18-59" && c.sex == u"female")
            adultsFemale += c.count;
        if (c.ageGroup == u"3-11")
            children += c.count;
    }
    EXPECT_EQ(adultsMale, 1);
    EXPECT_EQ(adultsFemale, 1);
    EXPECT_EQ(children, 1);
    ASSERT_FALSE(before->fridges.empty());

    test::addStaff(*db, QStringLiteral("nurse-1"), Roles(Role::Vaccinator));
    EXPECT_FALSE(DayCloseService::close({*db, clock, QStringLiteral("nurse-1")}).ok());

    auto closed = DayCloseService::close({*db, clock, admin.id});
    ASSERT_TRUE(closed.ok()) << qPrintable(closed.error().message);
    EXPECT_EQ(closed->vialsClosed, 1);
    const int left = vial->doses - 1;
    EXPECT_EQ(closed->dosesWasted, left);
    const DaySummary& s = closed->summary;
    EXPECT_TRUE(s.closed);
    EXPECT_EQ(s.vialsOpen, 0);
    EXPECT_EQ(s.wastageByReason.value(QStringLiteral("open_vial_time")), left);
    EXPECT_EQ(s.wasted(), left);
    EXPECT_GE(s.uncountedLots(), 1);  // nobody counted the fridge today
    const QJsonObject json = toJson(s);
    EXPECT_EQ(json.value(QStringLiteral("day")).toString(), QStringLiteral("2021-06-01"));
    EXPECT_EQ(json.value(QStringLiteral("doses_given")).toInt(), 3);
    EXPECT_EQ(
        json.value(QStringLiteral("aefi")).toObject().value(QStringLiteral("serious")).toInt(), 1);
    EXPECT_TRUE(AuditLog::verify(*db)->ok);
}

TEST_F(DayCloseTest, ReopenNeedsTheSiteAdminIsAuditedAndIsRefusedOnceTheDayIsExported)
{
    const LotInfo single = receive(QStringLiteral("B1"), 10);
    vaccinate(QStringLiteral("张三"), QDate(1980, 3, 15), 11, single.lotNumber);
    const QDate day(2021, 6, 1);
    auto reopenCount = [this] {
        return db
            ->exec(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'day.reopen' "
                                  "AND entity_id = '2021-06-01'"))
            ->scalar()
            .toInt();
    };
    // Nothing closed yet: nothing to reopen.
    auto notClosed = DayCloseService::reopen({*db, clock, admin.id}, day);
    ASSERT_FALSE(notClosed.ok());
    EXPECT_EQ(notClosed.error().code, ErrorCode::NotFound);

    // What the confirmation lists before the close: one person under observation.
    auto items = DayCloseService::openItems({*db, clock});
    ASSERT_TRUE(items.ok()) << qPrintable(items.error().message);
    EXPECT_EQ(items->day, day);
    EXPECT_EQ(items->underObservation, 1);
    EXPECT_GE(items->pendingRecords, 1);
    EXPECT_FALSE(items->alreadyClosed);

    ASSERT_TRUE(DayCloseService::close({*db, clock, admin.id}).ok());
    EXPECT_TRUE(DayCloseService::closedAt(*db, day)->isValid());

    test::addStaff(*db, QStringLiteral("nurse-1"), Roles(Role::Vaccinator));
    auto refused = DayCloseService::reopen({*db, clock, QStringLiteral("nurse-1")}, day);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(DayCloseService::summary(*db, day)->closed);
    EXPECT_EQ(reopenCount(), 0);

    clock.advance(60'000);
    auto reopened = DayCloseService::reopen({*db, clock, admin.id}, day);
    ASSERT_TRUE(reopened.ok()) << qPrintable(reopened.error().message);
    EXPECT_FALSE(DayCloseService::summary(*db, day)->closed);
    EXPECT_FALSE(DayCloseService::closedAt(*db, day)->isValid());
    EXPECT_EQ(reopenCount(), 1);
    EXPECT_TRUE(AuditLog::verify(*db)->ok);

    // Closed again, then exported: the district has the day, it stays closed.
    clock.advance(60'000);
    ASSERT_TRUE(DayCloseService::close({*db, clock, admin.id}).ok());
    QTemporaryDir out;
    const signing::KeyPair key = signing::generate();
    Exporter exporter(*db, clock);
    clock.advance(60'000);
    auto exported = exporter.run({out.path(), admin.id, key.secretKey, {}, {}});
    ASSERT_TRUE(exported.ok()) << qPrintable(exported.error().message);
    clock.advance(60'000);
    auto late = DayCloseService::reopen({*db, clock, admin.id}, day);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, ErrorCode::AlreadyExists);
    EXPECT_TRUE(late.error().message.contains(exported->batch.fileName))
        << qPrintable(late.error().message);
    EXPECT_TRUE(DayCloseService::summary(*db, day)->closed);
    EXPECT_EQ(reopenCount(), 1);
}
