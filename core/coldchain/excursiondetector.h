#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

#include "coldchain/temperature.h"

namespace vax {

enum class ExcursionKind {
    OutOfRange,  // a manual reading outside [minC, maxC]
    Heat,        // logger: above maxC for at least heatAlarmMinutes
    Freeze,      // logger: below freezeC for at least freezeAlarmMinutes
};

QString excursionKindName(ExcursionKind kind);  // "out_of_range", "heat", "freeze"

struct DetectedExcursion {
    ExcursionKind kind = ExcursionKind::OutOfRange;
    QDateTime start;
    QDateTime end;
    int minutes = 0;      // how long the fridge was out of range (0 for one manual reading)
    double extremeC = 0;  // the warmest (heat) or coldest (freeze, low) temperature seen

    friend bool operator==(const DetectedExcursion&, const DetectedExcursion&) = default;
};

// Excursion detection: pure functions over readings and a fridge's thresholds.
class ExcursionDetector {
public:
    // Manual readings: every reading outside [minC, maxC] (a reading exactly at a limit is in
    // range) is an excursion of its own.
    static std::vector<DetectedExcursion> fromManualReadings(
        const std::vector<TemperatureReading>& readings, const FridgeThresholds& thresholds);

    // Logger readings (any order; sorted by time here): a run of readings above maxC (or below
    // freezeC) is timed from its first reading to the first reading back in range — the fridge
    // counts as out of range until a reading shows otherwise — or to its last reading when the
    // log ends inside the run. A run at least as long as the alarm delay is an excursion.
    static std::vector<DetectedExcursion> fromLoggerReadings(
        std::vector<TemperatureReading> readings, const FridgeThresholds& thresholds);

    // A logger's daily history without a detailed log: a day whose accumulated minutes above
    // maxC (or below freezeC) reach the fridge's alarm delay is an excursion over that day.
    // Alarm minutes are matched to the report's alarm settings by limit: the setting with the
    // highest limit is the heat alarm, the one with the lowest limit below minC is the freeze
    // alarm. Times are taken in `zone`.
    static std::vector<DetectedExcursion> fromLoggerDays(const LoggerReport& report,
                                                         const FridgeThresholds& thresholds,
                                                         const QTimeZone& zone);
};

}  // namespace vax
