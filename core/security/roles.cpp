#include "security/roles.h"

#include <QCoreApplication>

namespace vax {

namespace {
struct RoleText {
    Q_DECLARE_TR_FUNCTIONS(Role)
};
}  // namespace

QString roleName(Role role)
{
    switch (role) {
        case Role::Registrar:
            return QStringLiteral("registrar");
        case Role::Vaccinator:
            return QStringLiteral("vaccinator");
        case Role::Doctor:
            return QStringLiteral("doctor");
        case Role::StockKeeper:
            return QStringLiteral("stock_keeper");
        case Role::SiteAdmin:
            return QStringLiteral("site_admin");
    }
    return {};
}

QString roleDisplayName(Role role)
{
    switch (role) {
        case Role::Registrar:
            return RoleText::tr("Registrar");
        case Role::Vaccinator:
            return RoleText::tr("Vaccinator");
        case Role::Doctor:
            return RoleText::tr("Doctor");
        case Role::StockKeeper:
            return RoleText::tr("Stock keeper");
        case Role::SiteAdmin:
            return RoleText::tr("Site administrator");
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (Role r : kAllRoles)
        if (roleName(r) == name.trimmed())
            return r;
    return std::nullopt;
}

QStringList roleNames(Roles roles)
{
    QStringList names;
    for (Role r : kAllRoles)
        if (roles.testFlag(r))
            names << roleName(r);
    return names;
}

std::optional<Roles> rolesFromNames(const QString& commaList)
{
    Roles roles;
    for (const QString& part : commaList.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto r = roleFromName(part);
        if (!r)
            return std::nullopt;
        roles |= *r;
    }
    return roles;
}

}  // namespace vax
