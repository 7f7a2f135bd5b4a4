// vaxctl init --timezone, site show, site set-timezone: the site's zone is site data, shown and
// changed only by a site administrator; times in --json carry the site's offset whatever the PC's
// zone (CTest runs this suite under several TZ values).
#include "clirun.h"
#include "support/envguard.h"

using namespace vax;
using namespace vax::test;

namespace {

class SiteCli : public CliSiteTest {};

TEST_F(SiteCli, ShowsTheDefaultZone)
{
    const CliRun r = run(QStringLiteral("site show"));
    ASSERT_EQ(r.code, 0) << qPrintable(r.out + r.err);
    EXPECT_EQ(r.json().value(QStringLiteral("timezone")).toString(),
              QStringLiteral("Asia/Shanghai"));
    EXPECT_EQ(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("T-1"));
    // created_at is written with the site's offset, not the PC's.
    EXPECT_TRUE(
        r.json().value(QStringLiteral("created_at")).toString().endsWith(QStringLiteral("+08:00")))
        << qPrintable(r.out);
}

TEST_F(SiteCli, AdminChangesTheZoneAndEveryTimeFollows)
{
    const CliRun set = run(QStringLiteral("site set-timezone Asia/Urumqi"));
    ASSERT_EQ(set.code, 0) << qPrintable(set.out + set.err);
    EXPECT_EQ(set.json().value(QStringLiteral("timezone")).toString(),
              QStringLiteral("Asia/Urumqi"));
    const CliRun show = run(QStringLiteral("site show"));
    ASSERT_EQ(show.code, 0);
    EXPECT_EQ(show.json().value(QStringLiteral("timezone")).toString(),
              QStringLiteral("Asia/Urumqi"));
    EXPECT_TRUE(show.json()
                    .value(QStringLiteral("created_at"))
                    .toString()
                    .endsWith(QStringLiteral("+06:00")))
        << qPrintable(show.out);
    const CliRun unknown = run(QStringLiteral("site set-timezone Europe/Atlantis"));
    EXPECT_NE(unknown.code, 0);
    EXPECT_EQ(unknown.error().value(QStringLiteral("field")).toString(),
              QStringLiteral("timezone"));
}

TEST_F(SiteCli, ANurseMayNotChangeTheZone)
{
    {
        EnvGuard userPw("VAXPOINT_USER_PASSWORD", "nurse-password-1");
        const CliRun added = run(
            QStringLiteral("user add --username nurse1 --name 护士 --roles vaccinator,registrar"));
        ASSERT_EQ(added.code, 0) << qPrintable(added.out + added.err);
    }
    CliRun r;
    {
        // The nurse authenticates as herself: the refusal is the role table's, not a password's.
        EnvGuard actorPw("VAXPOINT_PASSWORD", "nurse-password-1");
        r = run(QStringLiteral("site set-timezone Asia/Urumqi --actor nurse1"));
    }
    EXPECT_NE(r.code, 0);
    EXPECT_EQ(r.errorCode(), QStringLiteral("permission_denied")) << qPrintable(r.out);
    EXPECT_EQ(run(QStringLiteral("site show")).json().value(QStringLiteral("timezone")).toString(),
              QStringLiteral("Asia/Shanghai"));
}

TEST(SiteCliInit, InitTakesTheZone)
{
    TempDb tmp;
    const CliRun bad =
        runVaxctl({QStringLiteral("init"), QStringLiteral("--site-code"), QStringLiteral("XJ-1"),
                   QStringLiteral("--site-name"), QStringLiteral("X"), QStringLiteral("--district"),
                   QStringLiteral("D"), QStringLiteral("--training"), QStringLiteral("--timezone"),
                   QStringLiteral("Asia/Nowhere"), QStringLiteral("--db"), tmp.path(),
                   QStringLiteral("--json")});
    EXPECT_NE(bad.code, 0);
    EXPECT_EQ(bad.error().value(QStringLiteral("field")).toString(), QStringLiteral("timezone"));
    const CliRun ok =
        runVaxctl({QStringLiteral("init"), QStringLiteral("--site-code"), QStringLiteral("XJ-1"),
                   QStringLiteral("--site-name"), QStringLiteral("X"), QStringLiteral("--district"),
                   QStringLiteral("D"), QStringLiteral("--training"), QStringLiteral("--timezone"),
                   QStringLiteral("Asia/Urumqi"), QStringLiteral("--db"), tmp.path(),
                   QStringLiteral("--json")});
    ASSERT_EQ(ok.code, 0) << qPrintable(ok.out + ok.err);
    EXPECT_EQ(ok.json().value(QStringLiteral("timezone")).toString(),
              QStringLiteral("Asia/Urumqi"));
}

}  // namespace
