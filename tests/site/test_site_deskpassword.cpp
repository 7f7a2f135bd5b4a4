// A desk's new server password (docs/site.md 2, 7, 9) against a real PostgreSQL (label site):
// `site-server desk-password` (SiteServerService::resetDeskPassword) makes a new one and the old
// one stops working; the desk keeps the new one only after it logged in with it
// (SiteJoinService::changePassword) and syncs again; a wrong new password, a server away, an
// unknown desk, a database without the site schema and a role that is not the owner are each
// refused with nothing changed; only a site administrator changes the desk's password.
#include <gtest/gtest.h>

#include "site/site.h"
#include "twodesks.h"

using namespace vax;
using namespace vax::sitesync;
using namespace vax::test;

namespace {

class SiteDeskPassword : public TwoDesks {
protected:
    Result<CreatedDesk> reset(int desk, const QString& url = {},
                              const QString& password = kOwnerPassword)
    {
        DeskPasswordRequest r;
        r.serverUrl = url.isEmpty() ? ownerUrl() : url;
        r.password = password;
        r.desk = desk;
        return SiteServerService::resetDeskPassword(r);
    }
    Result<SiteLink> change(Desk& d, const QString& password,
                            const QString& actor = QStringLiteral("admin-1"))
    {
        return SiteJoinService::changePassword({*d.db, d.clock, actor}, password, d.secrets);
    }
    QByteArray kept(Desk& d, int desk)
    {
        auto site = SiteService::load(*d.db);
        EXPECT_TRUE(site.ok());
        const auto it = d.secrets.values.find(deskSecretKey(site->uuid, desk));
        return it == d.secrets.values.end() ? QByteArray() : it->second;
    }
    qint64 audited(Desk& d)
    {
        return d.number(
            QStringLiteral("SELECT count(*) FROM audit WHERE action = 'site.password_changed'"));
    }
    Status syncStatus(Desk& d)
    {
        auto r = SiteSyncService::sync(*d.db, d.clock, d.secrets, {});
        return r ? Status() : Status(r.error());
    }
};

TEST_F(SiteDeskPassword, ANewPasswordStopsTheOldOneAndTheDeskSyncsOnceItKeepsIt)
{
    receiveLot();
    two.admit(1);
    auto made = reset(2);
    ASSERT_TRUE(made.ok()) << qPrintable(made.error().message);
    EXPECT_EQ(made->desk, 2);
    EXPECT_EQ(made->role, deskRoleName(kSiteDb, 2));
    EXPECT_EQ(made->password.size(), passwords[2].size());  // made as init makes them
    EXPECT_NE(made->password, passwords[2]);

    // The old password in desk 2's keychain no longer logs in; desk 1 is not touched.
    const Status refused = syncStatus(two);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::SiteLoginFailed);
    EXPECT_TRUE(syncStatus(one).ok());

    // A wrong new password: refused at the password, the old one kept, nothing audited.
    auto wrong = change(two, QStringLiteral("not-the-new-one"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::SiteLoginFailed) << qPrintable(wrong.error().message);
    EXPECT_EQ(wrong.error().field, QStringLiteral("password"));
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("desk-password --desk 2")));
    EXPECT_EQ(kept(two, 2), passwords[2].toUtf8());
    EXPECT_EQ(audited(two), 0);

    // The new one: checked against the server, kept, audited without the password.
    auto changed = change(two, made->password);
    ASSERT_TRUE(changed.ok()) << qPrintable(changed.error().message);
    EXPECT_EQ(changed->desk, 2);
    EXPECT_EQ(kept(two, 2), made->password.toUtf8());
    EXPECT_EQ(audited(two), 1);
    EXPECT_EQ(two.number(QStringLiteral("SELECT count(*) FROM audit WHERE detail LIKE '%%1%'")
                             .arg(made->password)),
              0);
    const SyncReport synced = sync(two);
    EXPECT_EQ(synced.push.rows > 0, true);
    EXPECT_EQ(two.backlog(), 0);
    sync(one);
    expectSameRows();

    // Made again: the password changes each time.
    auto again = reset(2);
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().message);
    EXPECT_NE(again->password, made->password);
}

TEST_F(SiteDeskPassword, AServerAwayKeepsTheOldPassword)
{
    auto made = reset(1);
    ASSERT_TRUE(made.ok()) << qPrintable(made.error().message);
    ASSERT_TRUE(pg.stop()) << qPrintable(pg.error());
    auto away = change(one, made->password);
    ASSERT_FALSE(away.ok());
    EXPECT_EQ(away.error().code, ErrorCode::SiteUnreachable) << qPrintable(away.error().message);
    EXPECT_EQ(kept(one, 1), passwords[1].toUtf8());
    EXPECT_EQ(audited(one), 0);
    ASSERT_TRUE(pg.start()) << qPrintable(pg.error());
    EXPECT_TRUE(change(one, made->password).ok());
    EXPECT_TRUE(syncStatus(one).ok());
}

TEST_F(SiteDeskPassword, AnUnknownDeskNoSchemaAndNotTheOwnerAreRefusedChangingNothing)
{
    const QString before =
        server(QStringLiteral("SELECT string_agg(rolname || ':' || coalesce(rolpassword, ''), ',' "
                              "ORDER BY rolname) FROM pg_authid WHERE rolname LIKE '%desk%'"));
    ASSERT_FALSE(before.isEmpty());

    auto unknown = reset(5);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_EQ(unknown.error().field, QStringLiteral("desk"));
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("--desks 5")))
        << qPrintable(unknown.error().message);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("1, 2")))
        << qPrintable(unknown.error().message);

    auto zero = reset(0);
    ASSERT_FALSE(zero.ok());
    EXPECT_EQ(zero.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(zero.error().field, QStringLiteral("desk"));

    // A desk's own role is not the owner.
    auto desk = reset(2, pg.url(kSiteDb, deskRoleName(kSiteDb, 1)), passwords[1]);
    ASSERT_FALSE(desk.ok());
    EXPECT_EQ(desk.error().code, ErrorCode::PermissionDenied) << qPrintable(desk.error().message);
    EXPECT_TRUE(desk.error().message.contains(kOwner)) << qPrintable(desk.error().message);

    // A database without the site schema.
    ASSERT_TRUE(pg.createDatabase(QStringLiteral("empty_site"), QStringLiteral("empty_owner"),
                                  QStringLiteral("empty-pw")))
        << qPrintable(pg.error());
    auto bare = reset(1, pg.url(QStringLiteral("empty_site"), QStringLiteral("empty_owner")),
                      QStringLiteral("empty-pw"));
    ASSERT_FALSE(bare.ok());
    EXPECT_EQ(bare.error().code, ErrorCode::SiteNotInitialized) << qPrintable(bare.error().message);
    EXPECT_TRUE(bare.error().message.contains(QStringLiteral("site-server init")));

    EXPECT_EQ(server(QStringLiteral("SELECT string_agg(rolname || ':' || coalesce(rolpassword, "
                                    "''), ',' ORDER BY rolname) FROM pg_authid WHERE rolname "
                                    "LIKE '%desk%'")),
              before);
    EXPECT_TRUE(syncStatus(one).ok());
    EXPECT_TRUE(syncStatus(two).ok());
}

TEST_F(SiteDeskPassword, OnlyASiteAdministratorChangesIt)
{
    auto made = reset(2);
    ASSERT_TRUE(made.ok()) << qPrintable(made.error().message);
    for (const auto& [name, role] : kNotSiteAdminRoles) {
        const QString id = QStringLiteral("only-") + QLatin1String(name);
        addStaff(*two.db, id, Roles(role));
        auto refused = change(two, made->password, id);
        ASSERT_FALSE(refused.ok()) << name;
        EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied) << name;
    }
    for (const QString& nobody : {QStringLiteral("no-such-staff-id"), QString()}) {
        auto refused = change(two, made->password, nobody);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    }
    EXPECT_EQ(kept(two, 2), passwords[2].toUtf8());
    EXPECT_EQ(audited(two), 0);
    EXPECT_TRUE(change(two, made->password).ok());
}

TEST_F(SiteDeskPassword, ADeskThatHasNotJoinedHasNoPasswordToChange)
{
    Desk alone;
    addStaff(*alone.db, QStringLiteral("admin-1"), Roles(Role::SiteAdmin));
    auto refused = change(alone, passwords[1]);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::SiteNotJoined);
    EXPECT_TRUE(alone.secrets.values.empty());
}

}  // namespace
