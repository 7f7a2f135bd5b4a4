#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <vector>

#include "coldchain/readingschedule.h"
#include "coldchain/temperature.h"

namespace vax::demo {

class Rng;

struct DemoReading {
    TemperatureReading reading;
    bool manual = false;
    QString session;  // "am", "pm" for manual readings
};

// One fridge's day as the site records it: the morning and afternoon manual readings of the
// reading schedule, and a logger reading every `loggerMinutes`. Temperatures stay within the
// fridge's range with realistic noise (a slow drift, warmer while the door opens in working
// hours); rarely (`excursionChance` per day) the door is left open and the logger sees a short
// warm spell above the maximum — always shorter than the fridge's heat alarm delay, so that it
// is no excursion by the cold-chain rules and quarantines nothing. Manual readings are never out
// of range. `level` carries the fridge's drift from one day to the next. Pure.
std::vector<DemoReading> fridgeDay(Rng& rng, const QDate& day, const QTimeZone& zone,
                                   const FridgeThresholds& thresholds, double& level,
                                   int loggerMinutes = 30, double excursionChance = 0.03,
                                   const ReadingSchedule& schedule = {});

}  // namespace vax::demo
