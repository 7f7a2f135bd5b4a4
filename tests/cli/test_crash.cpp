// The crash test: the real vaxctl administers doses in a loop ("vaxctl stress") and is killed with
// SIGKILL at random moments. Every dose id it printed — it prints one only after the commit
// returned — must be in the database afterwards, the file must pass integrity_check and the
// audit chain must verify. The short form (15 kills) runs with the other database tests; the
// long form (200 kills, label slow) is test_crash_long:
// ctest --test-dir build -L slow -R crash --output-on-failure
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <random>

#include "storage/audit.h"
#include "storage/database.h"
#include "support/rawsqlite.h"

using namespace vax;

namespace {

struct CrashReport {
    int kills = 0;
    int runsFinished = 0;  // runs that ended before the kill came
    int confirmed = 0;     // dose ids printed (committed, as vaxctl said)
    int lost = 0;          // printed ids missing from the database
    qint64 ms = 0;
};

QString vaxctl()
{
    return QStringLiteral(VAXCTL_PATH);
}

// Runs vaxctl to the end; returns its stdout.
QByteArray runToEnd(const QStringList& args)
{
    QProcess p;
    p.start(vaxctl(), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().constData()
                               << p.readAllStandardOutput().constData();
    return p.readAllStandardOutput();
}

// The complete lines of `out` that are dose ids (a line cut by the kill does not count).
QStringList completeIds(const QByteArray& out)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QStringList ids;
    const qsizetype end = out.lastIndexOf('\n');
    if (end < 0)
        return ids;
    for (const QByteArray& line : out.left(end).split('\n')) {
        const QString s = QString::fromLatin1(line).trimmed();
        EXPECT_TRUE(uuid.match(s).hasMatch()) << "unexpected output line: " << line.constData();
        ids << s;
    }
    return ids;
}

// After a kill: every printed id is a dose, the file is intact, the audit chain verifies.
void checkDatabase(const QString& path, const QStringList& printed, CrashReport& report)
{
    {
        test::RawSqlite raw(path);
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }
    OpenOptions options;
    options.path = path;
    auto db = Database::open(options);
    ASSERT_TRUE(db.ok()) << qPrintable(db.error().message);
    auto doses = (*db)->exec(QStringLiteral("SELECT id FROM dose"));
    ASSERT_TRUE(doses.ok());
    QSet<QString> stored;
    while (doses->next())
        stored.insert(doses->value(0).toString());
    for (const QString& id : printed) {
        if (!stored.contains(id)) {
            ++report.lost;
            ADD_FAILURE() << "dose " << qPrintable(id) << " was printed but is not in the database";
        }
    }
    auto audit = AuditLog::verify(**db);
    ASSERT_TRUE(audit.ok()) << qPrintable(audit.error().message);
    EXPECT_TRUE(audit->ok) << qPrintable(audit->problem);
}

CrashReport crashLoop(int kills, quint32 seed)
{
    CrashReport report;
    QTemporaryDir dir;
    EXPECT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    runToEnd({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--site-code"),
              QStringLiteral("CR-1"), QStringLiteral("--site-name"), QStringLiteral("Crash"),
              QStringLiteral("--district"), QStringLiteral("D"), QStringLiteral("--training")});

    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> delay(20, 400);
    QStringList printed;
    QElapsedTimer timer;
    timer.start();
    int run = 0;
    while (report.kills < kills) {
        QProcess p;
        p.start(vaxctl(), {QStringLiteral("--db"), path, QStringLiteral("stress"),
                           QStringLiteral("--doses"), QStringLiteral("100000"),
                           QStringLiteral("--seed"), QString::number(++run % 1000)});
        EXPECT_TRUE(p.waitForStarted(30000)) << qPrintable(p.errorString());
        QThread::msleep(static_cast<unsigned long>(delay(rng)));
        const bool finished = p.state() == QProcess::NotRunning;
        if (!finished) {
            p.kill();  // SIGKILL on Unix
            EXPECT_TRUE(p.waitForFinished(10000));
            ++report.kills;
        } else {
            ++report.runsFinished;
            ADD_FAILURE() << "vaxctl stress ended before the kill (" << qPrintable(p.errorString())
                          << ", exit " << p.exitCode()
                          << "): " << p.readAllStandardError().constData();
        }
        // Everything written before the process died is in the pipe; take the complete lines.
        const QStringList ids = completeIds(p.readAllStandardOutput());
        printed += ids;
        checkDatabase(path, printed, report);
        if (::testing::Test::HasFatalFailure() || report.runsFinished > 0)
            break;
    }
    report.confirmed = static_cast<int>(printed.size());
    report.ms = timer.elapsed();
    return report;
}

void print(const char* name, const CrashReport& r)
{
    std::printf("%s: %d kills, %d doses confirmed, %d lost, %.1f s\n", name, r.kills, r.confirmed,
                r.lost, static_cast<double>(r.ms) / 1000.0);
    std::fflush(stdout);
}
}  // namespace

// Built twice: test_crash (label db) and test_crash_long (label slow, VAX_CRASH_LONG).
#ifndef VAX_CRASH_LONG
TEST(Crash, KilledFifteenTimesLosesNoConfirmedDose)
{
    const CrashReport r = crashLoop(15, 20210601);
    print("crash (short)", r);
    EXPECT_EQ(r.kills, 15);
    EXPECT_EQ(r.lost, 0);
    EXPECT_GT(r.confirmed, 0);  // the kills came while doses were being written
}
#else
TEST(CrashLong, KilledTwoHundredTimesLosesNoConfirmedDose)
{
    const CrashReport r = crashLoop(200, 19491001);
    print("crash (long)", r);
    EXPECT_EQ(r.kills, 200);
    EXPECT_EQ(r.lost, 0);
    EXPECT_GT(r.confirmed, 200);
}
#endif
