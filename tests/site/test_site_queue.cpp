// "Call next" across desks (docs/site.md 6) against a real PostgreSQL (label site): a joined desk
// whose server answers calls the oldest waiting visit of the whole site, pulling it when it does
// not hold it yet; two desks calling at once from two threads call every visit exactly once, the
// oldest first; a visit another desk claimed is not called again; with the server stopped, or not
// joined, a desk calls from its own check-ins and says so.
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QSet>

#include <iostream>

#include <thread>
#include <vector>

#include "checkin/queuenumber.h"
#include "checkin/visitrepository.h"
#include "sitesync/pgconnection.h"
#include "sitesync/serverurl.h"
#include "sitesync/sitequeue.h"
#include "twodesks.h"

using namespace vax;
using namespace vax::sitesync;
using namespace vax::test;

namespace {

class SiteQueue : public TwoDesks {
protected:
    // Pushes desk `d`'s records without pulling the others'.
    void pushOnly(Desk& d)
    {
        SyncOptions o;
        o.pull = false;
        auto r = SiteSyncService::sync(*d.db, d.clock, d.secrets, o);
        ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    }
    static SiteCall callNext(Desk& d, Database& db, const QString& desk)
    {
        auto call = SiteQueueService::callNext({db, d.clock}, d.secrets, desk, kStaff);
        EXPECT_TRUE(call.ok()) << qPrintable(call.error().message);
        return call.valueOr({});
    }
    static SiteCall callNext(Desk& d, const QString& desk) { return callNext(d, *d.db, desk); }
    // Person `i` checked in at `d` a minute after the previous check-in (both desks' clocks
    // move together: check-in times are the site's order): its visit id.
    QString checkIn(Desk& d, int i)
    {
        one.clock.advance(60 * 1000);
        two.clock.advance(60 * 1000);
        auto receipt = d.checkIn(i);
        return receipt ? receipt->visitId : QString();
    }
    QString state(Desk& d, const QString& visitId)
    {
        auto v = VisitRepository::byId(*d.db, visitId);
        EXPECT_TRUE(v.ok());
        return v && *v ? (*v)->state : QString();
    }
};

TEST_F(SiteQueue, CallsTheOldestWaitingVisitOfTheSiteAndPullsItFirst)
{
    // Desk 1's check-in is the oldest; desk 2 has not pulled it.
    const QString first = checkIn(one, 1);
    const QString second = checkIn(two, 2);
    const QString third = checkIn(one, 3);
    pushOnly(one);
    pushOnly(two);
    ASSERT_FALSE(HasFatalFailure());

    const SiteCall a = callNext(two, QStringLiteral("2"));
    ASSERT_TRUE(a.called.has_value());
    EXPECT_EQ(a.source, QueueSource::Site);
    EXPECT_EQ(queueSourceName(a.source), QStringLiteral("site"));
    EXPECT_EQ(a.called->visitId, first);
    EXPECT_EQ(queueLabel(a.called->queueNumber), QStringLiteral("1-1"));
    EXPECT_GT(a.pulled, 0);
    EXPECT_EQ(a.note(), QStringLiteral("site queue"));
    EXPECT_EQ(state(two, first), QStringLiteral("called"));

    const SiteCall b = callNext(one, QStringLiteral("1"));
    ASSERT_TRUE(b.called.has_value());
    EXPECT_EQ(b.called->visitId, second);  // desk 2's, pulled by desk 1
    EXPECT_EQ(queueLabel(b.called->queueNumber), QStringLiteral("2-1"));
    const SiteCall c = callNext(two, QStringLiteral("2"));
    ASSERT_TRUE(c.called.has_value());
    EXPECT_EQ(c.called->visitId, third);
    // Desk 1 still holds its own first check-in as waiting (desk 2's call is not pushed yet), but
    // the site's queue is empty: it is not called a second time.
    EXPECT_EQ(state(one, first), QStringLiteral("waiting"));
    const SiteCall d = callNext(one, QStringLiteral("1"));
    EXPECT_FALSE(d.called.has_value());
    EXPECT_EQ(d.source, QueueSource::Site);
    EXPECT_EQ(state(one, first), QStringLiteral("waiting"));
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM vaxsite.queue_claim")),
              QStringLiteral("3"));

    // The calls replicate as any state change: after syncing, both desks agree.
    sync(one);
    sync(two);
    sync(one);
    EXPECT_EQ(state(one, first), QStringLiteral("called"));
    expectSameRows();
}

TEST_F(SiteQueue, AVisitCheckedInHereAndNotPushedYetIsClaimedBeforeItIsCalled)
{
    const QString mine = checkIn(one, 1);  // not pushed
    const SiteCall a = callNext(one, QStringLiteral("1"));
    ASSERT_TRUE(a.called.has_value());
    EXPECT_EQ(a.called->visitId, mine);
    EXPECT_EQ(a.source, QueueSource::Site);
    // The server had no unclaimed waiting visit, so desk 1 claimed its own check-in by id before
    // calling it: once pushed (still waiting, should the call's change come later), desk 2 does
    // not call it.
    EXPECT_EQ(server(QStringLiteral("SELECT desk_no FROM vaxsite.queue_claim WHERE visit_id = '") +
                     mine + QStringLiteral("'")),
              QStringLiteral("1"));
    pushOnly(one);
    sync(two);
    const SiteCall b = callNext(two, QStringLiteral("2"));
    EXPECT_FALSE(b.called.has_value());
    EXPECT_EQ(b.source, QueueSource::Site);
}

TEST_F(SiteQueue, TwoDesksCallingAtOnceCallEveryVisitOnceTheOldestFirst)
{
    constexpr int kVisits = 40;
    QStringList byAge;  // visit ids, the oldest check-in first
    for (int i = 0; i < kVisits; ++i) {
        Desk& d = i % 2 == 0 ? one : two;
        // Both clocks move together: check-in times are the site's order.
        one.clock.advance(30 * 1000);
        two.clock.advance(30 * 1000);
        auto receipt = d.checkIn(i);
        ASSERT_TRUE(receipt.has_value());
        byAge << receipt->visitId;
    }
    sync(one);
    sync(two);
    sync(one);
    ASSERT_FALSE(HasFatalFailure());

    struct Caller {
        Desk* desk;
        QString name;
        QStringList called;
        QList<QueueSource> sources;
        QString failure;
    };
    std::vector<Caller> callers{{&one, QStringLiteral("1"), {}, {}, {}},
                                {&two, QStringLiteral("2"), {}, {}, {}}};
    std::vector<std::thread> threads;
    QElapsedTimer elapsed;  // measured, not asserted
    elapsed.start();
    for (Caller& c : callers)
        threads.emplace_back([&c] {
            // A connection of this thread to the desk's file, as the window's workers have.
            auto db = openExisting(c.desk->tmp.path());
            if (!db) {
                c.failure = db.error().message;
                return;
            }
            for (int n = 0; n <= kVisits; ++n) {
                auto call = SiteQueueService::callNext({**db, c.desk->clock}, c.desk->secrets,
                                                       c.name, kStaff);
                if (!call) {
                    c.failure = call.error().message;
                    return;
                }
                c.sources << call->source;
                if (!call->called)
                    return;
                c.called << call->called->visitId;
            }
        });
    for (std::thread& t : threads)
        t.join();
    std::cout << "[ measured ] " << kVisits << " calls in " << elapsed.elapsed()
              << " ms; desk 1 called " << callers[0].called.size() << ", desk 2 "
              << callers[1].called.size() << "\n";

    QSet<QString> all;
    for (const Caller& c : callers) {
        EXPECT_TRUE(c.failure.isEmpty()) << qPrintable(c.failure);
        for (QueueSource s : c.sources)
            EXPECT_EQ(s, QueueSource::Site);
        // Each desk took its visits in the site's order: the oldest first.
        for (qsizetype i = 1; i < c.called.size(); ++i)
            EXPECT_LT(byAge.indexOf(c.called[i - 1]), byAge.indexOf(c.called[i]))
                << qPrintable(c.name);
        for (const QString& v : c.called) {
            EXPECT_FALSE(all.contains(v)) << "called twice: " << qPrintable(v);
            all.insert(v);
            EXPECT_EQ(state(*c.desk, v), QStringLiteral("called"));
        }
    }
    EXPECT_EQ(all.size(), kVisits);  // every visit, exactly once
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM vaxsite.queue_claim")),
              QString::number(kVisits));
}

TEST_F(SiteQueue, WithTheServerStoppedADeskCallsItsOwnCheckInsAndSaysSo)
{
    const QString theirs = checkIn(two, 1);
    pushOnly(two);
    sync(one);  // desk 1 holds desk 2's check-in too
    ASSERT_TRUE(pg.stop()) << qPrintable(pg.error());
    const QString mine = checkIn(one, 2);

    const SiteCall a = callNext(one, QStringLiteral("1"));
    EXPECT_EQ(a.source, QueueSource::Desk);
    EXPECT_EQ(queueSourceName(a.source), QStringLiteral("desk"));
    ASSERT_TRUE(a.problem.has_value());
    EXPECT_EQ(a.problem->code, ErrorCode::SiteUnreachable);
    EXPECT_EQ(a.note(), QStringLiteral("this desk's queue: server unreachable"));
    // As today: this desk's own queue in its order, by number (1-1 before desk 2's pulled 2-1).
    ASSERT_TRUE(a.called.has_value());
    EXPECT_EQ(a.called->visitId, mine);
    const SiteCall b = callNext(one, QStringLiteral("1"));
    ASSERT_TRUE(b.called.has_value());
    EXPECT_EQ(b.called->visitId, theirs);
    EXPECT_EQ(b.source, QueueSource::Desk);
}

TEST_F(SiteQueue, ADeskNotJoinedCallsItsOwnQueueAsBefore)
{
    Desk alone;
    auto receipt = alone.checkIn(1);
    ASSERT_TRUE(receipt.has_value());
    auto call = SiteQueueService::callNext({*alone.db, alone.clock}, alone.secrets,
                                           QStringLiteral("1"), kStaff);
    ASSERT_TRUE(call.ok()) << qPrintable(call.error().message);
    EXPECT_FALSE(call->joined);
    EXPECT_EQ(call->source, QueueSource::Desk);
    EXPECT_FALSE(call->problem.has_value());
    EXPECT_EQ(call->note(), QStringLiteral("this desk's queue"));
    ASSERT_TRUE(call->called.has_value());
    EXPECT_EQ(call->called->visitId, receipt->visitId);
    EXPECT_EQ(queueLabel(call->called->queueNumber), QStringLiteral("1"));
}

TEST_F(SiteQueue, BadInputAndAStaffMemberWithoutTheRightClaimNothing)
{
    checkIn(one, 1);
    pushOnly(one);
    auto noDesk =
        SiteQueueService::callNext({*two.db, two.clock}, two.secrets, QStringLiteral(" "), kStaff);
    ASSERT_FALSE(noDesk.ok());
    EXPECT_EQ(noDesk.error().field, QStringLiteral("desk"));
    addStaff(*two.db, QStringLiteral("registrar-only"), Roles(Role::Registrar));
    auto refused = SiteQueueService::callNext(
        {*two.db, two.clock}, two.secrets, QStringLiteral("2"), QStringLiteral("registrar-only"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM vaxsite.queue_claim")),
              QStringLiteral("0"));
}

// Least rights (docs/site.md 7): desk 1's role neither reads nor writes the claims directly,
// cannot claim for desk 2, and cannot give back desk 2's claim.
TEST_F(SiteQueue, ADeskClaimsOnlyForItselfAndOnlyThroughTheFunctions)
{
    const QString theirs = checkIn(two, 1);
    pushOnly(two);
    const SiteCall called = callNext(two, QStringLiteral("2"));
    ASSERT_TRUE(called.called.has_value());
    ASSERT_EQ(called.called->visitId, theirs);

    auto url = parseServerUrl(deskUrl());
    ASSERT_TRUE(url.ok());
    auto desk1 = PgConnection::open(*url, QStringLiteral("vaxpoint_site_desk_1"), passwords[1]);
    ASSERT_TRUE(desk1.ok()) << qPrintable(desk1.error().message);
    PgConnection& c = **desk1;
    for (const QString& sql : {QStringLiteral("SELECT count(*) FROM vaxsite.queue_claim"),
                               QStringLiteral("DELETE FROM vaxsite.queue_claim")}) {
        auto q = c.exec(sql);
        ASSERT_FALSE(q.ok()) << qPrintable(sql);
        EXPECT_TRUE(q.error().message.contains(QStringLiteral("lacks the right")))
            << qPrintable(sql) << ": " << qPrintable(q.error().message);
    }
    const QString day = ServiceContext(*one.db, one.clock).calendar.today().toString(Qt::ISODate);
    auto asDesk2 = c.exec(QStringLiteral("SELECT * FROM vaxsite.call_next(2, ?)"), {day});
    ASSERT_FALSE(asDesk2.ok());
    EXPECT_EQ(asDesk2.error().code, ErrorCode::SiteLoginFailed)
        << qPrintable(asDesk2.error().message);
    auto released = c.exec(QStringLiteral("SELECT vaxsite.release_call(1, ?)"), {theirs});
    ASSERT_TRUE(released.ok()) << qPrintable(released.error().message);
    ASSERT_TRUE(released->next());
    EXPECT_FALSE(released->value(0).toBool());
    auto claimed = c.exec(QStringLiteral("SELECT vaxsite.claim_visit(1, ?, ?)"), {theirs, day});
    ASSERT_TRUE(claimed.ok()) << qPrintable(claimed.error().message);
    ASSERT_TRUE(claimed->next());
    EXPECT_FALSE(claimed->value(0).toBool());
    EXPECT_EQ(server(QStringLiteral("SELECT desk_no FROM vaxsite.queue_claim")),
              QStringLiteral("2"));
}

}  // namespace
