#include "coldchain/csvimporters.h"

#include "coldchain/fridgetagimporter.h"
#include "coldchain/importsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace vax {

using importsupport::ImportText;
using importsupport::lineError;
using importsupport::LineReader;
using importsupport::parseCelsius;

namespace {
QDate parseDate(const QString& text)
{
    QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
    return d;
}

QTime parseTime(const QString& text)
{
    QTime t = QTime::fromString(text, QStringLiteral("HH:mm:ss"));
    if (!t.isValid())
        t = QTime::fromString(text, QStringLiteral("HH:mm"));
    return t;
}

QDateTime parseTimestamp(const QString& text, const QTimeZone& zone)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!t.isValid())
        t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), zone);
    return t;
}

bool startsWithDigit(const QString& s)
{
    return !s.isEmpty() && s.at(0).isDigit();
}
}  // namespace

Result<LoggerReport> LogTagCsvImporter::parse(const QString& text, const QTimeZone& zone)
{
    return importsupport::readText(text, [&](LineReader& in) { return parse(in, zone); });
}

Result<LoggerReport> LogTagCsvImporter::parse(LineReader& in, const QTimeZone& zone)
{
    LoggerReport report;
    report.format = QStringLiteral("logtag-csv");
    bool inRows = false;
    bool fahrenheit = false;
    int headerLines = 0;
    VAX_TRY(importsupport::forEachRecord(
        in, [&](const QStringList& cols, int number, const QString& line) -> Status {
            if (!inRows && !startsWithDigit(cols.first())) {
                const QString key = cols.first().trimmed().toLower();
                if (key == QLatin1String("index") || key == QLatin1String("no.") ||
                    key == QLatin1String("no")) {
                    inRows = true;  // the column header
                    return {};
                }
                if (cols.size() != 2)
                    return lineError(number, ImportText::tr("a LogTag header line must be "
                                                            "\"key,value\"."));
                const QString value = cols.at(1).trimmed();
                ++headerLines;
                if (key.contains(QLatin1String("serial")))
                    report.serial = value;
                else if (key == QLatin1String("product") || key == QLatin1String("device"))
                    report.device = value;
                else if (key.contains(QLatin1String("unit")))
                    fahrenheit = value.startsWith(QLatin1Char('F'), Qt::CaseInsensitive);
                else if (key.contains(QLatin1String("interval")))
                    report.loggingIntervalMinutes =
                        parseTime(value).isValid() ? parseTime(value).msecsSinceStartOfDay() / 60000
                                                   : value.toInt();
                return {};
            }
            inRows = true;
            bool indexOk = false;
            cols.first().trimmed().toInt(&indexOk);
            const QDate date = parseDate(cols.value(1).trimmed());
            const QTime time = parseTime(cols.value(2).trimmed());
            auto celsius = parseCelsius(cols.value(3));
            if (cols.size() != 4 || !indexOk || !date.isValid() || !time.isValid() || !celsius)
                return lineError(number, ImportText::tr("expected \"index,date,time,temperature\" "
                                                        "(e.g. \"1,2023-03-01,08:00:00,4.5\"), "
                                                        "found \"%1\".")
                                             .arg(line.left(60)));
            if (fahrenheit)
                *celsius = (*celsius - 32.0) * 5.0 / 9.0;
            report.readings.push_back({QDateTime(date, time, zone), *celsius, number});
            return {};
        }));
    if (headerLines == 0 || report.readings.empty())
        return makeError(ErrorCode::ImportFormat,
                         ImportText::tr("This LogTag file has no header lines or no readings. "
                                        "Export it from LogTag Analyzer as CSV with its "
                                        "header."),
                         QStringLiteral("file"));
    return report;
}

bool PlainCsvImporter::recognises(const QString& text)
{
    const QStringList lines = importsupport::splitLines(text.left(512));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.toLower().startsWith(QLatin1String("timestamp,")))
            return true;
        const QStringList cols = line.split(QLatin1Char(','));
        if (cols.size() == 2 && cols.first().trimmed().startsWith(QLatin1Char('"')))
            return parseTimestamp(cols.first().trimmed().remove(QLatin1Char('"')), QTimeZone::utc())
                .isValid();
        return cols.size() == 2 &&
               parseTimestamp(cols.first().trimmed(), QTimeZone::utc()).isValid();
    }
    return false;
}

Result<LoggerReport> PlainCsvImporter::parse(const QString& text, const QTimeZone& zone)
{
    return importsupport::readText(text, [&](LineReader& in) { return parse(in, zone); });
}

Result<LoggerReport> PlainCsvImporter::parse(LineReader& in, const QTimeZone& zone)
{
    LoggerReport report;
    report.format = QStringLiteral("plain-csv");
    bool first = true;
    VAX_TRY(importsupport::forEachRecord(
        in, [&](const QStringList& cols, int number, const QString& line) -> Status {
            if (first && cols.first().trimmed().toLower() == QLatin1String("timestamp")) {
                first = false;
                return {};
            }
            first = false;
            const QDateTime at = parseTimestamp(cols.value(0).trimmed(), zone);
            const auto celsius = parseCelsius(cols.value(1));
            if (cols.size() != 2 || !at.isValid() || !celsius)
                return lineError(number, ImportText::tr("expected \"timestamp,celsius\" (e.g. "
                                                        "\"2023-03-01T08:00:00+08:00,4.5\"), found "
                                                        "\"%1\".")
                                             .arg(line.left(60)));
            report.readings.push_back({at, *celsius, number});
            return {};
        }));
    if (report.readings.empty())
        return makeError(ErrorCode::ImportFormat,
                         ImportText::tr("The CSV file has no readings. Each line should be "
                                        "\"timestamp,celsius\"."),
                         QStringLiteral("file"));
    return report;
}

Result<LoggerReport> readTemperatureFile(QIODevice& in, const QString& fileName,
                                         const QTimeZone& zone, const QString& format,
                                         const importsupport::ImportLimits& limits)
{
    // The head decides the format; peek() leaves it to be read again.
    const QString head = QString::fromUtf8(in.peek(2048));
    LineReader reader(in, fileName, limits);
    if (format == QLatin1String("fridgetag") ||
        (format.isEmpty() && FridgeTagImporter::recognises(head)))
        return FridgeTagImporter::parse(reader, zone);
    if (format == QLatin1String("plain") ||
        (format.isEmpty() && PlainCsvImporter::recognises(head)))
        return PlainCsvImporter::parse(reader, zone);
    if (format == QLatin1String("logtag"))
        return LogTagCsvImporter::parse(reader, zone);
    if (format.isEmpty()) {
        const QStringList lines = importsupport::splitLines(head);
        if (!lines.isEmpty() && lines.first().count(QLatin1Char(',')) == 1 &&
            head.contains(QRegularExpression(QStringLiteral("\\n\\s*\\d+,[^,]+,[^,]+,[^,]+"))))
            return LogTagCsvImporter::parse(reader, zone);
    }
    return makeError(ErrorCode::ImportFormat,
                     format.isEmpty()
                         ? ImportText::tr("The file's format was not recognised. VaxPoint imports "
                                          "LogTag CSV, Fridge-tag 2 / 2 L text reports and "
                                          "\"timestamp,celsius\" CSV.")
                         : ImportText::tr("Unknown format \"%1\": use logtag, fridgetag or "
                                          "plain.")
                               .arg(format),
                     QStringLiteral("format"));
}

Result<LoggerReport> readTemperatureFile(const QString& path, const QTimeZone& zone,
                                         const QString& format,
                                         const importsupport::ImportLimits& limits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         ImportText::tr("Cannot read %1: %2. Check the path.")
                             .arg(QDir::toNativeSeparators(path), f.errorString()),
                         QStringLiteral("file"));
    return readTemperatureFile(f, QDir::toNativeSeparators(path), zone, format, limits);
}

Result<LoggerReport> parseTemperatureFile(const QString& text, const QTimeZone& zone,
                                          const QString& format)
{
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return readTemperatureFile(buffer, ImportText::tr("The file"), zone, format);
}

}  // namespace vax
