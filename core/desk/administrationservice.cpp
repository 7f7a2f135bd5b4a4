#include "desk/administrationservice.h"
#include "stock/tracecoderepository.h"

#include <QJsonArray>

#include "checkin/visitrepository.h"
#include "common/clock.h"
#include "common/dbformat.h"
#include "common/ids.h"
#include "common/inputpolicy.h"
#include "common/labels.h"
#include "desk/desktext.h"
#include "observation/observationrepository.h"
#include "security/permissions.h"
#include "site/site.h"
#include "stock/stockledger.h"
#include "storage/audit.h"
#include "storage/clockguard.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

AdministrationService::AdministrationService(const ServiceContext& ctx)
    : m_db(ctx.db), m_clock(ctx.clock), m_calendar(ctx.calendar)
{
}

QDate AdministrationService::today() const
{
    return m_calendar.today();
}

Status AdministrationService::fault(QStringView step) const
{
    return m_faultHook ? m_faultHook(step) : Status();
}

Result<DeskContext> AdministrationService::loadContext(const DeskScan& scan)
{
    return loadDeskContext(m_db, m_calendar, scan);
}

ChecklistResult AdministrationService::evaluateAt(const DeskContext& context,
                                                  const DeskChoices& choices,
                                                  const QDateTime& now) const
{
    ChecklistInput in = context.input;
    in.now = now;
    in.zone = m_calendar.zone();
    in.site = choices.site.trimmed().toUpper();
    in.route = choices.route.trimmed().toUpper();
    in.amountMl = choices.amountMl;
    in.expectedProduct = choices.expectedProduct.trimmed();
    in.confirmed = choices.confirmed;
    in.overrides = choices.overrides;
    return evaluateChecklist(in);
}

ChecklistResult AdministrationService::evaluate(const DeskContext& context,
                                                const DeskChoices& choices) const
{
    return evaluateAt(context, choices, m_clock.nowUtc());
}

Status AdministrationService::checkChoices(const DeskChoices& choices)
{
    // 0 stands for "the product's dose volume"; any other amount is checked by the checklist
    // against the catalog, but only a real number of millilitres may reach it.
    if (choices.amountMl != 0.0)
        VAX_TRY(input::checkNumber(choices.amountMl, QStringLiteral("amount"),
                                   DeskText::tr("Amount"), 0.01, 5.0, QStringLiteral("mL")));
    return {};
}

Result<ChecklistResult> AdministrationService::evaluate(const DeskScan& scan,
                                                        const DeskChoices& choices)
{
    VAX_TRY(checkChoices(choices));
    VAX_TRY_VALUE(auto ctx, loadContext(scan));
    return evaluate(ctx, choices);
}

Result<AdministerReceipt> AdministrationService::administer(const AdministerRequest& request,
                                                            ChecklistResult* evaluated)
{
    VAX_TRY(requirePermission(m_db, request.staffId, Permission::Administer));
    VAX_TRY(checkChoices(request.choices));
    VAX_TRY(input::checkText(request.overrideReason.trimmed(), QStringLiteral("reason"),
                             DeskText::tr("Override reason"), input::kNote));
    VAX_TRY(input::checkText(request.desk.trimmed(), QStringLiteral("desk"), DeskText::tr("Desk"),
                             input::kShortText));
    const bool overriding = !request.choices.overrides.isEmpty();
    if (overriding) {
        if (request.overrideReason.trimmed().isEmpty())
            return makeError(ErrorCode::DeskOverrideRefused,
                             DeskText::tr("Override: give the doctor's reason for allowing the "
                                          "dose."),
                             QStringLiteral("reason"));
        if (!request.doctorApproval)
            return makeError(ErrorCode::DeskOverrideRefused,
                             DeskText::tr("Override: only a doctor may override, with their own "
                                          "password or PIN typed here. Ask the doctor to "
                                          "confirm."),
                             QStringLiteral("doctor"));
    }

    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(m_db));
    // A clock that went back would judge the checklist on the wrong day: say so first.
    VAX_TRY(ClockGuard::admit(m_db, m_clock.nowUtc()));
    // Everything is read again under the write lock and the checklist re-run: what the screen
    // showed a moment ago is not trusted.
    VAX_TRY_VALUE(auto ctx, loadContext(request.scan));
    const QDateTime now = m_clock.nowUtc();
    const QDate day = m_calendar.dateOf(now);
    if (overriding)
        VAX_TRY(checkOverrideApproval(request, now));
    AdministerReceipt receipt;
    receipt.checklist = evaluateAt(ctx, request.choices, now);
    const ChecklistResult& check = receipt.checklist;
    if (evaluated)
        *evaluated = check;
    if (!check.rejectedOverrides.isEmpty())
        return makeError(
            ErrorCode::DeskOverrideRefused,
            DeskText::tr("Override: %1 cannot be overridden here (not failing, or not "
                         "an item a doctor may override).")
                .arg(labels::labelList(labels::Family::Finding, check.rejectedOverrides)),
            QStringLiteral("override"));
    if (!check.canAdminister()) {
        const auto blocking = check.blocking();
        QStringList codes;
        for (const auto& [key, finding] : blocking)
            codes << finding.code;
        return makeError(ErrorCode::DeskChecklistFailed,
                         DeskText::tr("The checklist does not pass (%1): %2")
                             .arg(labels::labelList(labels::Family::Finding, codes),
                                  blocking.empty() ? DeskText::tr("no dose is due.")
                                                   : blocking.front().second.message),
                         checklistItemName(blocking.empty() ? ChecklistItemKey::Record
                                                            : blocking.front().first));
    }
    const Product& product = *ctx.input.product;
    const LotInfo& lot = *ctx.lot;

    // 1. The stock: a draw from the open vial, or one dose out of the lot.
    if (ctx.vial) {
        VAX_TRY_VALUE(auto draw,
                      VialService::drawDoseInTransaction(m_db, ctx.vial->id, now, request.staffId));
        receipt.movementId = draw.movementId;
    } else {
        // The lot as read under the write lock: permission was checked above.
        VAX_TRY(LotService::checkUsable(lot, day));
        VAX_TRY_VALUE(
            auto moved,
            LotLedger::book(m_db, {lot.id, ctx.fridgeId, MovementKind::Administered, -1, QString()},
                            now, request.staffId));
        receipt.movementId = moved;
    }
    VAX_TRY(fault(u"stock"));

    // 2. The dose, with the checklist as evaluated.
    DoseRecord& dose = receipt.dose;
    dose.id = newId();
    dose.visitId = ctx.visitId;
    dose.personId = ctx.person.id;
    dose.productCode = product.code;
    dose.lotId = lot.id;
    dose.lotNumber = lot.lotNumber;
    dose.lotExpiry = lot.expiry;
    dose.vialId = ctx.vial ? ctx.vial->id : QString();
    dose.traceCode = request.scan.traceCode;
    dose.doseNumber = check.doseNumber;
    dose.site = request.choices.site.trimmed().toUpper();
    dose.route = request.choices.route.trimmed().isEmpty()
                     ? product.route
                     : request.choices.route.trimmed().toUpper();
    dose.amountMl = request.choices.amountMl > 0 ? request.choices.amountMl : product.doseVolumeMl;
    dose.administeredAt = now;
    dose.desk = request.desk.trimmed().isEmpty() ? ctx.visitDesk : request.desk.trimmed();
    dose.staffId = request.staffId;
    dose.status = doseStatusText(DoseStatus::Completed);
    QJsonObject recorded = check.toJson();
    QJsonArray confirmed;
    // The eye checks, and Record when the nurse confirmed she asked about other doses today.
    for (ChecklistItemKey k : allChecklistItems())
        if (request.choices.confirmed.contains(k))
            confirmed.append(checklistItemName(k));
    recorded.insert(QStringLiteral("confirmed"), confirmed);
    QString approvalId;
    if (overriding) {
        const OverrideApproval& approval = *request.doctorApproval;
        approvalId = approval.id();
        dose.overrideReason = request.overrideReason.trimmed();
        dose.overrideBy = approval.doctor().id;
        dose.overrideAuth = approval.method() == UnlockMethod::Pin ? QStringLiteral("pin")
                                                                   : QStringLiteral("password");
        recorded.insert(QStringLiteral("override"),
                        QJsonObject{{QStringLiteral("by"), dose.overrideBy},
                                    {QStringLiteral("username"), approval.doctor().username},
                                    {QStringLiteral("findings"),
                                     QJsonArray::fromStringList(check.appliedOverrides)},
                                    {QStringLiteral("reason"), dose.overrideReason},
                                    {QStringLiteral("credential_checked"), true},
                                    {QStringLiteral("method"), dose.overrideAuth},
                                    {QStringLiteral("checked_at"), toDbTime(approval.checkedAt())},
                                    {QStringLiteral("approval"), approvalId}});
    }
    dose.checklist = recorded;
    VAX_TRY(DoseRepository::insert(m_db, dose, approvalId, receipt.movementId));
    VAX_TRY(fault(u"dose"));

    // 3. The box code is used up.
    if (!dose.traceCode.isEmpty())
        VAX_TRY(markTraceCodeUsed(dose.traceCode, now));
    VAX_TRY(fault(u"trace_code"));

    // 4. The visit is done.
    VAX_TRY_VALUE(auto vaccinated, VisitRepository::markVaccinated(m_db, dose.visitId, dose.desk));
    VAX_TRY(expectChanged(vaccinated, DeskText::tr("The check-in")));
    VAX_TRY(fault(u"visit"));

    // 5. The observation starts; its end is stored, never counted down.
    QString observationReason;
    receipt.observationMinutes =
        observationMinutesFor(product, ctx.screening, ctx.policy, &observationReason);
    receipt.observationId = newId();
    receipt.observationEndsAt = now.addSecs(qint64(receipt.observationMinutes) * 60);
    NewObservation observation;
    observation.id = receipt.observationId;
    observation.doseId = dose.id;
    observation.visitId = dose.visitId;
    observation.personId = dose.personId;
    observation.desk = dose.desk;
    observation.startedAt = now;
    observation.endsAt = receipt.observationEndsAt;
    observation.minutes = receipt.observationMinutes;
    observation.reason = observationReason;
    observation.startedBy = request.staffId;
    VAX_TRY(ObservationRepository::start(m_db, observation));
    VAX_TRY(fault(u"observation"));

    // 6. The audit row.
    QJsonObject detail{{QStringLiteral("person_id"), dose.personId},
                       {QStringLiteral("visit_id"), dose.visitId},
                       {QStringLiteral("product"), dose.productCode},
                       {QStringLiteral("lot_id"), dose.lotId},
                       {QStringLiteral("dose_number"), dose.doseNumber},
                       {QStringLiteral("desk"), dose.desk},
                       {QStringLiteral("observation_minutes"), receipt.observationMinutes}};
    if (overriding) {
        detail.insert(QStringLiteral("overrides"),
                      QJsonArray::fromStringList(check.appliedOverrides));
        detail.insert(QStringLiteral("override_by"), dose.overrideBy);
        detail.insert(QStringLiteral("override_reason"), dose.overrideReason);
        detail.insert(QStringLiteral("override_auth"), dose.overrideAuth);
        detail.insert(QStringLiteral("override_approval"), approvalId);
    }
    VAX_TRY(AuditLog::append(m_db, {now, request.staffId, QStringLiteral("dose.administer"),
                                    QStringLiteral("dose"), dose.id, detail}));
    VAX_TRY(fault(u"audit"));
    VAX_TRY(tx.commit());
    return receipt;
}

Status AdministrationService::checkOverrideApproval(const AdministerRequest& request,
                                                    const QDateTime& now)
{
    const OverrideApproval& approval = *request.doctorApproval;
    const auto refuse = [](const QString& message) {
        return makeError(ErrorCode::DeskOverrideRefused, message, QStringLiteral("doctor"));
    };
    // The doctor's account as it is now: still active, still allowed, not locked meanwhile.
    auto doctor = requirePermission(m_db, approval.doctor().id, Permission::OverrideChecklist);
    if (!doctor)
        return refuse(doctor.error().message);
    if (doctor->lockedUntil.isValid() && doctor->lockedUntil > now)
        return refuse(DeskText::tr("Override: the account \"%1\" is locked after wrong passwords "
                                   "or PINs. Another doctor must decide.")
                          .arg(doctor->username));
    if (approval.checkedAt() > now ||
        approval.checkedAt().secsTo(now) > kOverrideApprovalMinutes * 60)
        return refuse(DeskText::tr("Override: the doctor confirmed more than %1 minutes ago. Ask "
                                   "the doctor to confirm again with their password or PIN.")
                          .arg(kOverrideApprovalMinutes));
    if (approval.visitId() != request.scan.visitId)
        return refuse(
            DeskText::tr("Override: the doctor confirmed it for another visit. Ask the "
                         "doctor to confirm again for this person."));
    QStringList notApproved;
    for (const QString& code : request.choices.overrides)
        if (!approval.findings().contains(code))
            notApproved << code;
    if (!notApproved.isEmpty()) {
        notApproved.sort();
        return refuse(DeskText::tr("Override: the doctor did not approve %1. Ask the doctor to "
                                   "confirm again.")
                          .arg(notApproved.join(QStringLiteral(", "))));
    }
    // The approval is the one the credential check recorded, and it allows one dose.
    VAX_TRY_VALUE(
        auto recorded,
        m_db.exec(QStringLiteral(
                      "SELECT count(*) FROM audit WHERE at >= ? AND action = 'override.auth' AND "
                      "actor = ? AND json_extract(detail, '$.approval') = ?"),
                  {approval.checkedAt().addSecs(-60).toUTC().toString(Qt::ISODateWithMs),
                   approval.doctor().id, approval.id()}));
    if (approval.id().isEmpty() || recorded.scalar().toInt() != 1)
        return refuse(
            DeskText::tr("Override: the doctor's confirmation is not on record. Ask the "
                         "doctor to confirm again with their password or PIN."));
    VAX_TRY_VALUE(auto used, DoseRepository::countWithApproval(m_db, approval.id()));
    if (used != 0)
        return refuse(
            DeskText::tr("Override: this confirmation was already used for a dose. Ask "
                         "the doctor to confirm again."));
    return {};
}

Status AdministrationService::markTraceCodeUsed(const QString& traceCode, const QDateTime& at)
{
    VAX_TRY_VALUE(auto used, TraceCodeRepository::markUsed(m_db, traceCode, at));
    return expectChanged(used == 1, DeskText::tr("The box code"));
}

}  // namespace vax
