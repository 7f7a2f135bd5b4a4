#include "contraindication/contraindicationrepository.h"

#include "common/dbformat.h"
#include "storage/database.h"
#include "storage/queryread.h"

namespace vax {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, person_id, kind, scope, scope_code, allergy, reason_code, reason, origin, "
    "origin_id, origin_detail, COALESCE(until_date, '') AS until_date, recorded_at, recorded_by, "
    "COALESCE(lifted_at, '') AS lifted_at, COALESCE(lifted_by, '') AS lifted_by, "
    "COALESCE(lift_reason, '') AS lift_reason, change_seq FROM contraindication ");

Contraindication fromRow(const Query& q)
{
    Contraindication c;
    c.id = text(q, "id");
    c.personId = text(q, "person_id");
    c.kind = contraindicationKindFromName(text(q, "kind"))
                 .value_or(ContraindicationKind::Contraindication);
    c.scope = contraindicationScopeFromName(text(q, "scope")).value_or(ContraindicationScope::All);
    c.scopeCode = text(q, "scope_code");
    c.allergy = q.value(QStringLiteral("allergy")).toInt() != 0;
    c.reasonCode = text(q, "reason_code");
    c.reason = text(q, "reason");
    c.origin =
        contraindicationOriginFromName(text(q, "origin")).value_or(ContraindicationOrigin::Doctor);
    c.originId = text(q, "origin_id");
    c.originDetail = text(q, "origin_detail");
    c.until = QDate::fromString(text(q, "until_date"), Qt::ISODate);
    c.recordedAt = fromDbTime(text(q, "recorded_at"));
    c.recordedBy = text(q, "recorded_by");
    const QString lifted = text(q, "lifted_at");
    if (!lifted.isEmpty())
        c.liftedAt = fromDbTime(lifted);
    c.liftedBy = text(q, "lifted_by");
    c.liftReason = text(q, "lift_reason");
    c.changeSeq = q.value(QStringLiteral("change_seq")).toLongLong();
    return c;
}

Result<std::vector<Contraindication>> all(Result<Query> q)
{
    if (!q)
        return q.error();
    std::vector<Contraindication> out;
    while (q->next())
        out.push_back(fromRow(*q));
    return out;
}
}  // namespace

Status ContraindicationRepository::insert(Database& db, const Contraindication& c)
{
    auto q = db.exec(
        QStringLiteral("INSERT INTO contraindication(id, person_id, kind, scope, scope_code, "
                       "allergy, reason_code, reason, origin, origin_id, origin_detail, "
                       "until_date, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, NULLIF(?, ''), ?, ?)"),
        {c.id, c.personId, contraindicationKindName(c.kind), contraindicationScopeName(c.scope),
         notNull(c.scope == ContraindicationScope::All ? QString() : c.scopeCode),
         c.allergy ? 1 : 0, notNull(c.reasonCode), notNull(c.reason),
         contraindicationOriginName(c.origin), notNull(c.originId), notNull(c.originDetail),
         notNull(c.until.isValid() ? c.until.toString(Qt::ISODate) : QString()),
         toDbTime(c.recordedAt), c.recordedBy});
    if (!q)
        return q.error();
    return {};
}

Result<bool> ContraindicationRepository::markLifted(Database& db, const QString& id,
                                                    const QDateTime& at, const QString& by,
                                                    const QString& reason)
{
    VAX_TRY_VALUE(
        auto q, db.exec(QStringLiteral("UPDATE contraindication SET lifted_at = ?, lifted_by = ?, "
                                       "lift_reason = ? WHERE id = ? AND lifted_at IS NULL"),
                        {toDbTime(at), by, reason, id}));
    return q.rowsAffected() == 1;
}

Result<std::optional<Contraindication>> ContraindicationRepository::byId(Database& db,
                                                                         const QString& id)
{
    VAX_TRY_VALUE(auto rows, all(db.exec(kSelect + QStringLiteral("WHERE id = ?"), {id})));
    if (rows.empty())
        return std::optional<Contraindication>();
    return std::optional<Contraindication>(rows.front());
}

Result<std::vector<Contraindication>> ContraindicationRepository::ofPerson(Database& db,
                                                                           const QString& personId,
                                                                           bool includeLifted)
{
    return all(db.exec(kSelect +
                           (includeLifted ? QStringLiteral("WHERE person_id = ? ")
                                          : QStringLiteral("WHERE person_id = ? AND "
                                                           "lifted_at IS NULL ")) +
                           QStringLiteral("ORDER BY recorded_at, seq"),
                       {personId}));
}

Result<std::vector<Contraindication>> ContraindicationRepository::changedSince(Database& db,
                                                                               qint64 changeSeq)
{
    return all(db.exec(
        kSelect + QStringLiteral("WHERE change_seq > ? AND change_seq > 0 ORDER BY change_seq"),
        {changeSeq}));
}

}  // namespace vax
