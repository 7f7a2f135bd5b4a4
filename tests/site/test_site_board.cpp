// The observation board on its own PC (docs/site.md 1 and 5), against a real PostgreSQL: desk 2
// is the board PC. Its SiteListener (LISTEN vaxsite_change on a thread of its own) is woken by a
// push at desk 1; the wake-up is only a "pull now", after which desk 2's sync round pulls and its
// board query shows desk 1's observation with its desk. The listener notices a server restart
// (heartbeat), polls meanwhile, and subscribes again. A departure recorded at the board PC is an
// ordinary local write that reaches desk 1. Every wait is on a condition with a generous
// deadline, never on the clock.
#include <gtest/gtest.h>

#include <QTest>

#include <vector>

#include "aefi/aefiservice.h"
#include "observation/observationservice.h"
#include "site/site.h"
#include "sitesync/pgconnection.h"
#include "sitesync/sitelistener.h"
#include "twodesks.h"

using namespace vax;
using namespace vax::test;

namespace {

constexpr int kDeadlineMs = 60'000;  // a loaded PC, PostgreSQL starting again

// Short intervals so that the test does not wait long; nothing asserts on them.
sitesync::ListenerOptions quickListener()
{
    sitesync::ListenerOptions o;
    o.heartbeatMs = 200;
    o.retryMs = 300;
    o.pollMs = 500;
    return o;
}

// What a listener said, as its owner's thread (the test's) receives it.
struct Wakes {
    explicit Wakes(sitesync::SiteListener& l)
    {
        QObject::connect(&l, &sitesync::SiteListener::woken, &l,
                         [this](sitesync::WakeReason r, const QString& payload) {
                             reasons.push_back(r);
                             if (r == sitesync::WakeReason::Notified)
                                 payloads.push_back(payload);
                         });
    }
    int count(sitesync::WakeReason r) const
    {
        return static_cast<int>(std::count(reasons.begin(), reasons.end(), r));
    }
    std::vector<sitesync::WakeReason> reasons;
    std::vector<QString> payloads;
};

class SiteBoardTest : public TwoDesks {
protected:
    // Desk 2's listener: its desk role and password, as the board PC connects.
    std::unique_ptr<sitesync::SiteListener> listenerOfTwo()
    {
        auto link = sitesync::SiteJoinService::link(*two.db);
        EXPECT_TRUE(link.ok() && link->has_value());
        auto site = SiteService::load(*two.db);
        EXPECT_TRUE(site.ok());
        const auto values = two.secrets.values;
        auto secrets = [values] {
            auto s = std::make_unique<MemorySecretStore>();
            s->values = values;
            return std::unique_ptr<SecretStore>(std::move(s));
        };
        return std::make_unique<sitesync::SiteListener>(
            sitesync::joinedDeskConnector(*site, **link, secrets), quickListener());
    }
    // The lot at both desks, and desk 2's listener started and subscribed.
    void listenAtTwo()
    {
        receiveLot();
        ASSERT_FALSE(HasFatalFailure());
        listener = listenerOfTwo();
        wakes = std::make_unique<Wakes>(*listener);
        listener->start();
        ASSERT_TRUE(QTest::qWaitFor([&] { return listener->isListening(); }, kDeadlineMs));
        // Its wake-up is a queued signal from the listener's thread: it may come a little later.
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return wakes->count(sitesync::WakeReason::Subscribed) >= 1; }, kDeadlineMs));
    }
    int woken(sitesync::WakeReason r) const { return wakes->count(r); }
    // Desk 2's board as the board screen reads it.
    std::vector<observation::BoardEntry> boardOfTwo()
    {
        ObservationService observations({*two.db, two.clock});
        auto board = observations.board();
        EXPECT_TRUE(board.ok());
        return board.valueOr({});
    }

    std::unique_ptr<sitesync::SiteListener> listener;
    std::unique_ptr<Wakes> wakes;
};

TEST_F(SiteBoardTest, APushAtDeskOneWakesTheBoardOfDeskTwo)
{
    ASSERT_NO_FATAL_FAILURE(listenAtTwo());
    EXPECT_EQ(listener->subscriptions(), 1);
    EXPECT_EQ(woken(sitesync::WakeReason::Subscribed), 1);
    EXPECT_TRUE(boardOfTwo().empty());

    const QString dose = one.admit(1);
    ASSERT_FALSE(dose.isEmpty());
    const auto pushed = sync(one);
    EXPECT_GT(pushed.push.rows, 0);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return woken(sitesync::WakeReason::Notified) > 0; }, kDeadlineMs));
    EXPECT_EQ(wakes->payloads.front(), QStringLiteral("1"));  // the desk that pushed

    // The wake-up is only a "pull now": desk 2's round pulls, its board shows desk 1's person.
    EXPECT_TRUE(boardOfTwo().empty());
    sync(two);
    const auto board = boardOfTwo();
    ASSERT_EQ(board.size(), 1u);
    EXPECT_EQ(board.front().siteDesk, 1);
    listener->stop();
    EXPECT_FALSE(listener->isListening());
}

TEST_F(SiteBoardTest, TheListenerSubscribesAgainAfterTheServerRestarts)
{
    ASSERT_NO_FATAL_FAILURE(listenAtTwo());

    // The driver says nothing when the server goes: the heartbeat finds out, the caller is
    // woken (its round says the server is away) and polled until the server is back.
    ASSERT_TRUE(pg.stop()) << qPrintable(pg.error());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !listener->isListening(); }, kDeadlineMs));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return woken(sitesync::WakeReason::Poll) >= 2; }, kDeadlineMs));
    EXPECT_EQ(woken(sitesync::WakeReason::Lost), 1);

    // Desk 1 works on meanwhile.
    const QString dose = one.admit(1);
    ASSERT_FALSE(dose.isEmpty());

    ASSERT_TRUE(pg.start()) << qPrintable(pg.error());
    ASSERT_TRUE(QTest::qWaitFor([&] { return listener->subscriptions() == 2; }, kDeadlineMs));
    // The wake-up is a queued signal from the listener's thread: it arrives after the count.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return woken(sitesync::WakeReason::Subscribed) >= 2; }, kDeadlineMs));
    EXPECT_EQ(woken(sitesync::WakeReason::Subscribed), 2);
    const int notified = woken(sitesync::WakeReason::Notified);
    sync(one);
    ASSERT_TRUE(QTest::qWaitFor([&] { return woken(sitesync::WakeReason::Notified) > notified; },
                                kDeadlineMs));
    sync(two);
    const auto board = boardOfTwo();
    ASSERT_EQ(board.size(), 1u);
    EXPECT_EQ(board.front().siteDesk, 1);
}

TEST_F(SiteBoardTest, ADepartureAtTheBoardPcReachesDeskOne)
{
    receiveLot();
    ASSERT_FALSE(HasFatalFailure());
    ASSERT_FALSE(one.admit(1).isEmpty());
    sync(one);
    sync(two);
    const auto board = boardOfTwo();
    ASSERT_EQ(board.size(), 1u);
    const QString id = board.front().observationId;

    // At the board PC, once the time is up: an ordinary local write.
    two.clock.advance(31LL * 60 * 1000);
    ObservationService atBoard({*two.db, two.clock});
    auto departed = atBoard.depart(id, kStaff);
    ASSERT_TRUE(departed.ok()) << qPrintable(departed.error().message);
    EXPECT_TRUE(boardOfTwo().empty());
    EXPECT_GT(two.backlog(), 0);

    sync(two);
    sync(one);
    ObservationService atDesk({*one.db, one.clock});
    auto record = atDesk.find(id);
    ASSERT_TRUE(record.ok()) << qPrintable(record.error().message);
    EXPECT_EQ(record->state, QStringLiteral("departed"));
    EXPECT_EQ(one.backlog(), 0);
    EXPECT_EQ(two.backlog(), 0);
    expectSameRows();
}

// An adverse event recorded at the board PC: a new row and the observation's new state, both
// local writes that reach desk 1; the board keeps naming desk 1 (the dose's origin), although
// the observation row is now the board PC's version.
TEST_F(SiteBoardTest, AnAdverseEventAtTheBoardPcReachesDeskOne)
{
    receiveLot();
    ASSERT_FALSE(HasFatalFailure());
    const QString dose = one.admit(1);
    ASSERT_FALSE(dose.isEmpty());
    sync(one);
    sync(two);
    ASSERT_EQ(boardOfTwo().size(), 1u);

    AefiService aefi({*two.db, two.clock});
    aefi::Report report;
    report.doseId = dose;
    report.onset = two.clock.nowUtc();
    report.symptoms = {QStringLiteral("rash")};
    report.severity = QStringLiteral("mild");
    report.seriousness = QStringLiteral("non_serious");
    report.reporterStaffId = kStaff;
    auto added = aefi.add(report);
    ASSERT_TRUE(added.ok()) << qPrintable(added.error().message);
    const auto board = boardOfTwo();
    ASSERT_EQ(board.size(), 1u);
    EXPECT_TRUE(board.front().adverseEvent);
    EXPECT_EQ(board.front().siteDesk, 1);

    sync(two);
    sync(one);
    EXPECT_EQ(one.number(QStringLiteral("SELECT count(*) FROM adverse_event")), 1);
    EXPECT_EQ(one.number(QStringLiteral("SELECT count(*) FROM observation "
                                        "WHERE state = 'adverse_event' AND origin_desk = 2")),
              1);
    expectSameRows();
}

// Where LISTEN is not possible (here: the server cannot be reached at all), the caller is woken
// every pollMs instead, and the listener keeps trying.
TEST(SiteListenerTest, PollsWhileItCannotListen)
{
    int attempts = 0;
    sitesync::SiteListener listener(
        [&attempts]() -> Result<std::unique_ptr<sitesync::PgConnection>> {
            ++attempts;
            return makeError(ErrorCode::SiteUnreachable, QStringLiteral("no server (test)"));
        },
        quickListener());
    Wakes wakes(listener);
    QString problem;
    QObject::connect(&listener, &sitesync::SiteListener::listeningChanged, &listener,
                     [&problem](bool, const QString& why) { problem = why; });
    listener.start();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return wakes.count(sitesync::WakeReason::Poll) >= 2; }, kDeadlineMs));
    listener.stop();
    EXPECT_FALSE(listener.isListening());
    EXPECT_EQ(wakes.count(sitesync::WakeReason::Notified), 0);
    EXPECT_EQ(problem, QStringLiteral("no server (test)"));
    EXPECT_GE(attempts, 2);
}

}  // namespace
