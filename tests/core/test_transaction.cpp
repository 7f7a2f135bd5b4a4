// WriteTransaction: BEGIN IMMEDIATE, rolled back unless committed; ReadTransaction: one snapshot.
#include <gtest/gtest.h>

#include "storage/database.h"
#include "storage/meta.h"
#include "storage/transaction.h"
#include "support/tempdb.h"

using namespace vax;
using vax::test::TempDb;

namespace {

QString metaValue(Database& db, const QString& key)
{
    auto v = readMeta(db, key, QStringLiteral("<absent>"));
    EXPECT_TRUE(v.ok());
    return v.valueOr(QString());
}

// One user action: two good writes, then a fridge whose minimum is above its maximum.
Status actionThatFailsHalfway(Database& db)
{
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    VAX_TRY(writeMeta(db, QStringLiteral("first"), QStringLiteral("1")));
    auto fridge =
        db.exec(QStringLiteral("INSERT INTO fridge(id, name, min_c, max_c, created_at) "
                               "VALUES('f-ok', 'Good fridge', 2, 8, 'now')"));
    if (!fridge)
        return fridge.error();
    auto bad =
        db.exec(QStringLiteral("INSERT INTO fridge(id, name, min_c, max_c, created_at) "
                               "VALUES('f-bad', 'Bad fridge', 9, 8, 'now')"));
    if (!bad)
        return bad.error();
    return tx->commit();
}

std::unique_ptr<Database> openSecond(const TempDb& tmp)
{
    OpenOptions options;
    options.path = tmp.path();
    auto db = Database::open(options);
    EXPECT_TRUE(db.ok()) << (db.ok() ? "" : qPrintable(db.error().message));
    return db.ok() ? std::move(*db) : nullptr;
}

}  // namespace

TEST(WriteTransaction, RollsBackWhenDestroyedWithoutCommit)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    {
        auto tx = WriteTransaction::begin(*db);
        ASSERT_TRUE(tx.ok()) << qPrintable(tx.error().message);
        ASSERT_TRUE(writeMeta(*db, QStringLiteral("k"), QStringLiteral("v")));
        EXPECT_EQ(metaValue(*db, QStringLiteral("k")), QStringLiteral("v"))
            << "visible inside its own transaction";
    }
    EXPECT_EQ(metaValue(*db, QStringLiteral("k")), QStringLiteral("<absent>"));
    db.reset();
    db = tmp.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(metaValue(*db, QStringLiteral("k")), QStringLiteral("<absent>"));
}

TEST(WriteTransaction, ExplicitRollbackDiscardsWrites)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    auto tx = WriteTransaction::begin(*db);
    ASSERT_TRUE(tx.ok());
    ASSERT_TRUE(writeMeta(*db, QStringLiteral("k"), QStringLiteral("v")));
    tx->rollback();
    EXPECT_EQ(metaValue(*db, QStringLiteral("k")), QStringLiteral("<absent>"));
    EXPECT_FALSE(tx->commit().ok()) << "a finished transaction cannot commit";
}

TEST(WriteTransaction, FailingStatementRollsBackEarlierWrites)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    const Status result = actionThatFailsHalfway(*db);
    ASSERT_FALSE(result.ok()) << "the CHECK (min_c < max_c) constraint must reject the fridge";
    EXPECT_EQ(result.error().code, ErrorCode::DbQueryFailed);
    EXPECT_EQ(metaValue(*db, QStringLiteral("first")), QStringLiteral("<absent>"));
    auto fridges = db->exec(QStringLiteral("SELECT count(*) FROM fridge"));
    ASSERT_TRUE(fridges.ok());
    EXPECT_EQ(fridges->scalar().toInt(), 0);
    // The connection is no longer inside a transaction: a new one can begin and commit.
    {
        auto tx = WriteTransaction::begin(*db);
        ASSERT_TRUE(tx.ok()) << qPrintable(tx.error().message);
        ASSERT_TRUE(writeMeta(*db, QStringLiteral("after"), QStringLiteral("ok")));
        ASSERT_TRUE(tx->commit().ok());
    }
    EXPECT_EQ(metaValue(*db, QStringLiteral("after")), QStringLiteral("ok"));
}

TEST(WriteTransaction, CommitPersistsAcrossReopen)
{
    TempDb tmp;
    {
        auto db = tmp.open();
        ASSERT_TRUE(db);
        auto tx = WriteTransaction::begin(*db);
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(writeMeta(*db, QStringLiteral("k"), QStringLiteral("kept")));
        const Status committed = tx->commit();
        ASSERT_TRUE(committed.ok()) << qPrintable(committed.error().message);
    }
    auto db = openSecond(tmp);
    ASSERT_TRUE(db);
    EXPECT_EQ(metaValue(*db, QStringLiteral("k")), QStringLiteral("kept"));
}

TEST(WriteTransaction, BeginImmediateTakesTheWriteLock)
{
    TempDb tmp;
    auto first = tmp.open();
    ASSERT_TRUE(first);
    auto second = openSecond(tmp);
    ASSERT_TRUE(second);
    {
        auto fast = second->exec(QStringLiteral("PRAGMA busy_timeout = 50"));
        ASSERT_TRUE(fast.ok());
    }

    auto tx = WriteTransaction::begin(*first);
    ASSERT_TRUE(tx.ok());
    ASSERT_TRUE(writeMeta(*first, QStringLiteral("owner"), QStringLiteral("first")));

    {
        auto blocked = WriteTransaction::begin(*second);
        ASSERT_FALSE(blocked.ok()) << "BEGIN IMMEDIATE must wait for, then fail on, the lock";
        EXPECT_EQ(blocked.error().code, ErrorCode::DbBusy) << qPrintable(blocked.error().message);
    }
    // WAL: the other connection still reads the last committed state meanwhile.
    EXPECT_EQ(metaValue(*second, QStringLiteral("owner")), QStringLiteral("<absent>"));

    ASSERT_TRUE(tx->commit().ok());
    auto now = WriteTransaction::begin(*second);
    ASSERT_TRUE(now.ok()) << qPrintable(now.error().message);
    EXPECT_EQ(metaValue(*second, QStringLiteral("owner")), QStringLiteral("first"));
    ASSERT_TRUE(now->commit().ok());
}

TEST(ReadTransaction, SeesOneSnapshotWhileAnotherConnectionWrites)
{
    TempDb tmp;
    auto reader = tmp.open();
    ASSERT_TRUE(reader);
    auto writer = openSecond(tmp);
    ASSERT_TRUE(writer);
    ASSERT_TRUE(writeMeta(*writer, QStringLiteral("k"), QStringLiteral("before")));
    {
        auto rx = ReadTransaction::begin(*reader);
        ASSERT_TRUE(rx.ok()) << qPrintable(rx.error().message);
        EXPECT_EQ(metaValue(*reader, QStringLiteral("k")), QStringLiteral("before"));
        // The writer is not blocked by the reader (WAL), and the reader's snapshot holds.
        ASSERT_TRUE(writeMeta(*writer, QStringLiteral("k"), QStringLiteral("after")));
        EXPECT_EQ(metaValue(*reader, QStringLiteral("k")), QStringLiteral("before"));
        rx->end();
        EXPECT_EQ(metaValue(*reader, QStringLiteral("k")), QStringLiteral("after"));
    }
}

TEST(ReadTransaction, EndsWhenDestroyedSoTheNextWriteCanBegin)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    {
        auto rx = ReadTransaction::begin(*db);
        ASSERT_TRUE(rx.ok());
        EXPECT_EQ(metaValue(*db, QStringLiteral("k")), QStringLiteral("<absent>"));
    }
    // A transaction still open on this connection would make BEGIN IMMEDIATE fail.
    auto tx = WriteTransaction::begin(*db);
    ASSERT_TRUE(tx.ok()) << qPrintable(tx.error().message);
    ASSERT_TRUE(writeMeta(*db, QStringLiteral("k"), QStringLiteral("v")));
    ASSERT_TRUE(tx->commit());
    EXPECT_EQ(metaValue(*db, QStringLiteral("k")), QStringLiteral("v"));
}

// Settings are read once per write transaction (Database::MetaSnapshot): what a transaction
// reads must still be what is on disk — its own writes, never a rolled-back value, and what
// another connection committed before the transaction began.
TEST(WriteTransaction, SettingsSnapshotSeesOwnWritesAndNotRolledBackOnes)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    ASSERT_TRUE(writeMeta(*db, QStringLiteral("k"), QStringLiteral("before")));
    {
        auto tx = WriteTransaction::begin(*db);
        ASSERT_TRUE(tx.ok()) << qPrintable(tx.error().message);
        EXPECT_EQ(metaValue(*db, QStringLiteral("k")), QStringLiteral("before"));
        ASSERT_TRUE(writeMeta(*db, QStringLiteral("k"), QStringLiteral("inside")));
        ASSERT_TRUE(writeMeta(*db, QStringLiteral("new"), QString()));
        EXPECT_EQ(metaValue(*db, QStringLiteral("k")), QStringLiteral("inside"));
        EXPECT_EQ(metaValue(*db, QStringLiteral("new")), QString());
        EXPECT_EQ(metaValue(*db, QStringLiteral("missing")), QStringLiteral("<absent>"));
    }  // rolled back
    EXPECT_EQ(metaValue(*db, QStringLiteral("k")), QStringLiteral("before"));
    EXPECT_EQ(metaValue(*db, QStringLiteral("new")), QStringLiteral("<absent>"));
    auto tx = WriteTransaction::begin(*db);
    ASSERT_TRUE(tx.ok());
    EXPECT_EQ(metaValue(*db, QStringLiteral("k")), QStringLiteral("before"));
    EXPECT_EQ(metaValue(*db, QStringLiteral("new")), QStringLiteral("<absent>"));
}

TEST(WriteTransaction, SettingsSnapshotSeesAnotherConnectionsCommit)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    auto other = openSecond(tmp);
    ASSERT_TRUE(other);
    {
        auto tx = WriteTransaction::begin(*db);
        ASSERT_TRUE(tx.ok());
        EXPECT_EQ(metaValue(*db, QStringLiteral("k")), QStringLiteral("<absent>"));
        ASSERT_TRUE(tx->commit());
    }
    // vaxctl setting set, say, in another process between two check-ins of the desk.
    ASSERT_TRUE(writeMeta(*other, QStringLiteral("k"), QStringLiteral("from elsewhere")));
    auto tx = WriteTransaction::begin(*db);
    ASSERT_TRUE(tx.ok());
    EXPECT_EQ(metaValue(*db, QStringLiteral("k")), QStringLiteral("from elsewhere"));
}

// Reading by column name learns each statement's columns once; a migration (a script) may
// change them, and reads by name after it still find the right column.
TEST(Query, ValueByNameFollowsTheColumnsAfterAScript)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    ASSERT_TRUE(
        db->execScript(QStringLiteral("CREATE TABLE t(a TEXT, b TEXT);"
                                      "INSERT INTO t VALUES('a1', 'b1');")));
    const QString sql = QStringLiteral("SELECT * FROM t");
    {
        auto q = db->exec(sql);
        ASSERT_TRUE(q.ok());
        ASSERT_TRUE(q->next());
        EXPECT_EQ(q->value(QStringLiteral("b")).toString(), QStringLiteral("b1"));
        EXPECT_EQ(q->value(QStringLiteral("a")).toString(), QStringLiteral("a1"));
        EXPECT_EQ(q->value(QStringLiteral("B")).toString(), QStringLiteral("b1"));  // as Qt does
    }
    ASSERT_TRUE(
        db->execScript(QStringLiteral("ALTER TABLE t RENAME TO old; "
                                      "CREATE TABLE t(b TEXT, c TEXT, a TEXT); "
                                      "INSERT INTO t VALUES('b2', 'c2', 'a2');")));
    auto q = db->exec(sql);
    ASSERT_TRUE(q.ok()) << qPrintable(q.error().message);
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(QStringLiteral("a")).toString(), QStringLiteral("a2"));
    EXPECT_EQ(q->value(QStringLiteral("c")).toString(), QStringLiteral("c2"));
}
