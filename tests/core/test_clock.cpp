// Clocks: the fake clock tests move by hand, and the choice of clock for a database.
#include <gtest/gtest.h>

#include <QTimeZone>

#include "common/clock.h"
#include "common/sitecalendar.h"
#include "support/envguard.h"
#include "support/tempdb.h"

using namespace vax;
using vax::test::EnvGuard;

TEST(FakeClock, AdvanceMovesWallAndMonotonicTime)
{
    const QDateTime start = vax::test::testNow();
    FakeClock clock(start);
    EXPECT_TRUE(clock.isFake());
    EXPECT_EQ(clock.nowUtc(), start.toUTC());
    EXPECT_EQ(clock.nowUtc().timeSpec(), Qt::UTC);
    const qint64 mono0 = clock.monotonicMs();
    clock.advance(90'000);
    EXPECT_EQ(clock.nowUtc(), start.addSecs(90));
    EXPECT_EQ(clock.monotonicMs() - mono0, 90'000);
}

TEST(FakeClock, JumpWallMovesOnlyTheWallClock)
{
    const QDateTime start = vax::test::testNow();
    FakeClock clock(start);
    clock.advance(1'000);
    const qint64 mono = clock.monotonicMs();
    clock.jumpWall(-3'600'000);  // someone sets the system clock back an hour
    EXPECT_EQ(clock.nowUtc(), start.addSecs(1 - 3600));
    EXPECT_EQ(clock.monotonicMs(), mono);
    clock.jumpWall(7'200'000);
    EXPECT_EQ(clock.nowUtc(), start.addSecs(1 + 3600));
    EXPECT_EQ(clock.monotonicMs(), mono);
}

TEST(FakeClock, SetNowStoresUtc)
{
    FakeClock clock(vax::test::testNow());
    const QDateTime local(QDate(2021, 7, 1), QTime(8, 0), QTimeZone(8 * 3600));
    clock.setNow(local);
    EXPECT_EQ(clock.nowUtc(), local);
    EXPECT_EQ(clock.nowUtc().time(), QTime(0, 0));
}

TEST(SystemClock, IsNotFakeAndMonotonicNeverGoesBack)
{
    SystemClock clock;
    EXPECT_FALSE(clock.isFake());
    const qint64 a = clock.monotonicMs();
    const qint64 b = clock.monotonicMs();
    EXPECT_GE(b, a);
    EXPECT_EQ(clock.nowUtc().timeSpec(), Qt::UTC);
}

TEST(ParseIsoDateTime, AcceptsOffsetsAndNamesTheFieldOnError)
{
    auto withOffset = parseIsoDateTime(QStringLiteral("2021-06-01T09:00:00+08:00"),
                                       QStringLiteral("when"), SiteCalendar::defaultZone());
    ASSERT_TRUE(withOffset.ok());
    EXPECT_EQ(withOffset->toUTC(), QDateTime(QDate(2021, 6, 1), QTime(1, 0), QTimeZone::utc()));
    auto withMs = parseIsoDateTime(QStringLiteral("2021-06-01T01:00:00.250Z"),
                                   QStringLiteral("when"), SiteCalendar::defaultZone());
    ASSERT_TRUE(withMs.ok());
    EXPECT_EQ(withMs->time().msec(), 250);

    auto bad = parseIsoDateTime(QStringLiteral("yesterday"), QStringLiteral("when"),
                                SiteCalendar::defaultZone());
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(bad.error().field, QStringLiteral("when"));
    EXPECT_TRUE(bad.error().message.contains(QLatin1String("yesterday")));
}

TEST(ClockForDatabase, WithoutFakeNowIsTheSystemClock)
{
    EnvGuard env("VAXPOINT_FAKE_NOW", nullptr);
    for (bool training : {false, true}) {
        auto clock = clockForDatabase(training, SiteCalendar::defaultZone());
        ASSERT_TRUE(clock.ok());
        EXPECT_FALSE((*clock)->isFake());
    }
}

TEST(ClockForDatabase, FakeNowIsRefusedForProduction)
{
    EnvGuard env("VAXPOINT_FAKE_NOW", "2021-06-01T09:00:00+08:00");
    auto clock = clockForDatabase(false, SiteCalendar::defaultZone());
    ASSERT_FALSE(clock.ok());
    EXPECT_EQ(clock.error().code, ErrorCode::FakeClockRefused);
    EXPECT_TRUE(clock.error().message.contains(QLatin1String("VAXPOINT_FAKE_NOW")));
}

TEST(ClockForDatabase, FakeNowStartsATrainingClockThatRuns)
{
    EnvGuard env("VAXPOINT_FAKE_NOW", "2021-06-01T09:00:00+08:00");
    auto clock = clockForDatabase(true, SiteCalendar::defaultZone());
    ASSERT_TRUE(clock.ok()) << qPrintable(clock.error().message);
    EXPECT_TRUE((*clock)->isFake());
    const QDateTime fake(QDate(2021, 6, 1), QTime(1, 0), QTimeZone::utc());
    const qint64 offsetSecs = fake.secsTo((*clock)->nowUtc());
    EXPECT_GE(offsetSecs, 0);
    EXPECT_LT(offsetSecs, 60) << "the training clock starts at VAXPOINT_FAKE_NOW";
}

TEST(ClockForDatabase, InvalidFakeNowIsReported)
{
    EnvGuard env("VAXPOINT_FAKE_NOW", "June the first");
    auto clock = clockForDatabase(true, SiteCalendar::defaultZone());
    ASSERT_FALSE(clock.ok());
    EXPECT_EQ(clock.error().code, ErrorCode::FakeClockInvalid);
    EXPECT_EQ(clock.error().field, QStringLiteral("VAXPOINT_FAKE_NOW"));
}

TEST(ClockForDatabase, EnvGuardRestoresTheEnvironment)
{
    {
        EnvGuard env("VAXPOINT_FAKE_NOW", "2021-06-01T09:00:00+08:00");
        EXPECT_TRUE(qEnvironmentVariableIsSet("VAXPOINT_FAKE_NOW"));
    }
    EXPECT_FALSE(qEnvironmentVariableIsSet("VAXPOINT_FAKE_NOW"));
}
