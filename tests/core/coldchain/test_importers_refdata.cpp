// The Fridge-tag importers on real logger reports: the reference files of ../shared/data
// (outside the repository), so this suite is labelled refdata (docs/development.md).
#include <gtest/gtest.h>

#include <QFile>
#include <QTimeZone>

#include "coldchain/csvimporters.h"
#include "coldchain/excursiondetector.h"
#include "coldchain/fridgetagimporter.h"

using namespace vax;

namespace {
const QTimeZone kZone(8 * 3600);

QString shared(const char* name)
{
    const QString path = QStringLiteral(VAX_REFDATA_DIR "/coldchain/") + QString::fromLatin1(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(path);
    return QString::fromUtf8(f.readAll());
}
}  // namespace

TEST(FridgeTagImporter, RealFridgeTag2Report)
{
    auto r = parseTemperatureFile(shared("fridgetag2_130400191542_202302140605.txt"), kZone);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_EQ(r->format, QStringLiteral("fridgetag2"));
    EXPECT_EQ(r->serial, QStringLiteral("130400191542"));
    ASSERT_EQ(r->alarms.size(), 2u);
    EXPECT_DOUBLE_EQ(r->alarms[0].limitC, -0.5);
    EXPECT_EQ(r->alarms[0].delayMinutes, 60);
    EXPECT_DOUBLE_EQ(r->alarms[1].limitC, 8.0);
    EXPECT_EQ(r->alarms[1].delayMinutes, 600);
    ASSERT_EQ(r->days.size(), 60u);
    const LoggerDay& first = r->days.front();
    EXPECT_EQ(first.date, QDate(2023, 2, 14));
    EXPECT_DOUBLE_EQ(first.minC, 18.0);
    EXPECT_EQ(first.minAt, QTime(0, 0));
    EXPECT_DOUBLE_EQ(first.maxC, 18.8);
    EXPECT_EQ(first.maxAt, QTime(4, 57));
    EXPECT_DOUBLE_EQ(first.avgC, 18.5);
    EXPECT_EQ(first.alarmMinutes, (std::vector<int>{0, 366}));
    EXPECT_EQ(r->days.back().date, QDate(2022, 12, 17));
    EXPECT_DOUBLE_EQ(r->days.back().minC, 15.1);
    EXPECT_TRUE(r->readings.empty());
    // A logger kept at room temperature: every full day in heat alarm.
    const auto ex = ExcursionDetector::fromLoggerDays(*r, FridgeThresholds{}, kZone);
    EXPECT_GE(ex.size(), 59u);
    EXPECT_EQ(ex.front().kind, ExcursionKind::Heat);
}

TEST(FridgeTagImporter, RealFridgeTag2LReportWithDetailedLog)
{
    auto r = parseTemperatureFile(shared("fridgetag2L_130500109088_202206081014.txt"), kZone);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_EQ(r->format, QStringLiteral("fridgetag2l"));
    EXPECT_EQ(r->serial, QStringLiteral("130500109088"));
    EXPECT_EQ(r->loggingIntervalMinutes, 5);
    ASSERT_EQ(r->alarms.size(), 2u);
    EXPECT_DOUBLE_EQ(r->alarms[0].limitC, 2.0);
    EXPECT_EQ(r->alarms[1].delayMinutes, 60);
    ASSERT_EQ(r->days.size(), 38u);
    EXPECT_EQ(r->days[0].date, QDate(2022, 6, 8));
    EXPECT_DOUBLE_EQ(r->days[0].minC, 4.0);
    EXPECT_DOUBLE_EQ(r->days[0].maxC, 6.2);
    EXPECT_EQ(r->days[2].alarmMinutes, (std::vector<int>{753, 408}));
    ASSERT_EQ(r->readings.size(), 10653u);
    EXPECT_EQ(r->readings.front().at, QDateTime(QDate(2022, 5, 2), QTime(4, 44), kZone));
    EXPECT_DOUBLE_EQ(r->readings.front().celsius, 26.3);
    EXPECT_DOUBLE_EQ(r->readings.back().celsius, 5.7);
    const auto ex = ExcursionDetector::fromLoggerReadings(r->readings, FridgeThresholds{});
    bool freeze = false;
    for (const auto& e : ex)
        freeze = freeze || e.kind == ExcursionKind::Freeze;
    EXPECT_TRUE(freeze);  // the logger spent days below 0 °C
}

TEST(FridgeTagImporter, BrokenLineInTheRealReportIsReported)
{
    QStringList lines =
        shared("fridgetag2_130400191542_202302140605.txt").split(QStringLiteral("\r\n"));
    ASSERT_EQ(lines.at(36), QStringLiteral("  Max T: +18.8, TS Max T: 04:57"));
    lines[36] = QStringLiteral("  Max T: hot, TS Max T: 04:57");
    auto r = FridgeTagImporter::parse(lines.join(QStringLiteral("\r\n")), kZone);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::ImportLine);
    EXPECT_EQ(r.error().field, QStringLiteral("line:37"));

    QStringList detailed =
        shared("fridgetag2L_130500109088_202206081014.txt").split(QStringLiteral("\r\n"));
    detailed[999] = QStringLiteral("\t2022-05-04 99:99\t4.0");
    auto d = FridgeTagImporter::parse(detailed.join(QStringLiteral("\r\n")), kZone);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().field, QStringLiteral("line:1000"));
}

TEST(FridgeTagImporter, TruncatedReportsNeverCrash)
{
    const QString full = shared("fridgetag2L_130500109088_202206081014.txt");
    for (int cut = 0; cut < 4000; cut += 37) {
        auto r = FridgeTagImporter::parse(full.left(cut), kZone);
        if (!r.ok()) {
            EXPECT_FALSE(r.error().message.isEmpty());
        }
    }
}
