#include "desk/doserepository.h"

#include <QJsonDocument>

#include "common/dbformat.h"
#include "storage/database.h"
#include "storage/queryread.h"

namespace vax {

namespace {
const QString kDoseSelect = QStringLiteral(
    "SELECT d.id AS id, d.visit_id AS visit_id, d.person_id AS person_id, "
    "d.product_code AS product_code, d.lot_id AS lot_id, l.lot_number AS lot_number, "
    "l.expiry AS lot_expiry, COALESCE(d.vial_id, '') AS vial_id, "
    "COALESCE(d.trace_code, '') AS trace_code, d.dose_number AS dose_number, d.site AS site, "
    "d.route AS route, d.amount_ml AS amount_ml, d.administered_at AS administered_at, "
    "d.desk AS desk, d.staff_id AS staff_id, COALESCE(d.override_reason, '') AS override_reason, "
    "COALESCE(d.override_by, '') AS override_by, d.status AS status, "
    "COALESCE(d.error_reason, '') AS error_reason, COALESCE(d.corrected_by, '') AS corrected_by, "
    "COALESCE(d.corrected_at, '') AS corrected_at, d.checklist AS checklist, "
    "COALESCE(d.override_auth, '') AS override_auth, COALESCE(d.origin_desk, -1) AS origin_desk "
    "FROM dose d JOIN lot l ON l.id = d.lot_id ");

DoseRecord doseFromRow(const Query& q, bool withChecklist)
{
    DoseRecord d;
    d.id = text(q, "id");
    d.originDesk = q.value(QStringLiteral("origin_desk")).toInt();
    d.visitId = text(q, "visit_id");
    d.personId = text(q, "person_id");
    d.productCode = text(q, "product_code");
    d.lotId = text(q, "lot_id");
    d.lotNumber = text(q, "lot_number");
    d.lotExpiry = QDate::fromString(text(q, "lot_expiry"), Qt::ISODate);
    d.vialId = text(q, "vial_id");
    d.traceCode = text(q, "trace_code");
    d.doseNumber = q.value(QStringLiteral("dose_number")).toInt();
    d.site = text(q, "site");
    d.route = text(q, "route");
    d.amountMl = q.value(QStringLiteral("amount_ml")).toDouble();
    d.administeredAt = fromDbTime(text(q, "administered_at"));
    d.desk = text(q, "desk");
    d.staffId = text(q, "staff_id");
    d.overrideReason = text(q, "override_reason");
    d.overrideBy = text(q, "override_by");
    d.status = text(q, "status");
    d.errorReason = text(q, "error_reason");
    d.correctedBy = text(q, "corrected_by");
    const QString corrected = text(q, "corrected_at");
    if (!corrected.isEmpty())
        d.correctedAt = fromDbTime(corrected);
    if (withChecklist)
        d.checklist = QJsonDocument::fromJson(text(q, "checklist").toUtf8()).object();
    d.overrideAuth = text(q, "override_auth");
    return d;
}

// Without the recorded checklist (~1 KB of JSON a dose) when the caller does not want it.
const QString kDoseSelectNoChecklist =
    QString(kDoseSelect)
        .replace(QStringLiteral("d.checklist AS checklist"), QStringLiteral("NULL AS checklist"));

Result<std::vector<DoseRecord>> selectDoses(Database& db, const QString& where,
                                            const QVariantList& args, bool withChecklist = true)
{
    VAX_TRY_VALUE(auto q,
                  db.exec((withChecklist ? kDoseSelect : kDoseSelectNoChecklist) + where, args));
    std::vector<DoseRecord> out;
    while (q.next())
        out.push_back(doseFromRow(q, withChecklist));
    return out;
}
}  // namespace

QString doseStatusText(DoseStatus status)
{
    switch (status) {
        case DoseStatus::Completed:
            return QStringLiteral("completed");
        case DoseStatus::EnteredInError:
            return QStringLiteral("entered-in-error");
    }
    return {};
}

std::optional<DoseStatus> doseStatusFromText(QStringView text)
{
    for (DoseStatus s : {DoseStatus::Completed, DoseStatus::EnteredInError})
        if (text == doseStatusText(s))
            return s;
    return std::nullopt;
}

Status DoseRepository::insert(Database& db, const DoseRecord& dose, const QString& approvalId,
                              const QString& movementId)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO dose(id, visit_id, person_id, product_code, lot_id, vial_id, "
        "trace_code, dose_number, site, route, amount_ml, administered_at, desk, "
        "staff_id, checklist, override_reason, override_by, override_auth, "
        "override_approval, movement_id) VALUES (?, ?, ?, ?, ?, "
        "NULLIF(?, ''), NULLIF(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, ''), "
        "NULLIF(?, ''), NULLIF(?, ''), NULLIF(?, ''), ?)");
    VAX_TRY(db.exec(
        sql, {dose.id,
              dose.visitId,
              dose.personId,
              dose.productCode,
              dose.lotId,
              notNull(dose.vialId),
              notNull(dose.traceCode),
              dose.doseNumber,
              dose.site,
              dose.route,
              dose.amountMl,
              toDbTime(dose.administeredAt),
              notNull(dose.desk),
              dose.staffId,
              QString::fromUtf8(QJsonDocument(dose.checklist).toJson(QJsonDocument::Compact)),
              notNull(dose.overrideReason),
              notNull(dose.overrideBy),
              notNull(dose.overrideAuth),
              notNull(approvalId),
              movementId}));
    return {};
}

Result<bool> DoseRepository::markEnteredInError(Database& db, const QString& id,
                                                const QString& reason, const QString& correctedBy,
                                                const QDateTime& at)
{
    static const QString sql = QStringLiteral(
        "UPDATE dose SET status = 'entered-in-error', error_reason = ?, corrected_by = ?, "
        "corrected_at = ? WHERE id = ? AND status = 'completed'");
    VAX_TRY_VALUE(auto up, db.exec(sql, {reason, correctedBy, toDbTime(at), id}));
    return up.rowsAffected() == 1;
}

Result<std::optional<DoseRecord>> DoseRepository::byId(Database& db, const QString& id,
                                                       bool withChecklist)
{
    VAX_TRY_VALUE(auto found,
                  selectDoses(db, QStringLiteral("WHERE d.id = ?"), {id}, withChecklist));
    if (found.empty())
        return std::optional<DoseRecord>();
    return std::optional<DoseRecord>(found.front());
}

Result<std::vector<DoseRecord>> DoseRepository::ofPerson(Database& db, const QString& personId,
                                                         bool withChecklist)
{
    return selectDoses(db, QStringLiteral("WHERE d.person_id = ? ORDER BY d.administered_at"),
                       {personId}, withChecklist);
}

Result<std::vector<DoseRecord>> DoseRepository::completedOfPerson(Database& db,
                                                                  const QString& personId)
{
    return selectDoses(db,
                       QStringLiteral("WHERE d.person_id = ? AND d.status = 'completed' "
                                      "ORDER BY d.administered_at, d.rowid"),
                       {personId}, /*withChecklist=*/false);
}

Result<std::vector<DoseRecord>> DoseRepository::administeredBetween(Database& db,
                                                                    const QDateTime& from,
                                                                    const QDateTime& to)
{
    return selectDoses(db,
                       QStringLiteral("WHERE d.administered_at >= ? AND d.administered_at < ? "
                                      "ORDER BY d.administered_at"),
                       {toDbTime(from), toDbTime(to)});
}

Result<int> DoseRepository::countWithApproval(Database& db, const QString& approvalId)
{
    VAX_TRY_VALUE(auto used,
                  db.exec(QStringLiteral("SELECT count(*) FROM dose WHERE override_approval = ?"),
                          {approvalId}));
    return used.scalar().toInt();
}

Result<QString> DoseRepository::lastCompletedProductOf(Database& db, const QString& personId)
{
    VAX_TRY_VALUE(
        auto q,
        db.exec(QStringLiteral("SELECT product_code FROM dose WHERE person_id = ? AND status "
                               "= 'completed' ORDER BY administered_at DESC LIMIT 1"),
                {personId}));
    return q.next() ? q.value(QStringLiteral("product_code")).toString() : QString();
}

}  // namespace vax
