// Opening a database: the PRAGMAs VaxPoint relies on, and the files it must refuse without
// touching them (newer schema, damaged file, missing file).
#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>

#include "storage/backup.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/rawsqlite.h"
#include "support/tempdb.h"

using namespace vax;
using vax::test::openExisting;
using vax::test::RawSqlite;
using vax::test::TempDb;

namespace {

QVariant pragma(Database& db, const char* name)
{
    auto q = db.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
    EXPECT_TRUE(q.ok()) << name;
    return q.ok() ? q->scalar() : QVariant();
}

// Overwrites `length` bytes at `offset` with a pattern that is no valid page content.
void scribble(const QString& path, qint64 offset, qint64 length)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_GE(f.size(), offset + length) << "the file is too small to damage there";
    ASSERT_TRUE(f.seek(offset));
    QByteArray junk(static_cast<qsizetype>(length), '\0');
    for (qsizetype i = 0; i < junk.size(); ++i)
        junk[i] = static_cast<char>(0xA5 ^ (i * 7));
    ASSERT_EQ(f.write(junk), length);
    f.close();
}

// The page size of the closed SQLite file at `path`, read through raw SQLite.
qint64 pageSizeOf(const QString& path)
{
    RawSqlite probe(path);
    return probe.scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
}

// A site database with some content and one backup beside it, closed (WAL checkpointed).
QString makeSiteWithBackup(const TempDb& tmp)
{
    FakeClock clock(vax::test::testNow());
    auto db = tmp.openTrainingSite(clock);
    EXPECT_TRUE(db);
    if (!db)
        return {};
    auto backup = backupNow(*db, clock, QStringLiteral("manual"));
    EXPECT_TRUE(backup.ok()) << qPrintable(backup.error().message);
    return backup.ok() ? *backup : QString();
}

}  // namespace

TEST(DatabaseOpen, PragmasAreInForce)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(pragma(*db, "journal_mode").toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(*db, "synchronous").toInt(), 2) << "synchronous must be FULL";
    EXPECT_EQ(pragma(*db, "foreign_keys").toInt(), 1);
    EXPECT_GT(pragma(*db, "busy_timeout").toInt(), 0);
}

TEST(DatabaseOpen, PragmasAreInForceAfterReopen)
{
    TempDb tmp;
    {
        ASSERT_TRUE(tmp.open());
    }
    auto db = openExisting(tmp.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error().message);
    EXPECT_EQ(pragma(**db, "journal_mode").toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(**db, "synchronous").toInt(), 2);
    EXPECT_EQ(pragma(**db, "foreign_keys").toInt(), 1);
    EXPECT_GT(pragma(**db, "busy_timeout").toInt(), 0);
}

TEST(DatabaseOpen, ForeignKeysAreEnforced)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    auto q =
        db->exec(QStringLiteral("INSERT INTO stock_movement(id, lot_id, kind, doses, at, "
                                "actor) VALUES('m', 'no-such-lot', 'receipt', 1, 'x', 'y')"));
    EXPECT_FALSE(q.ok());
}

TEST(DatabaseOpen, MissingFileWithoutCreateIsNotInitialized)
{
    TempDb tmp;
    auto db = openExisting(tmp.path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DbNotInitialized);
    EXPECT_TRUE(db.error().message.contains(tmp.path())) << qPrintable(db.error().message);
    EXPECT_FALSE(QFileInfo::exists(tmp.path())) << "refusing must not create the file";
}

TEST(DatabaseOpen, NewerSchemaIsRefusedAndTheFileUnchanged)
{
    TempDb tmp;
    {
        ASSERT_TRUE(tmp.open());
    }
    const int newer = Database::latestSchemaVersion() + 1;
    {
        RawSqlite raw(tmp.path());
        raw.mustExec(QStringLiteral("PRAGMA user_version = %1").arg(newer));
    }
    const QByteArray before = tmp.fileBytes();
    ASSERT_FALSE(before.isEmpty());

    auto db = openExisting(tmp.path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DbNewerSchema);
    EXPECT_TRUE(db.error().message.contains(QString::number(newer)))
        << qPrintable(db.error().message);
    EXPECT_EQ(tmp.fileBytes(), before);

    RawSqlite raw(tmp.path());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), newer);
}

TEST(DatabaseOpen, DamagedBtreePagesAreRefusedAndTheFileUnchanged)
{
    TempDb tmp;
    const QString backup = makeSiteWithBackup(tmp);
    ASSERT_FALSE(backup.isEmpty());
    ASSERT_EQ(newestBackup(tmp.dir() + QStringLiteral("/backups")), backup);

    qint64 pageSize = 0;
    {
        RawSqlite probe(tmp.path());
        pageSize = probe.scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
        ASSERT_GE(probe.scalar(QStringLiteral("PRAGMA page_count")).toLongLong(), 5);
        // Pages 2 to 4 hold b-trees (table roots), which quick_check must walk.
        EXPECT_GE(probe
                      .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                             "rootpage BETWEEN 2 AND 4"))
                      .toInt(),
                  1);
    }
    // Pages 2 to 4 (1-based) start at offset pageSize.
    scribble(tmp.path(), pageSize, 3 * pageSize);
    const QByteArray damaged = tmp.fileBytes();

    auto db = openExisting(tmp.path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DbCorrupt) << qPrintable(db.error().message);
    EXPECT_TRUE(db.error().message.contains(backup)) << qPrintable(db.error().message);
    EXPECT_EQ(tmp.fileBytes(), damaged) << "a damaged database must be left byte for byte";
}

// Without its header the file is no SQLite database at all: said as such, and not answered with
// a backup (a wrong --db path is likelier than a clinic's file losing exactly its header).
TEST(DatabaseOpen, AFileWithoutItsHeaderIsNotADatabaseAndUnchanged)
{
    TempDb tmp;
    const QString backup = makeSiteWithBackup(tmp);
    ASSERT_FALSE(backup.isEmpty());

    scribble(tmp.path(), 0, 16);  // the "SQLite format 3" magic
    const QByteArray damaged = tmp.fileBytes();

    auto db = openExisting(tmp.path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DbNotADatabase) << qPrintable(db.error().message);
    EXPECT_FALSE(db.error().message.contains(backup)) << qPrintable(db.error().message);
    EXPECT_EQ(tmp.fileBytes(), damaged);
}

TEST(DatabaseOpen, DamagedDatabaseWithoutBackupSaysSo)
{
    TempDb tmp;
    {
        FakeClock clock(vax::test::testNow());
        ASSERT_TRUE(tmp.openTrainingSite(clock));
    }
    const qint64 pageSize = pageSizeOf(tmp.path());
    scribble(tmp.path(), pageSize, 3 * pageSize);
    const QByteArray damaged = tmp.fileBytes();
    auto db = openExisting(tmp.path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DbCorrupt);
    EXPECT_TRUE(db.error().message.contains(QLatin1String("No backup")))
        << qPrintable(db.error().message);
    EXPECT_EQ(tmp.fileBytes(), damaged);
    EXPECT_FALSE(QFileInfo::exists(tmp.dir() + QStringLiteral("/backups")));
}

namespace {

Result<std::unique_ptr<Database>> openInBackground(const QString& path)
{
    OpenOptions options;
    options.path = path;
    options.checkInBackground = true;
    return Database::open(options);
}

}  // namespace

// The window's start: quick_check runs beside it, and writes wait for it.
TEST(DatabaseOpen, BackgroundCheckPassesAndWritesProceed)
{
    TempDb tmp;
    {
        FakeClock clock(vax::test::testNow());
        ASSERT_TRUE(tmp.openTrainingSite(clock));
    }
    auto db = openInBackground(tmp.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error().message);
    Status checked = (*db)->awaitIntegrity();
    EXPECT_TRUE(checked.ok()) << qPrintable(checked.error().message);
    EXPECT_TRUE((*db)->integrity().isFinished());

    auto tx = WriteTransaction::begin(**db);
    ASSERT_TRUE(tx.ok()) << qPrintable(tx.error().message);
    ASSERT_TRUE((*db)->exec(QStringLiteral("CREATE TABLE probe(x)")).ok());
    ASSERT_TRUE(tx->commit().ok());
}

TEST(DatabaseOpen, BackgroundCheckOfADamagedFileRefusesEveryWrite)
{
    TempDb tmp;
    const QString backup = makeSiteWithBackup(tmp);
    ASSERT_FALSE(backup.isEmpty());
    const qint64 pageSize = pageSizeOf(tmp.path());
    scribble(tmp.path(), pageSize, 3 * pageSize);
    const QByteArray damaged = tmp.fileBytes();

    {
        // The header (schema version) is intact, so the window may open; the check catches it.
        auto db = openInBackground(tmp.path());
        ASSERT_TRUE(db.ok()) << qPrintable(db.error().message);
        Status checked = (*db)->awaitIntegrity();
        ASSERT_FALSE(checked.ok());
        EXPECT_EQ(checked.error().code, ErrorCode::DbCorrupt);
        EXPECT_TRUE(checked.error().message.contains(backup))
            << qPrintable(checked.error().message);

        auto tx = WriteTransaction::begin(**db);
        ASSERT_FALSE(tx.ok()) << "a write transaction on a damaged file must be refused";
        EXPECT_EQ(tx.error().code, ErrorCode::DbCorrupt);
    }
    EXPECT_EQ(tmp.fileBytes(), damaged) << "a damaged database must be left byte for byte";
}

TEST(DatabaseOpen, AFileIsCheckedOncePerProcessWhileItIsOpen)
{
    TempDb tmp;
    {
        FakeClock clock(vax::test::testNow());
        ASSERT_TRUE(tmp.openTrainingSite(clock));
    }
    const qint64 pageSize = pageSizeOf(tmp.path());
    {
        auto first = openExisting(tmp.path());
        ASSERT_TRUE(first.ok()) << qPrintable(first.error().message);
        // A second connection beside it (background work) does not read the file again.
        auto second = openInBackground(tmp.path());
        ASSERT_TRUE(second.ok());
        EXPECT_TRUE((*second)->integrity().isFinished());
        EXPECT_TRUE((*second)->awaitIntegrity().ok());
    }
    // Every connection closed: the next open checks again, and finds the damage.
    scribble(tmp.path(), pageSize, 3 * pageSize);
    auto again = openExisting(tmp.path());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::DbCorrupt);
}

TEST(DatabaseOpen, AFileThatNeedsAMigrationIsCheckedBeforeOpenReturns)
{
    TempDb tmp;
    qint64 pageSize = 0;
    {
        auto older = tmp.open(Database::latestSchemaVersion() - 1);
        ASSERT_TRUE(older);
        ASSERT_TRUE(older->exec(QStringLiteral("CREATE TABLE filler(x)")).ok());
        pageSize = pragma(*older, "page_size").toLongLong();
    }
    {
        RawSqlite probe(tmp.path());
        ASSERT_GE(probe.scalar(QStringLiteral("PRAGMA page_count")).toLongLong(), 5);
    }
    scribble(tmp.path(), pageSize, 3 * pageSize);
    const QByteArray damaged = tmp.fileBytes();
    auto db = openInBackground(tmp.path());
    ASSERT_FALSE(db.ok()) << "a migration writes: the file must be checked first";
    EXPECT_EQ(db.error().code, ErrorCode::DbCorrupt);
    EXPECT_EQ(tmp.fileBytes(), damaged);
}
