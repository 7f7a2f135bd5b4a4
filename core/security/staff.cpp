#include "security/staff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include "common/clock.h"
#include "common/ids.h"
#include "common/inputpolicy.h"
#include "security/password.h"
#include "storage/audit.h"
#include "storage/database.h"

namespace vax {

namespace {
struct StaffText {
    Q_DECLARE_TR_FUNCTIONS(Staff)
};

StaffMember readMember(const Query& q)
{
    StaffMember m;
    m.id = q.value(QStringLiteral("id")).toString();
    m.username = q.value(QStringLiteral("username")).toString();
    m.displayName = q.value(QStringLiteral("display_name")).toString();
    m.roles = rolesFromNames(q.value(QStringLiteral("roles")).toString()).value_or(Roles());
    m.disabled = q.value(QStringLiteral("disabled")).toInt() != 0;
    m.failedLogins = q.value(QStringLiteral("failed_logins")).toInt();
    m.lockedUntil =
        QDateTime::fromString(q.value(QStringLiteral("locked_until")).toString(), Qt::ISODate);
    m.hasPin = !q.value(QStringLiteral("pin_hash")).toString().isEmpty();
    return m;
}

// The columns readMember and the credentials read.
const QString kColumns = QStringLiteral(
    "id, username, display_name, roles, disabled, "
    "failed_logins, locked_until, password_hash, pin_hash");

Status done(const Result<Query>& q)
{
    if (!q)
        return q.error();
    return {};
}

// The statements are built once: a check of the acting user runs before every write.
const QString kByUsername = QStringLiteral("SELECT %1 FROM staff WHERE username = ?").arg(kColumns);
const QString kById = QStringLiteral("SELECT %1 FROM staff WHERE id = ?").arg(kColumns);

Result<std::optional<StaffCredentials>> findOne(Database& db, const QString& sql,
                                                const QString& value)
{
    VAX_TRY_VALUE(auto q, db.exec(sql, {value}));
    if (!q.next())
        return std::optional<StaffCredentials>();
    return std::optional<StaffCredentials>(
        StaffCredentials{readMember(q), q.value(QStringLiteral("password_hash")).toString(),
                         q.value(QStringLiteral("pin_hash")).toString()});
}
}  // namespace

Status StaffRepository::validate(const NewStaff& staff)
{
    static const QRegularExpression userRe(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!userRe.match(staff.username).hasMatch()) {
        return makeError(ErrorCode::InvalidArgument,
                         StaffText::tr("Username: use 2 to 32 letters, digits, dots, dashes or "
                                       "underscores."),
                         QStringLiteral("username"));
    }
    if (staff.displayName.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         StaffText::tr("Name: enter the person's full name as it should appear on "
                                       "records."),
                         QStringLiteral("name"));
    }
    VAX_TRY(input::checkText(staff.displayName.trimmed(), QStringLiteral("name"),
                             StaffText::tr("Name"), input::kPersonName));
    if (!staff.roles) {
        return makeError(ErrorCode::InvalidArgument,
                         StaffText::tr("Roles: give at least one role (registrar, vaccinator, "
                                       "doctor, stock_keeper, site_admin)."),
                         QStringLiteral("roles"));
    }
    VAX_TRY(checkPasswordStrength(staff.password, QStringLiteral("password")));
    return {};
}

Result<StaffMember> StaffRepository::insert(Database& db, const Clock& clock, const NewStaff& staff,
                                            const QString& actor, const QString& passwordHash)
{
    VAX_TRY(validate(staff));
    VAX_TRY_VALUE(auto existing, findByUsername(db, staff.username));
    if (existing.has_value()) {
        return makeError(
            ErrorCode::AlreadyExists,
            StaffText::tr("Username: \"%1\" is taken; choose another.").arg(staff.username),
            QStringLiteral("username"));
    }
    VAX_TRY_VALUE(auto hash, passwordHash.isEmpty() ? hashPassword(staff.password)
                                                    : Result<QString>(passwordHash));
    StaffMember m;
    m.id = newId();
    m.username = staff.username;
    m.displayName = staff.displayName.trimmed();
    m.roles = staff.roles;
    const QString now = clock.nowUtc().toString(Qt::ISODateWithMs);
    VAX_TRY(db.exec(QStringLiteral("INSERT INTO staff(id, username, display_name, password_hash, "
                                   "roles, created_at, created_by) VALUES(?,?,?,?,?,?,?)"),
                    {m.id, m.username, m.displayName, hash,
                     roleNames(m.roles).join(QLatin1Char(',')), now, actor}));
    QJsonObject detail{{QStringLiteral("username"), m.username},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(m.roles))}};
    VAX_TRY(AuditLog::append(db, {clock.nowUtc(), actor, QStringLiteral("user.add"),
                                  QStringLiteral("staff"), m.id, detail}));
    return m;
}

Result<std::optional<StaffCredentials>> StaffRepository::findByUsername(Database& db,
                                                                        const QString& username)
{
    return findOne(db, kByUsername, username.trimmed());
}

Result<std::optional<StaffCredentials>> StaffRepository::credentialsById(Database& db,
                                                                         const QString& id)
{
    return findOne(db, kById, id);
}

Result<std::optional<StaffMember>> StaffRepository::findById(Database& db, const QString& id)
{
    VAX_TRY_VALUE(auto found, credentialsById(db, id));
    if (!found.has_value())
        return std::optional<StaffMember>();
    return std::optional<StaffMember>(found->member);
}

Result<std::vector<StaffMember>> StaffRepository::list(Database& db)
{
    VAX_TRY_VALUE(auto q,
                  db.exec(QStringLiteral("SELECT %1 FROM staff ORDER BY username").arg(kColumns)));
    std::vector<StaffMember> all;
    while (q.next())
        all.push_back(readMember(q));
    return all;
}

Result<int> StaffRepository::activeAdminCount(Database& db)
{
    VAX_TRY_VALUE(auto all, list(db));
    // A member pulled from another desk has no login here: not an administrator who can sign
    // in at this desk, so disabling the last local one stays refused.
    VAX_TRY_VALUE(auto q, db.exec(QStringLiteral("SELECT id FROM staff WHERE password_hash = ?"),
                                  {noLoginHash()}));
    QSet<QString> noLogin;
    while (q.next())
        noLogin.insert(q.value(0).toString());
    int n = 0;
    for (const StaffMember& m : all)
        n += (!m.disabled && m.hasRole(Role::SiteAdmin) && !noLogin.contains(m.id)) ? 1 : 0;
    return n;
}

Result<int> StaffRepository::count(Database& db)
{
    VAX_TRY_VALUE(auto q, db.exec(QStringLiteral("SELECT count(*) FROM staff")));
    return q.scalar().toInt();
}

Result<std::optional<int>> StaffRepository::failedLogins(Database& db, const QString& id)
{
    VAX_TRY_VALUE(auto q,
                  db.exec(QStringLiteral("SELECT failed_logins FROM staff WHERE id = ?"), {id}));
    if (!q.next())
        return std::optional<int>();
    return std::optional<int>(q.value(QStringLiteral("failed_logins")).toInt());
}

Status StaffRepository::setLoginState(Database& db, const QString& id, int failures,
                                      const QDateTime& lockedUntil)
{
    return done(db.exec(
        QStringLiteral("UPDATE staff SET failed_logins = ?, locked_until = ? "
                       "WHERE id = ?"),
        {failures, lockedUntil.isValid() ? QVariant(lockedUntil.toString(Qt::ISODate)) : QVariant(),
         id}));
}

Status StaffRepository::setPasswordHash(Database& db, const QString& id, const QString& hash)
{
    return done(db.exec(QStringLiteral("UPDATE staff SET password_hash = ?, failed_logins = 0, "
                                       "locked_until = NULL WHERE id = ?"),
                        {hash, id}));
}

Status StaffRepository::setDisabled(Database& db, const QString& id, bool disabled)
{
    return done(db.exec(disabled ? QStringLiteral("UPDATE staff SET disabled = 1 WHERE id = ?")
                                 : QStringLiteral("UPDATE staff SET disabled = 0, failed_logins "
                                                  "= 0, locked_until = NULL WHERE id = ?"),
                        {id}));
}

Status StaffRepository::setRoles(Database& db, const QString& id, Roles roles)
{
    return done(db.exec(QStringLiteral("UPDATE staff SET roles = ? WHERE id = ?"),
                        {roleNames(roles).join(QLatin1Char(',')), id}));
}

Status StaffRepository::setPinHash(Database& db, const QString& id, const QString& hash)
{
    return done(db.exec(QStringLiteral("UPDATE staff SET pin_hash = ? WHERE id = ?"),
                        {hash.isEmpty() ? QVariant() : QVariant(hash), id}));
}

}  // namespace vax
