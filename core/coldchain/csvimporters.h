#pragma once

#include <QString>
#include <QTimeZone>

#include "coldchain/temperature.h"
#include "common/result.h"

namespace vax {

// LogTag CSV export: "key,value" header lines (product, serial number, unit …), an optional
// column header, then rows "index,date,time,temperature" (date YYYY-MM-DD or DD/MM/YYYY, time
// HH:MM[:SS], local time read in `zone`). A unit of F is converted to °C.
class LogTagCsvImporter {
public:
    static Result<LoggerReport> parse(const QString& text, const QTimeZone& zone);
};

// A plain CSV of "timestamp,celsius" rows with an optional header; timestamps are ISO 8601,
// read in `zone` when they carry no offset.
class PlainCsvImporter {
public:
    static Result<LoggerReport> parse(const QString& text, const QTimeZone& zone);
    static bool recognises(const QString& text);
};

// Picks the importer from the content (or from `format`: "logtag", "fridgetag", "plain").
// A file none of them recognises is an ImportFormat error.
Result<LoggerReport> parseTemperatureFile(const QString& text, const QTimeZone& zone,
                                          const QString& format = {});

}  // namespace vax
