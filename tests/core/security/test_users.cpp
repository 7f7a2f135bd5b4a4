// Staff accounts: Argon2id hashes, user management with its audit rows, the last administrator,
// PINs that unlock only one's own session and count toward the lockout.
#include <gtest/gtest.h>

#include "security/auth.h"
#include "security/password.h"
#include "security/userservice.h"
#include "storage/audit.h"
#include "support/demosite.h"
#include "support/rawsqlite.h"
#include "support/tempdb.h"

using namespace vax;

namespace {

TEST(PasswordHash, IsArgon2idInLibsodiumsStringFormatAndVerifies)
{
    auto hash = hashPassword(QStringLiteral("correct horse"));
    ASSERT_TRUE(hash.ok());
    EXPECT_TRUE(hash->startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")))
        << qPrintable(*hash);
    EXPECT_TRUE(verifyPassword(*hash, QStringLiteral("correct horse")));
    EXPECT_FALSE(verifyPassword(*hash, QStringLiteral("correct horse ")));
    EXPECT_FALSE(verifyPassword(*hash, QString()));
    EXPECT_FALSE(verifyPassword(QString(), QStringLiteral("correct horse")));
    // Salted: the same password hashes differently each time.
    auto again = hashPassword(QStringLiteral("correct horse"));
    ASSERT_TRUE(again.ok());
    EXPECT_NE(*hash, *again);
    // Not ASCII: UTF-8 is hashed.
    auto chinese = hashPassword(QStringLiteral("疫苗接种点密码"));
    ASSERT_TRUE(chinese.ok());
    EXPECT_TRUE(verifyPassword(*chinese, QStringLiteral("疫苗接种点密码")));
}

TEST(Pin, IsFourToSixDigitsAndNotAnObviousOne)
{
    for (const char* good : {"4821", "90317", "582036"})
        EXPECT_TRUE(checkPinFormat(QString::fromLatin1(good), QStringLiteral("pin")).ok()) << good;
    for (const char* bad : {"", "123", "1234567", "12a4", "0000", "1234", "98765", "１２３４"}) {
        auto s = checkPinFormat(QString::fromUtf8(bad), QStringLiteral("pin"));
        ASSERT_FALSE(s.ok()) << bad;
        EXPECT_EQ(s.error().field, QStringLiteral("pin"));
    }
}

class UserTest : public test::DemoSiteTest {
protected:
    void SetUp() override
    {
        DemoSiteTest::SetUp();
        if (HasFatalFailure())
            return;
    }

    StaffMember add(const QString& username, Roles roles)
    {
        auto m = UserService::add({*db, clock, admin.id},
                                  {username, QStringLiteral("Name of ") + username,
                                   username + QStringLiteral("-password"), roles});
        EXPECT_TRUE(m.ok()) << (m.ok() ? "" : qPrintable(m.error().message));
        return m.ok() ? *m : StaffMember{};
    }

    int count(const QString& sql)
    {
        auto q = db->exec(sql);
        return q.ok() ? q->scalar().toInt() : -1;
    }
    int auditCount(const QString& action)
    {
        return count(QStringLiteral("SELECT count(*) FROM audit WHERE action = '%1'").arg(action));
    }
};

TEST_F(UserTest, AddWithSeveralRolesListsAndAudits)
{
    const StaffMember nurse =
        add(QStringLiteral("nurse.li"), Roles(Role::Vaccinator) | Role::Doctor);
    EXPECT_TRUE(nurse.hasRole(Role::Vaccinator));
    EXPECT_TRUE(nurse.hasRole(Role::Doctor));
    EXPECT_FALSE(nurse.hasRole(Role::SiteAdmin));
    auto list = UserService::list(*db, admin.id);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2u);
    EXPECT_EQ(list->at(1).username, QStringLiteral("nurse.li"));
    EXPECT_EQ(auditCount(QStringLiteral("user.add")), 2);  // demo at init, and the nurse
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'user.add' AND "
                                   "actor = '%1' AND entity_id = '%2'")
                        .arg(admin.id, nurse.id)),
              1);
    // Duplicate (usernames are case-insensitive), weak password, no role: refused, nothing
    // written.
    const int before = count(QStringLiteral("SELECT count(*) FROM audit"));
    auto dup = UserService::add({*db, clock, admin.id},
                                {QStringLiteral("NURSE.LI"), QStringLiteral("X"),
                                 QStringLiteral("another-password"), Roles(Role::Registrar)});
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().code, ErrorCode::AlreadyExists);
    auto weak = UserService::add({*db, clock, admin.id},
                                 {QStringLiteral("x1"), QStringLiteral("X"),
                                  QStringLiteral("12345678"), Roles(Role::Registrar)});
    ASSERT_FALSE(weak.ok());
    EXPECT_EQ(weak.error().code, ErrorCode::WeakPassword);
    auto none = UserService::add(
        {*db, clock, admin.id},
        {QStringLiteral("x2"), QStringLiteral("X"), QStringLiteral("good-password"), Roles()});
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().field, QStringLiteral("roles"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit")), before);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM staff")), 2);
}

TEST_F(UserTest, OwnPasswordNeedsTheOldOneAnAdminResetDoesNotAndClearsTheLockout)
{
    const StaffMember nurse = add(QStringLiteral("nurse"), Roles(Role::Vaccinator));
    auto wrongOld =
        UserService::changePassword({*db, clock, nurse.id}, nurse.id, QStringLiteral("not-it"),
                                    QStringLiteral("brand-new-password"));
    ASSERT_FALSE(wrongOld.ok());
    EXPECT_EQ(wrongOld.error().field, QStringLiteral("old-password"));
    ASSERT_TRUE(UserService::changePassword({*db, clock, nurse.id}, nurse.id,
                                            QStringLiteral("nurse-password"),
                                            QStringLiteral("brand-new-password"))
                    .ok());
    EXPECT_TRUE(AuthService::login({*db, clock}, QStringLiteral("nurse"),
                                   QStringLiteral("brand-new-password"))
                    .ok());
    // Lock the nurse out, then the administrator resets the password.
    for (int i = 0; i < kMaxFailedLogins; ++i)
        (void)AuthService::login({*db, clock}, QStringLiteral("nurse"), QStringLiteral("wrong-pw"));
    EXPECT_EQ(AuthService::login({*db, clock}, QStringLiteral("nurse"),
                                 QStringLiteral("brand-new-password"))
                  .error()
                  .code,
              ErrorCode::AccountLocked);
    ASSERT_TRUE(UserService::changePassword({*db, clock, admin.id}, nurse.id, {},
                                            QStringLiteral("reset-by-admin-1"))
                    .ok());
    EXPECT_TRUE(AuthService::login({*db, clock}, QStringLiteral("nurse"),
                                   QStringLiteral("reset-by-admin-1"))
                    .ok());
    EXPECT_EQ(auditCount(QStringLiteral("user.password")), 1);
    EXPECT_EQ(auditCount(QStringLiteral("user.password_reset")), 1);
    // No password in any audit row.
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit WHERE detail LIKE '%password-%' "
                                   "OR detail LIKE '%reset-by-admin%'")),
              0);
}

TEST_F(UserTest, TheLastActiveSiteAdministratorStays)
{
    auto disableSelf = UserService::setDisabled({*db, clock, admin.id}, admin.id, true);
    ASSERT_FALSE(disableSelf.ok());
    EXPECT_EQ(disableSelf.error().code, ErrorCode::LastSiteAdmin);
    auto demote = UserService::setRoles({*db, clock, admin.id}, admin.id, Roles(Role::Vaccinator));
    ASSERT_FALSE(demote.ok());
    EXPECT_EQ(demote.error().code, ErrorCode::LastSiteAdmin);

    const StaffMember second = add(QStringLiteral("admin2"), Roles(Role::SiteAdmin));
    ASSERT_TRUE(UserService::setDisabled({*db, clock, second.id}, admin.id, true).ok());
    auto demo = AuthService::login({*db, clock}, QStringLiteral("demo"),
                                   QString::fromLatin1(kDemoPassword));
    ASSERT_FALSE(demo.ok());
    EXPECT_EQ(demo.error().code, ErrorCode::AccountDisabled);
    // Now admin2 is the last one.
    EXPECT_EQ(UserService::setDisabled({*db, clock, second.id}, second.id, true).error().code,
              ErrorCode::LastSiteAdmin);
    ASSERT_TRUE(UserService::setDisabled({*db, clock, second.id}, admin.id, false).ok());
    EXPECT_TRUE(
        AuthService::login({*db, clock}, QStringLiteral("demo"), QString::fromLatin1(kDemoPassword))
            .ok());
    EXPECT_EQ(auditCount(QStringLiteral("user.disable")), 1);
    EXPECT_EQ(auditCount(QStringLiteral("user.enable")), 1);
    EXPECT_EQ(auditCount(QStringLiteral("login.refused")), 1);
}

TEST_F(UserTest, PinUnlocksOnlyOnesOwnSessionAndWrongPinsLockTheAccount)
{
    const StaffMember nurse = add(QStringLiteral("nurse"), Roles(Role::Vaccinator));
    // Someone else cannot set it; the owner confirms it with the password.
    EXPECT_EQ(UserService::setPin({*db, clock, admin.id}, nurse.id, QStringLiteral("4821"),
                                  QString::fromLatin1(kDemoPassword))
                  .error()
                  .code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(UserService::setPin({*db, clock, nurse.id}, nurse.id, QStringLiteral("4821"),
                                  QStringLiteral("wrong"))
                  .error()
                  .field,
              QStringLiteral("password"));
    ASSERT_TRUE(UserService::setPin({*db, clock, nurse.id}, nurse.id, QStringLiteral("4821"),
                                    QStringLiteral("nurse-password"))
                    .ok());
    auto hash = db->exec(QStringLiteral("SELECT pin_hash FROM staff WHERE id = ?"), {nurse.id});
    ASSERT_TRUE(hash.ok());
    EXPECT_TRUE(hash->scalar().toString().startsWith(QStringLiteral("$argon2id$")));

    ASSERT_TRUE(AuthService::recordLock({*db, clock}, nurse.id, QStringLiteral("idle")).ok());
    auto byPin = AuthService::unlock({*db, clock}, nurse.id, QStringLiteral("4821"));
    ASSERT_TRUE(byPin.ok()) << qPrintable(byPin.error().message);
    auto byPassword = AuthService::unlock({*db, clock}, nurse.id, QStringLiteral("nurse-password"));
    ASSERT_TRUE(byPassword.ok());
    // The PIN is no password: it does not sign in.
    EXPECT_FALSE(
        AuthService::login({*db, clock}, QStringLiteral("nurse"), QStringLiteral("4821")).ok());
    ASSERT_TRUE(
        AuthService::login({*db, clock}, QStringLiteral("nurse"), QStringLiteral("nurse-password"))
            .ok());

    // Four wrong PINs, then a wrong password: the fifth failure locks the account.
    for (int i = 1; i < kMaxFailedLogins; ++i) {
        auto wrong = AuthService::unlock({*db, clock}, nurse.id, QStringLiteral("1357"));
        ASSERT_FALSE(wrong.ok());
        EXPECT_EQ(wrong.error().code, ErrorCode::LoginFailed);
        EXPECT_TRUE(wrong.error().message.contains(QString::number(kMaxFailedLogins - i)))
            << qPrintable(wrong.error().message);
    }
    auto fifth = AuthService::unlock({*db, clock}, nurse.id, QStringLiteral("wrong-password"));
    ASSERT_FALSE(fifth.ok());
    EXPECT_EQ(fifth.error().code, ErrorCode::AccountLocked);
    // Locked: neither the PIN nor the password works, and login is refused too.
    EXPECT_EQ(AuthService::unlock({*db, clock}, nurse.id, QStringLiteral("4821")).error().code,
              ErrorCode::AccountLocked);
    EXPECT_EQ(
        AuthService::login({*db, clock}, QStringLiteral("nurse"), QStringLiteral("nurse-password"))
            .error()
            .code,
        ErrorCode::AccountLocked);
    clock.advance((kLockoutMinutes + 1) * 60 * 1000);
    EXPECT_TRUE(AuthService::unlock({*db, clock}, nurse.id, QStringLiteral("4821")).ok());

    EXPECT_EQ(auditCount(QStringLiteral("lock")), 1);
    EXPECT_EQ(auditCount(QStringLiteral("unlock")), 3);
    EXPECT_EQ(auditCount(QStringLiteral("unlock.failed")), kMaxFailedLogins);
    EXPECT_EQ(auditCount(QStringLiteral("unlock.refused")), 1);
    EXPECT_EQ(auditCount(QStringLiteral("user.pin")), 1);

    // An administrator clears a forgotten PIN; then only the password unlocks.
    ASSERT_TRUE(UserService::setPin({*db, clock, admin.id}, nurse.id, {}, {}).ok());
    EXPECT_FALSE(AuthService::unlock({*db, clock}, nurse.id, QStringLiteral("4821")).ok());
    EXPECT_EQ(auditCount(QStringLiteral("user.pin_clear")), 1);
    auto audit = AuditLog::verify(*db);
    ASSERT_TRUE(audit.ok());
    EXPECT_TRUE(audit->ok) << qPrintable(audit->problem);
}

TEST_F(UserTest, AuditVerifyCatchesAnEditedLoginRow)
{
    ASSERT_TRUE(
        AuthService::login({*db, clock}, QStringLiteral("demo"), QString::fromLatin1(kDemoPassword))
            .ok());
    db.reset();
    {
        // Another program rewrites who logged in (the triggers refuse; it drops them first).
        test::RawSqlite raw(tmp.path());
        raw.mustExec(QStringLiteral("DROP TRIGGER audit_no_update"));
        raw.mustExec(
            QStringLiteral("UPDATE audit SET actor = 'someone-else' WHERE action = 'login'"));
    }
    db = tmp.open();
    auto report = AuditLog::verify(*db);
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->ok);
    EXPECT_TRUE(report->problem.contains(QStringLiteral("changed"))) << qPrintable(report->problem);
}

}  // namespace
