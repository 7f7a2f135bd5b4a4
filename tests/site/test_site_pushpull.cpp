// The server side of push and pull (resources/siteserver/0002_push_pull.sql) against a real
// PostgreSQL, driven through desk roles as a desk's replicator will: idempotent pushes, the
// high-water mark refusing a restored or cloned desk, another desk's dose set aside, and pull
// cursors that never skip a push committed late (the xid8 clamp, docs/site.md 3.5).
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include "sitefixture.h"
#include "sitesync/pgconnection.h"

using namespace vax;
using namespace vax::sitesync;
using namespace vax::test;

namespace {

struct Pulled {
    QString txid;
    qint64 serverSeq = 0;
    int desk = 0;
    qint64 deskSeq = 0;
    QString rowId;
};

class PushPull : public SiteServerTest {
protected:
    void SetUp() override
    {
        SiteServerTest::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(init(QStringLiteral("TEST-001"), 3).ok());
        for (int desk = 1; desk <= 3; ++desk) {
            auto url = parseServerUrl(deskUrl());
            ASSERT_TRUE(url.ok());
            auto c = PgConnection::open(*url, deskRoleName(kSiteDb, desk), passwords[desk]);
            ASSERT_TRUE(c.ok()) << qPrintable(c.error().message);
            incarnation[desk] = QUuid::createUuid().toString(QUuid::WithoutBraces);
            auto joined = (*c)->exec(QStringLiteral("SELECT vaxsite.join_desk(?, ?::uuid, false, "
                                                    "'test', 1)"),
                                     {desk, incarnation[desk]});
            ASSERT_TRUE(joined.ok()) << qPrintable(joined.error().message);
            conn[desk] = std::move(*c);
        }
    }
    // A change of row `id`: the row {"id": id} with its hash "h-<id>", or another version of it
    // (`hash` given: the row says so too, as a changed row's image differs from the first).
    static QJsonObject change(qint64 seq, const QString& table, const QString& id,
                              const QString& hash = {})
    {
        QJsonObject row{{QStringLiteral("id"), id}};
        if (!hash.isEmpty())
            row.insert(QStringLiteral("version"), hash);
        return {{QStringLiteral("seq"), seq},
                {QStringLiteral("table"), table},
                {QStringLiteral("id"), id},
                {QStringLiteral("hash"), hash.isEmpty() ? QStringLiteral("h-") + id : hash},
                {QStringLiteral("row"), row}};
    }
    Result<qint64> push(int desk, qint64 localMax, const QJsonArray& batch)
    {
        auto q = conn[desk]->exec(
            QStringLiteral("SELECT vaxsite.push(?, ?::uuid, ?, ?::jsonb)"),
            {desk, incarnation[desk], localMax,
             QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact))});
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::Internal, QStringLiteral("no row"));
        return q->value(0).toLongLong();
    }
    // Everything desk `desk` may pull after its cursor, advancing the cursor.
    QList<Pulled> pull(int desk)
    {
        QList<Pulled> out;
        auto q = conn[desk]->exec(QStringLiteral("SELECT txid, server_seq, desk_no, desk_seq, "
                                                 "row_id FROM vaxsite.pull(?, ?, ?, 1000)"),
                                  {desk, cursorTxid[desk], cursorSeq[desk]});
        EXPECT_TRUE(q.ok()) << qPrintable(q.error().message);
        if (!q)
            return out;
        while (q->next()) {
            out << Pulled{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toInt(),
                          q->value(3).toLongLong(), q->value(4).toString()};
            cursorTxid[desk] = out.back().txid;
            cursorSeq[desk] = out.back().serverSeq;
        }
        return out;
    }
    QString count(const QString& what) { return pg.value(kSiteDb, what); }

    std::map<int, std::unique_ptr<PgConnection>> conn;
    std::map<int, QString> incarnation;
    std::map<int, QString> cursorTxid{
        {1, QStringLiteral("0")}, {2, QStringLiteral("0")}, {3, QStringLiteral("0")}};
    std::map<int, qint64> cursorSeq{{1, 0}, {2, 0}, {3, 0}};
};

TEST_F(PushPull, ABatchPushedTwiceIsKeptOnce)
{
    const QJsonArray batch{change(1, QStringLiteral("dose"), QStringLiteral("d-1")),
                           change(2, QStringLiteral("stock_movement"), QStringLiteral("m-1"))};
    auto first = push(1, 2, batch);
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().message);
    EXPECT_EQ(*first, 2);
    auto again = push(1, 2, batch);
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().message);
    EXPECT_EQ(*again, 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM vaxsite.change")), QStringLiteral("2"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM vaxsite.record")), QStringLiteral("2"));
    EXPECT_EQ(count(QStringLiteral("SELECT high_water FROM vaxsite.desk WHERE desk_no = 1")),
              QStringLiteral("2"));
    EXPECT_EQ(count(QStringLiteral("SELECT last_push_at IS NOT NULL FROM vaxsite.desk WHERE "
                                   "desk_no = 1")),
              QStringLiteral("t"));
}

TEST_F(PushPull, ADeskThatComesBackLowerIsRefusedAndNothingOfTheBatchIsKept)
{
    ASSERT_TRUE(push(1, 3,
                     {change(1, QStringLiteral("dose"), QStringLiteral("d-1")),
                      change(2, QStringLiteral("dose"), QStringLiteral("d-2")),
                      change(3, QStringLiteral("dose"), QStringLiteral("d-3"))})
                    .ok());
    // A backup from before change 3, restored: its counter says 2.
    auto restored = push(1, 2, {change(3, QStringLiteral("dose"), QStringLiteral("d-other"))});
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().code, ErrorCode::SiteDeskBehind)
        << qPrintable(restored.error().message);
    EXPECT_TRUE(restored.error().message.contains(QStringLiteral("join again")));
    // A cloned disk that went on counting: the same number, another change.
    auto clone = push(
        1, 4,
        {change(4, QStringLiteral("dose"), QStringLiteral("d-4")),
         change(3, QStringLiteral("dose"), QStringLiteral("d-3"), QStringLiteral("another-hash"))});
    ASSERT_FALSE(clone.ok());
    EXPECT_EQ(clone.error().code, ErrorCode::SiteDeskBehind);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM vaxsite.change")), QStringLiteral("3"));
    EXPECT_EQ(count(QStringLiteral("SELECT high_water FROM vaxsite.desk WHERE desk_no = 1")),
              QStringLiteral("3"));
}

TEST_F(PushPull, ADeskCannotPushForAnotherDeskOrChangeAnotherDesksDose)
{
    auto asOther =
        conn[2]->exec(QStringLiteral("SELECT vaxsite.push(1, ?::uuid, 1, '[]')"), {incarnation[1]});
    ASSERT_FALSE(asOther.ok());
    EXPECT_EQ(asOther.error().code, ErrorCode::SiteLoginFailed);
    ASSERT_TRUE(push(1, 1, {change(1, QStringLiteral("dose"), QStringLiteral("d-1"))}).ok());
    auto taken = push(
        2, 1,
        {change(1, QStringLiteral("dose"), QStringLiteral("d-1"), QStringLiteral("rewritten"))});
    ASSERT_TRUE(taken.ok()) << "set aside, never blocking: " << qPrintable(taken.error().message);
    // Desk 1's version stays the record (the server sends it again, as its own change, for desk
    // 2 to converge: docs/site.md 4), and desk 2's is a foreign_owner conflict.
    EXPECT_EQ(count(QStringLiteral("SELECT payload::text FROM vaxsite.record WHERE row_id = "
                                   "'d-1'")),
              QStringLiteral("{\"id\": \"d-1\"}"));
    EXPECT_EQ(count(QStringLiteral("SELECT kind || ':' || desk_no FROM vaxsite.conflict")),
              QStringLiteral("foreign_owner:2"));
    // The same version again from desk 2 (a copy of desk 1's database) is nothing to review.
    ASSERT_TRUE(push(2, 2, {change(2, QStringLiteral("dose"), QStringLiteral("d-1"))}).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM vaxsite.conflict")), QStringLiteral("1"));
}

// Desk 1 opens its push first and commits last; desk 2 pushes and commits in between. A pull
// in between must not return desk 2's row (a cursor past it would skip desk 1's for ever); after
// both commits one pull returns both, each once.
TEST_F(PushPull, APullNeverSkipsAPushThatCommitsLate)
{
    ASSERT_TRUE(conn[1]->begin().ok());
    ASSERT_TRUE(push(1, 1, {change(1, QStringLiteral("dose"), QStringLiteral("early"))}).ok());
    ASSERT_TRUE(push(2, 1, {change(1, QStringLiteral("dose"), QStringLiteral("late"))}).ok());
    EXPECT_TRUE(pull(3).isEmpty()) << "desk 2's row waits until desk 1's transaction ends";
    ASSERT_TRUE(conn[1]->commit().ok());
    const QList<Pulled> got = pull(3);
    ASSERT_EQ(got.size(), 2);
    QStringList ids{got.at(0).rowId, got.at(1).rowId};
    ids.sort();
    EXPECT_EQ(ids, (QStringList{QStringLiteral("early"), QStringLiteral("late")}));
    EXPECT_TRUE(pull(3).isEmpty()) << "each row once";
    // A desk does not pull its own rows back.
    const QList<Pulled> forOne = pull(1);
    ASSERT_EQ(forOne.size(), 1);
    EXPECT_EQ(forOne.at(0).rowId, QStringLiteral("late"));
    EXPECT_EQ(count(QStringLiteral("SELECT last_pull_at IS NOT NULL FROM vaxsite.desk WHERE "
                                   "desk_no = 3")),
              QStringLiteral("t"));
}

// Many rounds of the same race with a cursor kept across them: nothing lost, nothing twice.
TEST_F(PushPull, InterleavedPushesAndPullsDeliverEveryRowExactlyOnce)
{
    QStringList seen;
    qint64 seq1 = 0;
    qint64 seq2 = 0;
    for (int round = 0; round < 20; ++round) {
        const bool holdOne = round % 2 == 0;
        if (holdOne) {
            ASSERT_TRUE(conn[1]->begin().ok());
        }
        ++seq1;
        ASSERT_TRUE(
            push(1, seq1, {change(seq1, QStringLiteral("dose"), QStringLiteral("a-%1").arg(seq1))})
                .ok());
        for (const Pulled& p : pull(3))
            seen << p.rowId;
        ++seq2;
        ASSERT_TRUE(
            push(2, seq2, {change(seq2, QStringLiteral("dose"), QStringLiteral("b-%1").arg(seq2))})
                .ok());
        for (const Pulled& p : pull(3))
            seen << p.rowId;
        if (holdOne) {
            ASSERT_TRUE(conn[1]->commit().ok());
        }
    }
    for (const Pulled& p : pull(3))
        seen << p.rowId;
    EXPECT_EQ(seen.size(), 40);
    seen.removeDuplicates();
    EXPECT_EQ(seen.size(), 40);
}

}  // namespace
