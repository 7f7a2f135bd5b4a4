#include "demo/fridgereadings.h"

#include <algorithm>
#include <cmath>

#include "demo/generator.h"

namespace vax::demo {

namespace {
double tenth(double c)
{
    return std::round(c * 10.0) / 10.0;
}
}  // namespace

std::vector<DemoReading> fridgeDay(Rng& rng, const QDate& day, const QTimeZone& zone,
                                   const FridgeThresholds& t, double& level, int loggerMinutes,
                                   double excursionChance, const ReadingSchedule& schedule)
{
    const double mid = (t.minC + t.maxC) / 2.0;
    const double span = t.maxC - t.minC;
    // The safe band: a reading here is in range with room for the noise.
    const double low = t.minC + span * 0.08;
    const double high = t.maxC - span * 0.08;
    std::vector<DemoReading> out;

    // A short warm spell: its readings stay above the maximum for less than the heat alarm.
    const int step = std::max(1, loggerMinutes);
    const int spellMax = (t.heatAlarmMinutes - 1) / step;  // readings, strictly below the delay
    int spellStart = -1;
    int spellLength = 0;
    if (spellMax >= 1 && rng.chance(excursionChance)) {
        spellStart = (9 * 60 + rng.between(0, 7 * 60)) / step;
        spellLength = rng.between(1, std::min(3, spellMax));
    }

    const int perDay = 24 * 60 / step;
    for (int i = 0; i < perDay; ++i) {
        const int minute = i * step;
        const bool working = minute >= 8 * 60 && minute < 17 * 60;
        // A slow random walk pulled back to the middle, plus door openings by day.
        level += (mid - level) * 0.05 + (rng.unit() - 0.5) * 0.3;
        level = std::clamp(level, low, high);
        double c = level + (working ? rng.unit() * 0.6 : 0.0) + (rng.unit() - 0.5) * 0.2;
        c = std::clamp(c, low, high);
        if (spellStart >= 0 && i >= spellStart && i < spellStart + spellLength)
            c = t.maxC + 0.2 + rng.unit() * 1.5;
        const QDateTime at(day, QTime(minute / 60, minute % 60), zone);
        out.push_back({{at.toUTC(), tenth(c)}, false, QString()});
    }
    // The manual readings of the schedule, a little after each session opens.
    for (const QTime& from : {schedule.morningFrom, schedule.afternoonFrom}) {
        const QTime time = from.addSecs(60 * rng.between(0, 40));
        const double c = std::clamp(level + (rng.unit() - 0.5) * 0.8, low, high);
        out.push_back({{QDateTime(day, time, zone).toUTC(), tenth(c)},
                       true,
                       readingSessionName(sessionAt(time))});
    }
    return out;
}

}  // namespace vax::demo
