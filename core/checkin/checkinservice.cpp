#include "checkin/checkinservice.h"
#include "security/permissions.h"
#include "site/site.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "checkin/queuenumber.h"
#include "common/clock.h"
#include "common/ids.h"
#include "common/inputpolicy.h"
#include "common/labels.h"
#include "contraindication/contraindicationservice.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct CheckInText {
    Q_DECLARE_TR_FUNCTIONS(CheckIn)
};

Error noStaff()
{
    return makeError(ErrorCode::PermissionDenied,
                     CheckInText::tr("No staff member is logged in. Log in to check people in."),
                     QStringLiteral("staff"));
}
}  // namespace

CheckInService::CheckInService(const ServiceContext& ctx)
    : m_db(ctx.db), m_clock(ctx.clock), m_calendar(ctx.calendar)
{
}

QDate CheckInService::today() const
{
    return m_calendar.today();
}

Result<Person> CheckInService::resolvePerson(const PersonDraft& draft,
                                             const DuplicateResolution& duplicate,
                                             const QString& staffId, const QDateTime& now,
                                             bool* created)
{
    *created = false;
    VAX_TRY_VALUE(auto doc, checkDocument(draft.document, today()));
    VAX_TRY_VALUE(auto known, PersonRepository::byDocument(m_db, doc.type, doc.matchKey));
    if (known)
        return *known;  // found by the document: never a second record
    if (draft.name.simplified().isEmpty())
        return makeError(ErrorCode::PersonInvalid,
                         CheckInText::tr("The name is empty. Enter the name as on the document."),
                         QStringLiteral("name"));
    VAX_TRY(input::checkText(draft.name.simplified(), QStringLiteral("name"),
                             CheckInText::tr("Name"), input::kPersonName));
    VAX_TRY(input::checkPhone(draft.phone.trimmed(), QStringLiteral("phone"),
                              CheckInText::tr("Phone")));
    if (!doc.birthDate)
        return makeError(ErrorCode::PersonInvalid,
                         CheckInText::tr("Birth date is missing: the %1 number does not carry "
                                         "it. Enter the birth date from the document, e.g. "
                                         "2004-02-29.")
                             .arg(documentTypeLabel(doc.type)),
                         QStringLiteral("birth_date"));
    if (duplicate.kind == DuplicateResolution::LinkToExisting) {
        VAX_TRY_VALUE(auto target, PersonRepository::byId(m_db, duplicate.personId));
        if (!target)
            return makeError(ErrorCode::NotFound,
                             CheckInText::tr("The person to link the document to was not "
                                             "found. Search again."),
                             QStringLiteral("person"));
        VAX_TRY(PersonRepository::addDocument(m_db, target->id, doc, now, staffId));
        return *target;
    }
    if (duplicate.kind == DuplicateResolution::Unresolved) {
        VAX_TRY_VALUE(auto dups,
                      PersonRepository::possibleDuplicates(m_db, draft.name, *doc.birthDate, doc));
        if (!dups.empty()) {
            QStringList ids;
            for (const Person& p : dups)
                ids << p.id;
            return makeError(ErrorCode::PersonDuplicate,
                             CheckInText::tr("%1 born %2 is already registered with another "
                                             "document (%3). Link this document to that person "
                                             "or confirm that this is a new person.")
                                 .arg(draft.name.simplified(), doc.birthDate->toString(Qt::ISODate),
                                      ids.join(u", ")),
                             QStringLiteral("person"));
        }
    }
    Person p;
    p.id = newId();
    p.name = draft.name.simplified();
    p.sex = doc.sex;
    p.birthDate = *doc.birthDate;
    p.phone = draft.phone.trimmed();
    p.createdAt = now;
    VAX_TRY(PersonRepository::insert(m_db, p, staffId));
    VAX_TRY(PersonRepository::addDocument(m_db, p.id, doc, now, staffId));
    *created = true;
    return p;
}

Status CheckInService::checkInput(const CheckInRequest& request)
{
    VAX_TRY(input::checkText(request.appointmentId.trimmed(), QStringLiteral("appointment"),
                             CheckInText::tr("Appointment"), input::kIdentifier));
    return input::checkNumber(request.temperatureC, QStringLiteral("temperature"),
                              CheckInText::tr("Temperature"), 30.0, 45.0, QStringLiteral("°C"));
}

Result<Person> CheckInService::personFor(const CheckInRequest& request, const QDateTime& now,
                                         bool* created)
{
    *created = false;
    if (request.personId) {
        VAX_TRY_VALUE(auto found, PersonRepository::byId(m_db, *request.personId));
        if (!found)
            return makeError(ErrorCode::NotFound,
                             CheckInText::tr("The person was not found. Search again."),
                             QStringLiteral("person"));
        return *found;
    }
    return resolvePerson(request.draft, request.duplicate, request.staffId, now, created);
}

Status CheckInService::refuseSecondVisit(const Person& person, const QDate& day)
{
    VAX_TRY_VALUE(auto existing, VisitRepository::ofPersonOn(m_db, person.id, day));
    if (!existing)
        return {};
    if (visitStateFromText(existing->state) == VisitState::Cancelled)
        return makeError(ErrorCode::CheckInAlreadyToday,
                         CheckInText::tr("%1 was checked in today with number %2 and that visit "
                                         "was cancelled. One visit per person and day: ask a "
                                         "supervisor, or check in again tomorrow.")
                             .arg(person.name, queueLabel(existing->queueNumber)),
                         QStringLiteral("person"));
    return makeError(ErrorCode::CheckInAlreadyToday,
                     CheckInText::tr("%1 is already checked in today with number %2. Use "
                                     "that number.")
                         .arg(person.name, queueLabel(existing->queueNumber)),
                     QStringLiteral("person"));
}

Result<ScreeningResult> CheckInService::screen(const CheckInRequest& request)
{
    if (request.staffId.isEmpty())
        return noStaff();
    VAX_TRY(requirePermission(m_db, request.staffId, Permission::CheckIn));
    VAX_TRY(checkInput(request));
    return evaluateScreening(Questionnaire::builtIn(), request.answers, request.temperatureC);
}

Result<CheckInReceipt> CheckInService::checkIn(const CheckInRequest& request)
{
    const Questionnaire& questionnaire = Questionnaire::builtIn();
    VAX_TRY_VALUE(auto screening, screen(request));
    if (screening.outcome == ScreeningOutcome::Contraindicated)
        return makeError(ErrorCode::CheckInContraindicated,
                         CheckInText::tr("Screening found a contraindication (%1): do not "
                                         "vaccinate. Explain to the person and refer to a doctor.")
                             .arg(labels::screeningReasons(screening.reasons)),
                         QStringLiteral("screening"));
    if (screening.outcome == ScreeningOutcome::Defer)
        return makeError(ErrorCode::CheckInDeferred,
                         CheckInText::tr("Screening says defer (%1): not today. The person may "
                                         "come back when it has passed.")
                             .arg(labels::screeningReasons(screening.reasons)),
                         QStringLiteral("screening"));

    const QDateTime now = m_clock.nowUtc();
    const QDate day = today();
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(m_db));
    bool created = false;
    VAX_TRY_VALUE(auto person, personFor(request, now, &created));
    VAX_TRY_VALUE(auto adultAge, loadAdultAgeYears(m_db));
    VAX_TRY(checkConsent(request.consent, person.birthDate, day, adultAge));
    VAX_TRY(checkConsentVersion(m_db, request.consent.textVersion));
    VAX_TRY(refuseSecondVisit(person, day));
    VAX_TRY_VALUE(auto number, VisitRepository::nextQueueNumber(m_db, day));

    CheckInReceipt receipt;
    receipt.visitId = newId();
    receipt.personId = person.id;
    receipt.personCreated = created;
    receipt.visitDate = day;
    receipt.queueNumber = number;
    receipt.outcome = screening.outcome;
    NewVisit visit;
    visit.id = receipt.visitId;
    visit.personId = person.id;
    visit.date = day;
    visit.queueNumber = receipt.queueNumber;
    visit.lane = request.priorityLane ? QueueLane::Priority : QueueLane::Normal;
    visit.temperatureC = request.temperatureC;
    visit.screeningVersion = questionnaire.version();
    visit.screening =
        screening.toJson(questionnaire.version(), request.temperatureC, request.answers);
    visit.outcome = screening.outcome;
    visit.appointmentId = request.appointmentId.trimmed();
    visit.checkedInAt = now;
    visit.checkedInBy = request.staffId;
    VAX_TRY(VisitRepository::insert(m_db, visit));
    VAX_TRY(VisitRepository::insertConsent(m_db, receipt.visitId, request.consent, now,
                                           request.staffId));
    AuditEntry audit;
    audit.at = now;
    audit.actor = request.staffId;
    audit.action = QStringLiteral("checkin");
    audit.entity = QStringLiteral("visit");
    audit.entityId = receipt.visitId;
    audit.detail = {{QStringLiteral("person_id"), person.id},
                    {QStringLiteral("person_created"), created},
                    {QStringLiteral("queue_number"), receipt.queueNumber},
                    {QStringLiteral("outcome"), screeningOutcomeName(screening.outcome)}};
    VAX_TRY(AuditLog::append(m_db, audit));
    VAX_TRY(tx.commit());
    return receipt;
}

Result<DeferralReceipt> CheckInService::recordDeferral(const CheckInRequest& request)
{
    const Questionnaire& questionnaire = Questionnaire::builtIn();
    VAX_TRY_VALUE(auto screening, screen(request));
    if (screening.outcome != ScreeningOutcome::Defer &&
        screening.outcome != ScreeningOutcome::Contraindicated)
        return makeError(ErrorCode::CheckInNotDeferred,
                         CheckInText::tr("Screening does not say defer: nothing to record as a "
                                         "deferral. Check the person in instead."),
                         QStringLiteral("screening"));
    const QDateTime now = m_clock.nowUtc();
    const QDate day = today();
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(m_db));
    bool created = false;
    VAX_TRY_VALUE(auto person, personFor(request, now, &created));
    VAX_TRY(refuseSecondVisit(person, day));

    DeferralReceipt receipt;
    receipt.deferralId = newId();
    receipt.personId = person.id;
    receipt.personCreated = created;
    receipt.visitDate = day;
    receipt.outcome = screening.outcome;
    receipt.reasons = screening.reasons;
    NewDeferral deferral;
    deferral.id = receipt.deferralId;
    deferral.personId = person.id;
    deferral.date = day;
    deferral.outcome = screening.outcome;
    deferral.temperatureC = request.temperatureC;
    deferral.screeningVersion = questionnaire.version();
    deferral.screening =
        screening.toJson(questionnaire.version(), request.temperatureC, request.answers);
    deferral.appointmentId = request.appointmentId.trimmed();
    deferral.recordedAt = now;
    deferral.recordedBy = request.staffId;
    VAX_TRY(DeferralRepository::insert(m_db, deferral));
    // A contraindicating answer is remembered with the person, so a "no" on a later visit does
    // not forget it (the desk's checklist blocks on it until a doctor lifts it).
    QJsonArray remembered;
    if (screening.outcome == ScreeningOutcome::Contraindicated) {
        VAX_TRY_VALUE(auto added, ContraindicationService::recordFromScreening(
                                      m_db, questionnaire, person.id, receipt.deferralId,
                                      screening.reasons, now, request.staffId));
        for (const Contraindication& c : added) {
            receipt.contraindicationIds << c.id;
            remembered.append(c.id);
        }
    }
    AuditEntry audit;
    audit.at = now;
    audit.actor = request.staffId;
    audit.action = QStringLiteral("checkin.deferral");
    audit.entity = QStringLiteral("deferral");
    audit.entityId = receipt.deferralId;
    audit.detail = {{QStringLiteral("person_id"), person.id},
                    {QStringLiteral("person_created"), created},
                    {QStringLiteral("outcome"), screeningOutcomeName(screening.outcome)},
                    {QStringLiteral("reasons"), QJsonArray::fromStringList(screening.reasons)},
                    {QStringLiteral("contraindications"), remembered}};
    VAX_TRY(AuditLog::append(m_db, audit));
    VAX_TRY(tx.commit());
    return receipt;
}

Result<PersonReceipt> CheckInService::registerPerson(const PersonDraft& draft,
                                                     const DuplicateResolution& duplicate,
                                                     const QString& staffId)
{
    if (staffId.isEmpty())
        return noStaff();
    VAX_TRY(requirePermission(m_db, staffId, Permission::CheckIn));
    VAX_TRY_VALUE(auto doc, checkDocument(draft.document, today()));
    const QDateTime now = m_clock.nowUtc();
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(m_db));
    VAX_TRY_VALUE(auto known, PersonRepository::byDocument(m_db, doc.type, doc.matchKey));
    if (known)
        return PersonReceipt{*known, false, false};
    bool created = false;
    VAX_TRY_VALUE(auto person, resolvePerson(draft, duplicate, staffId, now, &created));
    AuditEntry audit;
    audit.at = now;
    audit.actor = staffId;
    audit.action = created ? QStringLiteral("person.add") : QStringLiteral("person.link_document");
    audit.entity = QStringLiteral("person");
    audit.entityId = person.id;
    audit.detail = {{QStringLiteral("document_type"), documentTypeName(doc.type)}};
    VAX_TRY(AuditLog::append(m_db, audit));
    VAX_TRY(tx.commit());
    return PersonReceipt{person, created, !created};
}

Status CheckInService::cancelVisit(const QString& visitId, const QString& staffId,
                                   const QString& reason)
{
    if (staffId.isEmpty())
        return noStaff();
    VAX_TRY(requirePermission(m_db, staffId, Permission::CheckIn));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::ReasonRequired,
                         CheckInText::tr("Give a reason for cancelling the visit, e.g. \"left "
                                         "before being called\"."),
                         QStringLiteral("reason"));
    VAX_TRY(input::checkText(reason.trimmed(), QStringLiteral("reason"), CheckInText::tr("Reason"),
                             input::kNote));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(m_db));
    VAX_TRY_VALUE(auto visit, VisitRepository::byId(m_db, visitId));
    if (!visit)
        return makeError(ErrorCode::NotFound,
                         CheckInText::tr("No visit has the id %1. Take the id from the queue "
                                         "list.")
                             .arg(visitId),
                         QStringLiteral("visit"));
    const QString state = visit->state;
    const int number = visit->queueNumber;
    if (visitStateFromText(state) != VisitState::Waiting)
        return makeError(ErrorCode::VisitNotWaiting,
                         CheckInText::tr("Visit number %1 is %2, not waiting: only a waiting "
                                         "visit can be cancelled.")
                             .arg(number)
                             .arg(state),
                         QStringLiteral("visit"));
    VAX_TRY(VisitRepository::cancel(m_db, visitId));
    AuditEntry audit;
    audit.at = m_clock.nowUtc();
    audit.actor = staffId;
    audit.action = QStringLiteral("visit.cancel");
    audit.entity = QStringLiteral("visit");
    audit.entityId = visitId;
    audit.detail = {{QStringLiteral("queue_number"), number},
                    {QStringLiteral("reason"), reason.trimmed()}};
    VAX_TRY(AuditLog::append(m_db, audit));
    return tx.commit();
}

Result<std::vector<QueueEntry>> CheckInService::queue(const QDate& day)
{
    return VisitRepository::queueOn(m_db, day);
}

Result<std::optional<QueueEntry>> CheckInService::visitToday(const QString& personId)
{
    return VisitRepository::ofPersonOn(m_db, personId, today());
}

Result<std::vector<DeferralEntry>> CheckInService::deferrals(const QDate& day)
{
    return DeferralRepository::onDay(m_db, day);
}

}  // namespace vax
