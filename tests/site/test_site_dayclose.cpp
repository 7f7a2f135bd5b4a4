// The site day close (docs/site.md 3.7): two desks, one real PostgreSQL. Refused while desk 2 has
// records it has not pushed, naming desk 2; made once desk 2 synced, with both desks' doses in
// one verified bundle; the same day closed twice is refused (also at the other desk); forced
// with a reason, then a late dose gives a follow-up bundle chained to the close. Two desks closing
// at once from two threads: one bundle is the site's, the other desk is refused naming the
// closing desk, with no bundle and nothing in its export chain. A claim left by a desk that died
// mid-close refuses another desk, which takes it over once it is 10 minutes old or forced.
#include <QDir>
#include <QTemporaryDir>

#include <latch>
#include <thread>

#include "exchange/bundle.h"
#include "exchange/exporter.h"
#include "exchange/signing.h"
#include "sitesync/sitedayclose.h"
#include "support/tempdb.h"
#include "twodesks.h"

namespace vax::test {
namespace {

class SiteDayCloseTest : public TwoDesks {
protected:
    void SetUp() override
    {
        TwoDesks::SetUp();
        if (HasFatalFailure())
            return;
        receiveLot();
    }
    QDate today() { return testNow().toTimeZone(testZone()).date(); }
    sitesync::SiteCloseRequest request(bool force = false, const QString& reason = {})
    {
        sitesync::SiteCloseRequest r;
        r.day = today();
        r.outDir = out.path();
        r.actorId = kStaff;
        r.secretKey = key.secretKey;
        r.force = force;
        r.reason = reason;
        return r;
    }
    Result<sitesync::SiteCloseReceipt> close(Desk& d, bool force = false,
                                             const QString& reason = {})
    {
        return sitesync::SiteDayClose::close(*d.db, d.clock, d.secrets, request(force, reason));
    }
    // The doses.csv of a bundle, after verifying it with the desk's key and its chain.
    QByteArray doses(const QString& path, const QString& previousSha = {})
    {
        auto verified = bundle::verify(
            path, key.publicKey,
            previousSha.isEmpty() ? std::nullopt : std::optional<QString>(previousSha));
        EXPECT_TRUE(verified.ok()) << qPrintable(verified.error().message);
        QFile zip(path);
        EXPECT_TRUE(zip.open(QIODevice::ReadOnly));
        auto files = bundle::unzipFiles(zip.readAll());
        EXPECT_TRUE(files.ok());
        for (const bundle::File& f : files.valueOr({}))
            if (f.name == u"doses.csv")
                return f.data;
        return {};
    }

    // This desk's export chain: its last recorded bundle, if any.
    std::optional<ExportBatch> lastExport(Desk& d)
    {
        auto last = Exporter(*d.db, d.clock).last();
        EXPECT_TRUE(last.ok());
        return last.valueOr(std::nullopt);
    }
    // A claim of today's close left on the server by `desk` (it died mid-close).
    void leaveClaim(int desk)
    {
        EXPECT_EQ(server(QStringLiteral("INSERT INTO vaxsite.site_close (site_day, part, desk_no, "
                                        "incarnation, desks) SELECT '%1'::date, 1, desk_no, "
                                        "incarnation, '{}' FROM vaxsite.desk WHERE desk_no = %2 "
                                        "RETURNING desk_no")
                             .arg(today().toString(Qt::ISODate))
                             .arg(desk)),
                  QString::number(desk));
    }

    QTemporaryDir out;
    signing::KeyPair key = signing::generate();
};

TEST_F(SiteDayCloseTest, RefusedWhileADeskHasUnpushedRowsThenClosedWithBothDesksDoses)
{
    const QString first = one.admit(1);
    const QString second = two.admit(2);
    ASSERT_FALSE(first.isEmpty());
    ASSERT_FALSE(second.isEmpty());
    sync(one);
    // Desk 2 reaches the server without pushing: it reports what it holds, not yet sent.
    sync(two, false);
    ASSERT_GT(two.backlog(), 0);

    auto refused = close(one);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::ReasonRequired);
    EXPECT_EQ(refused.error().field, QStringLiteral("force"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("desk 2 (")))
        << qPrintable(refused.error().message);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("record(s) waiting")));
    EXPECT_FALSE(refused.error().message.contains(QStringLiteral("desk 1 (")));
    EXPECT_TRUE(QDir(out.path()).isEmpty()) << "a refused close writes no bundle";
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM vaxsite.site_close")),
              QStringLiteral("0"));

    // The state the screen shows: desk 2 not pushed, with its last contact.
    auto state = sitesync::SiteDayClose::check(*one.db, one.clock, one.secrets, today());
    ASSERT_TRUE(state.ok()) << qPrintable(state.error().message);
    ASSERT_EQ(state->notPushed().size(), 1);
    EXPECT_EQ(state->notPushed().front().desk, 2);
    EXPECT_TRUE(state->notPushed().front().lastContact.has_value());

    sync(two);
    auto closed = close(one);
    ASSERT_TRUE(closed.ok()) << qPrintable(closed.error().message);
    EXPECT_EQ(closed->part, 1);
    EXPECT_FALSE(closed->forced);
    EXPECT_FALSE(closed->followUp());
    ASSERT_EQ(closed->desks.size(), 2);
    for (const sitesync::SiteCloseDesk& d : closed->desks)
        EXPECT_TRUE(d.pushed) << d.desk;
    const QByteArray csv = doses(closed->exported.batch.path);
    EXPECT_TRUE(csv.contains(first.toUtf8())) << "desk 1's dose";
    EXPECT_TRUE(csv.contains(second.toUtf8())) << "desk 2's dose, pulled";
    EXPECT_EQ(closed->exported.batch.counts.value(QStringLiteral("immunizations")).toInt(), 2);
    EXPECT_TRUE(closed->exported.batch.fileName.contains(today().toString(u"yyyyMMdd")));
    EXPECT_EQ(server(QStringLiteral("SELECT desk_no || ':' || forced || ':' || bundle_sha256 FROM "
                                    "vaxsite.site_close")),
              QStringLiteral("1:false:") + closed->exported.batch.sha256);

    // Closed twice: at the same desk, and at the other desk (told which desk closed it).
    auto again = close(one);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("desk 1")));
    auto elsewhere = close(two);
    ASSERT_FALSE(elsewhere.ok());
    EXPECT_EQ(elsewhere.error().code, ErrorCode::AlreadyExists);
    EXPECT_TRUE(elsewhere.error().message.contains(QStringLiteral("closed by desk 1")))
        << qPrintable(elsewhere.error().message);
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM vaxsite.site_close")),
              QStringLiteral("1"));
}

TEST_F(SiteDayCloseTest, AnExportOfTheDeskAloneBeforeDoesNotHideThePulledRows)
{
    const QString mine = one.admit(1);
    // Desk 1 exported its own day before desk 2's rows came: its cursors are past its own rows.
    Exporter exporter(*one.db, one.clock);
    ASSERT_TRUE(exporter.run({out.path(), kStaff, key.secretKey, {}, {}}).ok());
    const QString theirs = two.admit(2);
    sync(two);
    auto closed = close(one);
    ASSERT_TRUE(closed.ok()) << qPrintable(closed.error().message);
    const QByteArray csv = doses(closed->exported.batch.path);
    EXPECT_TRUE(csv.contains(theirs.toUtf8()));
    EXPECT_FALSE(csv.contains(mine.toUtf8())) << "sent in the earlier bundle";
}

TEST_F(SiteDayCloseTest, ForcedWithAReasonThenALateDoseGivesAFollowUpInTheSameChain)
{
    one.admit(1);
    const QString late = two.admit(2);
    sync(one);
    sync(two, false);

    auto noReason = close(one, true, QStringLiteral("  "));
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().field, QStringLiteral("reason"));
    addStaff(*one.db, QStringLiteral("nurse-1"), Roles(Role::Vaccinator));
    auto r = request(true, QStringLiteral("desk 2 lost its network"));
    r.actorId = QStringLiteral("nurse-1");
    auto notAdmin = sitesync::SiteDayClose::close(*one.db, one.clock, one.secrets, r);
    ASSERT_FALSE(notAdmin.ok());
    EXPECT_EQ(notAdmin.error().code, ErrorCode::PermissionDenied);

    auto forced = close(one, true, QStringLiteral("desk 2 lost its network"));
    ASSERT_TRUE(forced.ok()) << qPrintable(forced.error().message);
    EXPECT_TRUE(forced->forced);
    EXPECT_EQ(forced->part, 1);
    EXPECT_FALSE(doses(forced->exported.batch.path).contains(late.toUtf8()));
    EXPECT_EQ(server(QStringLiteral("SELECT reason FROM vaxsite.site_close")),
              QStringLiteral("desk 2 lost its network"));

    // Nothing late yet: closed.
    auto nothingLate = close(one);
    ASSERT_FALSE(nothingLate.ok());
    EXPECT_EQ(nothingLate.error().code, ErrorCode::AlreadyExists);

    // Desk 2's dose arrives: the follow-up, chained to the close.
    sync(two);
    auto followUp = close(one);
    ASSERT_TRUE(followUp.ok()) << qPrintable(followUp.error().message);
    EXPECT_TRUE(followUp->followUp());
    EXPECT_EQ(followUp->part, 2);
    EXPECT_FALSE(followUp->forced);
    EXPECT_EQ(followUp->exported.batch.seq, forced->exported.batch.seq + 1);
    EXPECT_EQ(followUp->exported.batch.previousSha256, forced->exported.batch.sha256);
    EXPECT_TRUE(doses(followUp->exported.batch.path, forced->exported.batch.sha256)
                    .contains(late.toUtf8()));
    EXPECT_EQ(server(QStringLiteral("SELECT string_agg(part || ':' || forced, ',' ORDER BY part) "
                                    "FROM vaxsite.site_close")),
              QStringLiteral("1:true,2:false"));
    // And then the day is closed, follow-up included.
    auto third = close(one);
    ASSERT_FALSE(third.ok());
    EXPECT_EQ(third.error().code, ErrorCode::AlreadyExists);
}

TEST_F(SiteDayCloseTest, TwoDesksClosingAtOnceGiveOneSiteBundleAndTheOtherRecordsNothing)
{
    one.admit(1);
    two.admit(2);
    sync(one);
    sync(two);
    sync(one);
    QTemporaryDir outOne;
    QTemporaryDir outTwo;
    Desk* desks[2] = {&one, &two};
    QTemporaryDir* outs[2] = {&outOne, &outTwo};
    std::optional<Result<sitesync::SiteCloseReceipt>> results[2];
    std::latch start(2);
    std::vector<std::thread> threads;
    for (int i = 0; i < 2; ++i)
        threads.emplace_back([&, i] {
            // A connection belongs to its thread: each closing desk opens its own.
            auto db = openExisting(desks[i]->tmp.path());
            start.arrive_and_wait();
            if (!db) {
                results[i] = db.error();
                return;
            }
            auto r = request();
            r.outDir = outs[i]->path();
            results[i] = sitesync::SiteDayClose::close(**db, desks[i]->clock, desks[i]->secrets, r);
        });
    for (std::thread& t : threads)
        t.join();
    ASSERT_TRUE(results[0] && results[1]);
    ASSERT_NE(results[0]->ok(), results[1]->ok())
        << "exactly one desk closes: "
        << qPrintable(results[0]->ok() ? QString() : results[0]->error().message) << " / "
        << qPrintable(results[1]->ok() ? QString() : results[1]->error().message);
    const int winner = results[0]->ok() ? 0 : 1;
    const int loser = 1 - winner;
    const auto& closed = *results[winner];
    const auto& refused = *results[loser];
    EXPECT_EQ(refused.error().code, ErrorCode::AlreadyExists);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("desk %1").arg(winner + 1)))
        << qPrintable(refused.error().message);
    EXPECT_EQ(server(QStringLiteral("SELECT desk_no || ':' || state || ':' || bundle_sha256 FROM "
                                    "vaxsite.site_close")),
              QStringLiteral("%1:closed:%2").arg(winner + 1).arg(closed->exported.batch.sha256));
    EXPECT_TRUE(QFileInfo(closed->exported.batch.path).isFile());
    EXPECT_TRUE(QDir(outs[loser]->path()).isEmpty()) << "the refused desk wrote no bundle";
    EXPECT_FALSE(lastExport(*desks[loser]).has_value()) << "nothing in its export chain";
    ASSERT_TRUE(lastExport(*desks[winner]).has_value());
    EXPECT_EQ(lastExport(*desks[winner])->sha256, closed->exported.batch.sha256);
}

TEST_F(SiteDayCloseTest, AClaimLeftByADeskThatDiedRefusesUntilStaleThenIsTakenOver)
{
    two.admit(2);
    sync(two);
    sync(one);
    leaveClaim(1);

    auto refused = close(two);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::AlreadyExists);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("being closed by desk 1")))
        << qPrintable(refused.error().message);
    EXPECT_TRUE(QDir(out.path()).isEmpty());
    EXPECT_FALSE(lastExport(two).has_value());
    EXPECT_EQ(server(QStringLiteral("SELECT desk_no || ':' || state FROM vaxsite.site_close")),
              QStringLiteral("1:closing"));

    // Ten minutes on the server's clock: the claim is stale, desk 2 takes it over.
    server(
        QStringLiteral("UPDATE vaxsite.site_close SET claimed_at = now() - interval "
                       "'11 minutes' RETURNING part"));
    auto closed = close(two);
    ASSERT_TRUE(closed.ok()) << qPrintable(closed.error().message);
    EXPECT_EQ(server(QStringLiteral("SELECT desk_no || ':' || state || ':' || taken_from || ':' "
                                    "|| bundle_sha256 FROM vaxsite.site_close")),
              QStringLiteral("2:closed:1:") + closed->exported.batch.sha256);
    EXPECT_EQ(lastExport(two)->sha256, closed->exported.batch.sha256);
}

TEST_F(SiteDayCloseTest, AFreshClaimIsTakenOverByAnAdministratorsForcedCloseWithItsReason)
{
    sync(two);
    sync(one);
    leaveClaim(1);
    auto forced = close(two, true, QStringLiteral("desk 1 crashed during its close"));
    ASSERT_TRUE(forced.ok()) << qPrintable(forced.error().message);
    EXPECT_EQ(server(QStringLiteral("SELECT desk_no || ':' || state || ':' || taken_from || ':' "
                                    "|| takeover_reason FROM vaxsite.site_close")),
              QStringLiteral("2:closed:1:desk 1 crashed during its close"));
}

TEST_F(SiteDayCloseTest, AFailedExportGivesTheClaimUpAndRecordsNothing)
{
    sync(one);
    auto r = request();
    r.outDir = out.filePath(QStringLiteral("missing"));
    auto failed = sitesync::SiteDayClose::close(*one.db, one.clock, one.secrets, r);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().field, QStringLiteral("out"));
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM vaxsite.site_close")),
              QStringLiteral("0"));
    EXPECT_FALSE(lastExport(one).has_value());
    auto closed = close(two);
    ASSERT_TRUE(closed.ok()) << qPrintable(closed.error().message);
}

}  // namespace
}  // namespace vax::test
