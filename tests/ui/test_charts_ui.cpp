// Issue 19, point 5: chart axes that tell the truth. Counts get whole-number ticks on round
// numbers (the grid lines and the labels are the same values), temperatures 0.5 or 1 °C steps
// around the 2–8 °C band, and the fridge chart's time window follows the readings. The pure
// axis arithmetic first, then the day-close and fridge charts built from a real day in a TempDb.
#include <gtest/gtest.h>

#include <QApplication>
#include <QImage>
#include <QTest>
#include <QTimeZone>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

#include <cmath>

#include "charts/axisscale.h"
#include "checkin/checkinservice.h"
#include "checkin/screening.h"
#include "coldchain/coldchainservice.h"
#include "coldchain/fridgechart.h"
#include "coldchain/fridgepage.h"
#include "coldchain/fridges.h"
#include "common/i18n.h"
#include "dayclose/dayclosepage.h"
#include "desk/administrationservice.h"
#include "security/staff.h"
#include "shell/style.h"
#include "site/sitecontext.h"
#include "support/administerrequest.h"
#include "support/checkinrequest.h"
#include "support/residentid.h"
#include "support/signin.h"
#include "support/tempdb.h"
#include "ui/screenshot.h"
#include "verification/checklist.h"

using namespace vax;
using ui::AxisKind;
using ui::niceScale;
using vax::test::residentId;

namespace {

bool isWhole(double v)
{
    return std::abs(v - std::round(v)) < 1e-9;
}

bool isMultiple(double v, double step)
{
    return isWhole(v / step);
}

// The tick values a fixed-tick QValueAxis draws: grid lines and labels alike.
QList<double> ticksOf(const QValueAxis* axis)
{
    QList<double> ticks;
    const int n = axis->tickCount();
    for (int i = 0; i < n; ++i)
        ticks << axis->min() + i * (axis->max() - axis->min()) / (n - 1);
    return ticks;
}

QValueAxis* valueAxis(QChart* chart)
{
    const auto axes = chart->axes(Qt::Vertical);
    return axes.size() == 1 ? qobject_cast<QValueAxis*>(axes.first()) : nullptr;
}

}  // namespace

TEST(AxisScale, CountsGetWholeRoundTicksFromZero)
{
    struct Case {
        double max;
        double top;
        double step;
    };
    for (const Case& c : {Case{0, 1, 1}, Case{1, 1, 1}, Case{2, 2, 1}, Case{3, 3, 1}, Case{5, 5, 1},
                          Case{7, 7, 1}, Case{8, 8, 1}, Case{9, 10, 2}, Case{18, 20, 5},
                          Case{41, 50, 10}, Case{137, 140, 20}, Case{1999, 2000, 500}}) {
        const ui::AxisScale s = niceScale(0, c.max, AxisKind::Count);
        EXPECT_EQ(s.min, 0) << c.max;
        EXPECT_EQ(s.max, c.top) << c.max;
        EXPECT_EQ(s.step, c.step) << c.max;
        EXPECT_LE(s.intervals(), 8) << c.max;
        for (double t : s.ticks())
            EXPECT_TRUE(isWhole(t)) << c.max << ": tick " << t;
        EXPECT_EQ(s.labelFormat(AxisKind::Count), QStringLiteral("%d"));
    }
    // A fraction never makes a count axis fractional.
    EXPECT_EQ(niceScale(0, 2.5, AxisKind::Count).max, 3);
    EXPECT_EQ(niceScale(0, 2.5, AxisKind::Count).step, 1);
}

TEST(AxisScale, TemperaturesCoverTheBandAndTheReadingsInHalfOrWholeDegrees)
{
    // The band only: 2–8 °C with half a degree to spare, rounded out to whole degrees.
    ui::AxisScale s = niceScale(2, 8, AxisKind::Temperature);
    EXPECT_EQ(s.min, 1);
    EXPECT_EQ(s.max, 9);
    EXPECT_EQ(s.step, 1);
    EXPECT_EQ(s.labelFormat(AxisKind::Temperature), QStringLiteral("%.0f"));
    // A warm reading of 9.5 °C: the axis reaches 10.
    s = niceScale(2, 9.5, AxisKind::Temperature);
    EXPECT_EQ(s.min, 1);
    EXPECT_EQ(s.max, 10);
    EXPECT_EQ(s.step, 1);
    // A narrow band gets half degrees, labelled with one decimal.
    s = niceScale(3.2, 5.1, AxisKind::Temperature);
    EXPECT_EQ(s.step, 0.5);
    EXPECT_EQ(s.min, 2.5);
    EXPECT_EQ(s.max, 6);
    EXPECT_EQ(s.labelFormat(AxisKind::Temperature), QStringLiteral("%.1f"));
    // A freezing night: still round steps, never more than 10 of them.
    s = niceScale(-14.2, 8, AxisKind::Temperature);
    EXPECT_LE(s.min, -14.7);
    EXPECT_GE(s.max, 8.5);
    EXPECT_EQ(s.step, 5);  // -15 … 10: 2 °C steps would need 13 intervals
    EXPECT_LE(s.intervals(), 10);
    for (double t : s.ticks())
        EXPECT_TRUE(isMultiple(t, s.step)) << t;
}

TEST(AxisScale, TheTimeWindowFollowsTheReadingsOnRoundTimes)
{
    const QTimeZone zone = test::testZone();
    // This morning's readings, 07:30 to 09:50: the working morning, quarter or half hours.
    ui::TimeWindow w = ui::timeWindow(QDateTime(QDate(2021, 6, 1), QTime(7, 30), zone),
                                      QDateTime(QDate(2021, 6, 1), QTime(9, 50), zone), zone);
    EXPECT_EQ(w.format, QStringLiteral("HH:mm"));
    EXPECT_EQ(w.labels().first(), QStringLiteral("07:00"));
    EXPECT_EQ(w.labels().size(), w.tickCount);
    EXPECT_LE(w.start, QDateTime(QDate(2021, 6, 1), QTime(7, 0), zone));
    EXPECT_GE(w.end, QDateTime(QDate(2021, 6, 1), QTime(10, 20), zone));
    EXPECT_LE(w.start.secsTo(w.end), 4 * 3600);
    EXPECT_EQ(w.start.toTimeZone(zone).time().minute() % 15, 0);
    EXPECT_EQ(w.start.secsTo(w.end) % ((w.tickCount - 1) * 60), 0);
    // One reading: a window of at least two hours around it.
    const QDateTime one(QDate(2021, 6, 1), QTime(8, 10), zone);
    w = ui::timeWindow(one, one, zone);
    EXPECT_GE(w.start.secsTo(w.end), 2 * 3600);
    EXPECT_LT(w.start, one);
    EXPECT_GT(w.end, one);
    // Two days: dated labels, fewer of them.
    w = ui::timeWindow(QDateTime(QDate(2021, 5, 31), QTime(15, 0), zone),
                       QDateTime(QDate(2021, 6, 1), QTime(9, 0), zone), zone);
    EXPECT_EQ(w.format, QStringLiteral("MM-dd HH:mm"));
    EXPECT_LE(w.tickCount, 8);
    EXPECT_EQ(w.labels().first(), QStringLiteral("05-31 12:00"));
    // A month of readings: whole days.
    w = ui::timeWindow(QDateTime(QDate(2021, 5, 2), QTime(0, 0), zone),
                       QDateTime(QDate(2021, 6, 1), QTime(9, 55), zone), zone);
    EXPECT_EQ(w.format, QStringLiteral("MM-dd"));
    EXPECT_EQ(w.start.toTimeZone(zone).time(), QTime(0, 0));
    EXPECT_EQ(w.end.toTimeZone(zone).time(), QTime(0, 0));
    EXPECT_LE(w.tickCount, 15);
    const QDateTime last(QDate(2021, 6, 1), QTime(9, 55), zone);
    EXPECT_GT(last.msecsTo(w.end) * 20, w.start.msecsTo(w.end));
}

namespace {

class ChartsUiTest : public test::TrainingSiteTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(openTrainingSite(QTime(8, 20)));
        auto fridge = FridgeRepository::find(*m_site.db, QStringLiteral("Fridge 1 (training)"));
        ASSERT_TRUE(fridge.ok());
        m_fridge = *fridge;
    }

    void TearDown() override { installTranslations(*qApp, QStringLiteral("en")); }

    // One adult checked in and vaccinated now, then the clock moves on `minutes`.
    void vaccinate(const QDate& birth, int minutes)
    {
        CheckInService checkin({*m_site.db, *m_clock});
        AdministrationService administration({*m_site.db, *m_clock});
        const QString name = QStringLiteral("受种者%1").arg(m_seq);
        auto visit =
            checkin.checkIn(test::passingCheckIn(m_admin.id, name, residentId(birth, ++m_seq)));
        ASSERT_TRUE(visit.ok()) << qPrintable(visit.error().message);
        auto given = administration.administer(test::confirmedAdministration(
            visit->visitId, QStringLiteral("TRAIN-B2021001"), QStringLiteral("1"), m_admin.id));
        ASSERT_TRUE(given.ok()) << qPrintable(given.error().message);
        m_clock->advance(qint64(minutes) * 60'000);
    }

    // The morning of the walk: 2 doses in the 08 hour, 5 in the 09 hour.
    void vaccinateAMorning()
    {
        const QDate births[] = {QDate(1980, 3, 15), QDate(1955, 1, 1), QDate(1990, 8, 8)};
        for (int i = 0; i < 2; ++i)
            vaccinate(births[i % 3], 12);  // 08:20, 08:32
        m_clock->setNow(QDateTime(QDate(2021, 6, 1), QTime(9, 5), test::testZone()));
        for (int i = 0; i < 5; ++i)
            vaccinate(births[i % 3], 9);  // 09:05 … 09:41
        ASSERT_FALSE(HasFailure());
    }

    // This morning's fridge: a logger every 10 minutes from 07:30 to 09:50 (one 9.5 °C reading,
    // too short for an excursion) and the 08:10 manual reading.
    void readTheFridgeThisMorning()
    {
        const QTimeZone zone = test::testZone();
        m_clock->setNow(QDateTime(QDate(2021, 6, 1), QTime(10, 0), zone));
        LoggerReport report;
        report.format = QStringLiteral("plain-csv");
        report.loggingIntervalMinutes = 10;
        int line = 1;
        for (QDateTime at(QDate(2021, 6, 1), QTime(7, 30), zone);
             at <= QDateTime(QDate(2021, 6, 1), QTime(9, 50), zone); at = at.addSecs(600)) {
            const double celsius = at.time() == QTime(9, 30) ? 9.5 : 2.1 + (line % 7) * 0.6;
            report.readings.push_back({at.toUTC(), celsius, ++line});
        }
        auto imported =
            ColdChainService::importReport({*m_site.db, *m_clock, m_admin.id}, m_fridge.id, report);
        ASSERT_TRUE(imported.ok()) << qPrintable(imported.error().message);
        ASSERT_GT(imported->readingsStored, 10);
        auto manual =
            ColdChainService::addManualReading({*m_site.db, *m_clock, m_admin.id}, m_fridge.id, 4.5,
                                               QDateTime(QDate(2021, 6, 1), QTime(8, 10), zone));
        ASSERT_TRUE(manual.ok()) << qPrintable(manual.error().message);
    }

    void expectCountAxis(QChartView* view, const char* what)
    {
        ASSERT_NE(view, nullptr) << what;
        QChart* chart = view->chart();
        QValueAxis* y = valueAxis(chart);
        ASSERT_NE(y, nullptr) << what;
        ASSERT_EQ(chart->series().size(), 1) << what;
        auto* bars = qobject_cast<QBarSeries*>(chart->series().first());
        ASSERT_NE(bars, nullptr) << what;
        double highest = 0;
        QList<double> values;
        for (QBarSet* set : bars->barSets())
            for (int i = 0; i < set->count(); ++i) {
                highest = std::max(highest, set->at(i));
                values << set->at(i);
            }
        ASSERT_GT(highest, 0) << what;
        EXPECT_EQ(y->labelFormat(), QStringLiteral("%d")) << what;
        EXPECT_EQ(y->min(), 0) << what;
        // The tallest bar reaches the top of the axis or the tick just above it.
        EXPECT_GE(y->max(), highest) << what;
        const QList<double> ticks = ticksOf(y);
        ASSERT_GE(ticks.size(), 2) << what;
        const double step = ticks[1] - ticks[0];
        EXPECT_LT(y->max() - highest, step) << what;
        EXPECT_TRUE(isWhole(step)) << what << ": step " << step;
        for (double t : ticks)
            EXPECT_TRUE(isWhole(t)) << what << ": tick " << t << " labelled as a whole number";
        // With a step of 1, every bar top is on a grid line (a 2 reaches the "2" line).
        if (step == 1) {
            for (double v : values)
                EXPECT_TRUE(ticks.contains(v)) << what << ": bar " << v << " between lines";
        }
    }

    Fridge m_fridge;
    int m_seq = 100;
};

}  // namespace

TEST_F(ChartsUiTest, DayCloseChartsHaveWholeTicksAndEveryBarMeetsItsLine)
{
    vaccinateAMorning();
    ui::DayClosePage page(m_site, admin());
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.refresh();
    EXPECT_EQ(page.summary().dosesGiven, 7);

    auto* hourly = page.findChild<QChartView*>(QStringLiteral("hourlyChart"));
    expectCountAxis(hourly, "hourly");
    ASSERT_NE(hourly, nullptr);
    // The hours 08 (2 doses) and 09 (5 doses): 0..5, a line at every dose.
    QValueAxis* y = valueAxis(hourly->chart());
    ASSERT_NE(y, nullptr);
    EXPECT_EQ(y->max(), 5);
    EXPECT_EQ(y->tickCount(), 6);
    EXPECT_TRUE(ticksOf(y).contains(2.0));
    EXPECT_TRUE(ticksOf(y).contains(5.0));

    expectCountAxis(page.findChild<QChartView*>(QStringLiteral("ageChart")), "age");

    // Refreshing the same day, and switching the language there and back, draws the same
    // chart once its posted layout events have run: nothing of the replaced axes stays.
    const QImage before = hourly->grab().toImage();
    page.refresh();
    installTranslations(*qApp, QStringLiteral("zh_CN"));
    QApplication::processEvents();
    installTranslations(*qApp, QStringLiteral("en"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return hourly->grab().toImage() == before; }, 10000))
        << "the hourly chart changed on refresh or a language switch";
    EXPECT_EQ(hourly->chart()->axes().size(), 2);
}

TEST_F(ChartsUiTest, FridgeChartFitsTodaysReadingsWithWholeDegreeTicks)
{
    readTheFridgeThisMorning();
    m_clock->setNow(QDateTime(QDate(2021, 6, 1), QTime(10, 0), test::testZone()));
    ui::FridgePage page(m_site, admin());
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QChart* chart = page.chart()->chart();

    QValueAxis* y = valueAxis(chart);
    ASSERT_NE(y, nullptr);
    const QList<double> ticks = ticksOf(y);
    ASSERT_GE(ticks.size(), 2);
    const double step = ticks[1] - ticks[0];
    EXPECT_TRUE(step == 0.5 || step == 1.0) << step;
    for (double t : ticks)
        EXPECT_TRUE(isMultiple(t, step)) << "tick " << t;
    EXPECT_EQ(y->labelFormat(), step == 1.0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    // The band's edges are grid lines; the readings (2.1 … 9.5 °C) fit with room to spare.
    EXPECT_TRUE(ticks.contains(2.0));
    EXPECT_TRUE(ticks.contains(8.0));
    EXPECT_LE(y->min(), 1.6);
    EXPECT_GE(y->max(), 10.0);
    EXPECT_LE(y->max(), 11.0);

    const auto horizontal = chart->axes(Qt::Horizontal);
    ASSERT_EQ(horizontal.size(), 1);
    auto* x = qobject_cast<QCategoryAxis*>(horizontal.first());
    ASSERT_NE(x, nullptr);
    const auto x0 = qint64(x->min());
    const auto x1 = qint64(x->max());
    const qint64 first =
        QDateTime(QDate(2021, 6, 1), QTime(7, 30), test::testZone()).toMSecsSinceEpoch();
    const qint64 last =
        QDateTime(QDate(2021, 6, 1), QTime(9, 50), test::testZone()).toMSecsSinceEpoch();
    EXPECT_LT(x0, first);
    EXPECT_GT(x1, last);
    // Not dots squeezed against the right edge: clear of its last 5%, and filling the chart.
    EXPECT_GT((x1 - last) * 20, x1 - x0);
    EXPECT_GT((last - first) * 2, x1 - x0);
    // Labelled on quarter hours of the site's clock, whatever the PC's time zone.
    const QStringList labels = x->categoriesLabels();
    ASSERT_FALSE(labels.isEmpty());
    EXPECT_EQ(labels.first(), QStringLiteral("07:00"));
    EXPECT_EQ(labels.last(), QStringLiteral("10:30"));
    EXPECT_TRUE(labels.contains(QStringLiteral("08:15")));
}

// zh_CN screenshots of both pages' charts for docs/dayclose.md and docs/coldchain.md.
TEST_F(ChartsUiTest, ChartScreenshotsInChinese)
{
    ASSERT_TRUE(installTranslations(*qApp, QStringLiteral("zh_CN")));
    vaccinateAMorning();
    readTheFridgeThisMorning();
    m_clock->setNow(QDateTime(QDate(2021, 6, 1), QTime(10, 0), test::testZone()));

    ui::DayClosePage day(m_site, admin());
    day.resize(1280, 800);
    day.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&day));
    day.refresh();
    QWidget* hourly = day.findChild<QChartView*>(QStringLiteral("hourlyChart"));
    ASSERT_NE(hourly, nullptr);
    EXPECT_FALSE(
        test::saveScreenshot(hourly->parentWidget(), QStringLiteral("dayclose-charts-zh_CN"))
            .isEmpty());

    ui::FridgePage fridge(m_site, admin());
    fridge.resize(1280, 800);
    fridge.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&fridge));
    EXPECT_FALSE(
        test::saveScreenshot(fridge.chart(), QStringLiteral("fridge-chart-zh_CN")).isEmpty());
}
