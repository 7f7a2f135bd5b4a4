// Joining a desk to the site server and the desk's status, against a real PostgreSQL (label
// site): a join that works, each refusal leaving both sides as they were, re-joining after a
// reinstall, who may join, and what status reports online and offline.
#include <gtest/gtest.h>

#include "common/clock.h"
#include "security/roles.h"
#include "sitefixture.h"
#include "sitesync/replicatedtables.h"
#include "sitesync/sitelink.h"
#include "support/memorysecrets.h"
#include "support/tempdb.h"

using namespace vax;
using namespace vax::sitesync;
using namespace vax::test;

namespace {

const QString kAdmin = QStringLiteral("admin-1");

JoinRequest joinRequest(const QString& url, int desk, const QString& password)
{
    JoinRequest r;
    r.serverUrl = url;
    r.desk = desk;
    r.password = password;
    return r;
}

// One desk PC: its own database (training site TEST-001) and keychain.
struct Desk {
    Desk()
    {
        db = tmp.openTrainingSite(clock, &site);
        addStaff(*db, kAdmin, Roles(Role::SiteAdmin));
    }
    qint64 siteMetaRows()
    {
        return queryNumber(*db, QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'site.%' "
                                               "AND value <> ''"));
    }
    qint64 auditRows() { return queryNumber(*db, QStringLiteral("SELECT count(*) FROM audit")); }

    TempDb tmp;
    FakeClock clock{testNow()};
    SiteInfo site;
    std::unique_ptr<Database> db;
    MemorySecretStore secrets;
};

class SiteJoin : public SiteServerTest {
protected:
    void SetUp() override
    {
        SiteServerTest::SetUp();
        if (HasFatalFailure())
            return;
        auto report = init(QStringLiteral("TEST-001"), 3);
        ASSERT_TRUE(report.ok()) << qPrintable(report.error().message);
    }
    Result<SiteLink> join(Desk& d, int desk, const QString& password, bool rejoin = false,
                          const QString& url = {})
    {
        JoinRequest r;
        r.serverUrl = url.isEmpty() ? deskUrl() : url;
        r.desk = desk;
        r.password = password;
        r.rejoin = rejoin;
        return SiteJoinService::join({*d.db, d.clock, kAdmin}, r, d.secrets);
    }
    QString holder(int desk)
    {
        return pg.value(kSiteDb,
                        QStringLiteral("SELECT coalesce(incarnation::text, '') FROM vaxsite.desk "
                                       "WHERE desk_no = %1")
                            .arg(desk));
    }
    // A refusal: the expected code, and nothing written on the desk, in its keychain or on
    // the server.
    void expectRefused(Desk& d, const Result<SiteLink>& r, ErrorCode code, int desk,
                       const QString& serverHolder = {})
    {
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, code) << qPrintable(r.error().message);
        EXPECT_FALSE(r.error().message.isEmpty());
        EXPECT_EQ(d.siteMetaRows(), 0);
        EXPECT_EQ(d.auditRows(), auditBefore);
        EXPECT_TRUE(d.secrets.values.empty());
        EXPECT_EQ(holder(desk), serverHolder);
    }
    Desk a;
    Desk b;
    qint64 auditBefore = a.auditRows();
};

TEST_F(SiteJoin, ADeskJoinsKeepsItsPasswordInTheKeychainAndNotInTheDatabase)
{
    auto joined = join(a, 2, passwords[2]);
    ASSERT_TRUE(joined.ok()) << qPrintable(joined.error().message);
    EXPECT_EQ(joined->desk, 2);
    EXPECT_EQ(joined->siteCode, QStringLiteral("TEST-001"));
    EXPECT_EQ(joined->serverUrl, deskUrl());
    EXPECT_EQ(holder(2), joined->incarnation);
    EXPECT_EQ(a.secrets.values.at(deskSecretKey(a.site.uuid, 2)), passwords[2].toUtf8());
    EXPECT_EQ(
        queryNumber(
            *a.db,
            QStringLiteral("SELECT count(*) FROM meta WHERE value LIKE '%%1%'").arg(passwords[2])),
        0);
    EXPECT_EQ(queryNumber(*a.db, QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                                "'site.join'")),
              1);
    auto stored = SiteJoinService::link(*a.db);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->incarnation, joined->incarnation);

    // The same join again is harmless: the same incarnation, no new desk taken.
    auto again = join(a, 2, passwords[2]);
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().message);
    EXPECT_EQ(again->incarnation, joined->incarnation);
    EXPECT_EQ(pg.value(kSiteDb, QStringLiteral("SELECT count(*) FROM vaxsite.desk_incarnation")),
              QStringLiteral("1"));
}

TEST_F(SiteJoin, AWrongPasswordIsRefused)
{
    expectRefused(a, join(a, 2, QStringLiteral("not-the-password")), ErrorCode::SiteLoginFailed, 2);
    // Desk 1's password for desk 2: the role of desk 2 refuses it.
    expectRefused(a, join(a, 2, passwords[1]), ErrorCode::SiteLoginFailed, 2);
}

TEST_F(SiteJoin, AnUnreachableServerIsRefusedQuickly)
{
    const int port = pg.port();
    ASSERT_TRUE(pg.stop());
    expectRefused(a,
                  join(a, 2, passwords[2], false,
                       QStringLiteral("postgresql://127.0.0.1:%1/%2").arg(port).arg(kSiteDb)),
                  ErrorCode::SiteUnreachable, 2);
    ASSERT_TRUE(pg.start()) << qPrintable(pg.error());
    EXPECT_EQ(holder(2), QString());
}

TEST_F(SiteJoin, AServerOfAnotherSiteIsRefused)
{
    ASSERT_TRUE(pg.sql(kSiteDb, QStringLiteral("UPDATE vaxsite.site SET site_code = 'OTHER-9'")));
    expectRefused(a, join(a, 2, passwords[2]), ErrorCode::SiteOtherSite, 2);
}

TEST_F(SiteJoin, AServerSchemaNewerThanTheDeskIsRefused)
{
    ASSERT_TRUE(pg.sql(kSiteDb, QStringLiteral("INSERT INTO vaxsite.schema_version(version, name) "
                                               "VALUES (%1, 'future')")
                                    .arg(latestServerSchema() + 1)));
    auto r = join(a, 2, passwords[2]);
    expectRefused(a, r, ErrorCode::SiteSchemaNewer, 2);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("Upgrade VaxPoint on this desk")));
}

TEST_F(SiteJoin, AProtocolOutsideTheServersRangeNamesTheSideToUpgrade)
{
    ASSERT_TRUE(pg.sql(kSiteDb, QStringLiteral("UPDATE vaxsite.site SET protocol_min = %1, "
                                               "protocol_max = %1")
                                    .arg(kSiteProtocolVersion + 1)));
    auto r = join(a, 2, passwords[2]);
    expectRefused(a, r, ErrorCode::SiteProtocol, 2);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("upgrade VaxPoint on this desk")));
}

TEST_F(SiteJoin, ADeskNumberJoinsOnceAndARejoinIsExplicit)
{
    auto first = join(a, 2, passwords[2]);
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().message);
    // Another PC (another database) with desk 2's password.
    expectRefused(b, join(b, 2, passwords[2]), ErrorCode::SiteDeskTaken, 2, first->incarnation);
    // The reinstall: explicit.
    auto taken = join(b, 2, passwords[2], true);
    ASSERT_TRUE(taken.ok()) << qPrintable(taken.error().message);
    EXPECT_NE(taken->incarnation, first->incarnation);
    EXPECT_EQ(holder(2), taken->incarnation);
    EXPECT_EQ(pg.value(kSiteDb, QStringLiteral("SELECT count(*) FROM vaxsite.desk_incarnation "
                                               "WHERE retired_at IS NOT NULL")),
              QStringLiteral("1"));
}

TEST_F(SiteJoin, ATlsLessServerIsRefused)
{
    PgServer plain(PgServer::Options{false});
    ASSERT_TRUE(plain.ok()) << qPrintable(plain.error());
    ASSERT_TRUE(plain.createDatabase(kSiteDb, kOwner, kOwnerPassword));
    ServerInitRequest r;
    r.serverUrl = plain.url(kSiteDb, kOwner);
    r.password = kOwnerPassword;
    r.siteCode = QStringLiteral("TEST-001");
    r.desks = 1;
    auto report = SiteServerService::init(r);
    ASSERT_TRUE(report.ok()) << qPrintable(report.error().message);
    EXPECT_FALSE(report->serverTls);
    EXPECT_TRUE(report->tlsNotes.contains(QStringLiteral("OFF")));
    const QString password = report->created.at(0).password;
    const JoinRequest j = joinRequest(plain.url(kSiteDb), 1, password);
    auto refused = SiteJoinService::join({*a.db, a.clock, kAdmin}, j, a.secrets);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::SiteTlsRefused)
        << qPrintable(refused.error().message);
    EXPECT_EQ(a.siteMetaRows(), 0);
    EXPECT_TRUE(a.secrets.values.empty());
    EXPECT_EQ(plain.value(kSiteDb, QStringLiteral("SELECT count(*) FROM vaxsite.desk WHERE "
                                                  "incarnation IS NOT NULL")),
              QStringLiteral("0"));
}

TEST_F(SiteJoin, AKeychainThatCannotKeepThePasswordStopsTheJoin)
{
    a.secrets.failWrites = true;
    expectRefused(a, join(a, 2, passwords[2]), ErrorCode::KeychainUnavailable, 2);
}

TEST_F(SiteJoin, OnlyASiteAdministratorJoins)
{
    for (const auto& [name, role] : kNotSiteAdminRoles) {
        const QString id = QStringLiteral("only-") + QLatin1String(name);
        addStaff(*a.db, id, Roles(role));
        const JoinRequest r = joinRequest(deskUrl(), 2, passwords[2]);
        auto refused = SiteJoinService::join({*a.db, a.clock, id}, r, a.secrets);
        ASSERT_FALSE(refused.ok()) << name;
        EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied) << name;
    }
    for (const QString& nobody : {QStringLiteral("no-such-staff-id"), QString()}) {
        const JoinRequest r = joinRequest(deskUrl(), 2, passwords[2]);
        auto refused = SiteJoinService::join({*a.db, a.clock, nobody}, r, a.secrets);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    }
    EXPECT_EQ(holder(2), QString());
    EXPECT_TRUE(a.secrets.values.empty());
    EXPECT_TRUE(join(a, 2, passwords[2]).ok());
}

TEST_F(SiteJoin, StatusReportsTheServerTheBacklogAndEveryDesk)
{
    auto alone = SiteStatusService::status({*a.db, a.clock}, a.secrets);
    ASSERT_TRUE(alone.ok()) << qPrintable(alone.error().message);
    EXPECT_FALSE(alone->link.has_value());

    ASSERT_TRUE(join(a, 1, passwords[1]).ok());
    ASSERT_TRUE(join(b, 3, passwords[3]).ok());
    auto s = SiteStatusService::status({*a.db, a.clock}, a.secrets);
    ASSERT_TRUE(s.ok()) << qPrintable(s.error().message);
    EXPECT_TRUE(s->reachable);
    EXPECT_FALSE(s->problem.has_value()) << qPrintable(s->problem->message);
    EXPECT_FALSE(s->unreachableSince.has_value());
    ASSERT_TRUE(s->lastContact.has_value());
    EXPECT_EQ(*s->lastContact, a.clock.nowUtc());
    ASSERT_EQ(s->desks.size(), 3);
    EXPECT_TRUE(s->desks.at(0).joinedAt.has_value());
    EXPECT_FALSE(s->desks.at(1).joinedAt.has_value()) << "desk 2 has not joined";
    EXPECT_TRUE(s->desks.at(2).joinedAt.has_value());
    EXPECT_EQ(s->openConflicts, 0);
    // The training site's demo lots, stock and readings are all waiting: nothing was pushed.
    // The backlog counts every replicated table (docs/site.md 3.3).
    QStringList counts;
    for (const QString& table : sitesync::replicatedTables())
        counts << QStringLiteral("(SELECT count(*) FROM %1)").arg(table);
    const qint64 rows =
        queryNumber(*a.db, QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + ")));
    EXPECT_GT(rows, 0);
    EXPECT_EQ(s->backlog, rows);

    // The server goes away: offline since the first failed check, the desks as last seen.
    const QDateTime firstFailure = a.clock.nowUtc().addSecs(600);
    a.clock.setNow(firstFailure);
    ASSERT_TRUE(pg.stop());
    auto off = SiteStatusService::status({*a.db, a.clock}, a.secrets);
    ASSERT_TRUE(off.ok()) << qPrintable(off.error().message);
    EXPECT_FALSE(off->reachable);
    ASSERT_TRUE(off->problem.has_value());
    EXPECT_EQ(off->problem->code, ErrorCode::SiteUnreachable);
    ASSERT_TRUE(off->unreachableSince.has_value());
    EXPECT_EQ(*off->unreachableSince, firstFailure);
    EXPECT_EQ(off->desks.size(), 3);
    EXPECT_EQ(off->desksAsOf, s->lastContact);
    a.clock.advance(300'000);
    auto stillOff = SiteStatusService::status({*a.db, a.clock}, a.secrets);
    ASSERT_TRUE(stillOff.ok());
    EXPECT_EQ(*stillOff->unreachableSince, firstFailure) << "since the first failure";

    ASSERT_TRUE(pg.start()) << qPrintable(pg.error());
    auto back = SiteStatusService::status({*a.db, a.clock}, a.secrets);
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back->reachable);
    EXPECT_FALSE(back->unreachableSince.has_value());
}

TEST_F(SiteJoin, StatusWithoutThePasswordInTheKeychainSaysToJoinAgain)
{
    ASSERT_TRUE(join(a, 1, passwords[1]).ok());
    a.secrets.values.clear();
    auto s = SiteStatusService::status({*a.db, a.clock}, a.secrets);
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE(s->problem.has_value());
    EXPECT_EQ(s->problem->code, ErrorCode::NotFound);
    EXPECT_TRUE(s->problem->message.contains(QStringLiteral("vaxctl site join")));
}

}  // namespace
