#include "desk/dosecorrectionservice.h"
#include "stock/tracecoderepository.h"
#include "stock/vialrepository.h"

#include <QJsonObject>

#include "checkin/visitrepository.h"
#include "common/clock.h"
#include "common/inputpolicy.h"
#include "desk/desktext.h"
#include "observation/observationrepository.h"
#include "security/permissions.h"
#include "site/site.h"
#include "stock/openvial.h"
#include "stock/stockledger.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/transaction.h"

namespace vax {

DoseCorrectionService::DoseCorrectionService(const ServiceContext& ctx)
    : m_db(ctx.db), m_clock(ctx.clock), m_calendar(ctx.calendar)
{
}

QDate DoseCorrectionService::today() const
{
    return m_calendar.today();
}

Result<CorrectionReceipt> DoseCorrectionService::correct(const QString& doseId,
                                                         const QString& reason,
                                                         const QString& staffId)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::ReasonRequired,
                         DeskText::tr("Reason: say why the dose is entered in error, e.g. "
                                      "\"recorded for the wrong person\"."),
                         QStringLiteral("reason"));
    VAX_TRY(input::checkText(reason.trimmed(), QStringLiteral("reason"), DeskText::tr("Reason"),
                             input::kNote));
    VAX_TRY(requirePermission(m_db, staffId, Permission::CorrectDose));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(m_db));
    VAX_TRY_VALUE(auto found, DoseRepository::byId(m_db, doseId));
    if (!found)
        return makeError(ErrorCode::NotFound,
                         DeskText::tr("Dose: no dose \"%1\". Take the id from \"vaxctl dose "
                                      "list\".")
                             .arg(doseId),
                         QStringLiteral("dose"));
    // A dose belongs to the desk that gave it (docs/site.md 4): the site server keeps that desk's
    // version and refuses a correction sent by any other, so it is refused here, before anything
    // (stock, vial, observation) is changed for nothing.
    VAX_TRY_VALUE(auto thisDesk, readMeta(m_db, QStringLiteral("site.desk")));
    if (found->originDesk > 0 && found->originDesk != thisDesk.toInt())
        return makeError(ErrorCode::DoseOtherDesk,
                         DeskText::tr("Dose: it was given at desk %1 of this site, which keeps "
                                      "its record; correct it at desk %1. The site server would "
                                      "refuse a correction made here.")
                             .arg(found->originDesk),
                         QStringLiteral("dose"));
    CorrectionReceipt receipt;
    receipt.dose = *found;
    DoseRecord& d = receipt.dose;
    if (doseStatusFromText(d.status) != DoseStatus::Completed)
        return makeError(
            ErrorCode::DoseAlreadyCorrected,
            DeskText::tr("Dose: it was already entered in error on %1 (%2).")
                .arg(m_calendar.local(d.correctedAt).toString(Qt::ISODate), d.errorReason),
            QStringLiteral("dose"));
    const QDateTime now = m_clock.nowUtc();
    d.status = doseStatusText(DoseStatus::EnteredInError);
    d.errorReason = reason.trimmed();
    d.correctedBy = staffId;
    d.correctedAt = now;
    VAX_TRY_VALUE(auto marked,
                  DoseRepository::markEnteredInError(m_db, d.id, d.errorReason, staffId, now));
    VAX_TRY(expectChanged(marked, DeskText::tr("The dose")));

    // The dose goes back: into its open vial (and so into stock), or into the lot's stock.
    const QString why = QStringLiteral("correction:") + d.id;
    QString fridgeId;
    if (!d.vialId.isEmpty()) {
        VAX_TRY_VALUE(auto vial, VialService::find(m_db, d.vialId));
        if (vial) {
            VAX_TRY(returnDoseToVial(d.vialId));
            fridgeId = vial->fridgeId;
        }
    } else {
        VAX_TRY_VALUE(auto fridge, fridgeOfMovement(d.id));
        fridgeId = fridge;
    }
    if (!fridgeId.isEmpty()) {
        VAX_TRY(LotLedger::book(m_db, {d.lotId, fridgeId, MovementKind::Adjustment, 1, why}, now,
                                staffId));
        receipt.stockReturned = true;
    }
    if (!d.traceCode.isEmpty())
        VAX_TRY(freeTraceCode(d.traceCode));
    VAX_TRY_VALUE(auto cancelled,
                  ObservationRepository::cancelForDose(m_db, d.id, staffId, d.errorReason));
    receipt.observationCancelled = cancelled > 0;
    // Today's visit opens again so that the right dose can be recorded.
    VAX_TRY(VisitRepository::reopen(m_db, d.visitId, today()));
    VAX_TRY(AuditLog::append(
        m_db, {now, staffId, QStringLiteral("dose.correct"), QStringLiteral("dose"), d.id,
               QJsonObject{{QStringLiteral("reason"), d.errorReason},
                           {QStringLiteral("stock_returned"), receipt.stockReturned},
                           {QStringLiteral("lot_id"), d.lotId}}}));
    VAX_TRY(tx.commit());
    return receipt;
}

Result<QString> DoseCorrectionService::fridgeOfMovement(const QString& doseId)
{
    // owner: core/stock (stock_movement) — a read
    VAX_TRY_VALUE(
        auto m, m_db.exec(QStringLiteral("SELECT fridge_id FROM stock_movement WHERE id = (SELECT "
                                         "movement_id FROM dose WHERE id = ?)"),
                          {doseId}));
    return m.scalar().toString();
}

Status DoseCorrectionService::returnDoseToVial(const QString& vialId)
{
    VAX_TRY_VALUE(auto back, VialRepository::returnOne(m_db, vialId));
    return expectChanged(back == 1, DeskText::tr("The vial"));
}

Status DoseCorrectionService::freeTraceCode(const QString& traceCode)
{
    VAX_TRY(TraceCodeRepository::markUnused(m_db, traceCode));
    return {};
}

Result<std::optional<DoseRecord>> DoseCorrectionService::dose(const QString& doseId)
{
    return DoseRepository::byId(m_db, doseId);
}

Result<std::vector<DoseRecord>> DoseCorrectionService::dosesOfPerson(const QString& personId)
{
    return DoseRepository::ofPerson(m_db, personId);
}

Result<std::vector<DoseRecord>> DoseCorrectionService::dosesOn(const QDate& day)
{
    return DoseRepository::administeredBetween(m_db, m_calendar.startOfDay(day),
                                               m_calendar.endOfDay(day));
}

}  // namespace vax
