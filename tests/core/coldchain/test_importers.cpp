#include <gtest/gtest.h>

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include "coldchain/csvimporters.h"
#include "coldchain/importreader.h"

using namespace vax;

namespace {
const QTimeZone kZone(8 * 3600);

QString readFile(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(path);
    return QString::fromUtf8(f.readAll());
}
QString sample(const char* name)
{
    return readFile(QStringLiteral(VAX_SOURCE_DIR "/tests/data/coldchain/") +
                    QString::fromLatin1(name));
}
}  // namespace

TEST(LogTagCsvImporter, ReadsHeaderAndRows)
{
    auto r = parseTemperatureFile(sample("logtag_trix8.csv"), kZone);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_EQ(r->format, QStringLiteral("logtag-csv"));
    EXPECT_EQ(r->serial, QStringLiteral("1050123456"));
    EXPECT_EQ(r->loggingIntervalMinutes, 5);
    ASSERT_EQ(r->readings.size(), 4u);
    EXPECT_EQ(r->readings[2].at, QDateTime(QDate(2023, 3, 1), QTime(8, 10), kZone));
    EXPECT_DOUBLE_EQ(r->readings[2].celsius, 8.1);
}

TEST(LogTagCsvImporter, ConvertsFahrenheitAndDayFirstDates)
{
    auto r = LogTagCsvImporter::parse(sample("logtag_fahrenheit.csv"), kZone);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    ASSERT_EQ(r->readings.size(), 2u);
    EXPECT_NEAR(r->readings[0].celsius, 5.0, 1e-9);
    EXPECT_NEAR(r->readings[1].celsius, 8.0, 1e-9);
    EXPECT_EQ(r->readings[0].at.date(), QDate(2023, 3, 1));
}

TEST(LogTagCsvImporter, BrokenLineIsReportedAndNothingImported)
{
    auto r = parseTemperatureFile(sample("logtag_broken.csv"), kZone);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::ImportLine);
    EXPECT_EQ(r.error().field, QStringLiteral("line:7"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("Line 7")));
}

TEST(PlainCsvImporter, ReadsOffsetsAndLocalTimes)
{
    auto r = parseTemperatureFile(sample("plain.csv"), kZone);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_EQ(r->format, QStringLiteral("plain-csv"));
    ASSERT_EQ(r->readings.size(), 3u);
    EXPECT_DOUBLE_EQ(r->readings[1].celsius, -0.7);
    EXPECT_EQ(r->readings[2].at.toUTC(),
              QDateTime(QDate(2023, 3, 1), QTime(0, 10), QTimeZone::utc()));
}

TEST(PlainCsvImporter, BrokenLineIsReportedAndNothingImported)
{
    auto r = parseTemperatureFile(sample("plain_broken.csv"), kZone);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::ImportLine);
    EXPECT_EQ(r.error().field, QStringLiteral("line:3"));
}

TEST(TemperatureImport, GarbageAndUnknownVariantsAreClearErrors)
{
    for (const char* name : {"garbage.bin", "fridgetag_ultralow.txt"}) {
        auto r = parseTemperatureFile(sample(name), kZone);
        ASSERT_FALSE(r.ok()) << name;
        EXPECT_EQ(r.error().code, ErrorCode::ImportFormat) << name;
        EXPECT_FALSE(r.error().message.isEmpty());
    }
    EXPECT_FALSE(parseTemperatureFile(QString(), kZone).ok());
    EXPECT_FALSE(parseTemperatureFile(QStringLiteral("Device: Q-tag Fridge-tag 2\n"), kZone).ok());
}

// --- issue 18: the RFC 4180 reader and the import limits ------------------------------------

namespace {
using importsupport::ImportLimits;
using importsupport::LineReader;

std::vector<QStringList> records(const QByteArray& bytes, const ImportLimits& limits = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    LineReader in(buffer, QStringLiteral("t.csv"), limits);
    std::vector<QStringList> out;
    while (true) {
        auto r = in.nextRecord();
        EXPECT_TRUE(r.ok()) << qPrintable(r.ok() ? QString() : r.error().message);
        if (!r || !*r)
            break;
        out.push_back(**r);
    }
    return out;
}
}  // namespace

TEST(CsvReader, QuotedCommasQuotesAndLineBreaks)
{
    const auto r = records(
        "\xEF\xBB\xBF"
        "a,\"b,c\",\"say \"\"hi\"\"\"\r\n"
        "\"two\nlines\",x\r"
        "last,\"\"");
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[0], (QStringList{QStringLiteral("a"), QStringLiteral("b,c"),
                                 QStringLiteral("say \"hi\"")}));
    EXPECT_EQ(r[1], (QStringList{QStringLiteral("two\nlines"), QStringLiteral("x")}));
    EXPECT_EQ(r[2], (QStringList{QStringLiteral("last"), QString()}));
}

TEST(CsvReader, AnOpenQuoteIsALineError)
{
    QByteArray bytes("a,b\n1,\"never closed\n2,3\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    LineReader in(buffer, QStringLiteral("t.csv"));
    ASSERT_TRUE(in.nextRecord().ok());
    auto r = in.nextRecord();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::ImportLine);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("Line 2")))
        << qPrintable(r.error().message);
}

TEST(CsvReader, LimitsAreErrorsNamingTheFileAndTheLimit)
{
    ImportLimits small;
    small.maxBytes = 100;
    small.maxLines = 3;
    small.maxLineBytes = 10;
    for (const QByteArray& bytes :
         {QByteArray(200, 'x'), QByteArray("1,2\n3,4\n5,6\n7,8\n"),
          QByteArray("1,2\n12345678901\n"), QByteArray("\"a\nb\nc\nd\"\n")}) {
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        LineReader in(buffer, QStringLiteral("logger.csv"), small);
        Status failed;
        while (true) {
            auto r = in.nextRecord();
            if (!r) {
                failed = r.error();
                break;
            }
            if (!*r)
                break;
        }
        ASSERT_FALSE(failed.ok()) << bytes.constData();
        EXPECT_EQ(failed.error().code, ErrorCode::ImportTooLarge);
        EXPECT_TRUE(failed.error().message.contains(QStringLiteral("logger.csv")));
        EXPECT_TRUE(failed.error().message.contains(QStringLiteral("by month")));
    }
}

TEST(PlainCsvImporter, ReadsQuotedFieldsWithCommas)
{
    // The decimal comma inside quotes: splitting on commas saw three columns.
    auto r = parseTemperatureFile(QStringLiteral("timestamp,celsius\r\n"
                                                 "\"2023-03-01T08:00:00+08:00\",\"4,5\"\r\n"
                                                 "2023-03-01T08:05:00+08:00,\"5,0\"\r\n"),
                                  kZone);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    ASSERT_EQ(r->readings.size(), 2u);
    EXPECT_DOUBLE_EQ(r->readings[0].celsius, 4.5);
    EXPECT_DOUBLE_EQ(r->readings[1].celsius, 5.0);
    EXPECT_EQ(r->readings[1].line, 3);
}

TEST(LogTagCsvImporter, ReadsAQuotedHeaderValueWithACommaAndCrlf)
{
    auto r = LogTagCsvImporter::parse(
        QStringLiteral("Product,LogTag TRIX-8\r\nSerial Number,\"S1, fridge 2\"\r\n"
                       "Index,Date,Time,Temperature\r\n1,2023-03-01,08:00:00,\"4.5\"\r\n"),
        kZone);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_EQ(r->serial, QStringLiteral("S1, fridge 2"));
    ASSERT_EQ(r->readings.size(), 1u);
    EXPECT_EQ(r->readings[0].line, 4);
}

TEST(PlainCsvImporter, RefusesNanAndInfinity)
{
    for (const char* value : {"nan", "NaN", "inf", "-inf", "1e400"}) {
        auto r = parseTemperatureFile(QStringLiteral("2023-03-01T08:00:00+08:00,4.5\n"
                                                     "2023-03-01T08:05:00+08:00,%1\n")
                                          .arg(QLatin1String(value)),
                                      kZone, QStringLiteral("plain"));
        ASSERT_FALSE(r.ok()) << value;
        EXPECT_EQ(r.error().code, ErrorCode::ImportLine) << value;
        EXPECT_EQ(r.error().field, QStringLiteral("line:2")) << value;
    }
}

TEST(TemperatureImportLimits, DevZeroIsRefusedBySize)
{
    auto r = readTemperatureFile(QStringLiteral("/dev/zero"), kZone, QStringLiteral("plain"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::ImportTooLarge);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("/dev/zero")));
}

TEST(TemperatureImportLimits, AnOversizedFileIsRefusedWhateverItsFormat)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    const QByteArray line("2023-03-01T08:00:00+08:00,4.5\n");
    QByteArray block;
    for (int i = 0; i < 4096; ++i)
        block += line;
    while (f.size() <= (qint64(17) << 20))
        ASSERT_EQ(f.write(block), block.size());
    f.close();
    for (const char* format : {"", "plain"}) {
        auto r = readTemperatureFile(path, kZone, QLatin1String(format));
        ASSERT_FALSE(r.ok()) << format;
        EXPECT_EQ(r.error().code, ErrorCode::ImportTooLarge) << format;
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("big.csv")))
            << qPrintable(r.error().message);
    }
    // Long lines: the size limit, not the line limit, is met first.
    ImportLimits limits;
    limits.maxLineBytes = 64 << 20;
    limits.maxLines = 1000;
    limits.maxBytes = 4 << 20;
    QByteArray longLines(8 << 20, 'x');
    QBuffer buffer(&longLines);
    buffer.open(QIODevice::ReadOnly);
    auto r = readTemperatureFile(buffer, QStringLiteral("x.csv"), kZone, QStringLiteral("plain"),
                                 limits);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::ImportTooLarge);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("4 MB")))
        << qPrintable(r.error().message);
}
