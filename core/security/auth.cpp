#include "security/auth.h"

#include <QCoreApplication>

#include "common/clock.h"
#include "security/password.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct AuthText {
    Q_DECLARE_TR_FUNCTIONS(Auth)
};

Error wrongCredentials()
{
    return makeError(ErrorCode::LoginFailed,
                     AuthText::tr("Username or password is wrong. Check the keyboard layout and "
                                  "Caps Lock, then try again."),
                     QStringLiteral("password"));
}
}  // namespace

Result<StaffCredentials> AuthService::beginLogin(Database& db, const Clock& clock,
                                                 const QString& username)
{
    auto found = StaffRepository::findByUsername(db, username);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        auto tx = WriteTransaction::begin(db);
        if (!tx)
            return tx.error();
        VAX_TRY(
            AuditLog::append(db, {clock.nowUtc(), QStringLiteral("unknown"),
                                  QStringLiteral("login.failed"), QStringLiteral("staff"),
                                  QString(), QJsonObject{{QStringLiteral("username"), username}}}));
        VAX_TRY(tx->commit());
        return wrongCredentials();
    }
    const StaffCredentials& account = **found;
    if (account.member.disabled) {
        return makeError(ErrorCode::AccountDisabled,
                         AuthText::tr("The account \"%1\" is disabled. Ask the site administrator "
                                      "to enable it.")
                             .arg(account.member.username),
                         QStringLiteral("username"));
    }
    if (account.member.lockedUntil.isValid() && account.member.lockedUntil > clock.nowUtc()) {
        const qint64 minutes = (clock.nowUtc().secsTo(account.member.lockedUntil) + 59) / 60;
        return makeError(ErrorCode::AccountLocked,
                         AuthText::tr("Too many wrong passwords: the account \"%1\" is locked for "
                                      "%2 more minute(s). Wait, or ask the site administrator.")
                             .arg(account.member.username)
                             .arg(minutes),
                         QStringLiteral("username"));
    }
    return account;
}

Result<StaffMember> AuthService::finishLogin(Database& db, const Clock& clock,
                                             const StaffCredentials& account, bool passwordOk)
{
    StaffMember member = account.member;
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    const QDateTime now = clock.nowUtc();
    if (passwordOk) {
        member.failedLogins = 0;
        member.lockedUntil = QDateTime();
    } else {
        member.failedLogins += 1;
        if (member.failedLogins >= kMaxFailedLogins)
            member.lockedUntil = now.addSecs(kLockoutMinutes * 60);
    }
    auto q =
        db.exec(QStringLiteral("UPDATE staff SET failed_logins = ?, locked_until = ? "
                               "WHERE id = ?"),
                {member.failedLogins,
                 member.lockedUntil.isValid() ? QVariant(member.lockedUntil.toString(Qt::ISODate))
                                              : QVariant(),
                 member.id});
    if (!q)
        return q.error();
    VAX_TRY(AuditLog::append(
        db, {now, member.id, passwordOk ? QStringLiteral("login") : QStringLiteral("login.failed"),
             QStringLiteral("staff"), member.id,
             QJsonObject{{QStringLiteral("failed_logins"), member.failedLogins},
                         {QStringLiteral("locked"), member.lockedUntil.isValid()}}}));
    VAX_TRY(tx->commit());
    if (!passwordOk)
        return wrongCredentials();
    return member;
}

Result<StaffMember> AuthService::login(Database& db, const Clock& clock, const QString& username,
                                       const QString& password)
{
    auto account = beginLogin(db, clock, username);
    if (!account)
        return account.error();
    return finishLogin(db, clock, *account, verifyPassword(account->passwordHash, password));
}

}  // namespace vax
