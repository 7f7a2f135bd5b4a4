// The site's calendar (issue: "the desk judges every dose in the site's time"). The site's time
// zone is site data; every calendar rule goes through it. CTest runs this suite (and the desk,
// check-in, stock and export suites) with TZ=Asia/Shanghai, UTC, Pacific/Kiritimati and
// America/Los_Angeles: each scenario must give the same answer whatever the PC's zone is.
#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

#include "checkin/checkinservice.h"
#include "common/sitecalendar.h"
#include "dayclose/dayclose.h"
#include "desk/administrationservice.h"
#include "desk/dosecorrectionservice.h"
#include "identity/document.h"
#include "stock/openvial.h"
#include "stock/stockfixture.h"  // tests/core/stock
#include "storage/audit.h"
#include "support/administerrequest.h"
#include "support/residentid.h"

using namespace vax;
using vax::test::residentId;

namespace {
const QTimeZone kShanghai(QByteArrayLiteral("Asia/Shanghai"));

QDateTime beijing(int y, int m, int d, int hh, int mm)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), kShanghai).toUTC();
}

bool hasFinding(const ChecklistResult& r, const QString& code)
{
    for (const ChecklistItem& i : r.items)
        for (const CheckFinding& f : i.findings)
            if (f.code == code)
                return true;
    return false;
}

TEST(SiteCalendar, DayAndHoursAreTheSitesWhateverThePcZone)
{
    FakeClock clock(beijing(2021, 6, 2, 7, 30));  // 2021-06-01 23:30 UTC
    const SiteCalendar cal(clock, kShanghai);
    EXPECT_EQ(cal.today(), QDate(2021, 6, 2));
    EXPECT_EQ(cal.timeOf(clock.nowUtc()), QTime(7, 30));
    EXPECT_EQ(cal.startOfDay(QDate(2021, 6, 2)),
              QDateTime(QDate(2021, 6, 1), QTime(16, 0), QTimeZone::utc()));
    EXPECT_EQ(cal.endOfDay(QDate(2021, 6, 2)),
              QDateTime(QDate(2021, 6, 2), QTime(16, 0), QTimeZone::utc()));
    EXPECT_EQ(cal.at(QDate(2021, 6, 2), QTime(17, 30)),
              QDateTime(QDate(2021, 6, 2), QTime(9, 30), QTimeZone::utc()));
    // A time written without an offset is the site's wall-clock time.
    auto parsed = cal.parse(QStringLiteral("2021-06-02T08:00:00"), QStringLiteral("at"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, beijing(2021, 6, 2, 8, 0));
    auto offset = cal.parse(QStringLiteral("2021-06-02T08:00:00Z"), QStringLiteral("at"));
    ASSERT_TRUE(offset.ok());
    EXPECT_EQ(*offset, QDateTime(QDate(2021, 6, 2), QTime(8, 0), QTimeZone::utc()));
}

// The suite runs once per PC zone (tests/CMakeLists.txt, ZONES); those runs are worth something
// only if the process really is in that zone. A list-valued ENVIRONMENT once dropped TZ.
TEST(SiteCalendar, TheTestProcessRunsInTheZoneCTestGaveIt)
{
    const QByteArray tz = qgetenv("TZ");
    if (tz.isEmpty())
        GTEST_SKIP() << "run outside CTest's zone variants (no TZ)";
    EXPECT_EQ(QTimeZone::systemTimeZoneId(), tz);
}

TEST(SiteCalendar, ZoneNamesAreChecked)
{
    EXPECT_TRUE(SiteCalendar::zoneFromId(QStringLiteral("Asia/Urumqi"), QStringLiteral("tz")).ok());
    auto bad = SiteCalendar::zoneFromId(QStringLiteral("Mars/Olympus"), QStringLiteral("timezone"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, QStringLiteral("timezone"));
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("Mars/Olympus")));
}

class SiteZoneTest : public test::StockFixture {};

TEST_F(SiteZoneTest, NewSiteDefaultsToShanghaiAndAnAdminChangesItAudited)
{
    auto site = SiteService::load(*db);
    ASSERT_TRUE(site.ok());
    EXPECT_EQ(site->timeZoneId, QStringLiteral("Asia/Shanghai"));
    EXPECT_EQ(siteZone(*db), kShanghai);

    test::addStaff(*db, QStringLiteral("nurse-1"), Roles(Role::Vaccinator) | Role::Registrar);
    auto refused = SiteService::setTimeZone({*db, clock, QStringLiteral("nurse-1")},
                                            QStringLiteral("Asia/Urumqi"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    auto unknown = SiteService::setTimeZone({*db, clock, admin.id}, QStringLiteral("Nowhere/Zone"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().field, QStringLiteral("timezone"));
    EXPECT_EQ(SiteService::load(*db)->timeZoneId, QStringLiteral("Asia/Shanghai"));

    const qint64 auditBefore = test::queryNumber(*db, QStringLiteral("SELECT count(*) FROM audit"));
    auto changed = SiteService::setTimeZone({*db, clock, admin.id}, QStringLiteral("Asia/Urumqi"));
    ASSERT_TRUE(changed.ok()) << qPrintable(changed.error().message);
    EXPECT_EQ(SiteService::load(*db)->timeZoneId, QStringLiteral("Asia/Urumqi"));
    EXPECT_EQ(siteZone(*db), QTimeZone(QByteArrayLiteral("Asia/Urumqi")));
    EXPECT_EQ(test::queryNumber(*db, QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                                    "'site.timezone'")),
              1);
    EXPECT_EQ(test::queryNumber(*db, QStringLiteral("SELECT count(*) FROM audit")),
              auditBefore + 1);
    EXPECT_TRUE(AuditLog::verify(*db)->ok);
}

TEST(SiteZoneInit, InitTakesAZoneAndRefusesAnUnknownOne)
{
    test::TempDb tmp;
    auto db = tmp.open();
    FakeClock clock(test::testNow());
    InitRequest bad;
    bad.code = QStringLiteral("XJ-01");
    bad.name = QStringLiteral("乌鲁木齐某接种点");
    bad.district = QStringLiteral("天山区");
    bad.training = true;
    bad.timeZoneId = QStringLiteral("Asia/Nowhere");
    auto refused = SiteService::init({*db, clock}, bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("timezone"));
    InitRequest good = bad;
    good.timeZoneId = QStringLiteral("Asia/Urumqi");
    auto site = SiteService::init({*db, clock}, good);
    ASSERT_TRUE(site.ok()) << qPrintable(site.error().message);
    EXPECT_EQ(SiteService::load(*db)->timeZoneId, QStringLiteral("Asia/Urumqi"));
}

TEST(SiteZoneMigration, ExistingSitesGetShanghai)
{
    test::TempDb tmp;
    {
        auto db = tmp.open(10);  // the schema before the zone was site data
        ASSERT_TRUE(db);
        auto ins = db->exec(QStringLiteral(
            "INSERT INTO site(id, uuid, code, name, district, training, created_at) "
            "VALUES(1, 'u-1', 'OLD-01', 'old', 'd', 1, '2021-06-01T01:00:00.000Z')"));
        ASSERT_TRUE(ins.ok());
    }
    auto db = tmp.open();
    ASSERT_TRUE(db);
    auto site = SiteService::load(*db);
    ASSERT_TRUE(site.ok()) << qPrintable(site.error().message);
    EXPECT_EQ(site->timeZoneId, QStringLiteral("Asia/Shanghai"));
}

// The desk's scenarios of the issue, with the clock at Beijing times.
class DeskInSiteTime : public test::StockFixture {
protected:
    void SetUp() override
    {
        clock.setNow(beijing(2021, 6, 1, 9, 0));
        StockFixture::SetUp();
    }

    QString checkIn(int seq)
    {
        CheckInService checkin({*db, clock});
        CheckInRequest r;
        r.staffId = admin.id;
        r.draft.name = QStringLiteral("王测试%1").arg(seq);
        r.draft.document.number = residentId(QDate(1980, 3, 4).addDays(seq), seq);
        for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
            r.answers.insert(q.id, false);
        r.temperatureC = 36.6;
        r.consent.textVersion = QString::fromLatin1(vax::kConsentTextVersion);
        auto receipt = checkin.checkIn(r);
        EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? "" : qPrintable(receipt.error().message));
        return receipt.ok() ? receipt->visitId : QString();
    }

    AdministerRequest request(const QString& visit, const QString& lot, const QString& vial = {})
    {
        AdministerRequest r =
            test::confirmedAdministration(visit, lot, QStringLiteral("1"), admin.id);
        r.scan.vialId = vial;
        return r;
    }

    LotInfo receiveExpiring(const QString& number, const QDate& expiry,
                            const QString& product = QStringLiteral("BBIBP-CorV"))
    {
        LotReceipt r;
        r.productCode = product;
        r.lotNumber = number;
        r.expiry = expiry;
        r.vials = 10;
        r.fridgeId = fridge.id;
        auto res = LotService::receive({*db, clock, admin.id}, r);
        EXPECT_TRUE(res.ok()) << (res.ok() ? "" : qPrintable(res.error().message));
        return res.ok() ? res->lot : LotInfo{};
    }
};

TEST_F(DeskInSiteTime, DoseAtHalfPastSevenIsDatedThatBeijingDay)
{
    const LotInfo lot = receiveExpiring(QStringLiteral("L-TODAY"), QDate(2021, 12, 31));
    clock.setNow(beijing(2021, 6, 2, 7, 30));  // 2021-06-01 23:30 UTC
    const QString visit = checkIn(1);
    AdministrationService administration({*db, clock});
    DoseCorrectionService correction({*db, clock});
    EXPECT_EQ(correction.today(), QDate(2021, 6, 2));
    auto given = administration.administer(request(visit, lot.id));
    ASSERT_TRUE(given.ok()) << qPrintable(given.error().message);
    auto today = correction.dosesOn(QDate(2021, 6, 2));
    ASSERT_TRUE(today.ok());
    EXPECT_EQ(today->size(), 1u);
    EXPECT_TRUE(correction.dosesOn(QDate(2021, 6, 1))->empty());
    // The day's report counts it on the Beijing day.
    auto summary = DayCloseService::summary(*db, QDate(2021, 6, 2));
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->dosesGiven, 1);
    auto before = DayCloseService::summary(*db, QDate(2021, 6, 1));
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->dosesGiven, 0);
}

TEST_F(DeskInSiteTime, LotThatExpiredYesterdayInBeijingIsRefusedAtDawn)
{
    const LotInfo lot = receiveExpiring(QStringLiteral("L-LAST-DAY"), QDate(2021, 6, 1));
    clock.setNow(beijing(2021, 6, 2, 7, 30));  // still 2021-06-01 in UTC and in the Americas
    const QString visit = checkIn(2);
    AdministrationService administration({*db, clock});
    ChecklistResult seen;
    const qint64 doses = test::queryNumber(*db, QStringLiteral("SELECT count(*) FROM dose"));
    auto refused = administration.administer(request(visit, lot.id), &seen);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(hasFinding(seen, QStringLiteral("lot.expired")));
    EXPECT_EQ(test::queryNumber(*db, QStringLiteral("SELECT count(*) FROM dose")), doses);
}

TEST_F(DeskInSiteTime, LotStillValidOnItsLastBeijingDayIsGiven)
{
    const LotInfo lot = receiveExpiring(QStringLiteral("L-LAST-OK"), QDate(2021, 6, 2));
    clock.setNow(beijing(2021, 6, 2, 23, 0));  // 2021-06-03 in Kiritimati
    const QString visit = checkIn(3);
    AdministrationService administration({*db, clock});
    auto given = administration.administer(request(visit, lot.id));
    ASSERT_TRUE(given.ok()) << qPrintable(given.error().message);
}

TEST_F(DeskInSiteTime, VialOpenedFiveHoursFiftyNineMinutesAgoStillServes)
{
    const LotInfo lot = receiveExpiring(QStringLiteral("L-VIAL"), QDate(2021, 12, 31),
                                        QStringLiteral("Convidecia"));
    auto vial = VialService::open({*db, clock, admin.id}, lot.id, fridge.id);  // 09:00 Beijing
    ASSERT_TRUE(vial.ok()) << qPrintable(vial.error().message);
    // Discard at 15:00 (6 hours), before the session's end at 17:30 Beijing time.
    EXPECT_EQ(vial->discardAt, beijing(2021, 6, 1, 15, 0));
    clock.setNow(beijing(2021, 6, 1, 14, 59));
    const QString visit = checkIn(4);
    AdministrationService administration({*db, clock});
    ChecklistResult seen;
    auto given = administration.administer(request(visit, QString(), vial->id), &seen);
    ASSERT_TRUE(given.ok()) << qPrintable(given.error().message);
    EXPECT_FALSE(hasFinding(seen, QStringLiteral("vial.past_discard")));

    clock.setNow(beijing(2021, 6, 1, 15, 1));
    const QString late = checkIn(5);
    ChecklistResult lateSeen;
    auto refused = administration.administer(request(late, QString(), vial->id), &lateSeen);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(hasFinding(lateSeen, QStringLiteral("vial.past_discard")));
}

TEST_F(DeskInSiteTime, QueueDayStartsAtBeijingMidnight)
{
    clock.setNow(beijing(2021, 6, 1, 23, 50));
    const QString late = checkIn(6);
    clock.setNow(beijing(2021, 6, 2, 0, 10));  // 16:10 UTC: the same UTC day
    CheckInService checkin({*db, clock});
    EXPECT_EQ(checkin.today(), QDate(2021, 6, 2));
    const QString next = checkIn(7);
    auto first =
        db->exec(QStringLiteral("SELECT visit_date, queue_number FROM visit WHERE id = ?"), {late});
    ASSERT_TRUE(first.ok() && first->next());
    EXPECT_EQ(first->value(0).toString(), QStringLiteral("2021-06-01"));
    auto second =
        db->exec(QStringLiteral("SELECT visit_date, queue_number FROM visit WHERE id = ?"), {next});
    ASSERT_TRUE(second.ok() && second->next());
    EXPECT_EQ(second->value(0).toString(), QStringLiteral("2021-06-02"));
    EXPECT_EQ(second->value(1).toInt(), 1);  // a new day's queue starts again
}

// Nothing in core or app may ask the PC for its zone or its local time: calendar rules go
// through SiteCalendar, time through the Clock (core/common/clock.cpp's SystemClock is the one
// place that reads the system's UTC time).
TEST(SiteCalendarSources, NoPcZoneOrLocalTimeInCoreOrApp)
{
    const QRegularExpression forbidden(QStringLiteral(
        R"(QTimeZone::systemTimeZone|systemTimeZoneId|\.toLocalTime\s*\(|QDate::currentDate\s*\()"
        R"(|QDateTime::currentDateTime\s*\(|QTime::currentTime\s*\(|QDateTime::currentMSecsSinceEpoch)"
        R"(|QDateTime::currentSecsSinceEpoch|QDateTime::currentDateTimeUtc|\blocaltime(_r)?\s*\()"));
    const QString root = QStringLiteral(VAX_SOURCE_DIR);
    QStringList offenders;
    int files = 0;
    for (const QString& area : {QStringLiteral("core"), QStringLiteral("app")}) {
        QDirIterator it(root + u'/' + area, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = path.mid(root.size() + 1);
            QFile f(path);
            ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(path);
            ++files;
            const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
            for (int i = 0; i < lines.size(); ++i) {
                const QString code = lines.at(i).section(QStringLiteral("//"), 0, 0);
                if (!forbidden.match(code).hasMatch())
                    continue;
                // The system clock itself reads UTC once, in one place.
                if (rel == QLatin1String("core/common/clock.cpp") &&
                    code.contains(QLatin1String("QDateTime::currentDateTimeUtc()")))
                    continue;
                offenders << QStringLiteral("%1:%2: %3").arg(rel).arg(i + 1).arg(lines.at(i));
            }
        }
    }
    EXPECT_GT(files, 100);
    EXPECT_TRUE(offenders.isEmpty()) << qPrintable(offenders.join(u'\n'));
}
}  // namespace
