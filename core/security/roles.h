#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

namespace vax {

enum class Role {
    Registrar = 0x1,
    Vaccinator = 0x2,
    Doctor = 0x4,
    StockKeeper = 0x8,
    SiteAdmin = 0x10,
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

// Stable names, as stored and as typed on the command line: registrar, vaccinator, doctor,
// stock_keeper, site_admin.
QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);
QStringList roleNames(Roles roles);
// Parses "vaccinator,doctor"; nullopt when a name is unknown.
std::optional<Roles> rolesFromNames(const QString& commaList);
QString roleDisplayName(Role role);
inline const Role kAllRoles[] = {Role::Registrar, Role::Vaccinator, Role::Doctor, Role::StockKeeper,
                                 Role::SiteAdmin};

}  // namespace vax
