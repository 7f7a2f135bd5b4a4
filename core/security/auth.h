#pragma once

#include "common/result.h"
#include "security/staff.h"

namespace vax {

class Clock;
class Database;

inline constexpr int kMaxFailedLogins = 5;
inline constexpr int kLockoutMinutes = 15;

// Login in three steps so the GUI can run the slow hash check off its thread:
// begin (read the account, refuse locked/disabled ones) → verifyPassword → finish (record it).
class AuthService {
public:
    static Result<StaffCredentials> beginLogin(Database& db, const Clock& clock,
                                               const QString& username);
    static Result<StaffMember> finishLogin(Database& db, const Clock& clock,
                                           const StaffCredentials& account, bool passwordOk);
    // All three steps on the calling thread (vaxctl, tests).
    static Result<StaffMember> login(Database& db, const Clock& clock, const QString& username,
                                     const QString& password);
};

}  // namespace vax
