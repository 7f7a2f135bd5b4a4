// Backups: a consistent copy that opens, rotation to 14, the mirror copy, one per local day.
#include <QTimeZone>

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QSet>
#include <QTemporaryDir>

#include "site/site.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "support/rawsqlite.h"
#include "support/tempdb.h"

using namespace vax;
using vax::test::RawSqlite;
using vax::test::TempDb;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Noon, local time: a day's arithmetic that no time zone can push across midnight.
QDateTime localNoon(const QDate& day)
{
    // Noon at the site (a database without a site is judged in the default zone, Asia/Shanghai).
    return QDateTime(day, QTime(12, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
}

}  // namespace

TEST(Backup, BackupNowWritesACopyThatOpensWithTheSameSite)
{
    TempDb tmp;
    FakeClock clock(vax::test::testNow());
    SiteInfo site;
    auto db = tmp.openTrainingSite(clock, &site);
    ASSERT_TRUE(db);

    auto path = backupNow(*db, clock, QStringLiteral("manual"));
    ASSERT_TRUE(path.ok()) << qPrintable(path.error().message);
    EXPECT_EQ(QFileInfo(*path).absolutePath(), QFileInfo(db->backupDir()).absoluteFilePath());
    EXPECT_TRUE(QFileInfo(*path).fileName().endsWith(QLatin1String("-manual.sqlite")));
    EXPECT_FALSE(QFileInfo::exists(*path + QStringLiteral(".partial")));
    EXPECT_EQ(readMeta(*db, QStringLiteral("backup.last_path")).valueOr(QString()), *path);
    EXPECT_EQ(readMeta(*db, QStringLiteral("backup.last_at")).valueOr(QString()),
              clock.nowUtc().toString(Qt::ISODate));

    {
        RawSqlite raw(*path);
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA quick_check")), QStringLiteral("ok"));
    }
    OpenOptions options;
    options.path = *path;
    options.backupDir = tmp.dir() + QStringLiteral("/unused-backups");
    auto copy = Database::open(options);
    ASSERT_TRUE(copy.ok()) << qPrintable(copy.error().message);
    auto copied = SiteService::load(**copy);
    ASSERT_TRUE(copied.ok());
    EXPECT_EQ(copied->uuid, site.uuid);
    EXPECT_EQ(copied->code, site.code);
    EXPECT_EQ(copied->training, site.training);
    auto staff = (*copy)->exec(QStringLiteral("SELECT count(*) FROM staff"));
    ASSERT_TRUE(staff.ok());
    EXPECT_GE(staff->scalar().toInt(), 1);
}

TEST(Backup, RotationKeepsTheNewest14)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    const QString dir = tmp.dir() + QStringLiteral("/rotating");
    const QDateTime start = localNoon(QDate(2021, 6, 1));
    const int total = kBackupsKept + 2;
    QStringList written;
    for (int i = 0; i < total; ++i) {
        auto path = backupDatabase(*db, dir, QStringLiteral("test"), start.addSecs(i * 3600));
        ASSERT_TRUE(path.ok()) << qPrintable(path.error().message);
        written << *path;
    }
    EXPECT_EQ(written.size(), total);
    EXPECT_EQ(QSet<QString>(written.begin(), written.end()).size(), total) << "distinct names";
    const QStringList kept = listBackups(dir);
    ASSERT_EQ(kept.size(), kBackupsKept);
    // Newest first; the two oldest are gone.
    EXPECT_EQ(kept.first(), written.last());
    EXPECT_EQ(kept.last(), written.at(2));
    EXPECT_FALSE(QFileInfo::exists(written.at(0)));
    EXPECT_FALSE(QFileInfo::exists(written.at(1)));
    EXPECT_EQ(rotateBackups(dir), 0);
    EXPECT_EQ(rotateBackups(dir, 10), kBackupsKept - 10);
    EXPECT_EQ(listBackups(dir).size(), 10);
}

TEST(Backup, SameSecondGetsADistinctName)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    const QString dir = tmp.dir() + QStringLiteral("/b");
    auto a = backupDatabase(*db, dir, QStringLiteral("x"), vax::test::testNow());
    auto b = backupDatabase(*db, dir, QStringLiteral("x"), vax::test::testNow());
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(b.ok());
    EXPECT_NE(*a, *b);
    EXPECT_EQ(listBackups(dir).size(), 2);
}

TEST(Backup, MirrorCopiesIntoASecondFolder)
{
    TempDb tmp;
    FakeClock clock(vax::test::testNow());
    auto db = tmp.openTrainingSite(clock);
    ASSERT_TRUE(db);
    QTemporaryDir usb;
    ASSERT_TRUE(usb.isValid());
    const QString mirrorDir = usb.filePath(QStringLiteral("vaxpoint-mirror"));
    ASSERT_TRUE(writeMeta(*db, QStringLiteral("backup.mirror_dir"), mirrorDir));
    const QString extraDir = usb.filePath(QStringLiteral("extra"));

    auto path = backupNow(*db, clock, QStringLiteral("manual"), extraDir);
    ASSERT_TRUE(path.ok()) << qPrintable(path.error().message);
    const QString name = QFileInfo(*path).fileName();
    const QByteArray original = bytesOf(*path);
    ASSERT_FALSE(original.isEmpty());
    for (const QString& dir : {mirrorDir, extraDir}) {
        SCOPED_TRACE(qPrintable(dir));
        const QString copy = QDir(dir).filePath(name);
        ASSERT_TRUE(QFileInfo::exists(copy));
        EXPECT_EQ(bytesOf(copy), original);
        EXPECT_EQ(listBackups(dir).size(), 1);
        EXPECT_TRUE(QDir(dir).entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty());
    }
}

TEST(Backup, MirrorIntoAnUnwritablePlaceFailsClearly)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    auto path = backupDatabase(*db, tmp.dir() + QStringLiteral("/b"), QStringLiteral("x"),
                               vax::test::testNow());
    ASSERT_TRUE(path.ok());
    // A regular file where the mirror folder should be.
    const QString blocker = tmp.dir() + QStringLiteral("/not-a-dir");
    {
        QFile f(blocker);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    auto mirrored = mirrorBackup(*path, blocker + QStringLiteral("/sub"));
    ASSERT_FALSE(mirrored.ok());
    EXPECT_EQ(mirrored.error().code, ErrorCode::BackupFailed);
}

TEST(Backup, DailyBackupOncePerLocalDay)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    FakeClock clock(localNoon(QDate(2021, 6, 1)));
    const QString dir = db->backupDir();

    auto first = dailyBackupIfDue(*db, clock);
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().message);
    ASSERT_TRUE(first->has_value()) << "the first start of a day makes a backup";
    EXPECT_TRUE(QFileInfo::exists(**first));
    EXPECT_EQ(listBackups(dir).size(), 1);

    clock.advance(2 * 3600 * 1000);  // 14:00, same day
    auto again = dailyBackupIfDue(*db, clock);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->has_value());
    EXPECT_EQ(listBackups(dir).size(), 1);

    clock.setNow(localNoon(QDate(2021, 6, 2)));
    auto nextDay = dailyBackupIfDue(*db, clock);
    ASSERT_TRUE(nextDay.ok());
    ASSERT_TRUE(nextDay->has_value());
    EXPECT_NE(**nextDay, **first);
    EXPECT_EQ(listBackups(dir).size(), 2);

    auto nextDayAgain = dailyBackupIfDue(*db, clock);
    ASSERT_TRUE(nextDayAgain.ok());
    EXPECT_FALSE(nextDayAgain->has_value());
    EXPECT_EQ(listBackups(dir).size(), 2);
}

// The window's start: the day's backup is made on a thread and a connection of its own.
TEST(Backup, BackgroundBackupMakesTheDaysBackupOnceOnItsOwnConnection)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    auto clock = std::make_shared<FakeClock>(localNoon(QDate(2021, 6, 1)));
    {
        BackgroundBackup backup(db->path(), clock, db->integrity());
        QFuture<BackupOutcome> result = backup.result();
        result.waitForFinished();
        const BackupOutcome outcome = result.result();
        EXPECT_TRUE(outcome.error.isEmpty()) << qPrintable(outcome.error);
        ASSERT_TRUE(outcome.made);
        EXPECT_TRUE(QFileInfo::exists(outcome.path));
        EXPECT_EQ(listBackups(db->backupDir()), QStringList{outcome.path});
        // Recorded through the worker's connection, seen through the window's.
        auto lastPath = readMeta(*db, QStringLiteral("backup.last_path"));
        ASSERT_TRUE(lastPath.ok());
        EXPECT_EQ(*lastPath, outcome.path);
        RawSqlite copy(outcome.path);
        EXPECT_EQ(copy.scalar(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }
    clock->advance(3600 * 1000);
    BackgroundBackup again(db->path(), clock, db->integrity());
    again.result().waitForFinished();
    const BackupOutcome second = again.result().result();
    EXPECT_FALSE(second.made) << "one backup per local day";
    EXPECT_TRUE(second.error.isEmpty()) << qPrintable(second.error);
    EXPECT_EQ(listBackups(db->backupDir()).size(), 1);
}

TEST(Backup, BackgroundBackupOfAFileThatFailedItsCheckIsNotMade)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    auto clock = std::make_shared<FakeClock>(localNoon(QDate(2021, 6, 1)));
    const Status damaged =
        makeError(ErrorCode::DbCorrupt, QStringLiteral("The database is damaged (test)."));
    BackgroundBackup backup(db->path(), clock, finishedCheck(damaged));
    backup.result().waitForFinished();
    const BackupOutcome outcome = backup.result().result();
    EXPECT_FALSE(outcome.made);
    EXPECT_EQ(outcome.error, damaged.error().message);
    EXPECT_TRUE(listBackups(db->backupDir()).isEmpty());
    EXPECT_TRUE(
        readMeta(*db, QStringLiteral("backup.last_at")).valueOr(QStringLiteral("x")).isEmpty());
}

// Closing the window while the file's check still runs (minutes on a cold disk) must not wait
// for the check: the backup stops, and says so. (A hang here fails the test by its timeout.)
TEST(Backup, BackgroundBackupStopsWithoutWaitingForAPendingCheck)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    auto clock = std::make_shared<FakeClock>(localNoon(QDate(2021, 6, 1)));
    QPromise<Status> neverChecked;
    neverChecked.start();
    QFuture<BackupOutcome> result;
    {
        BackgroundBackup backup(db->path(), clock, neverChecked.future());
        result = backup.result();
    }
    ASSERT_TRUE(result.isFinished());
    EXPECT_FALSE(result.result().made);
    EXPECT_FALSE(result.result().error.isEmpty());
    EXPECT_TRUE(listBackups(db->backupDir()).isEmpty());
    neverChecked.finish();
}
