#include "security/userservice.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "common/clock.h"
#include "security/password.h"
#include "security/permissions.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct UserText {
    Q_DECLARE_TR_FUNCTIONS(UserService)
};

Result<StaffCredentials> loadTarget(Database& db, const QString& staffId)
{
    VAX_TRY_VALUE(auto found, StaffRepository::credentialsById(db, staffId));
    if (!found.has_value())
        return makeError(ErrorCode::NotFound,
                         UserText::tr("Staff member: no account with this id; refresh the list "
                                      "and choose again."),
                         QStringLiteral("user"));
    return *found;
}

Status audit(Database& db, const Clock& clock, const QString& actorId, const QString& action,
             const StaffMember& target, QJsonObject detail = {})
{
    detail.insert(QStringLiteral("username"), target.username);
    return AuditLog::append(
        db, {clock.nowUtc(), actorId, action, QStringLiteral("staff"), target.id, detail});
}

// Inside the transaction: refuses to leave the site without an active administrator.
Status keepOneAdmin(Database& db, const StaffMember& target)
{
    if (target.disabled || !target.hasRole(Role::SiteAdmin))
        return {};
    VAX_TRY_VALUE(auto admins, StaffRepository::activeAdminCount(db));
    if (admins <= 1) {
        return makeError(ErrorCode::LastSiteAdmin,
                         UserText::tr("%1 is the last active site administrator. Give another "
                                      "staff member the site_admin role first.")
                             .arg(target.username),
                         QStringLiteral("user"));
    }
    return {};
}
}  // namespace

Result<StaffMember> UserService::add(const ServiceContext& ctx, const NewStaff& staff)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actorId = ctx.actorId;
    VAX_TRY(requirePermission(db, actorId, Permission::ManageUsers));
    VAX_TRY(StaffRepository::validate(staff));
    // Hash before BEGIN IMMEDIATE: the write lock is not held for the slow part.
    VAX_TRY_VALUE(auto hash, hashPassword(staff.password));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY_VALUE(auto member, StaffRepository::insert(db, clock, staff, actorId, hash));
    VAX_TRY(tx.commit());
    return member;
}

Result<std::vector<StaffMember>> UserService::list(Database& db, const QString& actorId)
{
    VAX_TRY(requirePermission(db, actorId, Permission::ManageUsers));
    return StaffRepository::list(db);
}

Status UserService::changePassword(const ServiceContext& ctx, const QString& staffId,
                                   const QString& oldPassword, const QString& newPassword)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actorId = ctx.actorId;
    const bool own = actorId == staffId;
    VAX_TRY_VALUE(auto target, loadTarget(db, staffId));
    bool reset = false;
    if (auto admin = requirePermission(db, actorId, Permission::ManageUsers); admin) {
        reset = !own;
    } else if (!own) {
        return admin.error();
    }
    if (own && !reset) {
        VAX_TRY_VALUE(auto self, StaffRepository::findById(db, actorId));
        if (!self.has_value() || self->disabled)
            return makeError(ErrorCode::AccountDisabled,
                             UserText::tr("The account is disabled; ask the site administrator."),
                             QStringLiteral("user"));
        // Also for administrators changing their own: whoever sits at an unlocked desk must
        // not be able to take the account over.
        if (!verifyPassword(target.passwordHash, oldPassword))
            return makeError(ErrorCode::LoginFailed,
                             UserText::tr("Current password: it is wrong. Type the password you "
                                          "signed in with."),
                             QStringLiteral("old-password"));
    }
    VAX_TRY(checkPasswordStrength(newPassword, QStringLiteral("new-password")));
    VAX_TRY_VALUE(auto hash, hashPassword(newPassword));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(StaffRepository::setPasswordHash(db, staffId, hash));
    VAX_TRY(audit(db, clock, actorId,
                  reset ? QStringLiteral("user.password_reset") : QStringLiteral("user.password"),
                  target.member));
    return tx.commit();
}

Status UserService::setDisabled(const ServiceContext& ctx, const QString& staffId, bool disabled)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actorId = ctx.actorId;
    VAX_TRY(requirePermission(db, actorId, Permission::ManageUsers));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY_VALUE(auto target, loadTarget(db, staffId));
    if (disabled)
        VAX_TRY(keepOneAdmin(db, target.member));
    VAX_TRY(StaffRepository::setDisabled(db, staffId, disabled));
    VAX_TRY(audit(db, clock, actorId,
                  disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
                  target.member));
    return tx.commit();
}

Result<StaffMember> UserService::setRoles(const ServiceContext& ctx, const QString& staffId,
                                          Roles roles)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actorId = ctx.actorId;
    VAX_TRY(requirePermission(db, actorId, Permission::ManageUsers));
    if (!roles)
        return makeError(ErrorCode::InvalidArgument,
                         UserText::tr("Roles: give at least one role (registrar, vaccinator, "
                                      "doctor, stock_keeper, site_admin)."),
                         QStringLiteral("roles"));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY_VALUE(auto target, loadTarget(db, staffId));
    if (!roles.testFlag(Role::SiteAdmin))
        VAX_TRY(keepOneAdmin(db, target.member));
    VAX_TRY(StaffRepository::setRoles(db, staffId, roles));
    VAX_TRY(
        audit(db, clock, actorId, QStringLiteral("user.roles"), target.member,
              {{QStringLiteral("from"), QJsonArray::fromStringList(roleNames(target.member.roles))},
               {QStringLiteral("to"), QJsonArray::fromStringList(roleNames(roles))}}));
    VAX_TRY(tx.commit());
    StaffMember updated = target.member;
    updated.roles = roles;
    return updated;
}

Status UserService::setPin(const ServiceContext& ctx, const QString& staffId, const QString& pin,
                           const QString& password)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actorId = ctx.actorId;
    VAX_TRY_VALUE(auto target, loadTarget(db, staffId));
    const bool own = actorId == staffId;
    if (pin.isEmpty() && !own) {
        // Clearing someone else's PIN (e.g. they forgot it) is an administrator's job.
        VAX_TRY(requirePermission(db, actorId, Permission::ManageUsers));
    } else {
        if (!own)
            return makeError(ErrorCode::PermissionDenied,
                             UserText::tr("PIN: only %1 can set their own PIN. An administrator "
                                          "can clear it.")
                                 .arg(target.member.username),
                             QStringLiteral("pin"));
        if (target.member.disabled)
            return makeError(ErrorCode::AccountDisabled,
                             UserText::tr("The account is disabled; ask the site administrator."),
                             QStringLiteral("user"));
        if (!pin.isEmpty())
            VAX_TRY(checkPinFormat(pin, QStringLiteral("pin")));
        if (!verifyPassword(target.passwordHash, password))
            return makeError(ErrorCode::LoginFailed,
                             UserText::tr("Password: it is wrong. Confirm the PIN with the "
                                          "password you sign in with."),
                             QStringLiteral("password"));
    }
    QString hash;
    if (!pin.isEmpty()) {
        VAX_TRY_VALUE(auto h, hashPassword(pin));
        hash = h;
    }
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(StaffRepository::setPinHash(db, staffId, hash));
    VAX_TRY(audit(db, clock, actorId,
                  pin.isEmpty() ? QStringLiteral("user.pin_clear") : QStringLiteral("user.pin"),
                  target.member));
    return tx.commit();
}

}  // namespace vax
