#pragma once

#include <QString>
#include <QTimeZone>

#include "coldchain/importreader.h"
#include "coldchain/temperature.h"
#include "common/result.h"

namespace vax {

// Berlinger Fridge-tag 2 / 2 L text reports: device and alarm configuration, the per-day history
// (min/max/average with times, accumulated minutes per alarm) and, on a 2 L, the detailed log
// ("Data:" section, one reading every Logging Interval minutes). The device writes local times
// without an offset: they are read in `zone`. A report it does not understand (another device,
// another unit, a broken line) is an error naming the line; nothing is returned partially.
class FridgeTagImporter {
public:
    static Result<LoggerReport> parse(const QString& text, const QTimeZone& zone);
    static Result<LoggerReport> parse(importsupport::LineReader& in, const QTimeZone& zone);
    // Whether text looks like a Fridge-tag report (its first line names the device).
    static bool recognises(const QString& text);
};

}  // namespace vax
