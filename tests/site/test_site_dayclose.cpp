// The site day close (docs/site.md 3.7): two desks, one real PostgreSQL. Refused while desk 2 has
// records it has not pushed, naming desk 2; made once desk 2 synced, with both desks' doses in
// one verified bundle; the same day closed twice is refused (also at the other desk); forced
// with a reason, then a late dose gives a follow-up bundle chained to the close.
#include <QDir>
#include <QTemporaryDir>

#include "exchange/bundle.h"
#include "exchange/signing.h"
#include "sitesync/sitedayclose.h"
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

}  // namespace
}  // namespace vax::test
