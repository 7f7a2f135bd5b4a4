// vaxctl when the day's backup fails: a warning on stderr, never a stop; stdout keeps one JSON
// object per line. And check-db on an empty file checks, it does not create.
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include "clirun.h"
#include "support/rawsqlite.h"

using namespace vax;
using namespace vax::test;

namespace {

class BackupWarningCli : public CliSiteTest {
protected:
    void SetUp() override
    {
        CliSiteTest::SetUp();
        // A plain file where the backups folder goes: no backup can be made (as with a full
        // disk), whoever runs the test, root included.
        QFile blocker(tmp.dir() + QStringLiteral("/backups"));
        ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    }
    // The warning vaxctl printed on stderr as one JSON line.
    static QJsonObject warning(const CliRun& r)
    {
        for (const QString& line : r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            if (o.contains(QStringLiteral("warning")))
                return o.value(QStringLiteral("warning")).toObject();
        }
        return {};
    }
    static void expectCleanStdout(const CliRun& r)
    {
        for (const QString& line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QJsonParseError e{};
            const QJsonDocument d = QJsonDocument::fromJson(line.toUtf8(), &e);
            EXPECT_TRUE(d.isObject()) << "stdout line is not JSON: " << qPrintable(line);
            EXPECT_FALSE(d.object().contains(QStringLiteral("warning")))
                << "warnings go to stderr: " << qPrintable(line);
        }
    }
};

}  // namespace

TEST_F(BackupWarningCli, ReadingCommandsWorkAndWarnOnStderr)
{
    for (const char* command : {"lot list", "observe list"}) {
        const CliRun r = run(QString::fromLatin1(command));
        EXPECT_EQ(r.code, 0) << command << ": " << qPrintable(r.out + r.err);
        EXPECT_EQ(warning(r).value(QStringLiteral("code")).toString(),
                  QStringLiteral("backup.failed"))
            << command << ": " << qPrintable(r.err);
        expectCleanStdout(r);
    }
}

TEST_F(BackupWarningCli, CheckDbReportsTheBackupAndExitsZeroForAHealthyFile)
{
    const CliRun r = run(QStringLiteral("check-db"));
    ASSERT_EQ(r.code, 0) << qPrintable(r.out + r.err);
    const QJsonObject backup = r.json().value(QStringLiteral("backup")).toObject();
    EXPECT_EQ(backup.value(QStringLiteral("ok")), QJsonValue(false)) << qPrintable(r.out);
    EXPECT_FALSE(backup.value(QStringLiteral("message")).toString().isEmpty());
    EXPECT_EQ(r.json().value(QStringLiteral("ok")), QJsonValue(true));
    EXPECT_FALSE(warning(r).isEmpty());
    expectCleanStdout(r);
}

TEST_F(BackupWarningCli, AWriteIsSavedWithTheWarning)
{
    const CliRun r = run(QStringLiteral("fridge add --name F2"));
    ASSERT_EQ(r.code, 0) << qPrintable(r.out + r.err);
    EXPECT_FALSE(warning(r).isEmpty()) << qPrintable(r.err);
    expectCleanStdout(r);
    const CliRun list = run(QStringLiteral("check-db"));
    EXPECT_EQ(list.code, 0);

    // Once the cause is gone, the next command makes the day's backup and warns no more.
    ASSERT_TRUE(QFile::remove(tmp.dir() + QStringLiteral("/backups")));
    const CliRun healed = run(QStringLiteral("check-db"));
    ASSERT_EQ(healed.code, 0) << qPrintable(healed.out + healed.err);
    EXPECT_TRUE(warning(healed).isEmpty()) << qPrintable(healed.err);
    EXPECT_EQ(healed.json().value(QStringLiteral("backup")).toObject().value(QStringLiteral("ok")),
              QJsonValue(true));
}

TEST_F(BackupWarningCli, TextModeWarnsOnStderr)
{
    const CliRun r = runVaxctl(
        {QStringLiteral("lot"), QStringLiteral("list"), QStringLiteral("--db"), tmp.path()});
    EXPECT_EQ(r.code, 0) << qPrintable(r.out + r.err);
    EXPECT_TRUE(r.err.startsWith(QLatin1String("warning: "))) << qPrintable(r.err);
    EXPECT_FALSE(r.out.contains(QLatin1String("warning"))) << qPrintable(r.out);
}

TEST(CheckDbCli, AnEmptyFileIsCheckedNotInitialised)
{
    TempDb tmp;
    {
        QFile f(tmp.path());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    const CliRun r = runVaxctl(
        {QStringLiteral("check-db"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--json")});
    EXPECT_NE(r.code, 0);
    EXPECT_EQ(r.errorCode(), QStringLiteral("db.not_initialized")) << qPrintable(r.out);
    EXPECT_TRUE(r.error()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("vaxctl init")))
        << qPrintable(r.out);
    EXPECT_EQ(QFileInfo(tmp.path()).size(), 0) << "check-db must not write a schema";
    EXPECT_FALSE(QFileInfo::exists(tmp.path() + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(tmp.path() + QStringLiteral("-shm")));
}

TEST(CheckDbCli, ANegativeSchemaVersionIsRefusedWithoutACrash)
{
    TempDb tmp;
    {
        FakeClock clock(testNow());
        ASSERT_TRUE(tmp.openTrainingSite(clock));
    }
    {
        RawSqlite raw(tmp.path());
        raw.mustExec(QStringLiteral("PRAGMA user_version = -1"));
    }
    const QByteArray before = tmp.fileBytes();
    const CliRun r = runVaxctl(
        {QStringLiteral("check-db"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--json")});
    EXPECT_EQ(r.code, 1) << qPrintable(r.out + r.err);
    EXPECT_EQ(r.errorCode(), QStringLiteral("db.unknown_schema")) << qPrintable(r.out);
    EXPECT_EQ(tmp.fileBytes(), before);
}
