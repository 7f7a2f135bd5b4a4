#include "coldchain/excursiondetector.h"

#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace vax {

QString excursionKindName(ExcursionKind kind)
{
    switch (kind) {
        case ExcursionKind::OutOfRange:
            return QStringLiteral("out_of_range");
        case ExcursionKind::Heat:
            return QStringLiteral("heat");
        case ExcursionKind::Freeze:
            return QStringLiteral("freeze");
    }
    return QStringLiteral("out_of_range");
}

std::vector<DetectedExcursion> ExcursionDetector::fromManualReadings(
    const std::vector<TemperatureReading>& readings, const FridgeThresholds& thresholds)
{
    std::vector<DetectedExcursion> result;
    for (const TemperatureReading& r : readings) {
        if (r.celsius < thresholds.minC || r.celsius > thresholds.maxC)
            result.push_back({ExcursionKind::OutOfRange, r.at, r.at, 0, r.celsius});
    }
    return result;
}

namespace {
// Finds runs of readings for which `outside` holds and keeps those lasting >= minMinutes.
void findRuns(const std::vector<TemperatureReading>& sorted, ExcursionKind kind, int minMinutes,
              const std::function<bool(double)>& outside, bool warmestIsExtreme,
              std::vector<DetectedExcursion>& out)
{
    const size_t n = sorted.size();
    size_t i = 0;
    while (i < n) {
        if (!outside(sorted[i].celsius)) {
            ++i;
            continue;
        }
        const size_t first = i;
        double extreme = sorted[i].celsius;
        while (i < n && outside(sorted[i].celsius)) {
            extreme = warmestIsExtreme ? std::max(extreme, sorted[i].celsius)
                                       : std::min(extreme, sorted[i].celsius);
            ++i;
        }
        const QDateTime start = sorted[first].at;
        const QDateTime end = i < n ? sorted[i].at : sorted[i - 1].at;
        const qint64 minutes = start.secsTo(end) / 60;
        if (minutes >= minMinutes)
            out.push_back({kind, start, end, static_cast<int>(minutes), extreme});
    }
}
}  // namespace

std::vector<DetectedExcursion> ExcursionDetector::fromLoggerReadings(
    std::vector<TemperatureReading> readings, const FridgeThresholds& thresholds)
{
    std::stable_sort(readings.begin(), readings.end(),
                     [](const auto& a, const auto& b) { return a.at < b.at; });
    std::vector<DetectedExcursion> result;
    findRuns(
        readings, ExcursionKind::Heat, thresholds.heatAlarmMinutes,
        [&](double c) { return c > thresholds.maxC; }, true, result);
    findRuns(
        readings, ExcursionKind::Freeze, thresholds.freezeAlarmMinutes,
        [&](double c) { return c < thresholds.freezeC; }, false, result);
    std::stable_sort(result.begin(), result.end(),
                     [](const auto& a, const auto& b) { return a.start < b.start; });
    return result;
}

std::vector<DetectedExcursion> ExcursionDetector::fromLoggerDays(const LoggerReport& report,
                                                                 const FridgeThresholds& thresholds,
                                                                 const QTimeZone& zone)
{
    std::vector<DetectedExcursion> result;
    if (report.alarms.empty())
        return result;
    size_t heat = 0;
    size_t freeze = 0;
    for (size_t i = 1; i < report.alarms.size(); ++i) {
        if (report.alarms[i].limitC > report.alarms[heat].limitC)
            heat = i;
        if (report.alarms[i].limitC < report.alarms[freeze].limitC)
            freeze = i;
    }
    const bool hasFreeze = freeze != heat && report.alarms[freeze].limitC < thresholds.minC;
    for (auto it = report.days.rbegin(); it != report.days.rend(); ++it) {
        const LoggerDay& day = *it;
        const QDateTime dayStart(day.date, QTime(0, 0), zone);
        const QDateTime dayEnd = dayStart.addDays(1);
        if (heat < day.alarmMinutes.size() &&
            day.alarmMinutes[heat] >= thresholds.heatAlarmMinutes && day.maxC > thresholds.maxC)
            result.push_back(
                {ExcursionKind::Heat, dayStart, dayEnd, day.alarmMinutes[heat], day.maxC});
        if (hasFreeze && freeze < day.alarmMinutes.size() &&
            day.alarmMinutes[freeze] >= thresholds.freezeAlarmMinutes &&
            day.minC < thresholds.freezeC)
            result.push_back(
                {ExcursionKind::Freeze, dayStart, dayEnd, day.alarmMinutes[freeze], day.minC});
    }
    return result;
}

}  // namespace vax
