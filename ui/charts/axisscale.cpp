#include "charts/axisscale.h"

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace vax::ui {

namespace {

constexpr int kMaxCountIntervals = 8;
constexpr int kMaxTemperatureIntervals = 10;  // more and Qt elides the labels at 300 px
constexpr double kTemperatureMargin = 0.5;
// Rounding slack: data values like 8.000000001 must not push the axis a whole step further.
constexpr double kSlack = 1e-9;

// 1, 2, 5, 10, 20, 50 … from `smallest` upwards (smallest itself 1 × 10^k or 5 × 10^k).
double nextNiceStep(double step)
{
    const double decade = std::pow(10.0, std::floor(std::log10(step) + kSlack));
    const double mantissa = step / decade;
    if (mantissa < 1.5)
        return 2 * decade;
    if (mantissa < 3.5)
        return 5 * decade;
    return 10 * decade;
}

AxisScale fit(double lo, double hi, double firstStep, int maxIntervals)
{
    for (double step = firstStep;; step = nextNiceStep(step)) {
        const double k0 = std::floor(lo / step + kSlack);
        const double k1 = std::max(k0 + 1, std::ceil(hi / step - kSlack));
        if (k1 - k0 <= maxIntervals)
            return AxisScale{k0 * step, k1 * step, step};
    }
}

}  // namespace

int AxisScale::intervals() const
{
    return int(std::lround((max - min) / step));
}

QList<double> AxisScale::ticks() const
{
    QList<double> values;
    for (int i = 0; i <= intervals(); ++i)
        values << min + i * step;
    return values;
}

QString AxisScale::labelFormat(AxisKind kind) const
{
    if (kind == AxisKind::Count)
        return QStringLiteral("%d");
    return std::fmod(step, 1.0) == 0 && std::fmod(min, 1.0) == 0 ? QStringLiteral("%.0f")
                                                                 : QStringLiteral("%.1f");
}

AxisScale niceScale(double dataMin, double dataMax, AxisKind kind)
{
    if (!std::isfinite(dataMin) || !std::isfinite(dataMax))
        dataMin = dataMax = 0;
    if (dataMin > dataMax)
        std::swap(dataMin, dataMax);
    if (kind == AxisKind::Count) {
        // Counts start at zero and their steps are whole numbers.
        const double top = std::max(1.0, std::ceil(dataMax - kSlack));
        return fit(0, top, 1, kMaxCountIntervals);
    }
    return fit(dataMin - kTemperatureMargin, dataMax + kTemperatureMargin, 0.5,
               kMaxTemperatureIntervals);
}

void applyScale(QValueAxis* axis, const AxisScale& scale, AxisKind kind)
{
    axis->setRange(scale.min, scale.max);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(scale.intervals() + 1);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(scale.labelFormat(kind));
}

TimeWindow timeWindow(const QDateTime& first, const QDateTime& last, const QTimeZone& zone)
{
    constexpr qint64 kMinute = 60 * 1000;
    constexpr qint64 kHour = 60 * kMinute;
    constexpr qint64 kDay = 24 * kHour;
    constexpr int kMaxIntervals = 14;
    static constexpr std::array<qint64, 14> steps{
        15 * kMinute, 30 * kMinute, kHour,    2 * kHour, 3 * kHour, 6 * kHour, 12 * kHour,
        kDay,         2 * kDay,     3 * kDay, 7 * kDay,  14 * kDay, 28 * kDay, 56 * kDay};

    // Round times are round on the site's wall clock: work in its local milliseconds.
    const qint64 offset = qint64(zone.offsetFromUtc(first)) * 1000;
    qint64 a = std::min(first, last).toMSecsSinceEpoch() + offset;
    qint64 b = std::max(first, last).toMSecsSinceEpoch() + offset;
    const qint64 pad = std::max<qint64>(30 * kMinute, (b - a) / 20);
    a -= pad;
    b += pad;
    if (b - a < 2 * kHour) {
        const qint64 widen = (2 * kHour - (b - a)) / 2;
        a -= widen;
        b += widen;
    }
    const qint64 lastLocal = std::max(first, last).toMSecsSinceEpoch() + offset;
    const auto floorTo = [](qint64 v, qint64 s) {
        return v >= 0 ? v / s * s : -((-v + s - 1) / s) * s;
    };
    qint64 step = steps.back();
    qint64 s0 = 0;
    qint64 s1 = 0;
    for (qint64 candidate : steps) {
        step = candidate;
        s0 = floorTo(a, step);
        s1 = floorTo(b + step - 1, step);
        // "MM-dd HH:mm" labels are twice as wide as "HH:mm" or "MM-dd": half as many.
        const bool dated = step < kDay && floorTo(s0, kDay) != floorTo(s1 - 1, kDay);
        if ((s1 - s0) / step <= (dated ? kMaxIntervals / 2 : kMaxIntervals))
            break;
    }
    // Rounding can eat the margin's share of a long window: keep the last reading off the edge.
    while ((s1 - lastLocal) * 20 <= s1 - s0)
        s1 += step;
    TimeWindow w;
    w.zone = zone;
    w.start = QDateTime::fromMSecsSinceEpoch(s0 - offset, zone);
    w.end = QDateTime::fromMSecsSinceEpoch(s1 - offset, zone);
    w.tickCount = int((s1 - s0) / step) + 1;
    if (step >= kDay)
        w.format = QStringLiteral("MM-dd");
    else if (w.start.date() == w.end.addMSecs(-1).date())
        w.format = QStringLiteral("HH:mm");
    else
        w.format = QStringLiteral("MM-dd HH:mm");
    return w;
}

QList<QDateTime> TimeWindow::ticks() const
{
    QList<QDateTime> instants;
    const qint64 span = start.msecsTo(end);
    const int intervals = std::max(1, tickCount - 1);
    for (int i = 0; i <= intervals; ++i)
        instants << start.addMSecs(span / intervals * i);
    return instants;
}

QStringList TimeWindow::labels() const
{
    QStringList texts;
    for (const QDateTime& t : ticks())
        texts << t.toTimeZone(zone).toString(format);
    return texts;
}

void applyWindow(QCategoryAxis* axis, const TimeWindow& window)
{
    for (const QString& label : axis->categoriesLabels())
        axis->remove(label);
    const double x0 = double(window.start.toMSecsSinceEpoch());
    const double x1 = double(window.end.toMSecsSinceEpoch());
    axis->setRange(x0, x1);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Each label ends a category; the first one, at the window's start, ends an empty one just
    // before it so that the start is labelled too.
    axis->setStartValue(x0 - 1);
    const QList<QDateTime> ticks = window.ticks();
    const QStringList labels = window.labels();
    for (int i = 0; i < ticks.size(); ++i)
        axis->append(labels[i], double(ticks[i].toMSecsSinceEpoch()));
}

}  // namespace vax::ui
