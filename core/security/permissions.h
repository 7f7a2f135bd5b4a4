#pragma once

#include <QString>

#include "common/result.h"
#include "security/roles.h"
#include "security/staff.h"

namespace vax {

class Database;

// What a staff member may do. Services call requirePermission() at their start, so hiding a
// button is never the only guard. One person may hold several roles; a permission is granted
// when any of them allows it. The table (rolesAllowed) is the single place that says who may do
// what, and docs/privacy.md repeats it.
enum class Permission {
    CheckIn,             // register, screen, consent, queue: registrar, doctor
    Administer,          // give a dose, open and draw from a vial: vaccinator
    OverrideChecklist,   // override a checklist item with a reason: doctor
    CorrectDose,         // mark a dose entered-in-error: doctor, site admin
    ReceiveStock,        // receive lots: stock keeper
    WasteStock,          // book wasted doses: stock keeper, vaccinator (a vial broken at the desk)
    CountStock,          // daily count, end-of-day vial close: stock keeper
    RecordTemperature,   // fridge readings and logger imports: stock keeper, vaccinator
    ManageFridges,       // add fridges: stock keeper, site admin
    ReleaseQuarantine,   // release or discard quarantined lots: site admin (the supervisor)
    Export,              // the export bundle to the district, day close: site admin
    Backup,              // back up now, copy backups elsewhere: site admin
    ManageUsers,         // add, disable, reset passwords, roles: site admin
    ChangeSettings,      // site settings (idle lock, session end, keys): site admin
    RecordDeparture,     // mark a person's departure from observation (or early leave): any staff
    RecordAdverseEvent,  // record an adverse event, refer a person: doctor, vaccinator
    IssueCertificate,    // issue (print) a vaccination certificate: registrar, vaccinator, doctor
    CallNext,            // call the next waiting person to a desk: vaccinator
    TransferStock,       // move doses of a lot between fridges: stock keeper
    ManageContraindications,  // add or lift a person's contraindication / precaution: doctor
    ResolveSiteConflicts,     // close a site conflict after review, with a note: site admin
};

inline const Permission kAllPermissions[] = {
    Permission::CheckIn,
    Permission::Administer,
    Permission::OverrideChecklist,
    Permission::CorrectDose,
    Permission::ReceiveStock,
    Permission::WasteStock,
    Permission::CountStock,
    Permission::RecordTemperature,
    Permission::ManageFridges,
    Permission::ReleaseQuarantine,
    Permission::Export,
    Permission::Backup,
    Permission::ManageUsers,
    Permission::ChangeSettings,
    Permission::RecordDeparture,
    Permission::RecordAdverseEvent,
    Permission::IssueCertificate,
    Permission::CallNext,
    Permission::TransferStock,
    Permission::ManageContraindications,
    Permission::ResolveSiteConflicts,
};

// The roles that grant a permission.
Roles rolesAllowed(Permission permission);
bool allows(Roles roles, Permission permission);
// Stable name, e.g. "release_quarantine" (JSON, audit details).
QString permissionName(Permission permission);
// What it means, translated, e.g. "release or discard quarantined lots".
QString permissionDescription(Permission permission);

// Loads the staff member `staffId` and refuses (PermissionDenied, field "actor") an unknown or
// disabled account or one whose roles do not grant `permission`. The message names what was
// refused and which roles may do it. Returns the member, so the caller can name them.
Result<StaffMember> requirePermission(Database& db, const QString& staffId, Permission permission);

}  // namespace vax
