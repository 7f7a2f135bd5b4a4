#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

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
};

class StaffRepository {
public:
    // Validates, hashes the password (slow) and inserts; call inside a write transaction.
    static Result<StaffMember> insert(Database& db, const Clock& clock, const NewStaff& staff,
                                      const QString& actor);
    static Result<std::optional<StaffCredentials>> findByUsername(Database& db,
                                                                  const QString& username);
    static Result<int> count(Database& db);
};

}  // namespace vax
