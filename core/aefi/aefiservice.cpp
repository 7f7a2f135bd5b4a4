#include "aefi/aefiservice.h"
#include "site/site.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "catalog/catalog.h"
#include "common/clock.h"
#include "common/ids.h"
#include "contraindication/contraindicationservice.h"
#include "desk/doserepository.h"
#include "observation/observationrepository.h"
#include "security/permissions.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct AefiServiceText {
    Q_DECLARE_TR_FUNCTIONS(Aefi)
};
}  // namespace

AefiService::AefiService(const ServiceContext& ctx)
    : m_db(ctx.db), m_clock(ctx.clock), m_calendar(ctx.calendar)
{
}

Status AefiService::fault(QStringView step) const
{
    return m_faultHook ? m_faultHook(step) : Status();
}

Result<AdverseEventRecord> AefiService::add(aefi::Report report)
{
    report.symptoms.removeDuplicates();
    report.actions.removeDuplicates();
    report.otherDescription = report.otherDescription.trimmed();
    report.note = report.note.trimmed();
    if (report.doseId.isEmpty())
        return makeError(ErrorCode::AefiInvalid,
                         AefiServiceText::tr("Dose: choose the dose this event follows."),
                         QStringLiteral("dose"));
    VAX_TRY_VALUE(auto dose, DoseRepository::byId(m_db, report.doseId, /*withChecklist=*/false));
    if (!dose)
        return makeError(ErrorCode::NotFound,
                         AefiServiceText::tr("Dose: there is no dose \"%1\". Take the id from "
                                             "\"vaxctl dose list\" or \"vaxctl observe list\".")
                             .arg(report.doseId),
                         QStringLiteral("dose"));
    report.doseAt = dose->administeredAt;
    const QString personId = dose->personId;
    const QString productCode = dose->productCode;
    if (doseStatusFromText(dose->status) != DoseStatus::Completed)
        return makeError(ErrorCode::AefiInvalid,
                         AefiServiceText::tr("Dose: this dose was entered in error; record the "
                                             "event against the dose the person was given."),
                         QStringLiteral("dose"));
    const QDateTime now = m_clock.nowUtc();
    VAX_TRY(aefi::validate(report, now, m_calendar.zone()));
    VAX_TRY(requirePermission(m_db, report.reporterStaffId, Permission::RecordAdverseEvent));

    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(m_db));
    // The person's observation, if they are still in the area.
    VAX_TRY_VALUE(auto obs, ObservationRepository::latestOfDose(m_db, report.doseId));
    QString observationId;
    QString observationState;
    if (obs) {
        observationId = obs->id;
        observationState = obs->state;
    }

    AdverseEventRecord r;
    r.id = newId();
    r.doseId = report.doseId;
    r.personId = personId;
    r.observationId = observationId;
    r.onset = report.onset.toUTC();
    r.symptoms = report.symptoms;
    r.otherDescription = report.otherDescription;
    r.severity = report.severity;
    r.seriousness = report.seriousness;
    r.actions = report.actions;
    r.outcome = report.outcome;
    r.immediateReport = aefi::needsImmediateReport(report);
    r.note = report.note;
    r.reportedBy = report.reporterStaffId;
    r.recordedAt = now;
    VAX_TRY(AdverseEventRepository::insert(m_db, r));
    VAX_TRY(fault(u"adverse_event"));

    // A serious allergic reaction (catalog "seriousAllergicAefi", e.g. anaphylaxis) is remembered
    // with the person: no further dose of that product's interchange group.
    std::optional<Contraindication> remembered;
    if (r.seriousness == QLatin1String("serious")) {
        VAX_TRY_VALUE(auto added, ContraindicationService::recordFromAefi(
                                      m_db, Catalog::builtIn(), personId, r.id, r.doseId,
                                      productCode, r.symptoms, now, r.reportedBy));
        remembered = added;
    }

    // A person still in the area now shows as an adverse event — or leaves for a hospital.
    const bool referred = r.actions.contains(QStringLiteral("referred")) ||
                          r.actions.contains(QStringLiteral("ambulance"));
    r.observationState = observationState;
    const auto state = observationStateFromText(observationState);
    if (!observationId.isEmpty() && state && inObservationArea(*state)) {
        const ObservationState to =
            referred ? ObservationState::Referred : ObservationState::AdverseEvent;
        r.observationState = observationStateText(to);
        VAX_TRY(ObservationRepository::recordAdverseEvent(
            m_db, observationId, to, referred ? now : QDateTime(), r.reportedBy));
    }
    VAX_TRY(fault(u"observation"));
    VAX_TRY(AuditLog::append(
        m_db, {now, r.reportedBy, QStringLiteral("aefi.add"), QStringLiteral("adverse_event"), r.id,
               QJsonObject{{QStringLiteral("dose_id"), r.doseId},
                           {QStringLiteral("severity"), r.severity},
                           {QStringLiteral("seriousness"), r.seriousness},
                           {QStringLiteral("symptoms"), QJsonArray::fromStringList(r.symptoms)},
                           {QStringLiteral("actions"), QJsonArray::fromStringList(r.actions)},
                           {QStringLiteral("immediate_report"), r.immediateReport},
                           {QStringLiteral("observation_state"), r.observationState},
                           {QStringLiteral("contraindication_id"),
                            remembered ? remembered->id : QString()}}}));
    VAX_TRY(fault(u"audit"));
    VAX_TRY(tx.commit());
    auto stored = AdverseEventRepository::byId(m_db, r.id);
    if (stored && *stored)
        return **stored;
    return r;
}

Result<std::vector<AdverseEventRecord>> AefiService::listOn(const QDate& day)
{
    return AdverseEventRepository::activeWithOnsetBetween(m_db, m_calendar.startOfDay(day),
                                                          m_calendar.endOfDay(day));
}

}  // namespace vax
