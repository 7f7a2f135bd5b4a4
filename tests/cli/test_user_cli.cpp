// vaxctl user …, key status, the idle-lock setting and audit verify, run in-process with --json.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "cli/cli.h"
#include "clirun.h"
#include "security/auth.h"
#include "support/envguard.h"
#include "support/rawsqlite.h"
#include "support/tempdb.h"

using namespace vax;
using vax::test::EnvGuard;

namespace {
using vax::test::CliRun;

class UserCli : public test::CliSiteTest {};

TEST_F(UserCli, AddListPasswdDisable)
{
    {
        EnvGuard pw("VAXPOINT_USER_PASSWORD", "nurse-password-1");
        auto added =
            run(QStringLiteral("user add --username nurse.li --name Li_Na "
                               "--roles vaccinator,doctor"));
        ASSERT_EQ(added.code, 0) << qPrintable(added.out);
        EXPECT_EQ(added.json().value(QStringLiteral("roles")).toArray(),
                  QJsonArray({QStringLiteral("vaccinator"), QStringLiteral("doctor")}));
        EXPECT_FALSE(added.json().value(QStringLiteral("has_pin")).toBool());

        auto badRole = run(QStringLiteral("user add --username x --name X --roles nurse"));
        EXPECT_EQ(badRole.code, 1);
        EXPECT_EQ(badRole.json()
                      .value(QStringLiteral("error"))
                      .toObject()
                      .value(QStringLiteral("field"))
                      .toString(),
                  QStringLiteral("roles"));
        // A vaccinator may not add users.
        auto denied =
            run(QStringLiteral("user add --username y --name Y --roles registrar "
                               "--actor nurse.li"));
        EXPECT_EQ(denied.errorCode(), QStringLiteral("permission_denied"));
    }
    auto list = run(QStringLiteral("user list"));
    ASSERT_EQ(list.code, 0);
    ASSERT_EQ(list.jsonLines().size(), 2);
    EXPECT_EQ(list.jsonLines().at(1).value(QStringLiteral("username")).toString(),
              QStringLiteral("nurse.li"));
    EXPECT_EQ(run(QStringLiteral("user list --actor nurse.li")).errorCode(),
              QStringLiteral("permission_denied"));

    {
        // Own password: the current one is needed (the actor's password, checked as a sign-in).
        EnvGuard old("VAXPOINT_PASSWORD", "wrong-old-password");
        EnvGuard pw("VAXPOINT_USER_PASSWORD", "nurse-password-2");
        EXPECT_EQ(run(QStringLiteral("user passwd nurse.li")).errorCode(),
                  QStringLiteral("auth.login_failed"));
    }
    {
        EnvGuard old("VAXPOINT_PASSWORD", "nurse-password-1");
        EnvGuard pw("VAXPOINT_USER_PASSWORD", "nurse-password-2");
        auto changed = run(QStringLiteral("user passwd nurse.li"));
        ASSERT_EQ(changed.code, 0) << qPrintable(changed.out);
        EXPECT_FALSE(changed.json().value(QStringLiteral("reset")).toBool());
    }
    {
        EnvGuard pw("VAXPOINT_USER_PASSWORD", "reset-password-3");
        auto reset = run(QStringLiteral("user passwd nurse.li --actor demo"));
        ASSERT_EQ(reset.code, 0) << qPrintable(reset.out);
        EXPECT_TRUE(reset.json().value(QStringLiteral("reset")).toBool());
    }
    auto disabled = run(QStringLiteral("user disable nurse.li"));
    ASSERT_EQ(disabled.code, 0) << qPrintable(disabled.out);
    EXPECT_TRUE(disabled.json().value(QStringLiteral("disabled")).toBool());
    EXPECT_EQ(run(QStringLiteral("user disable demo")).errorCode(),
              QStringLiteral("auth.last_site_admin"));
    EXPECT_EQ(run(QStringLiteral("user enable nurse.li")).code, 0);
    auto roles = run(QStringLiteral("user roles nurse.li --roles stock_keeper"));
    ASSERT_EQ(roles.code, 0);
    EXPECT_EQ(roles.json().value(QStringLiteral("roles")).toArray(),
              QJsonArray({QStringLiteral("stock_keeper")}));
    EXPECT_EQ(run(QStringLiteral("user disable nobody")).errorCode(), QStringLiteral("not_found"));

    // Everything above is in the audit log, and the chain is intact.
    auto verify = run(QStringLiteral("audit verify"));
    ASSERT_EQ(verify.code, 0) << qPrintable(verify.out);
    EXPECT_TRUE(verify.json().value(QStringLiteral("ok")).toBool());
}

TEST_F(UserCli, PinIsSetByItsOwnerAndClearedByAnAdministrator)
{
    {
        EnvGuard pw("VAXPOINT_USER_PASSWORD", "nurse-password-1");
        ASSERT_EQ(run(QStringLiteral("user add --username nurse --name N --roles vaccinator")).code,
                  0);
    }
    {
        EnvGuard pin("VAXPOINT_USER_PIN", "1234");
        EnvGuard pw("VAXPOINT_PASSWORD", "nurse-password-1");
        auto easy = run(QStringLiteral("user pin nurse"));
        EXPECT_EQ(easy.errorCode(), QStringLiteral("invalid_argument"));
    }
    {
        EnvGuard pin("VAXPOINT_USER_PIN", "4821");
        {
            EnvGuard pw("VAXPOINT_PASSWORD", "nurse-password-1");
            auto set = run(QStringLiteral("user pin nurse"));
            ASSERT_EQ(set.code, 0) << qPrintable(set.out);
            EXPECT_TRUE(set.json().value(QStringLiteral("has_pin")).toBool());
        }
        // The administrator cannot set someone else's PIN…
        EXPECT_EQ(run(QStringLiteral("user pin nurse --actor demo")).errorCode(),
                  QStringLiteral("permission_denied"));
    }
    // … but can clear it.
    auto cleared = run(QStringLiteral("user pin nurse --clear --actor demo"));
    ASSERT_EQ(cleared.code, 0) << qPrintable(cleared.out);
    EXPECT_FALSE(run(QStringLiteral("user list"))
                     .jsonLines()
                     .at(1)
                     .value(QStringLiteral("has_pin"))
                     .toBool());
}

TEST_F(UserCli, IdleLockSettingNeedsAnAdministrator)
{
    auto shown = run(QStringLiteral("setting get security.idle_lock_minutes"));
    ASSERT_EQ(shown.code, 0);
    EXPECT_EQ(shown.json().value(QStringLiteral("value")).toString(), QStringLiteral("5"));
    auto set = run(QStringLiteral("setting set security.idle_lock_minutes 10"));
    ASSERT_EQ(set.code, 0) << qPrintable(set.out);
    EXPECT_EQ(set.json().value(QStringLiteral("value")).toString(), QStringLiteral("10"));
    EXPECT_EQ(run(QStringLiteral("setting set security.idle_lock_minutes 0")).errorCode(),
              QStringLiteral("invalid_argument"));
}

TEST_F(UserCli, AuditVerifyFailsOnATamperedRow)
{
    {
        test::RawSqlite raw(tmp.path());
        raw.mustExec(QStringLiteral("DROP TRIGGER audit_no_update"));
        raw.mustExec(QStringLiteral("UPDATE audit SET detail = '{}' WHERE id = 1"));
    }
    auto verify = run(QStringLiteral("audit verify"));
    EXPECT_EQ(verify.code, 1);
    EXPECT_EQ(verify.errorCode(), QStringLiteral("audit.broken"));
}

TEST_F(UserCli, KeyStatusSaysPlainlyWhenNoKeychainAnswers)
{
    EnvGuard bus("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/vaxpoint-test-bus");
    EnvGuard display("DISPLAY", nullptr);
    EnvGuard runtime("XDG_RUNTIME_DIR", nullptr);
    auto status = run(QStringLiteral("key status --timeout 2000"));
    EXPECT_EQ(status.code, 1);
    EXPECT_FALSE(status.json().value(QStringLiteral("keychain_available")).toBool());
    EXPECT_TRUE(status.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("passphrase-protected key file")))
        << qPrintable(status.out);
}

TEST(UserCliProduction, ActorIsRequiredOnAProductionSite)
{
    test::TempDb tmp;
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    EnvGuard admin("VAXPOINT_ADMIN_PASSWORD", "admin-password-1");
    ASSERT_EQ(
        cli::run({QStringLiteral("init"), QStringLiteral("--site-code"), QStringLiteral("P-1"),
                  QStringLiteral("--site-name"), QStringLiteral("P"), QStringLiteral("--district"),
                  QStringLiteral("D"), QStringLiteral("--admin-user"), QStringLiteral("boss"),
                  QStringLiteral("--db"), tmp.path()},
                 o, e),
        0)
        << qPrintable(err);
    out.clear();
    EXPECT_EQ(cli::run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"),
                        tmp.path(), QStringLiteral("--json")},
                       o, e),
              1);
    o.flush();
    EXPECT_TRUE(out.contains(QStringLiteral("\"field\":\"actor\""))) << qPrintable(out);
    out.clear();
    EnvGuard password("VAXPOINT_PASSWORD", "admin-password-1");
    EXPECT_EQ(cli::run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--actor"),
                        QStringLiteral("boss"), QStringLiteral("--db"), tmp.path(),
                        QStringLiteral("--json")},
                       o, e),
              0);
}

}  // namespace
