// Issue 18: what `vaxctl temps` accepts is bounded — file size, lines, readings in the future,
// temperatures that are not numbers — and the CSV files are read as RFC 4180.
#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "clirun.h"

#include <sys/stat.h>

using namespace vax;
using vax::test::CliRun;

namespace {
class TempsImportCli : public test::CliSiteTest {
protected:
    void SetUp() override
    {
        test::CliSiteTest::SetUp();
        ASSERT_EQ(run(QStringLiteral("fridge add --name F1")).code, 0);
    }
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    CliRun import(const QString& path)
    {
        return run(QStringLiteral("temps import"),
                   {path, QStringLiteral("--fridge"), QStringLiteral("F1")});
    }
    QTemporaryDir dir;
};
}  // namespace

TEST_F(TempsImportCli, DevZeroIsRefusedByItsSize)
{
    // Today's code read it whole (~23 GB before the kernel killed it). Told it is a CSV, the
    // reader stops at the first line's limit; left to guess, its first 2 KB are no format.
    for (const char* format : {"plain", "logtag", "fridgetag"}) {
        auto r = run(QStringLiteral("temps import /dev/zero --fridge F1 --format"),
                     {QLatin1String(format)});
        EXPECT_NE(r.code, 0);
        EXPECT_EQ(r.errorCode(), QStringLiteral("import.too_large")) << qPrintable(r.out + r.err);
        const QString message = r.error().value(QStringLiteral("message")).toString();
        EXPECT_TRUE(message.contains(QStringLiteral("/dev/zero"))) << qPrintable(message);
        EXPECT_TRUE(message.contains(QStringLiteral("by month"))) << qPrintable(message);
    }
    auto guessed = import(QStringLiteral("/dev/zero"));
    EXPECT_NE(guessed.code, 0);
    EXPECT_EQ(guessed.errorCode(), QStringLiteral("import.format"));
}

TEST_F(TempsImportCli, AnEndlessStreamOfShortLinesIsRefusedByItsSize)
{
    // `yes ''` writes empty lines forever through a pipe: what was read is what counts.
    const QString fifo = dir.filePath(QStringLiteral("logger.csv"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess writer;
    // The shell opens the FIFO (opening it blocks until vaxctl opens the other end).
    writer.start(QStringLiteral("sh"),
                 {QStringLiteral("-c"), QStringLiteral("exec yes '' > \"$0\""), fifo});
    auto r = run(QStringLiteral("temps import --format logtag --fridge F1"), {fifo});
    writer.kill();
    writer.waitForFinished();
    EXPECT_NE(r.code, 0);
    EXPECT_EQ(r.errorCode(), QStringLiteral("import.too_large")) << qPrintable(r.out + r.err);
}

TEST_F(TempsImportCli, AnOversizedFileIsRefusedAndNothingImported)
{
    QByteArray bytes("timestamp,celsius\n");
    const QByteArray line("2023-03-01T08:00:00+08:00,4.5\n");
    while (bytes.size() <= (17 << 20))
        bytes += line;
    auto r = import(write(QStringLiteral("big.csv"), bytes));
    EXPECT_NE(r.code, 0);
    EXPECT_EQ(r.errorCode(), QStringLiteral("import.too_large")) << qPrintable(r.out + r.err);
    EXPECT_TRUE(
        r.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("big.csv")));
}

TEST_F(TempsImportCli, QuotedFieldsWithCommasAreRead)
{
    auto r = import(write(QStringLiteral("quoted.csv"),
                          "timestamp,celsius\r\n\"2023-03-01T08:00:00+08:00\",\"4,5\"\r\n"
                          "\"2023-03-01T08:05:00+08:00\",\"5,5\"\r\n"));
    ASSERT_EQ(r.code, 0) << qPrintable(r.out + r.err);
    EXPECT_EQ(r.json().value(QStringLiteral("stored")).toInt(), 2) << qPrintable(r.out);
}

TEST_F(TempsImportCli, AReadingIn2099IsRefusedWithItsLineAndNothingImported)
{
    auto r = import(write(QStringLiteral("future.csv"),
                          "timestamp,celsius\n2023-03-01T08:00:00+08:00,4.5\n"
                          "2099-03-01T08:05:00+08:00,4.6\n"));
    EXPECT_NE(r.code, 0);
    EXPECT_EQ(r.errorCode(), QStringLiteral("import.line")) << qPrintable(r.out + r.err);
    const QString message = r.error().value(QStringLiteral("message")).toString();
    EXPECT_TRUE(message.contains(QStringLiteral("Line 3"))) << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("future"))) << qPrintable(message);
    // Nothing of it was stored: the good line is new when imported alone.
    auto good = import(
        write(QStringLiteral("good.csv"), "timestamp,celsius\n2023-03-01T08:00:00+08:00,4.5\n"));
    ASSERT_EQ(good.code, 0) << qPrintable(good.out + good.err);
    EXPECT_EQ(good.json().value(QStringLiteral("stored")).toInt(), 1);
}

TEST_F(TempsImportCli, NanInAnImportIsALineError)
{
    auto r = import(write(QStringLiteral("nan.csv"), "2023-03-01T08:00:00+08:00,NaN\n"));
    EXPECT_NE(r.code, 0);
    EXPECT_EQ(r.errorCode(), QStringLiteral("import.line")) << qPrintable(r.out + r.err);
}

TEST_F(TempsImportCli, ManualNanSaysItIsNotANumber)
{
    for (const char* value : {"NaN", "nan", "inf", "-inf"}) {
        auto r = run(QStringLiteral("temps add --fridge F1 --celsius"), {QLatin1String(value)});
        EXPECT_NE(r.code, 0) << value;
        const QString message = r.error().value(QStringLiteral("message")).toString();
        EXPECT_FALSE(message.contains(QStringLiteral("already"))) << qPrintable(message);
        EXPECT_TRUE(message.contains(QStringLiteral("Temperature")) &&
                    (message.contains(QStringLiteral("not a number")) ||
                     message.contains(QStringLiteral("not a plausible"))))
            << qPrintable(message);
        EXPECT_EQ(r.error().value(QStringLiteral("field")).toString(), QStringLiteral("celsius"))
            << qPrintable(r.out);
    }
}
