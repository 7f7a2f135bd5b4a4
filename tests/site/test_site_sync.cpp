// The desk side of site replication (docs/site.md 3.3–3.6) against a real PostgreSQL (label
// site): two desks, each its own SQLite file, joined to one server; each checks people in and
// vaccinates them through the core services; after syncing both, both hold the same rows of
// every replicated table. A second sync changes nothing, pulled rows never reach the outbox, a
// pulled row changed locally is pushed again, a batch pushed twice changes nothing, and a row
// that cannot be applied waits in site_pending while the others apply.
#include <gtest/gtest.h>

#include "sitesync/pendingrows.h"
#include "sitesync/pgconnection.h"
#include "twodesks.h"

using namespace vax;
using namespace vax::sitesync;
using namespace vax::test;

namespace {

using SiteSync = TwoDesks;

TEST_F(SiteSync, TwoDesksEndWithTheSameRowsAndASecondSyncChangesNothing)
{
    receiveLot();
    const QStringList doses1 = {one.admit(1), one.admit(2), one.admit(3)};
    const QStringList doses2 = {two.admit(11), two.admit(12)};
    for (const QString& d : doses1 + doses2)
        ASSERT_FALSE(d.isEmpty());
    // Queue numbers of the two desks come from their own blocks (docs/site.md 6).
    EXPECT_EQ(one.number(QStringLiteral("SELECT min(queue_number) FROM visit")), 10001);
    EXPECT_EQ(two.number(QStringLiteral("SELECT min(queue_number) FROM visit")), 20001);

    for (int round = 0; round < 2; ++round) {
        sync(one);
        sync(two);
    }
    expectSameRows();
    const auto digests = one.digests();
    EXPECT_EQ(digests.at(QStringLiteral("person")).rows, 5);
    EXPECT_EQ(digests.at(QStringLiteral("visit")).rows, 5);
    EXPECT_EQ(digests.at(QStringLiteral("dose")).rows, 5);
    EXPECT_EQ(digests.at(QStringLiteral("observation")).rows, 5);
    EXPECT_EQ(digests.at(QStringLiteral("lot")).rows, 1);
    EXPECT_EQ(digests.at(QStringLiteral("stock_movement")).rows, 6);
    for (Desk* d : {&one, &two}) {
        EXPECT_EQ(d->backlog(), 0);
        EXPECT_EQ(d->number(QStringLiteral("SELECT count(*) FROM site_pending")), 0);
        EXPECT_EQ(d->number(QStringLiteral("SELECT active FROM site_apply")), 0);
    }
    // Each desk's copy of the other's dose says where it came from; its own rows say nothing.
    EXPECT_EQ(one.number(QStringLiteral("SELECT count(*) FROM dose WHERE origin_desk = 2")), 2);
    EXPECT_EQ(one.number(QStringLiteral("SELECT count(*) FROM dose WHERE origin_desk IS NULL")), 3);
    EXPECT_EQ(two.number(QStringLiteral("SELECT count(*) FROM dose WHERE origin_desk = 1")), 3);
    // The stock balance is the shared ledger's sum on both desks: 100 in, 5 given.
    for (Desk* d : {&one, &two})
        EXPECT_EQ(d->number(QStringLiteral("SELECT sum(doses) FROM stock_movement")), 95);

    const QString changes = server(QStringLiteral("SELECT count(*) FROM vaxsite.change"));
    const qint64 counter1 = one.counter();
    const qint64 counter2 = two.counter();
    for (Desk* d : {&one, &two}) {
        const SyncReport again = sync(*d);
        EXPECT_EQ(again.push.rows, 0);
        EXPECT_EQ(again.pull.rows, 0);
        EXPECT_EQ(again.pull.written, 0);
    }
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM vaxsite.change")), changes);
    EXPECT_EQ(one.counter(), counter1);
    EXPECT_EQ(two.counter(), counter2);
    expectSameRows();
}

TEST_F(SiteSync, PulledRowsAddNothingToTheOutbox)
{
    receiveLot();
    one.admit(1);
    one.admit(2);
    sync(one);
    EXPECT_EQ(one.backlog(), 0);
    const qint64 before = two.counter();
    const SyncReport pulled = sync(two, false);
    EXPECT_GT(pulled.pull.written, 0);
    EXPECT_GT(two.counter(), before) << "pulled rows are stamped by the change log";
    EXPECT_EQ(two.backlog(), 0) << "but they are not this desk's to push";
    EXPECT_EQ(pulled.backlog, 0);
    EXPECT_EQ(two.number(QStringLiteral("SELECT count(*) FROM person WHERE origin_desk = 1")), 2);
    const SyncReport pushed = sync(two);
    EXPECT_EQ(pushed.push.rows, 0);
}

TEST_F(SiteSync, ALocallyChangedPulledRowIsPushedAgain)
{
    receiveLot();
    one.admit(1);
    sync(one);
    sync(two);
    ASSERT_EQ(two.number(QStringLiteral("SELECT count(*) FROM person WHERE origin_desk = 1")), 1);
    ASSERT_TRUE(two.db->exec(QStringLiteral("UPDATE person SET phone = '13800000000'")).ok());
    EXPECT_EQ(two.number(QStringLiteral("SELECT count(*) FROM person WHERE origin_desk IS NULL")),
              1)
        << "a local change makes the row this desk's";
    EXPECT_EQ(two.backlog(), 1);
    const SyncReport pushed = sync(two);
    EXPECT_EQ(pushed.push.rows, 1);
    EXPECT_EQ(pushed.backlog, 0);
    sync(one);
    EXPECT_EQ(one.number(QStringLiteral("SELECT count(*) FROM person WHERE phone = '13800000000' "
                                        "AND origin_desk = 2")),
              1);
    EXPECT_EQ(one.backlog(), 0);
    expectSameRows();
}

TEST_F(SiteSync, ABatchPushedTwiceChangesNothing)
{
    receiveLot();
    one.admit(1);
    sync(one);
    sync(two);
    const QString changes = server(QStringLiteral("SELECT count(*) FROM vaxsite.change"));
    const QString records = server(QStringLiteral("SELECT count(*) FROM vaxsite.record"));
    const auto before = two.digests();
    // A crash after the server's COMMIT and before the desk stored its cursor: the next sync
    // pushes everything again.
    ASSERT_TRUE(writeMeta(*one.db, QStringLiteral("site.pushed_seq"), QStringLiteral("0")).ok());
    const SyncReport again = sync(one);
    EXPECT_GT(again.push.rows, 0);
    EXPECT_EQ(again.backlog, 0);
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM vaxsite.change")), changes);
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM vaxsite.record")), records);
    const SyncReport pulled = sync(two);
    EXPECT_EQ(pulled.pull.rows, 0);
    const auto after = two.digests();
    for (const QString& t : replicatedTables())
        EXPECT_EQ(before.at(t).hash, after.at(t).hash) << qPrintable(t);
}

TEST_F(SiteSync, ARowThatCannotBeAppliedWaitsAndTheOthersApply)
{
    receiveLot();
    // A second fridge at desk 1 whose name desk 2 already gave a fridge of its own: desk 2
    // cannot apply it (the name is unique), nor its lot and receipt (a foreign key to a fridge
    // desk 2 does not have).
    pendingAtDeskTwo();
    ASSERT_FALSE(HasFatalFailure());
    one.admit(1);
    sync(one);
    const SyncReport pulled = sync(two);
    // Rows arrive in the order of their current version, so a child may come before its parent
    // (a visit before its person changed later): set aside, then applied by the retry after the
    // batch. Only the fridge and the two rows that need it are still waiting.
    EXPECT_GE(pulled.pull.setAside, 3);
    EXPECT_EQ(pulled.pull.setAside - pulled.pull.recovered, 3);
    EXPECT_EQ(pulled.pending, 3);
    auto st = SiteStatusService::status({*two.db, two.clock}, two.secrets);
    ASSERT_TRUE(st.ok()) << qPrintable(st.error().message);
    EXPECT_EQ(st->pending, 3);
    auto waiting = PendingRows::all(*two.db);
    ASSERT_TRUE(waiting.ok());
    ASSERT_EQ(waiting->size(), 3);
    for (const PendingRow& p : *waiting) {
        EXPECT_EQ(p.desk, 1);
        if (p.table == QLatin1String("fridge")) {
            EXPECT_TRUE(p.reason.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
                << qPrintable(p.reason);
            continue;
        }
        EXPECT_TRUE(p.table == QLatin1String("lot") || p.table == QLatin1String("stock_movement"))
            << qPrintable(p.table);
        EXPECT_TRUE(p.reason.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive))
            << qPrintable(p.reason);
    }
    // Everything else arrived: the person, the visit, the dose.
    EXPECT_EQ(two.number(QStringLiteral("SELECT count(*) FROM dose WHERE origin_desk = 1")), 1);
    EXPECT_EQ(two.number(QStringLiteral("SELECT count(*) FROM lot")), 1);
    EXPECT_EQ(two.backlog(), 0);

    // Tried again on every pull: once the fridge is there, they apply.
    const SyncReport still = sync(two);
    EXPECT_EQ(still.pending, 3);
    // Desk 2's technician renames its own fridge: desk 1's fridge, lot and receipt apply.
    ASSERT_TRUE(two.db
                    ->exec(QStringLiteral("UPDATE fridge SET name = 'Fridge of desk 2' WHERE "
                                          "id = 'fridge-desk-2'"))
                    .ok());
    const SyncReport recovered = sync(two);
    EXPECT_EQ(recovered.pull.recovered, 3);
    EXPECT_EQ(recovered.pending, 0);
    EXPECT_EQ(two.backlog(), 0);
    // Desk 1 takes desk 2's fridge by its new name (the first version is superseded).
    sync(one);
    EXPECT_EQ(one.number(QStringLiteral("SELECT count(*) FROM site_pending")), 0);
    expectSameRows();
}

TEST_F(SiteSync, ARowChangedAtBothDesksOfflineEndsAsTheLastVersionToReachTheServer)
{
    receiveLot();
    one.admit(1);
    sync(one);
    sync(two);
    // Both change the person offline; desk 1 reaches the server first.
    ASSERT_TRUE(one.db->exec(QStringLiteral("UPDATE person SET phone = '13800000001'")).ok());
    ASSERT_TRUE(two.db->exec(QStringLiteral("UPDATE person SET phone = '13800000002'")).ok());
    sync(one);
    // Desk 2 pulls before it pushes: its own version, not pushed yet, is kept.
    const SyncReport pulled = sync(two, false);
    EXPECT_EQ(pulled.pull.keptLocal, 1);
    EXPECT_EQ(two.phone(), QStringLiteral("13800000002"));
    // Desk 2's version reaches the server last: it is the one every desk ends with.
    sync(two);
    sync(one);
    sync(two);
    EXPECT_EQ(one.phone(), QStringLiteral("13800000002"));
    EXPECT_EQ(two.phone(), QStringLiteral("13800000002"));
    EXPECT_EQ(server(QStringLiteral("SELECT payload->>'phone' FROM vaxsite.record WHERE tbl = "
                                    "'person'")),
              QStringLiteral("13800000002"));

    // Again the other way round, pushing before pulling: desk 1's change is superseded on the
    // server by desk 2's, which arrived later, so desk 2 skips it.
    ASSERT_TRUE(one.db->exec(QStringLiteral("UPDATE person SET phone = '13800000003'")).ok());
    ASSERT_TRUE(two.db->exec(QStringLiteral("UPDATE person SET phone = '13800000004'")).ok());
    sync(one);
    const SyncReport both = sync(two);
    EXPECT_EQ(both.push.rows, 1);
    EXPECT_GE(both.pull.superseded, 1);
    sync(one);
    EXPECT_EQ(one.phone(), QStringLiteral("13800000004"));
    EXPECT_EQ(two.phone(), QStringLiteral("13800000004"));
    expectSameRows();
    for (Desk* d : {&one, &two})
        EXPECT_EQ(d->backlog(), 0);
}

TEST_F(SiteSync, AContraindicationRecordedAtOneDeskIsLiftedAtTheOther)
{
    receiveLot();
    one.admit(1);
    ASSERT_EQ(one.number(QStringLiteral("SELECT count(*) FROM person")), 1);
    ASSERT_TRUE(one.db
                    ->exec(QStringLiteral("INSERT INTO contraindication(id, person_id, kind, "
                                          "scope, origin, recorded_at, recorded_by) SELECT "
                                          "'ci-1', id, 'contraindication', 'all', 'doctor', "
                                          "'2021-06-01T01:00:00.000Z', ? FROM person"),
                           {kStaff})
                    .ok());
    sync(one);
    sync(two);
    ASSERT_EQ(two.number(QStringLiteral("SELECT count(*) FROM contraindication WHERE "
                                        "origin_desk = 1")),
              1);
    // The doctor at desk 2 lifts it: the lift, and the origin reset after it, are let through.
    auto lifted = two.db->exec(QStringLiteral("UPDATE contraindication SET lifted_at = "
                                              "'2021-06-01T02:00:00.000Z', lifted_by = ?, "
                                              "lift_reason = 'tested negative' WHERE id = 'ci-1'"),
                               {kStaff});
    ASSERT_TRUE(lifted.ok()) << qPrintable(lifted.error().message);
    EXPECT_EQ(two.number(QStringLiteral("SELECT count(*) FROM contraindication WHERE "
                                        "origin_desk IS NULL")),
              1);
    // A lifted row still refuses any other change.
    EXPECT_FALSE(
        two.db->exec(QStringLiteral("UPDATE contraindication SET reason = 'x' WHERE id = 'ci-1'"))
            .ok());
    EXPECT_EQ(two.backlog(), 1);
    sync(two);
    sync(one);
    EXPECT_EQ(one.number(QStringLiteral("SELECT count(*) FROM contraindication WHERE lifted_at IS "
                                        "NOT NULL AND origin_desk = 2")),
              1);
    expectSameRows();
}

}  // namespace

// The replicator killed between the server's COMMIT and its own record of the push (docs/site.md
// 11, "Proof"): the desk's cursor is behind what the server holds. A pull before the next push
// must count those rows as pushed, or it keeps this desk's version although a later one
// superseded it on the server, and the repeated push, skipped as a duplicate, never corrects it.
TEST_F(SiteSync, APullAfterAnUnrecordedPushTakesTheServersLaterVersion)
{
    receiveLot();
    one.admit(1);
    sync(one);
    sync(two);
    auto before = readMeta(*one.db, QStringLiteral("site.pushed_seq"));
    ASSERT_TRUE(before.ok());
    ASSERT_TRUE(one.db->exec(QStringLiteral("UPDATE person SET phone = '13800000001'")).ok());
    sync(one);
    ASSERT_TRUE(writeMeta(*one.db, QStringLiteral("site.pushed_seq"), *before).ok());
    // Desk 2 changes the person after desk 1's version reached the server.
    ASSERT_TRUE(two.db->exec(QStringLiteral("UPDATE person SET phone = '13800000002'")).ok());
    sync(two);
    const SyncReport pulled = sync(one, false);
    EXPECT_EQ(pulled.pull.keptLocal, 0);
    EXPECT_EQ(one.phone(), QStringLiteral("13800000002"));
    sync(one);
    sync(two);
    EXPECT_EQ(one.phone(), QStringLiteral("13800000002"));
    EXPECT_EQ(two.phone(), QStringLiteral("13800000002"));
    EXPECT_EQ(server(QStringLiteral("SELECT payload->>'phone' FROM vaxsite.record WHERE tbl = "
                                    "'person'")),
              QStringLiteral("13800000002"));
    expectSameRows();
}
