// VAXPOINT_FAKE_NOW against real databases: a production site refuses it (also through
// openSite), a training site runs on it.
#include <gtest/gtest.h>

#include <QTimeZone>

#include "site/sitecontext.h"
#include "storage/backup.h"
#include "support/envguard.h"
#include "support/tempdb.h"

using namespace vax;
using vax::test::EnvGuard;
using vax::test::TempDb;

namespace {

constexpr const char* kFakeNow = "2021-06-01T09:00:00+08:00";

void initProductionSite(const TempDb& tmp)
{
    auto db = tmp.open();
    ASSERT_TRUE(db);
    InitRequest req;
    req.code = QStringLiteral("BJ-CY-001");
    req.name = QStringLiteral("Chaoyang point 1");
    req.district = QStringLiteral("Chaoyang");
    req.training = false;
    req.adminUsername = QStringLiteral("admin");
    req.adminPassword = QStringLiteral("s3cure-admin-pass");
    FakeClock clock(vax::test::testNow());
    auto site = SiteService::init({*db, clock}, req);
    ASSERT_TRUE(site.ok()) << qPrintable(site.error().message);
    EXPECT_FALSE(site->training);
}

Result<SiteContext> open(const TempDb& tmp)
{
    SiteOpenOptions options;
    options.path = tmp.path();
    return openSite(options);
}

}  // namespace

TEST(SiteClock, ProductionSiteRefusesFakeNow)
{
    TempDb tmp;
    initProductionSite(tmp);
    auto db = tmp.open();
    ASSERT_TRUE(db);
    auto site = SiteService::load(*db);
    ASSERT_TRUE(site.ok());
    db.reset();

    EnvGuard env("VAXPOINT_FAKE_NOW", kFakeNow);
    auto clock = clockForDatabase(site->training, site->timeZone());
    ASSERT_FALSE(clock.ok());
    EXPECT_EQ(clock.error().code, ErrorCode::FakeClockRefused);

    auto ctx = open(tmp);
    ASSERT_FALSE(ctx.ok());
    EXPECT_EQ(ctx.error().code, ErrorCode::FakeClockRefused);
    EXPECT_TRUE(listBackups(tmp.dir() + QStringLiteral("/backups")).isEmpty())
        << "a refused start must not write the day's backup";
}

TEST(SiteClock, ProductionSiteOpensWithTheSystemClock)
{
    TempDb tmp;
    initProductionSite(tmp);
    EnvGuard env("VAXPOINT_FAKE_NOW", nullptr);
    auto ctx = open(tmp);
    ASSERT_TRUE(ctx.ok()) << qPrintable(ctx.error().message);
    EXPECT_FALSE(ctx->clock->isFake());
    EXPECT_FALSE(ctx->site.training);
}

TEST(SiteClock, TrainingSiteRunsOnFakeNow)
{
    TempDb tmp;
    {
        FakeClock clock(vax::test::testNow());
        ASSERT_TRUE(tmp.openTrainingSite(clock));
    }
    EnvGuard env("VAXPOINT_FAKE_NOW", kFakeNow);
    auto ctx = open(tmp);
    ASSERT_TRUE(ctx.ok()) << qPrintable(ctx.error().message);
    EXPECT_TRUE(ctx->site.training);
    ASSERT_TRUE(ctx->clock);
    EXPECT_TRUE(ctx->clock->isFake());
    const QDateTime fake(QDate(2021, 6, 1), QTime(1, 0), QTimeZone::utc());
    const qint64 offset = fake.secsTo(ctx->clock->nowUtc());
    EXPECT_GE(offset, 0);
    EXPECT_LT(offset, 60);
    // The day's backup is stamped with the training day.
    ASSERT_TRUE(ctx->dailyBackup.has_value());
    EXPECT_TRUE(ctx->dailyBackup->contains(
        fake.toTimeZone(vax::test::testZone()).toString(QStringLiteral("yyyyMMdd"))))
        << qPrintable(*ctx->dailyBackup);
}

TEST(SiteClock, TrainingSiteReportsAnInvalidFakeNow)
{
    TempDb tmp;
    {
        FakeClock clock(vax::test::testNow());
        ASSERT_TRUE(tmp.openTrainingSite(clock));
    }
    EnvGuard env("VAXPOINT_FAKE_NOW", "not-a-time");
    auto ctx = open(tmp);
    ASSERT_FALSE(ctx.ok());
    EXPECT_EQ(ctx.error().code, ErrorCode::FakeClockInvalid);
}
