#include "security/permissions.h"

#include <QCoreApplication>

namespace vax {

namespace {
struct PermissionText {
    Q_DECLARE_TR_FUNCTIONS(Permission)
};
}  // namespace

Roles rolesAllowed(Permission permission)
{
    switch (permission) {
        case Permission::CheckIn:
            return Roles(Role::Registrar) | Role::Doctor;
        case Permission::Administer:
        case Permission::CallNext:
            return Roles(Role::Vaccinator);
        case Permission::OverrideChecklist:
        case Permission::ManageContraindications:
            return Roles(Role::Doctor);
        case Permission::CorrectDose:
            return Roles(Role::Doctor) | Role::SiteAdmin;
        case Permission::ReceiveStock:
        case Permission::CountStock:
        case Permission::TransferStock:
            return Roles(Role::StockKeeper);
        case Permission::WasteStock:
        case Permission::RecordTemperature:
            return Roles(Role::StockKeeper) | Role::Vaccinator;
        case Permission::ManageFridges:
            return Roles(Role::StockKeeper) | Role::SiteAdmin;
        case Permission::ReleaseQuarantine:
        case Permission::Export:
        case Permission::Backup:
        case Permission::ManageUsers:
        case Permission::ChangeSettings:
        case Permission::ResolveSiteConflicts:
            return Roles(Role::SiteAdmin);
        case Permission::RecordDeparture: {
            Roles all;
            for (Role r : kAllRoles)
                all |= r;
            return all;
        }
        case Permission::RecordAdverseEvent:
            return Roles(Role::Doctor) | Role::Vaccinator;
        case Permission::IssueCertificate:
            return Roles(Role::Registrar) | Role::Vaccinator | Role::Doctor;
    }
    return {};
}

bool allows(Roles roles, Permission permission)
{
    return (roles & rolesAllowed(permission)) != Roles();
}

QString permissionName(Permission permission)
{
    switch (permission) {
        case Permission::CheckIn:
            return QStringLiteral("check_in");
        case Permission::Administer:
            return QStringLiteral("administer");
        case Permission::OverrideChecklist:
            return QStringLiteral("override_checklist");
        case Permission::CorrectDose:
            return QStringLiteral("correct_dose");
        case Permission::ReceiveStock:
            return QStringLiteral("receive_stock");
        case Permission::WasteStock:
            return QStringLiteral("waste_stock");
        case Permission::CountStock:
            return QStringLiteral("count_stock");
        case Permission::RecordTemperature:
            return QStringLiteral("record_temperature");
        case Permission::ManageFridges:
            return QStringLiteral("manage_fridges");
        case Permission::ReleaseQuarantine:
            return QStringLiteral("release_quarantine");
        case Permission::Export:
            return QStringLiteral("export");
        case Permission::Backup:
            return QStringLiteral("backup");
        case Permission::ManageUsers:
            return QStringLiteral("manage_users");
        case Permission::ChangeSettings:
            return QStringLiteral("change_settings");
        case Permission::RecordDeparture:
            return QStringLiteral("record_departure");
        case Permission::RecordAdverseEvent:
            return QStringLiteral("record_adverse_event");
        case Permission::IssueCertificate:
            return QStringLiteral("issue_certificate");
        case Permission::CallNext:
            return QStringLiteral("call_next");
        case Permission::TransferStock:
            return QStringLiteral("transfer_stock");
        case Permission::ManageContraindications:
            return QStringLiteral("manage_contraindications");
        case Permission::ResolveSiteConflicts:
            return QStringLiteral("resolve_site_conflicts");
    }
    return {};
}

QString permissionDescription(Permission permission)
{
    switch (permission) {
        case Permission::CheckIn:
            return PermissionText::tr("check people in");
        case Permission::Administer:
            return PermissionText::tr("give doses and open vials");
        case Permission::OverrideChecklist:
            return PermissionText::tr("override a checklist item");
        case Permission::CorrectDose:
            return PermissionText::tr("correct a recorded dose");
        case Permission::ReceiveStock:
            return PermissionText::tr("receive vaccine lots");
        case Permission::WasteStock:
            return PermissionText::tr("book wasted doses");
        case Permission::CountStock:
            return PermissionText::tr("count stock and close the day's vials");
        case Permission::RecordTemperature:
            return PermissionText::tr("record fridge temperatures");
        case Permission::ManageFridges:
            return PermissionText::tr("add fridges");
        case Permission::ReleaseQuarantine:
            return PermissionText::tr("release or discard quarantined lots");
        case Permission::Export:
            return PermissionText::tr("export data to the district");
        case Permission::Backup:
            return PermissionText::tr("back up the database");
        case Permission::ManageUsers:
            return PermissionText::tr("manage staff accounts");
        case Permission::ChangeSettings:
            return PermissionText::tr("change site settings");
        case Permission::RecordDeparture:
            return PermissionText::tr("record departures from the observation area");
        case Permission::RecordAdverseEvent:
            return PermissionText::tr("record adverse events and referrals");
        case Permission::IssueCertificate:
            return PermissionText::tr("issue vaccination certificates");
        case Permission::CallNext:
            return PermissionText::tr("call the next person to the desk");
        case Permission::TransferStock:
            return PermissionText::tr("move doses between fridges");
        case Permission::ManageContraindications:
            return PermissionText::tr("add or lift a person's contraindications");
        case Permission::ResolveSiteConflicts:
            return PermissionText::tr("resolve the site's conflicts");
    }
    return {};
}

Result<StaffMember> requirePermission(Database& db, const QString& staffId, Permission permission)
{
    VAX_TRY_VALUE(auto found, StaffRepository::findById(db, staffId));
    if (!found.has_value() || found->disabled) {
        return makeError(ErrorCode::PermissionDenied,
                         PermissionText::tr("Actor: no active staff member is signed in to %1. "
                                            "Sign in with your own account and try again.")
                             .arg(permissionDescription(permission)),
                         QStringLiteral("actor"));
    }
    const StaffMember& member = *found;
    if (!allows(member.roles, permission)) {
        QStringList allowed;
        for (Role r : kAllRoles)
            if (rolesAllowed(permission).testFlag(r))
                allowed << roleDisplayName(r);
        return makeError(ErrorCode::PermissionDenied,
                         PermissionText::tr("%1 may not %2: that needs the role %3. Ask a "
                                            "colleague with that role, or the site administrator.")
                             .arg(member.displayName, permissionDescription(permission),
                                  allowed.join(PermissionText::tr(" or "))),
                         QStringLiteral("actor"));
    }
    return member;
}

}  // namespace vax
