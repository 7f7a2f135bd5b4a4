#include "coldchain/fridges.h"

#include <QCoreApplication>
#include <QJsonObject>

#include "common/clock.h"
#include "common/dbformat.h"
#include "common/ids.h"
#include "common/inputpolicy.h"
#include "security/permissions.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct FridgeText {
    Q_DECLARE_TR_FUNCTIONS(Fridge)
};

const QString kColumns = QStringLiteral(
    "id, name, min_c, max_c, heat_alarm_minutes, freeze_c, freeze_alarm_minutes, active, "
    "created_at");

Fridge fromRow(const Query& q)
{
    Fridge f;
    f.id = q.value(QStringLiteral("id")).toString();
    f.name = q.value(QStringLiteral("name")).toString();
    f.thresholds.minC = q.value(QStringLiteral("min_c")).toDouble();
    f.thresholds.maxC = q.value(QStringLiteral("max_c")).toDouble();
    f.thresholds.heatAlarmMinutes = q.value(QStringLiteral("heat_alarm_minutes")).toInt();
    f.thresholds.freezeC = q.value(QStringLiteral("freeze_c")).toDouble();
    f.thresholds.freezeAlarmMinutes = q.value(QStringLiteral("freeze_alarm_minutes")).toInt();
    f.active = q.value(QStringLiteral("active")).toInt() != 0;
    f.createdAt = fromDbTime(q.value(QStringLiteral("created_at")).toString());
    return f;
}
}  // namespace

Result<Fridge> FridgeRepository::add(Database& db, const Clock& clock, const QString& name,
                                     const FridgeThresholds& t, const QString& actor)
{
    VAX_TRY(requirePermission(db, actor, Permission::ManageFridges));
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         FridgeText::tr("Name: give the fridge a name, e.g. \"Fridge 2\"."),
                         QStringLiteral("name"));
    VAX_TRY(input::checkText(name.trimmed(), QStringLiteral("name"), FridgeText::tr("Fridge name"),
                             input::kLabel));
    if (!(t.minC < t.maxC))
        return makeError(ErrorCode::InvalidArgument,
                         FridgeText::tr("Thresholds: the minimum (%1 °C) must be below the "
                                        "maximum (%2 °C).")
                             .arg(t.minC)
                             .arg(t.maxC),
                         QStringLiteral("min"));
    if (!(t.freezeC < t.minC) || t.heatAlarmMinutes <= 0 || t.freezeAlarmMinutes <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         FridgeText::tr("Alarms: the freeze limit must be below the minimum and "
                                        "both alarm delays must be positive minutes."),
                         QStringLiteral("freeze"));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY_VALUE(auto existing, db.exec(QStringLiteral("SELECT id FROM fridge WHERE name = ?"),
                                         {name.trimmed()}));
    if (existing.next())
        return makeError(ErrorCode::AlreadyExists,
                         FridgeText::tr("Name: a fridge named \"%1\" exists; choose another "
                                        "name.")
                             .arg(name.trimmed()),
                         QStringLiteral("name"));
    Fridge f{newId(), name.trimmed(), t, true, clock.nowUtc()};
    VAX_TRY(insert(db, f));
    VAX_TRY(AuditLog::append(
        db, {f.createdAt, actor, QStringLiteral("fridge.add"), QStringLiteral("fridge"), f.id,
             QJsonObject{{QStringLiteral("name"), f.name},
                         {QStringLiteral("min_c"), t.minC},
                         {QStringLiteral("max_c"), t.maxC}}}));
    VAX_TRY(tx.commit());
    return f;
}

Status FridgeRepository::insert(Database& db, const Fridge& f)
{
    const FridgeThresholds& t = f.thresholds;
    VAX_TRY(db.exec(QStringLiteral("INSERT INTO fridge(id, name, min_c, max_c, "
                                   "heat_alarm_minutes, freeze_c, freeze_alarm_minutes, "
                                   "created_at) VALUES(?,?,?,?,?,?,?,?)"),
                    {f.id, f.name, t.minC, t.maxC, t.heatAlarmMinutes, t.freezeC,
                     t.freezeAlarmMinutes, toDbTime(f.createdAt)}));
    return {};
}

Result<std::vector<Fridge>> FridgeRepository::list(Database& db)
{
    VAX_TRY_VALUE(auto q, db.exec(QStringLiteral("SELECT ") + kColumns +
                                  QStringLiteral(" FROM fridge ORDER BY name")));
    std::vector<Fridge> result;
    while (q.next())
        result.push_back(fromRow(q));
    return result;
}

Result<Fridge> FridgeRepository::find(Database& db, const QString& idOrName)
{
    VAX_TRY_VALUE(auto q, db.exec(QStringLiteral("SELECT ") + kColumns +
                                      QStringLiteral(" FROM fridge WHERE id = ? OR name = ?"),
                                  {idOrName, idOrName}));
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         FridgeText::tr("Fridge: no fridge \"%1\". Give a fridge's name or id "
                                        "(see \"vaxctl fridge list\").")
                             .arg(idOrName),
                         QStringLiteral("fridge"));
    return fromRow(q);
}

}  // namespace vax
