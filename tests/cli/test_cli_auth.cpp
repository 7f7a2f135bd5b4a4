// The command line authenticates its actor on a production database (issue 18 §1): the real
// vaxctl binary, a production site made with `init --admin-user`, the acting user's password
// from --password-stdin (first line of standard input) or VAXPOINT_PASSWORD, checked as at the
// GUI's sign-in (Argon2id, lockout after 5 wrong tries, every attempt audited).
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include "clirun.h"
#include "support/rawsqlite.h"

namespace {
using vax::test::CliRun;

const QString kAdminPassword = QStringLiteral("Admin-pass-2026");
const QString kNursePassword = QStringLiteral("Nurse-pass-2026");

class CliAuth : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("site.sqlite"));
        const CliRun init = vaxctl(QStringLiteral("init --site-code P-1 --site-name P --district D "
                                                  "--admin-user admin --admin-name Boss"),
                                   {{QStringLiteral("VAXPOINT_ADMIN_PASSWORD"), kAdminPassword}});
        ASSERT_EQ(init.code, 0) << qPrintable(init.dump());
        // The administrator adds a nurse: the admin's password, then the nurse's, on stdin.
        const CliRun added =
            vaxctl(QStringLiteral("user add --actor admin --password-stdin --username nurse1 "
                                  "--name Nurse --roles registrar,vaccinator"),
                   {}, kAdminPassword + QLatin1Char('\n') + kNursePassword + QLatin1Char('\n'));
        ASSERT_EQ(added.code, 0) << qPrintable(added.dump());
    }

    // Runs the real vaxctl with --db and --json; `env` is added to a clean copy of the
    // environment (without any VAXPOINT_ variable of the caller), `input` goes to stdin.
    CliRun vaxctl(const QString& line, const QList<std::pair<QString, QString>>& env = {},
                  const QString& input = {})
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString& k : e.keys())
            if (k.startsWith(QLatin1String("VAXPOINT_")))
                e.remove(k);
        for (const auto& [k, v] : env)
            e.insert(k, v);
        return vax::test::runVaxctlBinary(
            line.split(QLatin1Char(' '), Qt::SkipEmptyParts) +
                QStringList{QStringLiteral("--db"), path, QStringLiteral("--json")},
            e, input.toUtf8());
    }
    CliRun asAdmin(const QString& line) { return vaxctl(line, {{pwEnv, kAdminPassword}}); }

    QString sql(const QString& query) { return vax::test::RawSqlite(path).scalar(query); }
    QString staffId(const QString& username)
    {
        return sql(QStringLiteral("SELECT id FROM staff WHERE username = '%1'").arg(username));
    }
    int auditRows(const QString& action, const QString& username)
    {
        return sql(QStringLiteral("SELECT count(*) FROM audit WHERE action = '%1' AND actor = '%2'")
                       .arg(action, staffId(username)))
            .toInt();
    }
    QString rolesOf(const QString& username)
    {
        const CliRun list = asAdmin(QStringLiteral("user list --actor admin"));
        EXPECT_EQ(list.code, 0) << qPrintable(list.dump());
        for (const QString& l : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(l.toUtf8()).object();
            if (o.value(QStringLiteral("username")).toString() == username) {
                QStringList roles;
                for (const QJsonValue& v : o.value(QStringLiteral("roles")).toArray())
                    roles << v.toString();
                return roles.join(QLatin1Char(','));
            }
        }
        return {};
    }

    const QString pwEnv = QStringLiteral("VAXPOINT_PASSWORD");
    QTemporaryDir dir;
    QString path;
};

TEST_F(CliAuth, WithoutAPasswordNothingIsDoneAndTheErrorSaysHow)
{
    const int auditBefore = sql(QStringLiteral("SELECT count(*) FROM audit")).toInt();
    const CliRun escalate =
        vaxctl(QStringLiteral("user roles nurse1 --roles vaccinator,site_admin --actor admin"));
    EXPECT_EQ(escalate.code, 1) << qPrintable(escalate.dump());
    EXPECT_EQ(escalate.errorCode(), QStringLiteral("auth.login_failed"));
    EXPECT_EQ(escalate.errorField(), QStringLiteral("password"));
    EXPECT_TRUE(escalate.errorMessage().contains(QStringLiteral("--actor admin")));
    EXPECT_TRUE(escalate.errorMessage().contains(QStringLiteral("--password-stdin")));
    EXPECT_TRUE(escalate.errorMessage().contains(QStringLiteral("VAXPOINT_PASSWORD")));
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM audit")).toInt(), auditBefore);
    EXPECT_EQ(rolesOf(QStringLiteral("nurse1")), QStringLiteral("registrar,vaccinator"));

    // A password reset, a quarantine release and a record in another's name: all refused.
    EXPECT_EQ(vaxctl(QStringLiteral("user passwd nurse1 --actor admin"),
                     {{QStringLiteral("VAXPOINT_USER_PASSWORD"), QStringLiteral("Taken-over-1")}})
                  .errorCode(),
              QStringLiteral("auth.login_failed"));
    EXPECT_EQ(vaxctl(QStringLiteral("fridge add --actor nurse1 --name F2")).errorCode(),
              QStringLiteral("auth.login_failed"));
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM fridge WHERE name = 'F2'")),
              QStringLiteral("0"));
    // No --actor at all names the option.
    const CliRun anonymous = vaxctl(QStringLiteral("fridge add --name F3"));
    EXPECT_EQ(anonymous.errorField(), QStringLiteral("actor"));
}

TEST_F(CliAuth, AWrongPasswordIsRefusedAuditedAndCounted)
{
    const CliRun wrong =
        vaxctl(QStringLiteral("user roles nurse1 --roles vaccinator,site_admin --actor admin"),
               {{pwEnv, QStringLiteral("guessing-123")}});
    EXPECT_EQ(wrong.code, 1) << qPrintable(wrong.dump());
    EXPECT_EQ(wrong.errorCode(), QStringLiteral("auth.login_failed"));
    EXPECT_EQ(rolesOf(QStringLiteral("nurse1")), QStringLiteral("registrar,vaccinator"));
    // rolesOf signed in successfully, which clears the count: look at the audit instead.
    EXPECT_EQ(auditRows(QStringLiteral("login.failed"), QStringLiteral("admin")), 1);

    // Counted, whichever command made the attempt (stdin this time).
    const CliRun wrongStdin = vaxctl(QStringLiteral("person find --name Li --actor nurse1 "
                                                    "--password-stdin"),
                                     {}, QStringLiteral("not-her-password\n"));
    EXPECT_EQ(wrongStdin.errorCode(), QStringLiteral("auth.login_failed"));
    EXPECT_EQ(sql(QStringLiteral("SELECT failed_logins FROM staff WHERE username = 'nurse1'")),
              QStringLiteral("1"));
    EXPECT_EQ(auditRows(QStringLiteral("login.failed"), QStringLiteral("nurse1")), 1);
}

TEST_F(CliAuth, TheRightPasswordWorksFromStdinAndFromTheEnvironment)
{
    const CliRun viaStdin = vaxctl(QStringLiteral("user roles nurse1 --roles registrar "
                                                  "--actor admin --password-stdin"),
                                   {}, kAdminPassword + QLatin1Char('\n'));
    ASSERT_EQ(viaStdin.code, 0) << qPrintable(viaStdin.dump());
    EXPECT_EQ(rolesOf(QStringLiteral("nurse1")), QStringLiteral("registrar"));
    const CliRun viaEnv =
        vaxctl(QStringLiteral("user roles nurse1 --roles vaccinator --actor admin"),
               {{pwEnv, kAdminPassword}});
    ASSERT_EQ(viaEnv.code, 0) << qPrintable(viaEnv.dump());
    EXPECT_EQ(rolesOf(QStringLiteral("nurse1")), QStringLiteral("vaccinator"));
    // Each is a sign-in in the audit log, as the GUI's.
    EXPECT_GE(auditRows(QStringLiteral("login"), QStringLiteral("admin")), 2);
    EXPECT_EQ(sql(QStringLiteral("SELECT failed_logins FROM staff WHERE username = 'admin'")),
              QStringLiteral("0"));
}

TEST_F(CliAuth, FiveWrongTriesLockTheAccountEvenForTheRightPassword)
{
    const QStringList commands{QStringLiteral("user list"), QStringLiteral("person find --name Li"),
                               QStringLiteral("fridge add --name F9"), QStringLiteral("queue list"),
                               QStringLiteral("dose list")};
    for (const QString& c : commands) {
        const CliRun r =
            vaxctl(c + QStringLiteral(" --actor nurse1"), {{pwEnv, QStringLiteral("nope-nope-1")}});
        EXPECT_EQ(r.errorCode(), QStringLiteral("auth.login_failed")) << qPrintable(c + r.dump());
    }
    EXPECT_EQ(sql(QStringLiteral("SELECT failed_logins FROM staff WHERE username = 'nurse1'")),
              QStringLiteral("5"));
    EXPECT_FALSE(
        sql(QStringLiteral("SELECT locked_until FROM staff WHERE username = 'nurse1'")).isEmpty());
    EXPECT_EQ(auditRows(QStringLiteral("login.failed"), QStringLiteral("nurse1")), 5);

    const CliRun locked =
        vaxctl(QStringLiteral("person find --name Li --actor nurse1"), {{pwEnv, kNursePassword}});
    EXPECT_EQ(locked.code, 1);
    EXPECT_EQ(locked.errorCode(), QStringLiteral("auth.locked")) << qPrintable(locked.dump());
    EXPECT_TRUE(locked.errorMessage().contains(QStringLiteral("--actor nurse1")));
    EXPECT_EQ(auditRows(QStringLiteral("login.refused"), QStringLiteral("nurse1")), 1);
}

TEST_F(CliAuth, ADisabledAccountIsRefused)
{
    ASSERT_EQ(asAdmin(QStringLiteral("user disable nurse1 --actor admin")).code, 0);
    const CliRun r = vaxctl(QStringLiteral("queue list --actor nurse1 --password-stdin"), {},
                            kNursePassword + QLatin1Char('\n'));
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.errorCode(), QStringLiteral("auth.disabled")) << qPrintable(r.dump());
    EXPECT_EQ(auditRows(QStringLiteral("login.refused"), QStringLiteral("nurse1")), 1);
}

TEST_F(CliAuth, ANurseCannotMakeHerselfAdministrator)
{
    // With her own password: the role table refuses.
    const CliRun own = vaxctl(QStringLiteral("user roles nurse1 --roles vaccinator,site_admin "
                                             "--actor nurse1"),
                              {{pwEnv, kNursePassword}});
    EXPECT_EQ(own.errorCode(), QStringLiteral("permission_denied")) << qPrintable(own.dump());
    // Claiming to be the administrator: refused without the administrator's password.
    const CliRun claimed = vaxctl(QStringLiteral("user roles nurse1 --roles vaccinator,site_admin "
                                                 "--actor admin"),
                                  {{pwEnv, kNursePassword}});
    EXPECT_EQ(claimed.errorCode(), QStringLiteral("auth.login_failed"));
    EXPECT_EQ(rolesOf(QStringLiteral("nurse1")), QStringLiteral("registrar,vaccinator"));
}

TEST_F(CliAuth, AWrongCurrentPasswordToPasswdCountsAndIsAudited)
{
    const CliRun wrong = vaxctl(QStringLiteral("user passwd nurse1 --password-stdin"), {},
                                QStringLiteral("wrong-current-1\nNew-pass-2026\n"));
    EXPECT_EQ(wrong.code, 1);
    EXPECT_EQ(wrong.errorCode(), QStringLiteral("auth.login_failed")) << qPrintable(wrong.dump());
    EXPECT_EQ(sql(QStringLiteral("SELECT failed_logins FROM staff WHERE username = 'nurse1'")),
              QStringLiteral("1"));
    EXPECT_EQ(auditRows(QStringLiteral("login.failed"), QStringLiteral("nurse1")), 1);
    const CliRun right = vaxctl(QStringLiteral("user passwd nurse1 --password-stdin"), {},
                                kNursePassword + QStringLiteral("\nNew-pass-2026\n"));
    ASSERT_EQ(right.code, 0) << qPrintable(right.dump());
    EXPECT_EQ(vaxctl(QStringLiteral("queue list --actor nurse1"),
                     {{pwEnv, QStringLiteral("New-pass-2026")}})
                  .code,
              0);
}

TEST_F(CliAuth, CommandsThatShowNoPersonalDataNeedNoActor)
{
    EXPECT_EQ(vaxctl(QStringLiteral("id check 11010519491231002X")).code, 0);
    EXPECT_EQ(vaxctl(QStringLiteral("check-db")).code, 0);
    EXPECT_EQ(vaxctl(QStringLiteral("audit verify")).code, 0);
    EXPECT_EQ(vaxctl(QStringLiteral("lot list")).code, 0);
    for (const char* c : {"person find --name Li", "queue list", "dose list", "aefi list",
                          "visit deferrals", "user list"})
        EXPECT_EQ(vaxctl(QString::fromLatin1(c)).errorField(), QStringLiteral("actor")) << c;
}

TEST(CliAuthTraining, TheDemoAccountNeedsNoPassword)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    QProcess p;
    p.start(QStringLiteral(VAXCTL_PATH),
            {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--site-code"),
             QStringLiteral("T-1"), QStringLiteral("--site-name"), QStringLiteral("T"),
             QStringLiteral("--district"), QStringLiteral("D"), QStringLiteral("--training")});
    ASSERT_TRUE(p.waitForFinished(120000));
    ASSERT_EQ(p.exitCode(), 0);
    p.start(QStringLiteral(VAXCTL_PATH),
            {QStringLiteral("fridge"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("F2"), QStringLiteral("--db"), db});
    ASSERT_TRUE(p.waitForFinished(120000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().constData();
}

}  // namespace
