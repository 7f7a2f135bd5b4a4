#include <gtest/gtest.h>

#include <QTimeZone>

#include "coldchain/excursiondetector.h"
#include "coldchain/readingschedule.h"

using namespace vax;

namespace {
const QTimeZone kZone(8 * 3600);
QDateTime t0()
{
    return QDateTime(QDate(2023, 3, 1), QTime(8, 0), kZone);
}

std::vector<TemperatureReading> run(double celsius, int minutes, double after)
{
    return {{t0(), celsius}, {t0().addSecs(60LL * minutes), after}};
}
}  // namespace

TEST(ExcursionDetector, ManualReadingExactlyAtALimitIsInRange)
{
    FridgeThresholds th;
    EXPECT_TRUE(ExcursionDetector::fromManualReadings({{t0(), 8.0}, {t0(), 2.0}}, th).empty());
    const auto above = ExcursionDetector::fromManualReadings({{t0(), 8.1}}, th);
    ASSERT_EQ(above.size(), 1u);
    EXPECT_EQ(above[0].kind, ExcursionKind::OutOfRange);
    EXPECT_DOUBLE_EQ(above[0].extremeC, 8.1);
    EXPECT_EQ(ExcursionDetector::fromManualReadings({{t0(), 1.9}}, th).size(), 1u);
}

TEST(ExcursionDetector, ManualReadingUsesThePerFridgeThresholds)
{
    FridgeThresholds th;
    th.maxC = 10.0;
    EXPECT_TRUE(ExcursionDetector::fromManualReadings({{t0(), 9.5}}, th).empty());
}

TEST(ExcursionDetector, HeatAlarmNeedsTheFullDelay)
{
    FridgeThresholds th;
    EXPECT_TRUE(ExcursionDetector::fromLoggerReadings(run(8.5, 599, 5.0), th).empty());
    const auto alarm = ExcursionDetector::fromLoggerReadings(run(8.5, 600, 5.0), th);
    ASSERT_EQ(alarm.size(), 1u);
    EXPECT_EQ(alarm[0].kind, ExcursionKind::Heat);
    EXPECT_EQ(alarm[0].minutes, 600);
    EXPECT_EQ(alarm[0].start, t0());
}

TEST(ExcursionDetector, LoggerAtExactlyMaxIsNotAboveIt)
{
    FridgeThresholds th;
    EXPECT_TRUE(ExcursionDetector::fromLoggerReadings(run(8.0, 900, 8.0), th).empty());
    EXPECT_EQ(ExcursionDetector::fromLoggerReadings(run(8.1, 900, 5.0), th).size(), 1u);
}

TEST(ExcursionDetector, FreezeAlarmAfterSixtyMinutesBelowLimit)
{
    FridgeThresholds th;
    EXPECT_TRUE(ExcursionDetector::fromLoggerReadings(run(-0.6, 59, 3.0), th).empty());
    EXPECT_TRUE(ExcursionDetector::fromLoggerReadings(run(-0.5, 120, 3.0), th).empty());
    const auto f = ExcursionDetector::fromLoggerReadings(run(-0.6, 60, 3.0), th);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].kind, ExcursionKind::Freeze);
    EXPECT_DOUBLE_EQ(f[0].extremeC, -0.6);
}

TEST(ExcursionDetector, ConfigurableDelaysAndUnsortedInput)
{
    FridgeThresholds th;
    th.heatAlarmMinutes = 30;
    std::vector<TemperatureReading> r;
    for (int m = 60; m >= 0; m -= 5)
        r.push_back({t0().addSecs(60 * m), m <= 30 ? 9.0 + m / 10.0 : 5.0});
    const auto e = ExcursionDetector::fromLoggerReadings(r, th);
    ASSERT_EQ(e.size(), 1u);
    EXPECT_EQ(e[0].minutes, 35);  // until the first reading back in range
    EXPECT_DOUBLE_EQ(e[0].extremeC, 12.0);
}

TEST(ExcursionDetector, LogEndingInsideARunCountsToItsLastReading)
{
    FridgeThresholds th;
    th.heatAlarmMinutes = 60;
    const std::vector<TemperatureReading> r{{t0(), 9.0}, {t0().addSecs(3600), 9.0}};
    ASSERT_EQ(ExcursionDetector::fromLoggerReadings(r, th).size(), 1u);
}

TEST(ReadingSchedule, MorningAndAfternoonReadingsDue)
{
    const QDateTime morning(QDate(2023, 3, 1), QTime(9, 0), kZone);
    const QDateTime early(QDate(2023, 3, 1), QTime(7, 0), kZone);
    const QDateTime afternoon(QDate(2023, 3, 1), QTime(15, 0), kZone);
    EXPECT_FALSE(manualReadingDue(early, kZone, {}).has_value());
    EXPECT_EQ(manualReadingDue(morning, kZone, {}), ReadingSession::Morning);
    EXPECT_FALSE(manualReadingDue(morning, kZone, {morning.addSecs(-600)}).has_value());
    EXPECT_EQ(manualReadingDue(afternoon, kZone, {morning}), ReadingSession::Afternoon);
    EXPECT_FALSE(manualReadingDue(afternoon, kZone, {afternoon.addSecs(-60)}).has_value());
    // Yesterday's afternoon reading does not count for today.
    EXPECT_EQ(manualReadingDue(afternoon, kZone, {afternoon.addDays(-1)}),
              ReadingSession::Afternoon);
}
