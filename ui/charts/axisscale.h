#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

class QCategoryAxis;
class QValueAxis;

namespace vax::ui {

// What a value axis counts: whole things (doses, people) or degrees Celsius.
enum class AxisKind { Count, Temperature };

// A value axis whose every tick is a round number: min and max are whole multiples of `step`,
// and the grid lines and the labels are the same values.
struct AxisScale {
    double min = 0;
    double max = 1;
    double step = 1;
    int intervals() const;
    // Every tick value, from min to max.
    QList<double> ticks() const;
    // printf format for the labels: "%d" for counts, "%.0f" or "%.1f" for temperatures.
    QString labelFormat(AxisKind kind) const;
};

// The axis for data from `dataMin` to `dataMax`. Pure.
// Count: from 0 to the data's maximum rounded up, step 1, 2 or 5 × 10^k, never fractional
// (max 2 → 0..2 step 1; 7 → 0..7 step 1; 137 → 0..140 step 20), at most 8 intervals.
// Temperature: the range widened by 0.5 °C on each side, step 0.5, 1, 2, 5 … °C, at most 10
// intervals. Callers pass the allowed band folded into the range, so the band is always shown.
AxisScale niceScale(double dataMin, double dataMax, AxisKind kind);

// Sets range, fixed ticks and label format, so no tick falls between round numbers.
void applyScale(QValueAxis* axis, const AxisScale& scale, AxisKind kind);

// A time axis around readings: the readings with a margin on both sides (at least 30 minutes,
// at least 5% of their span, at least a 2-hour window), its ends and ticks on round times of
// `zone` (15 min … weeks). The last reading is never in the last 5% of the window. Pure.
struct TimeWindow {
    QDateTime start;
    QDateTime end;
    int tickCount = 2;
    // Label format: "HH:mm" within one day, "MM-dd HH:mm" over a few days, "MM-dd" over many.
    QString format;
    QTimeZone zone;
    // The tick instants, start to end, and their labels in the window's zone.
    QList<QDateTime> ticks() const;
    QStringList labels() const;
};
TimeWindow timeWindow(const QDateTime& first, const QDateTime& last, const QTimeZone& zone);

// A value axis over milliseconds since the epoch, labelled at each tick with the site's wall
// clock (QDateTimeAxis would print the PC's time zone, not the site's).
void applyWindow(QCategoryAxis* axis, const TimeWindow& window);

}  // namespace vax::ui
