// Fuzzes the temperature logger importers (core/coldchain): LogTag CSV, Fridge-tag 2 / 2 L text
// reports and plain "timestamp,celsius" CSV. Byte 0 picks the format the user chose (none: the
// content decides, logtag, fridgetag, plain) and the fridge's time zone; the rest is the file.
// An accepted file is a whole, plausible report, and parsing it again as the format it was
// recognised as gives the same report. The raw bytes also go through the streaming reader
// (importreader.h: RFC 4180 records and lines) with small limits: every record or line stays
// within them, and a file over a limit is an ImportTooLarge error, never a partial report.
#include <QBuffer>
#include <QTimeZone>

#include <cmath>

#include "coldchain/csvimporters.h"
#include "coldchain/fridgetagimporter.h"
#include "coldchain/importreader.h"
#include "fuzzsupport.h"

using namespace vax;

namespace {
const QTimeZone& zoneFor(uint8_t selector)
{
    static const QTimeZone zones[] = {QTimeZone(QByteArrayLiteral("Asia/Shanghai")),
                                      QTimeZone::utc(),
                                      QTimeZone(QByteArrayLiteral("Europe/Berlin")),  // DST gaps
                                      QTimeZone(QByteArrayLiteral("America/Sao_Paulo"))};
    return zones[(selector >> 2) % 4];
}

QString userFormat(uint8_t selector)
{
    switch (selector % 4) {
        case 1:
            return QStringLiteral("logtag");
        case 2:
            return QStringLiteral("fridgetag");
        case 3:
            return QStringLiteral("plain");
        default:
            return QString();
    }
}

QString formatOption(const QString& reportFormat)
{
    if (reportFormat == QLatin1String("logtag-csv"))
        return QStringLiteral("logtag");
    if (reportFormat.startsWith(QLatin1String("fridgetag")))
        return QStringLiteral("fridgetag");
    return QStringLiteral("plain");
}

bool plausible(double celsius)
{
    return std::isfinite(celsius) && celsius >= -100.0 && celsius <= 100.0;
}

bool sameReport(const LoggerReport& a, const LoggerReport& b)
{
    if (a.format != b.format || a.device != b.device || a.serial != b.serial ||
        a.firmware != b.firmware || a.loggingIntervalMinutes != b.loggingIntervalMinutes ||
        a.alarms.size() != b.alarms.size() || a.days.size() != b.days.size() ||
        a.readings.size() != b.readings.size())
        return false;
    for (size_t i = 0; i < a.readings.size(); ++i) {
        if (a.readings[i].at != b.readings[i].at || a.readings[i].celsius != b.readings[i].celsius)
            return false;
    }
    for (size_t i = 0; i < a.days.size(); ++i) {
        if (a.days[i].date != b.days[i].date || a.days[i].alarmMinutes != b.days[i].alarmMinutes)
            return false;
    }
    return true;
}
}  // namespace

// The streaming reader on the raw bytes, as records (byte 0 odd) or lines, with small limits.
void readerInvariants(const uint8_t* data, size_t size)
{
    importsupport::ImportLimits limits;
    limits.maxBytes = 2048;
    limits.maxLines = 40;
    limits.maxLineBytes = 200;
    QByteArray bytes = fuzz::bytes(data + 1, size - 1);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    importsupport::LineReader in(buffer, QStringLiteral("fuzz.csv"), limits);
    const bool records = data[0] & 1;
    int lastLine = 0;
    while (true) {
        Status failed;
        bool end = false;
        if (records) {
            auto r = in.nextRecord();
            if (!r)
                failed = r.error();
            else
                end = !*r;
            if (r && *r)
                FUZZ_CHECK(!(*r)->isEmpty(), QStringLiteral("a record without fields"));
        } else {
            auto l = in.nextLine();
            if (!l)
                failed = l.error();
            else
                end = !*l;
            if (l && *l)
                FUZZ_CHECK(!(*l)->contains(QLatin1Char('\n')), **l);
        }
        if (!failed) {
            FUZZ_CHECK(!failed.error().message.isEmpty(), failed.error().codeName());
            FUZZ_CHECK(failed.error().code == ErrorCode::ImportTooLarge ||
                           failed.error().code == ErrorCode::ImportLine,
                       failed.error().message);
            FUZZ_CHECK(bytes.size() > limits.maxLineBytes ||
                           failed.error().code == ErrorCode::ImportLine ||
                           bytes.count('\n') + bytes.count('\r') >= limits.maxLines,
                       failed.error().message);
            return;
        }
        if (end)
            return;
        FUZZ_CHECK(in.rawText().size() <= limits.maxLineBytes, in.rawText());
        FUZZ_CHECK(in.lineNumber() > lastLine && in.lineNumber() <= limits.maxLines,
                   QString::number(in.lineNumber()));
        lastLine = in.lineNumber();
    }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    readerInvariants(data, size);
    const QString format = userFormat(data[0]);
    const QTimeZone& zone = zoneFor(data[0]);
    const QString file = fuzz::text(data + 1, size - 1);
    (void)FridgeTagImporter::recognises(file);
    (void)PlainCsvImporter::recognises(file);

    auto parsed = parseTemperatureFile(file, zone, format);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().message.isEmpty(), parsed.error().codeName());
        return 0;
    }
    const LoggerReport& r = *parsed;
    const QString what =
        r.format + QStringLiteral(" from ") + (format.isEmpty() ? QStringLiteral("auto") : format);
    static const QStringList formats{QStringLiteral("logtag-csv"), QStringLiteral("fridgetag2"),
                                     QStringLiteral("fridgetag2l"), QStringLiteral("plain-csv")};
    FUZZ_CHECK(formats.contains(r.format), what);
    FUZZ_CHECK(format.isEmpty() || formatOption(r.format) == format, what);
    FUZZ_CHECK(!r.readings.empty() || !r.days.empty(), what);
    for (const TemperatureReading& reading : r.readings) {
        FUZZ_CHECK(reading.at.isValid(), what);
        FUZZ_CHECK(plausible(reading.celsius), what + QString::number(reading.celsius));
    }
    for (const LoggerAlarm& alarm : r.alarms)
        FUZZ_CHECK(plausible(alarm.limitC), what);
    for (const LoggerDay& day : r.days) {
        FUZZ_CHECK(day.date.isValid() && day.minAt.isValid() && day.maxAt.isValid(), what);
        FUZZ_CHECK(plausible(day.minC) && plausible(day.maxC) && plausible(day.avgC), what);
        // The excursion detector reads alarm minutes by the report's alarm positions.
        FUZZ_CHECK(day.alarmMinutes.size() <= r.alarms.size(), what);
        for (int minutes : day.alarmMinutes)
            FUZZ_CHECK(minutes >= 0 && minutes <= 1440, what);
    }

    // Deterministic, and the format it was recognised as reads it the same way.
    auto again = parseTemperatureFile(file, zone, formatOption(r.format));
    FUZZ_CHECK(again.ok(), what + QStringLiteral(" → ") + again.error().message);
    FUZZ_CHECK(sameReport(r, *again), what);
    return 0;
}
