#pragma once

#include <QString>
#include <QTimeZone>

#include "coldchain/importreader.h"
#include "coldchain/temperature.h"
#include "common/result.h"

namespace vax {

// LogTag CSV export: "key,value" header lines (product, serial number, unit …), an optional
// column header, then rows "index,date,time,temperature" (date YYYY-MM-DD or DD/MM/YYYY, time
// HH:MM[:SS], local time read in `zone`). A unit of F is converted to °C.
class LogTagCsvImporter {
public:
    static Result<LoggerReport> parse(const QString& text, const QTimeZone& zone);
    static Result<LoggerReport> parse(importsupport::LineReader& in, const QTimeZone& zone);
};

// A plain CSV of "timestamp,celsius" rows with an optional header; timestamps are ISO 8601,
// read in `zone` when they carry no offset.
class PlainCsvImporter {
public:
    static Result<LoggerReport> parse(const QString& text, const QTimeZone& zone);
    static Result<LoggerReport> parse(importsupport::LineReader& in, const QTimeZone& zone);
    static bool recognises(const QString& text);
};

// Picks the importer from the first 2 KB of the content (or from `format`: "logtag",
// "fridgetag", "plain") and streams the rest from `in`, within `limits` (ImportTooLarge
// naming `fileName` beyond them). A file none of them recognises is an ImportFormat error.
// Fields of the CSV formats are read as RFC 4180 (quoted commas, quotes and line breaks).
Result<LoggerReport> readTemperatureFile(QIODevice& in, const QString& fileName,
                                         const QTimeZone& zone, const QString& format = {},
                                         const importsupport::ImportLimits& limits = {});
// The same for the file at `path` (ErrorCode::Io when it cannot be opened).
Result<LoggerReport> readTemperatureFile(const QString& path, const QTimeZone& zone,
                                         const QString& format = {},
                                         const importsupport::ImportLimits& limits = {});
// The same for a file already in memory (tests, fuzzing).
Result<LoggerReport> parseTemperatureFile(const QString& text, const QTimeZone& zone,
                                          const QString& format = {});

}  // namespace vax
