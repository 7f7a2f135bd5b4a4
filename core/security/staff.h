#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

#include "common/result.h"
#include "security/roles.h"

namespace vax {

class Clock;
class Database;

struct StaffMember {
    QString id;
    QString username;
    QString displayName;
    Roles roles;
    bool disabled = false;
    int failedLogins = 0;
    QDateTime lockedUntil;  // invalid when not locked
    bool hasPin = false;
    bool hasRole(Role r) const { return roles.testFlag(r); }
};

struct NewStaff {
    QString username;
    QString displayName;
    QString password;
    Roles roles;
};

// Stored credentials, read quickly on the GUI thread; the slow hash check runs elsewhere.
struct StaffCredentials {
    StaffMember member;
    QString passwordHash;
    QString pinHash;  // empty when no PIN is set
};

// The staff table: its SQL, its rows (mapped by column name) and its changes. Writers run
// inside the caller's WriteTransaction; services (UserService, AuthService) check permissions
// and write the audit rows of the changes below.
class StaffRepository {
public:
    // Checks username, name, roles and password strength (fast; writes nothing).
    static Status validate(const NewStaff& staff);
    // Validates, hashes the password (slow; or takes `passwordHash` made before the transaction)
    // and inserts; call inside a write transaction.
    static Result<StaffMember> insert(Database& db, const Clock& clock, const NewStaff& staff,
                                      const QString& actor, const QString& passwordHash = {});
    static Result<std::optional<StaffCredentials>> findByUsername(Database& db,
                                                                  const QString& username);
    static Result<std::optional<StaffMember>> findById(Database& db, const QString& id);
    static Result<std::optional<StaffCredentials>> credentialsById(Database& db, const QString& id);
    // Everyone, by username.
    static Result<std::vector<StaffMember>> list(Database& db);
    static Result<int> count(Database& db);
    // Active (not disabled) site administrators.
    static Result<int> activeAdminCount(Database& db);
    // The failed sign-ins counted now (nullopt when there is no such account).
    static Result<std::optional<int>> failedLogins(Database& db, const QString& id);
    // The result of a sign-in attempt: the failures counted and the lock (invalid: none).
    static Status setLoginState(Database& db, const QString& id, int failures,
                                const QDateTime& lockedUntil);
    // A new password hash; clears the failures and the lock.
    static Status setPasswordHash(Database& db, const QString& id, const QString& hash);
    // Disables the account, or enables it again with the failures and the lock cleared.
    static Status setDisabled(Database& db, const QString& id, bool disabled);
    static Status setRoles(Database& db, const QString& id, Roles roles);
    // A new PIN hash; an empty hash clears the PIN.
    static Status setPinHash(Database& db, const QString& id, const QString& hash);
};

}  // namespace vax
