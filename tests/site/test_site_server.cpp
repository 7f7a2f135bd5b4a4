// vaxctl site-server init's service against a real PostgreSQL (label site): the schema, the
// desks' roles and their least rights, repeating it, a newer schema and another site refused.
#include <gtest/gtest.h>

#include "sitefixture.h"
#include "sitesync/pgconnection.h"
#include "sitesync/serverurl.h"

using namespace vax;
using namespace vax::sitesync;
using namespace vax::test;

namespace {

TEST(PgServerFixture, StartsWithTlsStopsAndStartsAgain)
{
    PgServer pg;
    ASSERT_TRUE(pg.ok()) << qPrintable(pg.error());
    EXPECT_EQ(pg.value(QStringLiteral("postgres"), QStringLiteral("SHOW ssl")),
              QStringLiteral("on"));
    EXPECT_TRUE(pg.stop());
    EXPECT_FALSE(pg.ok());
    EXPECT_TRUE(pg.value(QStringLiteral("postgres"), QStringLiteral("SELECT 1")).isEmpty())
        << "a stopped server answers nothing";
    EXPECT_TRUE(pg.start()) << qPrintable(pg.error());
    EXPECT_EQ(pg.value(QStringLiteral("postgres"), QStringLiteral("SELECT 1")),
              QStringLiteral("1"));
}

TEST(ServerUrl, ParsesWhatTheSetUpPrintsAndRefusesAPassword)
{
    auto u = parseServerUrl(QStringLiteral("postgresql://192.168.1.10:5433/vaxpoint_site"));
    ASSERT_TRUE(u.ok()) << qPrintable(u.error().message);
    EXPECT_EQ(u->host, QStringLiteral("192.168.1.10"));
    EXPECT_EQ(u->port, 5433);
    EXPECT_EQ(u->database, QStringLiteral("vaxpoint_site"));
    EXPECT_EQ(u->text(), QStringLiteral("postgresql://192.168.1.10:5433/vaxpoint_site"));
    auto socket = parseServerUrl(QStringLiteral("postgresql:///site?host=/var/run/postgresql"));
    ASSERT_TRUE(socket.ok()) << qPrintable(socket.error().message);
    EXPECT_TRUE(socket->isSocket());
    auto withPassword = parseServerUrl(QStringLiteral("postgresql://a:secret@h/db"));
    ASSERT_FALSE(withPassword.ok());
    EXPECT_EQ(withPassword.error().field, QStringLiteral("server"));
    EXPECT_FALSE(withPassword.error().message.contains(QStringLiteral("secret")));
    EXPECT_FALSE(parseServerUrl(QStringLiteral("http://h/db")).ok());
    EXPECT_FALSE(parseServerUrl(QStringLiteral("postgresql://h")).ok());
    EXPECT_EQ(deskRoleName(QStringLiteral("Vax-Site"), 7), QStringLiteral("vax_site_desk_7"));
}

TEST(SqlSplit, KeepsFunctionBodiesStringsAndCommentsWhole)
{
    const QStringList parts = splitSqlStatements(QStringLiteral(
        "CREATE TABLE a (x int); -- a comment; with a semicolon\n"
        "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;\n"
        "INSERT INTO a VALUES (';'); SELECT $1, $2"));
    ASSERT_EQ(parts.size(), 4) << qPrintable(parts.join(QStringLiteral(" | ")));
    EXPECT_TRUE(parts.at(1).endsWith(QStringLiteral("END $$")));
    EXPECT_EQ(parts.at(2), QStringLiteral("INSERT INTO a VALUES (';')"));
    EXPECT_EQ(parts.at(3), QStringLiteral("SELECT $1, $2"));
}

using SiteServerInit = SiteServerTest;

TEST_F(SiteServerInit, CreatesTheSchemaTheDesksAndRecordsTheSite)
{
    auto report = init(QStringLiteral("3301-0042"), 2);
    ASSERT_TRUE(report.ok()) << qPrintable(report.error().message);
    EXPECT_EQ(report->schemaBefore, 0);
    EXPECT_EQ(report->schemaAfter, latestServerSchema());
    EXPECT_EQ(report->applied.size(), latestServerSchema());
    ASSERT_EQ(report->created.size(), 2);
    EXPECT_EQ(report->created.at(0).role, QStringLiteral("vaxpoint_site_desk_1"));
    EXPECT_EQ(report->created.at(0).password.size(), 24);
    EXPECT_NE(report->created.at(0).password, report->created.at(1).password);
    EXPECT_TRUE(report->serverTls);
    EXPECT_TRUE(report->connectionTls) << "prefer takes TLS when the server offers it";
    EXPECT_TRUE(report->tlsNotes.contains(QStringLiteral("hostssl")));
    EXPECT_EQ(pg.value(kSiteDb, QStringLiteral("SELECT site_code FROM vaxsite.site")),
              QStringLiteral("3301-0042"));
    EXPECT_EQ(pg.value(kSiteDb, QStringLiteral("SELECT count(*) FROM vaxsite.desk")),
              QStringLiteral("2"));
    EXPECT_EQ(pg.value(kSiteDb, QStringLiteral("SELECT string_agg(r.rolname, ',') FROM "
                                               "pg_auth_members m JOIN pg_roles r ON r.oid = "
                                               "m.member JOIN pg_roles g ON g.oid = m.roleid "
                                               "WHERE g.rolname = 'vaxpoint_site_desks'")),
              QStringLiteral("vaxpoint_site_desk_1,vaxpoint_site_desk_2"));
}

TEST_F(SiteServerInit, RunningItAgainChangesNothingAndAddsOnlyNewDesks)
{
    ASSERT_TRUE(init(QStringLiteral("3301-0042"), 2).ok());
    const QString hashBefore = pg.value(
        QStringLiteral("postgres"),
        QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'vaxpoint_site_desk_1'"));
    auto again = init(QStringLiteral("3301-0042"), 2);
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().message);
    EXPECT_EQ(again->schemaBefore, latestServerSchema());
    EXPECT_TRUE(again->applied.isEmpty());
    EXPECT_TRUE(again->created.isEmpty());
    EXPECT_EQ(again->existing, (QList<int>{1, 2}));
    EXPECT_EQ(pg.value(QStringLiteral("postgres"),
                       QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = "
                                      "'vaxpoint_site_desk_1'")),
              hashBefore)
        << "a desk's password is never changed by init";
    auto more = init(QStringLiteral("3301-0042"), 3);
    ASSERT_TRUE(more.ok()) << qPrintable(more.error().message);
    ASSERT_EQ(more->created.size(), 1);
    EXPECT_EQ(more->created.at(0).desk, 3);
    EXPECT_EQ(pg.value(kSiteDb, QStringLiteral("SELECT count(*) FROM vaxsite.schema_version")),
              QString::number(latestServerSchema()));
}

TEST_F(SiteServerInit, ANewerSchemaIsRefusedUntouched)
{
    ASSERT_TRUE(init(QStringLiteral("3301-0042"), 1).ok());
    ASSERT_TRUE(pg.sql(kSiteDb, QStringLiteral("INSERT INTO vaxsite.schema_version(version, name) "
                                               "VALUES (%1, 'from_the_future')")
                                    .arg(latestServerSchema() + 1)))
        << qPrintable(pg.error());
    auto refused = init(QStringLiteral("3301-0042"), 3);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::SiteSchemaNewer);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Upgrade VaxPoint")))
        << qPrintable(refused.error().message);
    EXPECT_EQ(pg.value(kSiteDb, QStringLiteral("SELECT count(*) FROM vaxsite.desk")),
              QStringLiteral("1"))
        << "no desk was added";
}

TEST_F(SiteServerInit, AServerOfAnotherSiteIsRefused)
{
    ASSERT_TRUE(init(QStringLiteral("3301-0042"), 1).ok());
    auto refused = init(QStringLiteral("9999-0001"), 2);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::SiteOtherSite);
    EXPECT_EQ(pg.value(kSiteDb, QStringLiteral("SELECT site_code FROM vaxsite.site")),
              QStringLiteral("3301-0042"));
    EXPECT_EQ(pg.value(kSiteDb, QStringLiteral("SELECT count(*) FROM vaxsite.desk")),
              QStringLiteral("1"));
}

TEST_F(SiteServerInit, AnOwnerWithoutCreateRoleIsToldWhatToGrant)
{
    ASSERT_TRUE(pg.sql(QStringLiteral("postgres"),
                       QStringLiteral("ALTER ROLE vaxsite_owner NOCREATEROLE")));
    auto refused = init(QStringLiteral("3301-0042"), 1);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("CREATEROLE")))
        << qPrintable(refused.error().message);
    EXPECT_EQ(pg.value(kSiteDb, QStringLiteral("SELECT to_regclass('vaxsite.site') IS NULL")),
              QStringLiteral("t"));
}

// Least rights: a desk's role reads and writes nothing directly, only through the functions,
// and only for its own desk.
TEST_F(SiteServerInit, ADeskRoleHasNoTableRightsAndActsOnlyForItsOwnDesk)
{
    ASSERT_TRUE(init(QStringLiteral("3301-0042"), 2).ok());
    auto url = parseServerUrl(deskUrl());
    ASSERT_TRUE(url.ok());
    auto desk1 = PgConnection::open(*url, QStringLiteral("vaxpoint_site_desk_1"), passwords[1]);
    ASSERT_TRUE(desk1.ok()) << qPrintable(desk1.error().message);
    PgConnection& c = **desk1;
    auto encrypted =
        c.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    ASSERT_TRUE(encrypted.ok() && encrypted->next());
    EXPECT_TRUE(encrypted->value(0).toBool()) << "sslmode=require";
    for (const QString& sql :
         {QStringLiteral("SELECT count(*) FROM vaxsite.desk"),
          QStringLiteral("SELECT count(*) FROM vaxsite.change"),
          QStringLiteral("UPDATE vaxsite.desk SET high_water = 0"),
          QStringLiteral("SELECT vaxsite.admin_create_desk(9, 'x', 'y', 'z')")}) {
        auto q = c.exec(sql);
        ASSERT_FALSE(q.ok()) << qPrintable(sql);
        EXPECT_TRUE(q.error().message.contains(QStringLiteral("lacks the right")))
            << qPrintable(sql) << ": " << qPrintable(q.error().message);
    }
    const Status create = c.execPlain(QStringLiteral("CREATE TABLE vaxsite.mine (x int)"));
    ASSERT_FALSE(create.ok());
    EXPECT_TRUE(create.error().message.contains(QStringLiteral("lacks the right")))
        << qPrintable(create.error().message);
    auto other = c.exec(QStringLiteral("SELECT * FROM vaxsite.desk_holder(2)"));
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().code, ErrorCode::SiteLoginFailed) << qPrintable(other.error().message);
    auto hello = c.exec(QStringLiteral("SELECT site_code, desk_no FROM vaxsite.hello()"));
    ASSERT_TRUE(hello.ok()) << qPrintable(hello.error().message);
    ASSERT_TRUE(hello->next());
    EXPECT_EQ(hello->value(0).toString(), QStringLiteral("3301-0042"));
    EXPECT_EQ(hello->value(1).toInt(), 1);
}

}  // namespace
