// The audit chain: appended in transactions, verified, and any edit, deletion or insertion made
// behind VaxPoint's back (an attacker with the file drops the append-only triggers first) breaks
// the chain at the right row.
#include <gtest/gtest.h>

#include <QJsonObject>

#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/rawsqlite.h"
#include "support/tempdb.h"

using namespace vax;
using vax::test::RawSqlite;
using vax::test::TempDb;

namespace {

constexpr int kRows = 5;
const QString kGenesis = QString(64, QLatin1Char('0'));

class AuditChain : public testing::Test {
protected:
    void SetUp() override
    {
        auto db = m_tmp.open();
        ASSERT_TRUE(db);
        auto tx = WriteTransaction::begin(*db);
        ASSERT_TRUE(tx.ok());
        for (int i = 1; i <= kRows; ++i) {
            AuditEntry e{
                vax::test::testNow().addSecs(i * 60), QStringLiteral("staff-%1").arg(i),
                QStringLiteral("test.action"),        QStringLiteral("thing"),
                QStringLiteral("id-%1").arg(i),       QJsonObject{{QStringLiteral("n"), i}}};
            const Status appended = AuditLog::append(*db, e);
            ASSERT_TRUE(appended.ok()) << qPrintable(appended.error().message);
        }
        ASSERT_TRUE(tx->commit().ok());
    }

    AuditVerifyReport verify()
    {
        auto db = m_tmp.open();
        EXPECT_TRUE(db);
        if (!db)
            return {};
        auto report = AuditLog::verify(*db);
        EXPECT_TRUE(report.ok()) << qPrintable(report.error().message);
        return report.ok() ? *report : AuditVerifyReport{};
    }

    // A connection of "another program", with the append-only triggers removed.
    std::unique_ptr<RawSqlite> attacker()
    {
        auto raw = std::make_unique<RawSqlite>(m_tmp.path());
        raw->mustExec(
            QStringLiteral("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;"));
        return raw;
    }

    QString storedHash(RawSqlite& raw, int id)
    {
        return raw.scalar(QStringLiteral("SELECT hash FROM audit WHERE id = %1").arg(id));
    }

    // Inserts a row whose own hash is computed exactly as VaxPoint would: the best forgery.
    void insertForged(RawSqlite& raw, int id, const QString& prevHash)
    {
        const QString at = QStringLiteral("2021-06-01T02:00:00.000Z");
        const QString detail = QStringLiteral("{\"forged\":true}");
        const QString hash =
            AuditLog::rowHash(id, at, QStringLiteral("staff-x"), QStringLiteral("test.action"),
                              QStringLiteral("thing"), QStringLiteral("forged"), detail, prevHash);
        raw.mustExec(QStringLiteral("INSERT INTO audit(id, at, actor, action, entity, entity_id, "
                                    "detail, prev_hash, hash) VALUES(%1, '%2', 'staff-x', "
                                    "'test.action', 'thing', 'forged', '%3', '%4', '%5')")
                         .arg(id)
                         .arg(at, detail, prevHash, hash));
    }

    TempDb m_tmp;
};

}  // namespace

TEST_F(AuditChain, IntactChainVerifiesWithRowCountAndHead)
{
    const AuditVerifyReport report = verify();
    EXPECT_TRUE(report.ok) << qPrintable(report.problem);
    EXPECT_EQ(report.rowsChecked, kRows);
    EXPECT_EQ(report.firstBrokenId, 0);

    RawSqlite raw(m_tmp.path());
    EXPECT_EQ(report.headHash, storedHash(raw, kRows));
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT last_id || '|' || last_hash FROM audit_head")),
              QStringLiteral("%1|%2").arg(kRows).arg(report.headHash));
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT prev_hash FROM audit WHERE id = 1")), kGenesis);
    // Each row links to the hash of the row before it, and the hashes are what rowHash gives.
    for (const QStringList& row : raw.table(QStringLiteral(
             "SELECT id, at, actor, action, entity, entity_id, detail, prev_hash, hash, "
             "(SELECT hash FROM audit p WHERE p.id = a.id - 1) FROM audit a ORDER BY id"))) {
        ASSERT_EQ(row.size(), 10);
        const QString expectedPrev = row[0] == QLatin1String("1") ? kGenesis : row[9];
        EXPECT_EQ(row[7], expectedPrev) << "row " << qPrintable(row[0]);
        EXPECT_EQ(row[8], AuditLog::rowHash(row[0].toLongLong(), row[1], row[2], row[3], row[4],
                                            row[5], row[6], row[7]));
    }
}

TEST(AuditLog, EmptyLogVerifies)
{
    TempDb empty;
    auto db = empty.open();
    ASSERT_TRUE(db);
    auto report = AuditLog::verify(*db);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok);
    EXPECT_EQ(report->rowsChecked, 0);
}

TEST_F(AuditChain, RowsCannotBeUpdatedOrDeletedThroughVaxPoint)
{
    auto db = m_tmp.open();
    ASSERT_TRUE(db);
    auto update = db->exec(QStringLiteral("UPDATE audit SET detail = '{}' WHERE id = 2"));
    ASSERT_FALSE(update.ok());
    EXPECT_TRUE(update.error().message.contains(QLatin1String("append-only")))
        << qPrintable(update.error().message);
    auto del = db->exec(QStringLiteral("DELETE FROM audit WHERE id = 2"));
    ASSERT_FALSE(del.ok());
    EXPECT_TRUE(del.error().message.contains(QLatin1String("append-only")));
    db.reset();
    const AuditVerifyReport report = verify();
    EXPECT_TRUE(report.ok) << qPrintable(report.problem);
    EXPECT_EQ(report.rowsChecked, kRows);
}

TEST_F(AuditChain, EditedRowIsReported)
{
    {
        auto raw = attacker();
        raw->mustExec(QStringLiteral("UPDATE audit SET detail = '{\"n\":99}' WHERE id = 3"));
    }
    const AuditVerifyReport report = verify();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.firstBrokenId, 3) << qPrintable(report.problem);
    EXPECT_TRUE(report.problem.contains(QLatin1String("3"))) << qPrintable(report.problem);
}

TEST_F(AuditChain, EditedRowWithRecomputedHashIsReportedAtTheNextRow)
{
    {
        auto raw = attacker();
        const QStringList r =
            raw->table(QStringLiteral("SELECT at, actor, action, entity, entity_id, prev_hash FROM "
                                      "audit WHERE id = 3"))
                .value(0);
        ASSERT_EQ(r.size(), 6);
        const QString detail = QStringLiteral("{\"n\":99}");
        const QString hash = AuditLog::rowHash(3, r[0], r[1], r[2], r[3], r[4], detail, r[5]);
        raw->mustExec(QStringLiteral("UPDATE audit SET detail = '%1', hash = '%2' WHERE id = 3")
                          .arg(detail, hash));
    }
    const AuditVerifyReport report = verify();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.firstBrokenId, 4) << qPrintable(report.problem);
}

TEST_F(AuditChain, DeletedMiddleRowIsReported)
{
    {
        auto raw = attacker();
        raw->mustExec(QStringLiteral("DELETE FROM audit WHERE id = 3"));
    }
    const AuditVerifyReport report = verify();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.firstBrokenId, 3) << qPrintable(report.problem);
    EXPECT_TRUE(report.problem.contains(QLatin1String("3"))) << qPrintable(report.problem);
}

TEST_F(AuditChain, RowAppendedWithoutHeadIsReported)
{
    {
        auto raw = attacker();
        insertForged(*raw, kRows + 1, storedHash(*raw, kRows));
    }
    const AuditVerifyReport report = verify();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.rowsChecked, kRows + 1);
    EXPECT_EQ(report.firstBrokenId, kRows + 1) << qPrintable(report.problem);
}

TEST_F(AuditChain, RowInsertedInTheMiddleByShiftingIdsIsReported)
{
    {
        auto raw = attacker();
        const QString hashOf2 = storedHash(*raw, 2);
        for (int id = kRows; id >= 3; --id)
            raw->mustExec(
                QStringLiteral("UPDATE audit SET id = %1 WHERE id = %2").arg(id + 1).arg(id));
        insertForged(*raw, 3, hashOf2);
        // A careful attacker also moves the head to the new last row.
        raw->mustExec(QStringLiteral("UPDATE audit_head SET last_id = %1, last_hash = "
                                     "(SELECT hash FROM audit WHERE id = %1)")
                          .arg(kRows + 1));
    }
    const AuditVerifyReport report = verify();
    EXPECT_FALSE(report.ok);
    // The forged row 3 is self-consistent; the old row 3, now 4, no longer follows it.
    EXPECT_EQ(report.firstBrokenId, 4) << qPrintable(report.problem);
}

TEST_F(AuditChain, DeletedLastRowIsReportedThroughTheHead)
{
    {
        auto raw = attacker();
        raw->mustExec(QStringLiteral("DELETE FROM audit WHERE id = %1").arg(kRows));
    }
    const AuditVerifyReport report = verify();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.rowsChecked, kRows - 1);
    EXPECT_EQ(report.firstBrokenId, kRows) << qPrintable(report.problem);
}

TEST_F(AuditChain, AppendingAfterVerificationContinuesTheChain)
{
    auto db = m_tmp.open();
    ASSERT_TRUE(db);
    {
        auto tx = WriteTransaction::begin(*db);
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(AuditLog::append(
            *db,
            // After the rows above: the clock only runs forwards (docs/storage.md).
            {vax::test::testNow().addSecs((kRows + 1) * 60),
             QStringLiteral("system"),
             QStringLiteral("more"),
             {},
             {},
             {}}));
        ASSERT_TRUE(tx->commit().ok());
    }
    auto report = AuditLog::verify(*db);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok) << qPrintable(report->problem);
    EXPECT_EQ(report->rowsChecked, kRows + 1);
}
