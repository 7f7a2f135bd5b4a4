#pragma once

#include "common/result.h"
#include "security/staff.h"

namespace vax {

class Clock;
class Database;

inline constexpr int kMaxFailedLogins = 5;
inline constexpr int kLockoutMinutes = 15;

// How a locked session is unlocked: the staff member's short PIN or their password.
enum class UnlockMethod { Pin, Password };

// Login in three steps so the GUI can run the slow hash check off its thread:
// begin (read the account, refuse locked/disabled ones) → verifyPassword → finish (record it).
// Unlocking one's own locked session works the same way, by staff id, with the PIN or the
// password; wrong PINs count toward the same lockout as wrong passwords.
class AuthService {
public:
    static Result<StaffCredentials> beginLogin(Database& db, const Clock& clock,
                                               const QString& username);
    static Result<StaffMember> finishLogin(Database& db, const Clock& clock,
                                           const StaffCredentials& account, bool passwordOk);
    // All three steps on the calling thread (vaxctl, tests).
    static Result<StaffMember> login(Database& db, const Clock& clock, const QString& username,
                                     const QString& password);

    static Result<StaffCredentials> beginUnlock(Database& db, const Clock& clock,
                                                const QString& staffId);
    // A PIN when the account has one and `secret` is 4 to 6 digits (a password never is),
    // otherwise the password.
    static UnlockMethod unlockMethodFor(const StaffCredentials& account, const QString& secret);
    // The slow Argon2id check; safe on any thread.
    static bool verifyUnlock(const StaffCredentials& account, const QString& secret);
    // Records the attempt (audit "unlock" or "unlock.failed"). A failure that reaches the
    // lockout returns AccountLocked: the session must end.
    static Result<StaffMember> finishUnlock(Database& db, const Clock& clock,
                                            const StaffCredentials& account, UnlockMethod method,
                                            bool ok);
    static Result<StaffMember> unlock(Database& db, const Clock& clock, const QString& staffId,
                                      const QString& secret);

    // A staff member confirms who they are for one act at someone else's desk (a doctor lifting
    // a contraindication): begin with beginLogin (by username), check the password or PIN with
    // verifyUnlock (slow; any thread), then finishConfirm, which counts a failure toward the same
    // lockout as a login and writes audit "confirm" / "confirm.failed" with `purpose`.
    static Result<StaffMember> finishConfirm(Database& db, const Clock& clock,
                                             const StaffCredentials& account, UnlockMethod method,
                                             bool ok, const QString& purpose);

    // Audit rows for the session: "lock" (reason idle or manual) and "logout" (sign out or
    // switch user).
    static Status recordLock(Database& db, const Clock& clock, const QString& staffId,
                             const QString& reason);
    static Status recordLogout(Database& db, const Clock& clock, const QString& staffId,
                               const QString& reason);
};

}  // namespace vax
