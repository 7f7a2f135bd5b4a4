#pragma once

#include <QString>

#include <vector>

#include "common/result.h"
#include "security/staff.h"
#include "site/servicecontext.h"

namespace vax {

class Clock;
class Database;

// Staff accounts: add, passwords, PINs, roles, disable. Every call names the acting staff member
// (`actorId`), checks their permission first and writes one audit row in the same transaction.
// Hashing is slow (Argon2id): the GUI calls these on a worker thread with its own connection.
class UserService {
public:
    // Site administrators only.
    static Result<StaffMember> add(const ServiceContext& ctx, const NewStaff& staff);
    static Result<std::vector<StaffMember>> list(Database& db, const QString& actorId);
    // One's own password with the current one (`oldPassword`), or anyone's as a site
    // administrator (a reset: `oldPassword` is ignored). Clears a lockout.
    static Status changePassword(const ServiceContext& ctx, const QString& staffId,
                                 const QString& oldPassword, const QString& newPassword);
    // Disables (or enables again) an account; the last active site administrator cannot be
    // disabled. Enabling clears a lockout.
    static Status setDisabled(const ServiceContext& ctx, const QString& staffId, bool disabled);
    // Replaces the roles; the last active site administrator keeps site_admin.
    static Result<StaffMember> setRoles(const ServiceContext& ctx, const QString& staffId,
                                        Roles roles);
    // Sets one's own unlock PIN (4–6 digits, confirmed with the current password), or — as a site
    // administrator — clears someone's PIN with an empty `pin`.
    static Status setPin(const ServiceContext& ctx, const QString& staffId, const QString& pin,
                         const QString& password);
};

}  // namespace vax
