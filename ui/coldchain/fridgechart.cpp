#include "coldchain/fridgechart.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

#include "charts/axisscale.h"
#include "shell/sitetime.h"
#include "shell/style.h"

namespace vax::ui {

std::vector<StoredReading> chartPoints(const std::vector<StoredReading>& readings, int buckets)
{
    if (readings.size() <= size_t(2 * buckets) || buckets <= 0)
        return readings;
    const qint64 first = readings.front().at.toMSecsSinceEpoch();
    const qint64 span = std::max<qint64>(1, readings.back().at.toMSecsSinceEpoch() - first + 1);
    std::vector<StoredReading> points;
    points.reserve(size_t(2 * buckets));
    size_t i = 0;
    while (i < readings.size()) {
        const qint64 bucket = (readings[i].at.toMSecsSinceEpoch() - first) * buckets / span;
        size_t lo = i;
        size_t hi = i;
        size_t j = i;
        for (; j < readings.size() &&
               (readings[j].at.toMSecsSinceEpoch() - first) * buckets / span == bucket;
             ++j) {
            if (readings[j].celsius < readings[lo].celsius)
                lo = j;
            if (readings[j].celsius > readings[hi].celsius)
                hi = j;
        }
        points.push_back(readings[std::min(lo, hi)]);
        if (lo != hi)
            points.push_back(readings[std::max(lo, hi)]);
        i = j;
    }
    return points;
}

FridgeChart::FridgeChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("fridgeChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
}

void FridgeChart::show(const Fridge& fridge, const std::vector<StoredReading>& readings,
                       const std::vector<ExcursionRecord>& excursions, const QDateTime& from,
                       const QDateTime& to)
{
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 24, 4));  // room for the last time label
    chart->legend()->setAlignment(Qt::AlignBottom);
    const FridgeThresholds& t = fridge.thresholds;
    // The window follows the readings (today's few readings fill the chart, not its last
    // pixels); with none, the whole period.
    TimeWindow window = timeWindow(from, to, siteDisplayZone());
    if (!readings.empty()) {
        const auto [first, last] = std::minmax_element(
            readings.begin(), readings.end(),
            [](const StoredReading& a, const StoredReading& b) { return a.at < b.at; });
        window = timeWindow(first->at, last->at, siteDisplayZone());
    }
    const qint64 x0 = window.start.toMSecsSinceEpoch();
    const qint64 x1 = window.end.toMSecsSinceEpoch();

    // The allowed band always shows, and every reading outside it.
    double coldest = t.minC;
    double warmest = t.maxC;
    for (const StoredReading& r : readings) {
        coldest = std::min(coldest, r.celsius);
        warmest = std::max(warmest, r.celsius);
    }
    const AxisScale scale = niceScale(coldest, warmest, AxisKind::Temperature);
    const double lowest = scale.min;
    const double highest = scale.max;

    // The allowed band, shaded green behind everything.
    auto* bandLow = new QLineSeries(chart);
    auto* bandHigh = new QLineSeries(chart);
    bandLow->append(double(x0), t.minC);
    bandLow->append(double(x1), t.minC);
    bandHigh->append(double(x0), t.maxC);
    bandHigh->append(double(x1), t.maxC);
    auto* band = new QAreaSeries(bandHigh, bandLow);
    band->setObjectName(QStringLiteral("band"));
    band->setName(tr("Allowed %1–%2 °C").arg(t.minC).arg(t.maxC));
    band->setColor(QColor(0x1b, 0x7f, 0x3b, 40));
    band->setBorderColor(QColor(0x1b, 0x7f, 0x3b, 120));
    chart->addSeries(band);

    // Each excursion as a red span over its time, full height.
    bool firstSpan = true;
    for (const ExcursionRecord& e : excursions) {
        if (e.fridgeId != fridge.id || e.end.toMSecsSinceEpoch() < x0 ||
            e.start.toMSecsSinceEpoch() > x1)
            continue;
        // A manual out-of-range reading has no duration: give its span 30 minutes to be seen.
        const qint64 s = std::max(x0, e.start.toMSecsSinceEpoch());
        const qint64 f = std::min(x1, std::max(e.end.toMSecsSinceEpoch(), s + 30 * 60 * 1000));
        auto* top = new QLineSeries(chart);
        auto* bottom = new QLineSeries(chart);
        top->append(double(s), highest);
        top->append(double(f), highest);
        bottom->append(double(s), lowest);
        bottom->append(double(f), lowest);
        auto* span = new QAreaSeries(top, bottom);
        span->setObjectName(QStringLiteral("excursionSpan"));
        span->setName(tr("Excursion"));
        span->setColor(QColor(0xb3, 0x26, 0x1e, 60));
        span->setBorderColor(QColor(0xb3, 0x26, 0x1e, 160));
        chart->addSeries(span);
        if (!firstSpan)
            chart->legend()->markers(span).value(0)->setVisible(false);
        firstSpan = false;
    }

    auto* line = new QLineSeries(chart);
    line->setObjectName(QStringLiteral("readings"));
    line->setName(tr("Temperature"));
    line->setColor(QColor(0x1d, 0x4f, 0x91));
    auto* out = new QScatterSeries(chart);
    out->setObjectName(QStringLiteral("excursionPoints"));
    out->setName(tr("Outside %1–%2 °C").arg(t.minC).arg(t.maxC));
    out->setColor(QColor(QLatin1String(kErrorColour)));
    out->setBorderColor(QColor(QLatin1String(kErrorColour)));
    out->setMarkerSize(6);
    auto* manual = new QScatterSeries(chart);
    manual->setObjectName(QStringLiteral("manualReadings"));
    manual->setName(tr("Manual reading"));
    manual->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    manual->setMarkerSize(8);
    manual->setColor(QColor(0x33, 0x33, 0x33));
    std::vector<StoredReading> logged;
    for (const StoredReading& r : readings) {
        if (r.manual)
            manual->append(double(r.at.toMSecsSinceEpoch()), r.celsius);
        else
            logged.push_back(r);
    }
    QList<QPointF> linePoints;
    QList<QPointF> outPoints;
    for (const StoredReading& r : chartPoints(logged, 1500)) {
        const QPointF p(double(r.at.toMSecsSinceEpoch()), r.celsius);
        linePoints << p;
        if (r.celsius > t.maxC || r.celsius < t.minC)
            outPoints << p;
    }
    for (const StoredReading& r : readings) {
        if (r.manual && (r.celsius > t.maxC || r.celsius < t.minC))
            outPoints << QPointF(double(r.at.toMSecsSinceEpoch()), r.celsius);
    }
    line->replace(linePoints);
    out->replace(outPoints);
    chart->addSeries(line);
    chart->addSeries(out);
    chart->addSeries(manual);
    if (manual->count() == 0)
        chart->legend()->markers(manual).value(0)->setVisible(false);

    auto* x = new QCategoryAxis(chart);
    x->setObjectName(QStringLiteral("timeAxis"));
    applyWindow(x, window);
    x->setTitleText(window.format == u"MM-dd" ? tr("Date") : tr("Time"));
    auto* y = new QValueAxis(chart);
    y->setObjectName(QStringLiteral("temperatureAxis"));
    applyScale(y, scale, AxisKind::Temperature);
    y->setTitleText(tr("°C"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

}  // namespace vax::ui
