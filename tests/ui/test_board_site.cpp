// The observation board on its own PC in site mode (docs/site.md 5), under offscreen against a
// real PostgreSQL: desk 2 is the board PC. Its board (BoardSiteFeed: the window's replicator
// woken by the LISTEN thread) shows desk 1's person and its own with their desks; with the server
// stopped it keeps counting the timers it has and says since when the server is away; with the
// server back the banner goes. Every wait is on a condition with a generous deadline.
#include <gtest/gtest.h>

#include <QApplication>
#include <QTest>

#include <set>

#include "observation/boardmodel.h"
#include "observation/observationboard.h"
#include "shell/sitetime.h"
#include "shell/style.h"
#include "site/sitecontext.h"
#include "sitesync/boardsitefeed.h"
#include "twodesks.h"
#include "ui/screenshot.h"

using namespace vax;
using namespace vax::test;

namespace {

constexpr int kDeadlineMs = 60'000;

class BoardSiteTest : public TwoDesks {
protected:
    // Desk 2's database and clock as the board process holds them.
    void openBoardPc()
    {
        m_pc.db = std::move(two.db);
        m_pc.clock = std::shared_ptr<Clock>(&two.clock, [](Clock*) {});  // the desk owns it
        auto site = SiteService::load(*m_pc.db);
        ASSERT_TRUE(site.ok());
        m_pc.site = *site;
        ui::setSiteDisplayZone(m_pc.site.timeZone());
    }
    ui::SecretStoreFactory secretsOfTwo() const
    {
        return [values = two.secrets.values] {
            auto s = std::make_unique<MemorySecretStore>();
            s->values = values;
            return std::unique_ptr<SecretStore>(std::move(s));
        };
    }
    // What the board paints now.
    std::set<QString> painted(ui::ObservationBoard& board)
    {
        std::set<QString> texts;
        board.setTextSinkForTesting([&texts](const QString& t) { texts.insert(t); });
        board.grab();
        board.setTextSinkForTesting({});
        return texts;
    }
    bool paints(ui::ObservationBoard& board, const QString& text)
    {
        const auto texts = painted(board);
        return std::any_of(texts.begin(), texts.end(),
                           [&](const QString& t) { return t.contains(text); });
    }

    SiteContext m_pc;
};

TEST_F(BoardSiteTest, ShowsEveryDesksTimersAndSaysWhenTheServerIsAway)
{
    ui::applyAppStyle(*qApp);
    receiveLot();
    ASSERT_FALSE(HasFatalFailure());
    ASSERT_FALSE(one.admit(1).isEmpty());  // desk 1's person
    ASSERT_FALSE(two.admit(2).isEmpty());  // and one given at the board PC's own desk
    sync(one);
    ASSERT_NO_FATAL_FAILURE(openBoardPc());

    ui::ObservationBoard board(m_pc);
    board.resize(1280, 720);
    ui::BoardSiteFeed::Options options;
    options.listener.heartbeatMs = 200;
    options.listener.retryMs = 300;
    options.listener.pollMs = 500;
    ui::BoardSiteFeed feed(m_pc, &board, secretsOfTwo(), options);
    ASSERT_TRUE(feed.start());
    EXPECT_TRUE(board.siteMode());
    board.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&board));

    // The listener subscribes, wakes the replicator, whose round pulls desk 1's person.
    ASSERT_TRUE(QTest::qWaitFor([&] { return board.model()->entries().size() == 2; }, kDeadlineMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return feed.listener()->isListening(); }, kDeadlineMs));
    EXPECT_TRUE(paints(board, QStringLiteral("Desk 1")));
    EXPECT_TRUE(paints(board, QStringLiteral("Desk 2")));
    EXPECT_TRUE(board.siteBannerText().isEmpty());

    // The server goes away: the listener's heartbeat notices, the round says since when.
    ASSERT_TRUE(pg.stop()) << qPrintable(pg.error());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !board.siteBannerText().isEmpty(); }, kDeadlineMs));
    EXPECT_EQ(
        board.siteBannerText(),
        QStringLiteral("Site server offline since 09:00 — timers of other desks may be late"));
    EXPECT_EQ(board.bannerText(), board.siteBannerText());
    EXPECT_TRUE(paints(board, board.siteBannerText()));

    // The timers it has keep counting from their stored end times.
    const QString before =
        board.model()
            ->data(board.model()->index(0, ui::BoardModel::LeftColumn), Qt::DisplayRole)
            .toString();
    two.clock.advance(60'000);
    board.tick();
    EXPECT_EQ(board.model()->entries().size(), 2u);
    const QString after =
        board.model()
            ->data(board.model()->index(0, ui::BoardModel::LeftColumn), Qt::DisplayRole)
            .toString();
    EXPECT_NE(before, after);
    EXPECT_TRUE(paints(board, QStringLiteral("Desk 1")));
    saveScreenshot(&board, QStringLiteral("board-site"));

    // Back: the listener subscribes again, the next round reaches the server, the banner goes.
    ASSERT_TRUE(pg.start()) << qPrintable(pg.error());
    ASSERT_TRUE(QTest::qWaitFor([&] { return board.siteBannerText().isEmpty(); }, kDeadlineMs));
    // The round and the listener reconnect independently: whichever comes first, both come.
    EXPECT_TRUE(QTest::qWaitFor([&] { return feed.listener()->isListening(); }, kDeadlineMs));
    feed.stop();
    two.db = std::move(m_pc.db);
}

TEST_F(BoardSiteTest, NotJoinedTheBoardShowsOnlyThisPc)
{
    // A desk database that never joined: nothing starts, no banner, the desk text as before.
    Desk alone;
    SiteContext pc;
    pc.db = std::move(alone.db);
    pc.clock = std::shared_ptr<Clock>(&alone.clock, [](Clock*) {});
    auto site = SiteService::load(*pc.db);
    ASSERT_TRUE(site.ok());
    pc.site = *site;
    ui::ObservationBoard board(pc);
    ui::BoardSiteFeed feed(pc, &board, secretsOfTwo(), {});
    EXPECT_FALSE(feed.start());
    EXPECT_FALSE(board.siteMode());
    EXPECT_EQ(feed.replicator(), nullptr);
    EXPECT_TRUE(board.bannerText().isEmpty());
}

}  // namespace
