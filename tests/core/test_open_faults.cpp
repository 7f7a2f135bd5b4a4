// Opening a database names each fault truthfully: a full disk, a read-only file, folder or
// medium, no permission, a lock held by another program, an unknown or newer schema, a file that
// is no database, an empty file, and real damage. Only real damage mentions the backup. A refused
// file is left byte for byte, with no -wal or -shm beside it that VaxPoint created. A failed
// daily backup is a warning on the opened site, never a stop.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "site/sitecontext.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/faultvfs.h"
#include "support/rawsqlite.h"
#include "support/tempdb.h"

using namespace vax;
using vax::test::FaultVfs;
using vax::test::openExisting;
using vax::test::RawSqlite;
using vax::test::TempDb;

namespace {

bool hasCompanions(const QString& path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) ||
           QFileInfo::exists(path + QStringLiteral("-shm"));
}

void scribble(const QString& path, qint64 offset, qint64 length)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_GE(f.size(), offset + length);
    ASSERT_TRUE(f.seek(offset));
    QByteArray junk(static_cast<qsizetype>(length), '\0');
    for (qsizetype i = 0; i < junk.size(); ++i)
        junk[i] = static_cast<char>(0xA5 ^ (i * 7));
    ASSERT_EQ(f.write(junk), length);
}

class OpenFaults : public ::testing::Test {
protected:
    void SetUp() override { FaultVfs::install(); }
    void TearDown() override { FaultVfs::reset(); }

    // A training site, closed (checkpointed: nothing beside the file).
    void makeSite()
    {
        FakeClock clock(vax::test::testNow());
        ASSERT_TRUE(tmp.openTrainingSite(clock));
        ASSERT_FALSE(hasCompanions(tmp.path()));
    }
    void setUserVersion(int version)
    {
        {
            RawSqlite raw(tmp.path());
            raw.mustExec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        }
        ASSERT_FALSE(hasCompanions(tmp.path()));
    }
    // The refusal's common promises: the file unchanged and nothing left beside it.
    void expectUntouched(const QByteArray& before)
    {
        EXPECT_EQ(tmp.fileBytes(), before) << "a refused file must stay byte for byte";
        EXPECT_FALSE(QFileInfo::exists(tmp.path() + QStringLiteral("-wal")));
        EXPECT_FALSE(QFileInfo::exists(tmp.path() + QStringLiteral("-shm")));
    }
    static void expectNoBackupAdvice(const Error& e)
    {
        EXPECT_FALSE(e.message.contains(QLatin1String("backup"), Qt::CaseInsensitive))
            << "only real damage may point at a backup: " << qPrintable(e.message);
    }

    TempDb tmp;
};

}  // namespace

TEST_F(OpenFaults, AFullDiskDuringAnUpgradeIsDbFullAndKeepsTheFile)
{
    {
        ASSERT_TRUE(tmp.open(Database::latestSchemaVersion() - 1));
    }
    const QByteArray before = tmp.fileBytes();
    FaultVfs::setFailWrites(SQLITE_FULL);
    auto db = openExisting(tmp.path());
    FaultVfs::reset();
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DbFull) << qPrintable(db.error().message);
    EXPECT_TRUE(db.error().message.contains(tmp.path())) << qPrintable(db.error().message);
    EXPECT_TRUE(db.error().message.contains(QLatin1String("full")))
        << qPrintable(db.error().message);
    expectNoBackupAdvice(db.error());
    expectUntouched(before);
    RawSqlite raw(tmp.path());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
              Database::latestSchemaVersion() - 1);
}

TEST_F(OpenFaults, AReadOnlyFileIsNamedAsSuch)
{
    makeSite();
    const QByteArray before = tmp.fileBytes();
    FaultVfs::setReadOnlyDatabase(true);  // what the platform VFS does with a 0444 file
    auto db = openExisting(tmp.path());
    FaultVfs::reset();
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DbReadOnly) << qPrintable(db.error().message);
    EXPECT_TRUE(db.error().message.contains(QLatin1String("read-only")))
        << qPrintable(db.error().message);
    EXPECT_TRUE(db.error().message.contains(tmp.path())) << qPrintable(db.error().message);
    expectNoBackupAdvice(db.error());
    expectUntouched(before);
}

TEST_F(OpenFaults, AReadOnlyFileByItsModeIsNamedWhenNotRoot)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root writes a 0444 file: AReadOnlyFileIsNamedAsSuch covers it via the VFS";
    makeSite();
    const QByteArray before = tmp.fileBytes();
    QFile::setPermissions(tmp.path(), QFile::ReadOwner);
    auto db = openExisting(tmp.path());
    QFile::setPermissions(tmp.path(), QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DbReadOnly) << qPrintable(db.error().message);
    expectNoBackupAdvice(db.error());
    expectUntouched(before);
}

TEST_F(OpenFaults, AFolderThatCannotBeWrittenIsNamedAsSuch)
{
    makeSite();
    const QByteArray before = tmp.fileBytes();
    FaultVfs::setRefuseJournalCreate(true);  // the -wal cannot be created beside the file
    auto db = openExisting(tmp.path());
    FaultVfs::reset();
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DbReadOnly) << qPrintable(db.error().message);
    EXPECT_TRUE(db.error().message.contains(QLatin1String("folder")))
        << qPrintable(db.error().message);
    EXPECT_TRUE(db.error().message.contains(tmp.dir())) << qPrintable(db.error().message);
    expectNoBackupAdvice(db.error());
    expectUntouched(before);
}

TEST_F(OpenFaults, AReadOnlyFolderByItsModeIsNamedWhenNotRoot)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root writes in a 0555 folder: covered via the VFS and the mount test";
    makeSite();
    const QByteArray before = tmp.fileBytes();
    QFile::setPermissions(tmp.dir(), QFile::ReadOwner | QFile::ExeOwner);
    auto db = openExisting(tmp.path());
    QFile::setPermissions(tmp.dir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DbReadOnly) << qPrintable(db.error().message);
    EXPECT_TRUE(db.error().message.contains(QLatin1String("folder")))
        << qPrintable(db.error().message);
    expectUntouched(before);
}

TEST_F(OpenFaults, AReadOnlyMediumIsNamedAsSuch)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "mounting a read-only file system needs root";
    makeSite();
    const QString mnt = tmp.dir() + QStringLiteral("/ro");
    ASSERT_TRUE(QDir().mkpath(mnt));
    auto sh = [](const QStringList& args) {
        return QProcess::execute(QStringLiteral("mount"), args);
    };
    if (sh({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
            QStringLiteral("size=8m"), QStringLiteral("tmpfs"), mnt}) != 0)
        GTEST_SKIP() << "this machine does not let the test mount a tmpfs";
    const QString path = mnt + QStringLiteral("/site.sqlite");
    const bool copied = QFile::copy(tmp.path(), path);
    const int remount = sh({QStringLiteral("-o"), QStringLiteral("remount,ro"), mnt});
    std::optional<Error> error;
    QByteArray after;
    if (copied && remount == 0) {
        auto db = openExisting(path);
        if (!db.ok())
            error = db.error();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            after = f.readAll();
        EXPECT_FALSE(hasCompanions(path));
    }
    QProcess::execute(QStringLiteral("umount"), {mnt});
    ASSERT_TRUE(copied);
    ASSERT_EQ(remount, 0);
    ASSERT_TRUE(error.has_value()) << "a database on a read-only medium must be refused";
    EXPECT_EQ(error->code, ErrorCode::DbReadOnly) << qPrintable(error->message);
    EXPECT_TRUE(error->message.contains(QLatin1String("disk holding")))
        << qPrintable(error->message);
    expectNoBackupAdvice(*error);
    EXPECT_EQ(after, tmp.fileBytes());
}

TEST_F(OpenFaults, NoPermissionIsNamedAsSuch)
{
    makeSite();
    const QByteArray before = tmp.fileBytes();
    FaultVfs::setFailDatabaseOpen(SQLITE_PERM);
    auto db = openExisting(tmp.path());
    FaultVfs::reset();
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DbAccessDenied) << qPrintable(db.error().message);
    EXPECT_TRUE(db.error().message.contains(QLatin1String("permission")))
        << qPrintable(db.error().message);
    expectNoBackupAdvice(db.error());
    expectUntouched(before);
}

TEST_F(OpenFaults, NoPermissionByItsModeIsNamedWhenNotRoot)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root reads a 0000 file: NoPermissionIsNamedAsSuch covers it via the VFS";
    makeSite();
    const QByteArray before = tmp.fileBytes();
    QFile::setPermissions(tmp.path(), {});
    auto db = openExisting(tmp.path());
    QFile::setPermissions(tmp.path(), QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DbAccessDenied) << qPrintable(db.error().message);
    expectUntouched(before);
}

// Another process (a child of this one) takes the exclusive lock and keeps it: a lock held in
// this same process would not show as another program's, and its POSIX locks would not be
// what another process meets.
TEST_F(OpenFaults, ALockHeldByAnotherProgramIsNamedWithItsProcess)
{
    makeSite();
    int ready[2];
    int release[2];
    ASSERT_EQ(::pipe(ready), 0);
    ASSERT_EQ(::pipe(release), 0);
    const QByteArray path = QFile::encodeName(tmp.path());
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // The child: the platform VFS, the lock, a byte to say so, then wait to be released.
        sqlite3* h = nullptr;
        char ok = '0';
        if (sqlite3_open_v2(path.constData(), &h, SQLITE_OPEN_READWRITE, "unix") == SQLITE_OK &&
            sqlite3_exec(h, "PRAGMA locking_mode = EXCLUSIVE; CREATE TABLE holder_probe(x);",
                         nullptr, nullptr, nullptr) == SQLITE_OK)
            ok = '1';
        (void)!::write(ready[1], &ok, 1);
        char c = 0;
        (void)!::read(release[0], &c, 1);
        ::_exit(0);
    }
    char ok = 0;
    ASSERT_EQ(::read(ready[0], &ok, 1), 1);
    std::optional<Error> error;
    if (ok == '1') {
        auto db = openExisting(tmp.path());
        if (!db.ok())
            error = db.error();
    }
    const char go = 'x';
    (void)!::write(release[1], &go, 1);
    int status = 0;
    ::waitpid(child, &status, 0);
    for (int fd : {ready[0], ready[1], release[0], release[1]})
        ::close(fd);
    ASSERT_EQ(ok, '1') << "the child could not take the lock";
    ASSERT_TRUE(error.has_value()) << "a database locked by another program must be refused";
    EXPECT_EQ(error->code, ErrorCode::DbBusy) << qPrintable(error->message);
    EXPECT_TRUE(error->message.contains(QLatin1String("locked by"))) << qPrintable(error->message);
#ifdef Q_OS_LINUX
    EXPECT_TRUE(error->message.contains(QStringLiteral("(process %1)").arg(child)))
        << "the holder is named from /proc/locks: " << qPrintable(error->message);
#endif
    expectNoBackupAdvice(*error);
}

TEST_F(OpenFaults, ANegativeSchemaVersionIsRefusedCleanly)
{
    makeSite();
    setUserVersion(-1);
    const QByteArray before = tmp.fileBytes();
    auto db = openExisting(tmp.path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DbUnknownSchema) << qPrintable(db.error().message);
    EXPECT_TRUE(db.error().message.contains(QLatin1String("-1"))) << qPrintable(db.error().message);
    expectNoBackupAdvice(db.error());
    expectUntouched(before);
}

TEST_F(OpenFaults, ANewerSchemaIsRefusedAndNothingIsLeftBesideIt)
{
    makeSite();
    setUserVersion(9999);
    const QByteArray before = tmp.fileBytes();
    auto db = openExisting(tmp.path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DbNewerSchema) << qPrintable(db.error().message);
    EXPECT_TRUE(db.error().message.contains(QLatin1String("9999")));
    expectNoBackupAdvice(db.error());
    expectUntouched(before);
}

TEST_F(OpenFaults, AnEmptyFileGetsNoSchema)
{
    QFile f(tmp.path());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    auto db = openExisting(tmp.path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DbNotInitialized) << qPrintable(db.error().message);
    EXPECT_TRUE(db.error().message.contains(QLatin1String("vaxctl init")))
        << qPrintable(db.error().message);
    expectUntouched(QByteArray());
}

TEST_F(OpenFaults, AFileThatIsNoDatabaseIsNamedAsSuch)
{
    makeSite();
    scribble(tmp.path(), 0, 16);  // the "SQLite format 3" magic
    const QByteArray before = tmp.fileBytes();
    auto db = openExisting(tmp.path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DbNotADatabase) << qPrintable(db.error().message);
    EXPECT_TRUE(db.error().message.contains(tmp.path())) << qPrintable(db.error().message);
    expectNoBackupAdvice(db.error());
    expectUntouched(before);
}

TEST_F(OpenFaults, RealDamageNamesTheBackupItsTimeAndWhatWouldBeLost)
{
    FakeClock clock(vax::test::testNow());
    QString backup;
    qint64 pageSize = 0;
    {
        auto db = tmp.openTrainingSite(clock);
        ASSERT_TRUE(db);
        auto made = backupNow(*db, clock, QStringLiteral("manual"));
        ASSERT_TRUE(made.ok()) << qPrintable(made.error().message);
        backup = *made;
        pageSize = db->exec(QStringLiteral("PRAGMA page_size"))->scalar().toLongLong();
    }
    scribble(tmp.path(), pageSize, 3 * pageSize);  // b-tree pages 2 to 4
    const QByteArray before = tmp.fileBytes();
    auto db = openExisting(tmp.path());
    ASSERT_FALSE(db.ok());
    const QString m = db.error().message;
    EXPECT_EQ(db.error().code, ErrorCode::DbCorrupt) << qPrintable(m);
    EXPECT_TRUE(m.contains(backup)) << qPrintable(m);
    // The backup's stamp is the site's time of testNow(): 2021-06-01 09:00 in China.
    EXPECT_TRUE(m.contains(QLatin1String("2021-06-01 09:00"))) << qPrintable(m);
    EXPECT_TRUE(m.contains(QLatin1String("would be lost"))) << qPrintable(m);
    EXPECT_TRUE(m.contains(QLatin1String("call support"))) << qPrintable(m);
    expectUntouched(before);
}

TEST_F(OpenFaults, AHealthyWalWithCommittedRecordsIsNeverRemoved)
{
    makeSite();
    // Another connection commits and stays open: its -wal holds the record.
    RawSqlite other(tmp.path());
    other.mustExec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    other.mustExec(QStringLiteral("CREATE TABLE kept(x); INSERT INTO kept VALUES (42)"));
    ASSERT_GT(QFileInfo(tmp.path() + QStringLiteral("-wal")).size(), 0);
    {
        auto db = openExisting(tmp.path());
        ASSERT_TRUE(db.ok()) << qPrintable(db.error().message);
        EXPECT_EQ((*db)->exec(QStringLiteral("SELECT x FROM kept"))->scalar().toInt(), 42);
    }
    EXPECT_EQ(other.scalar(QStringLiteral("SELECT x FROM kept")).toInt(), 42);
}

// The day's backup failing (here: "backups" is a file, so no folder can be made there; a full
// disk does the same) is a warning on the opened site, never a stop.
TEST_F(OpenFaults, AFailedDailyBackupIsAWarningAndWritesGoOn)
{
    makeSite();
    {
        QFile blocker(tmp.dir() + QStringLiteral("/backups"));
        ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    }
    SiteOpenOptions options;
    options.path = tmp.path();
    auto site = openSite(options);
    ASSERT_TRUE(site.ok()) << qPrintable(site.error().message);
    ASSERT_TRUE(site->backupWarning.has_value()) << "the failed backup must be reported";
    EXPECT_EQ(site->backupWarning->code, ErrorCode::BackupFailed);
    EXPECT_FALSE(site->dailyBackup.has_value());
    EXPECT_TRUE(site->backupWarning->message.contains(QLatin1String("keeps working")))
        << qPrintable(site->backupWarning->message);

    auto tx = WriteTransaction::begin(*site->db);
    ASSERT_TRUE(tx.ok()) << qPrintable(tx.error().message);
    ASSERT_TRUE(site->db->exec(QStringLiteral("CREATE TABLE written(x)")).ok());
    ASSERT_TRUE(tx->commit().ok());
}

TEST_F(OpenFaults, AFullDiskAtTheDailyBackupIsAWarning)
{
    makeSite();
    FaultVfs::setFailWrites(SQLITE_FULL);
    SiteOpenOptions options;
    options.path = tmp.path();
    auto site = openSite(options);
    FaultVfs::reset();
    ASSERT_TRUE(site.ok()) << qPrintable(site.error().message);
    ASSERT_TRUE(site->backupWarning.has_value());
    EXPECT_EQ(site->backupWarning->code, ErrorCode::BackupFailed);
    EXPECT_TRUE(site->backupWarning->message.contains(QLatin1String("full")))
        << qPrintable(site->backupWarning->message);
}
