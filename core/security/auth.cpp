#include "security/auth.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "common/clock.h"
#include "common/ids.h"
#include "security/password.h"
#include "security/permissions.h"
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

Error lockedOut(const StaffMember& member, const QDateTime& now)
{
    const qint64 minutes = (now.secsTo(member.lockedUntil) + 59) / 60;
    return makeError(ErrorCode::AccountLocked,
                     AuthText::tr("Too many wrong passwords or PINs: the account \"%1\" is locked "
                                  "for %2 more minute(s). Wait, or ask the site administrator.")
                         .arg(member.username)
                         .arg(minutes),
                     QStringLiteral("username"));
}

Status appendInOwnTransaction(Database& db, const AuditEntry& entry)
{
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(AuditLog::append(db, entry));
    return tx.commit();
}

// Refuses a disabled or locked-out account, recording the refusal.
Status checkUsable(Database& db, const Clock& clock, const StaffMember& member,
                   const QString& action)
{
    const QDateTime now = clock.nowUtc();
    const bool locked = member.lockedUntil.isValid() && member.lockedUntil > now;
    if (!member.disabled && !locked)
        return {};
    VAX_TRY(appendInOwnTransaction(
        db,
        {now, member.id, action, QStringLiteral("staff"), member.id,
         QJsonObject{{QStringLiteral("refused"),
                      member.disabled ? QStringLiteral("disabled") : QStringLiteral("locked")}}}));
    if (member.disabled) {
        return makeError(ErrorCode::AccountDisabled,
                         AuthText::tr("The account \"%1\" is disabled. Ask the site administrator "
                                      "to enable it.")
                             .arg(member.username),
                         QStringLiteral("username"));
    }
    return lockedOut(member, now);
}

// Counts a failure (locking the account at the limit) or clears the count, with an audit row
// `action` (or `failedAction`, by default action + ".failed").
Result<StaffMember> recordAttempt(Database& db, const Clock& clock, const StaffCredentials& account,
                                  bool ok, const QString& action, QJsonObject detail,
                                  QString failedAction = {})
{
    if (failedAction.isEmpty())
        failedAction = action + QStringLiteral(".failed");
    StaffMember member = account.member;
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    const QDateTime now = clock.nowUtc();
    // Re-read the count: another desk may have failed meanwhile.
    VAX_TRY_VALUE(auto current, StaffRepository::failedLogins(db, member.id));
    member.failedLogins = current.value_or(member.failedLogins);
    if (ok) {
        member.failedLogins = 0;
        member.lockedUntil = QDateTime();
    } else {
        member.failedLogins += 1;
        if (member.failedLogins >= kMaxFailedLogins)
            member.lockedUntil = now.addSecs(kLockoutMinutes * 60);
    }
    VAX_TRY(StaffRepository::setLoginState(db, member.id, member.failedLogins, member.lockedUntil));
    detail.insert(QStringLiteral("failed_logins"), member.failedLogins);
    detail.insert(QStringLiteral("locked"), member.lockedUntil.isValid());
    VAX_TRY(AuditLog::append(db, {now, member.id, ok ? action : failedAction,
                                  QStringLiteral("staff"), member.id, detail}));
    VAX_TRY(tx.commit());
    return member;
}
}  // namespace

Result<StaffCredentials> AuthService::beginLogin(const ServiceContext& ctx, const QString& username)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    VAX_TRY_VALUE(auto found, StaffRepository::findByUsername(db, username));
    if (!found.has_value()) {
        VAX_TRY(appendInOwnTransaction(
            db, {clock.nowUtc(), QStringLiteral("unknown"), QStringLiteral("login.failed"),
                 QStringLiteral("staff"), QString(),
                 QJsonObject{{QStringLiteral("username"), username}}}));
        return wrongCredentials();
    }
    VAX_TRY(checkUsable(db, clock, found->member, QStringLiteral("login.refused")));
    return *found;
}

Result<StaffMember> AuthService::finishLogin(const ServiceContext& ctx,
                                             const StaffCredentials& account, bool passwordOk)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    VAX_TRY_VALUE(auto member,
                  recordAttempt(db, clock, account, passwordOk, QStringLiteral("login"), {}));
    if (!passwordOk)
        return wrongCredentials();
    return member;
}

Result<StaffMember> AuthService::login(const ServiceContext& ctx, const QString& username,
                                       const QString& password)
{
    VAX_TRY_VALUE(auto account, beginLogin(ctx, username));
    return finishLogin(ctx, account, verifyPassword(account.passwordHash, password));
}

Result<StaffCredentials> AuthService::beginUnlock(const ServiceContext& ctx, const QString& staffId)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    VAX_TRY_VALUE(auto found, StaffRepository::credentialsById(db, staffId));
    if (!found.has_value())
        return makeError(ErrorCode::NotFound,
                         AuthText::tr("The signed-in account no longer exists. Sign in again."),
                         QStringLiteral("staff"));
    VAX_TRY(checkUsable(db, clock, found->member, QStringLiteral("unlock.refused")));
    return *found;
}

UnlockMethod AuthService::unlockMethodFor(const StaffCredentials& account, const QString& secret)
{
    return !account.pinHash.isEmpty() && isPinFormat(secret) ? UnlockMethod::Pin
                                                             : UnlockMethod::Password;
}

bool AuthService::verifyUnlock(const StaffCredentials& account, const QString& secret)
{
    return unlockMethodFor(account, secret) == UnlockMethod::Pin
               ? verifyPassword(account.pinHash, secret)
               : verifyPassword(account.passwordHash, secret);
}

Result<StaffMember> AuthService::finishUnlock(const ServiceContext& ctx,
                                              const StaffCredentials& account, UnlockMethod method,
                                              bool ok)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString how =
        method == UnlockMethod::Pin ? QStringLiteral("pin") : QStringLiteral("password");
    VAX_TRY_VALUE(auto member, recordAttempt(db, clock, account, ok, QStringLiteral("unlock"),
                                             QJsonObject{{QStringLiteral("method"), how}}));
    if (ok)
        return member;
    return wrongSecret(member, method, clock.nowUtc());
}

Error AuthService::wrongSecret(const StaffMember& member, UnlockMethod method, const QDateTime& now)
{
    if (member.lockedUntil.isValid())
        return lockedOut(member, now);
    const int left = kMaxFailedLogins - member.failedLogins;
    return makeError(ErrorCode::LoginFailed,
                     method == UnlockMethod::Pin
                         ? AuthText::tr("Wrong PIN. %1 more wrong attempt(s) lock the account for "
                                        "%2 minutes.")
                               .arg(left)
                               .arg(kLockoutMinutes)
                         : AuthText::tr("Wrong password. %1 more wrong attempt(s) lock the "
                                        "account for %2 minutes.")
                               .arg(left)
                               .arg(kLockoutMinutes),
                     QStringLiteral("secret"));
}

Result<StaffMember> AuthService::unlock(const ServiceContext& ctx, const QString& staffId,
                                        const QString& secret)
{
    VAX_TRY_VALUE(auto account, beginUnlock(ctx, staffId));
    return finishUnlock(ctx, account, unlockMethodFor(account, secret),
                        verifyUnlock(account, secret));
}

Result<StaffCredentials> AuthService::beginOverride(const ServiceContext& ctx,
                                                    const QString& username)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    VAX_TRY_VALUE(auto found, StaffRepository::findByUsername(db, username.trimmed()));
    if (!found.has_value()) {
        VAX_TRY(appendInOwnTransaction(
            db, {clock.nowUtc(), QStringLiteral("unknown"), QStringLiteral("override.auth_failed"),
                 QStringLiteral("staff"), QString(),
                 QJsonObject{{QStringLiteral("username"), username.trimmed()}}}));
        return makeError(ErrorCode::LoginFailed,
                         AuthText::tr("Doctor: the username or password is wrong. The doctor "
                                      "types their own username and password (or PIN)."),
                         QStringLiteral("doctor"));
    }
    const StaffMember& member = found->member;
    VAX_TRY(checkUsable(db, clock, member, QStringLiteral("override.auth_refused")));
    if (!allows(member.roles, Permission::OverrideChecklist)) {
        VAX_TRY(appendInOwnTransaction(
            db, {clock.nowUtc(), member.id, QStringLiteral("override.auth_refused"),
                 QStringLiteral("staff"), member.id,
                 QJsonObject{{QStringLiteral("refused"), QStringLiteral("role")}}}));
        return makeError(ErrorCode::PermissionDenied,
                         AuthText::tr("Doctor: %1 is not a doctor, and only a doctor may override "
                                      "a checklist item. The doctor who decides types their own "
                                      "username.")
                             .arg(member.username),
                         QStringLiteral("doctor"));
    }
    return *found;
}

Result<OverrideApproval> AuthService::finishOverride(const ServiceContext& ctx,
                                                     const StaffCredentials& account,
                                                     UnlockMethod method, bool ok,
                                                     const QString& visitId,
                                                     const QStringList& findings)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    OverrideApproval approval;
    approval.m_id = ok ? newId() : QString();
    approval.m_method = method;
    approval.m_visitId = visitId;
    approval.m_findings = findings;
    QJsonObject detail{
        {QStringLiteral("method"),
         method == UnlockMethod::Pin ? QStringLiteral("pin") : QStringLiteral("password")},
        {QStringLiteral("visit_id"), visitId},
        {QStringLiteral("findings"), QJsonArray::fromStringList(findings)}};
    if (ok)
        detail.insert(QStringLiteral("approval"), approval.m_id);
    VAX_TRY_VALUE(auto member,
                  recordAttempt(db, clock, account, ok, QStringLiteral("override.auth"), detail,
                                QStringLiteral("override.auth_failed")));
    if (!ok)
        return wrongSecret(member, method, clock.nowUtc());
    approval.m_doctor = member;
    approval.m_checkedAt = clock.nowUtc();
    return approval;
}

Result<OverrideApproval> AuthService::approveOverride(const ServiceContext& ctx,
                                                      const QString& username,
                                                      const QString& secret, const QString& visitId,
                                                      const QStringList& findings)
{
    VAX_TRY_VALUE(auto account, beginOverride(ctx, username));
    return finishOverride(ctx, account, unlockMethodFor(account, secret),
                          verifyUnlock(account, secret), visitId, findings);
}

Result<StaffMember> AuthService::finishConfirm(const ServiceContext& ctx,
                                               const StaffCredentials& account, UnlockMethod method,
                                               bool ok, const QString& purpose)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString how =
        method == UnlockMethod::Pin ? QStringLiteral("pin") : QStringLiteral("password");
    VAX_TRY_VALUE(auto member, recordAttempt(db, clock, account, ok, QStringLiteral("confirm"),
                                             QJsonObject{{QStringLiteral("method"), how},
                                                         {QStringLiteral("purpose"), purpose}}));
    if (ok)
        return member;
    if (member.lockedUntil.isValid())
        return lockedOut(member, clock.nowUtc());
    return wrongCredentials();
}

Status AuthService::recordLock(const ServiceContext& ctx, const QString& staffId,
                               const QString& reason)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    return appendInOwnTransaction(
        db, {clock.nowUtc(), staffId, QStringLiteral("lock"), QStringLiteral("staff"), staffId,
             QJsonObject{{QStringLiteral("reason"), reason}}});
}

Status AuthService::recordLogout(const ServiceContext& ctx, const QString& staffId,
                                 const QString& reason)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    return appendInOwnTransaction(
        db, {clock.nowUtc(), staffId, QStringLiteral("logout"), QStringLiteral("staff"), staffId,
             QJsonObject{{QStringLiteral("reason"), reason}}});
}

}  // namespace vax
