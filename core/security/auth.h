#pragma once

#include <QDateTime>
#include <QStringList>

#include "common/result.h"
#include "security/staff.h"
#include "site/servicecontext.h"

namespace vax {

class Clock;
class Database;

inline constexpr int kMaxFailedLogins = 5;
inline constexpr int kLockoutMinutes = 15;

// How a locked session is unlocked: the staff member's short PIN or their password.
enum class UnlockMethod { Pin, Password };

// Proof that a doctor typed their own password or PIN at the desk a moment ago, for the
// override of `findings` for one visit. Only AuthService makes one, after the Argon2id check and
// with an audit row "override.auth" naming its id; AdministrationService::administer checks that
// row, the doctor's account and the proof's age again inside its transaction, and accepts a proof
// once.
class OverrideApproval {
public:
    const QString& id() const { return m_id; }
    const StaffMember& doctor() const { return m_doctor; }
    UnlockMethod method() const { return m_method; }
    const QDateTime& checkedAt() const { return m_checkedAt; }
    const QString& visitId() const { return m_visitId; }
    const QStringList& findings() const { return m_findings; }

private:
    friend class AuthService;
    OverrideApproval() = default;
    QString m_id;
    StaffMember m_doctor;
    UnlockMethod m_method = UnlockMethod::Password;
    QDateTime m_checkedAt;
    QString m_visitId;
    QStringList m_findings;
};

// How long an approval stays good: the doctor confirms at the desk, the nurse gives the dose.
inline constexpr int kOverrideApprovalMinutes = 10;

// Login in three steps so the GUI can run the slow hash check off its thread:
// begin (read the account, refuse locked/disabled ones) → verifyPassword → finish (record it).
// Unlocking one's own locked session works the same way, by staff id, with the PIN or the
// password; wrong PINs count toward the same lockout as wrong passwords.
// Every step names the person authenticating (username, staff id or account) itself and ignores
// ctx.actorId: at login nobody acts yet, and an override is approved by a doctor while the
// nurse who asked may be the one signed in.
class AuthService {
public:
    static Result<StaffCredentials> beginLogin(const ServiceContext& ctx, const QString& username);
    static Result<StaffMember> finishLogin(const ServiceContext& ctx,
                                           const StaffCredentials& account, bool passwordOk);
    // All three steps on the calling thread (vaxctl, tests).
    static Result<StaffMember> login(const ServiceContext& ctx, const QString& username,
                                     const QString& password);

    static Result<StaffCredentials> beginUnlock(const ServiceContext& ctx, const QString& staffId);
    // A PIN when the account has one and `secret` is 4 to 6 digits (a password never is),
    // otherwise the password.
    static UnlockMethod unlockMethodFor(const StaffCredentials& account, const QString& secret);
    // The slow Argon2id check; safe on any thread.
    static bool verifyUnlock(const StaffCredentials& account, const QString& secret);
    // Records the attempt (audit "unlock" or "unlock.failed"). A failure that reaches the
    // lockout returns AccountLocked: the session must end.
    static Result<StaffMember> finishUnlock(const ServiceContext& ctx,
                                            const StaffCredentials& account, UnlockMethod method,
                                            bool ok);
    static Result<StaffMember> unlock(const ServiceContext& ctx, const QString& staffId,
                                      const QString& secret);

    // A doctor approves a checklist override on the spot, with their own username and password
    // or PIN, in the same three steps: begin refuses an unknown, disabled or locked account and
    // one without Permission::OverrideChecklist (audit "override.auth_refused"); the slow check
    // is verifyUnlock(); finish counts a failure toward that doctor's lockout like a wrong login
    // (audit "override.auth_failed") or returns the approval (audit "override.auth").
    static Result<StaffCredentials> beginOverride(const ServiceContext& ctx,
                                                  const QString& username);
    static Result<OverrideApproval> finishOverride(const ServiceContext& ctx,
                                                   const StaffCredentials& account,
                                                   UnlockMethod method, bool ok,
                                                   const QString& visitId,
                                                   const QStringList& findings);
    // All three steps on the calling thread (vaxctl, tests).
    static Result<OverrideApproval> approveOverride(const ServiceContext& ctx,
                                                    const QString& username, const QString& secret,
                                                    const QString& visitId,
                                                    const QStringList& findings);
    // A staff member confirms who they are for one act at someone else's desk (a doctor lifting
    // a contraindication): begin with beginLogin (by username), check the password or PIN with
    // verifyUnlock (slow; any thread), then finishConfirm, which counts a failure toward the same
    // lockout as a login and writes audit "confirm" / "confirm.failed" with `purpose`.
    static Result<StaffMember> finishConfirm(const ServiceContext& ctx,
                                             const StaffCredentials& account, UnlockMethod method,
                                             bool ok, const QString& purpose);

    // Audit rows for the session: "lock" (reason idle or manual) and "logout" (sign out or
    // switch user).
    static Status recordLock(const ServiceContext& ctx, const QString& staffId,
                             const QString& reason);
    static Status recordLogout(const ServiceContext& ctx, const QString& staffId,
                               const QString& reason);

private:
    // "Wrong PIN/password, N tries left" or, at the limit, the lockout.
    static Error wrongSecret(const StaffMember& member, UnlockMethod method, const QDateTime& now);
};

}  // namespace vax
