#include "checkin/checkinservice.h"
#include "security/permissions.h"
#include "site/site.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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

// QSqlQuery binds a null QString as NULL; NOT NULL text columns want ''.
QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
}  // namespace

CheckInService::CheckInService(Database& db, const Clock& clock)
    : m_db(db), m_clock(clock), m_calendar(siteCalendar(db, clock))
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
    auto doc = checkDocument(draft.document, today());
    if (!doc)
        return doc.error();
    auto known = PersonRepository::byDocument(m_db, doc->type, doc->matchKey);
    if (!known)
        return known.error();
    if (*known)
        return **known;  // found by the document: never a second record
    if (draft.name.simplified().isEmpty())
        return makeError(ErrorCode::PersonInvalid,
                         CheckInText::tr("The name is empty. Enter the name as on the document."),
                         QStringLiteral("name"));
    VAX_TRY(input::checkText(draft.name.simplified(), QStringLiteral("name"),
                             CheckInText::tr("Name"), input::kPersonName));
    VAX_TRY(input::checkPhone(draft.phone.trimmed(), QStringLiteral("phone"),
                              CheckInText::tr("Phone")));
    if (!doc->birthDate)
        return makeError(ErrorCode::PersonInvalid,
                         CheckInText::tr("Birth date is missing: the %1 number does not carry "
                                         "it. Enter the birth date from the document, e.g. "
                                         "2004-02-29.")
                             .arg(documentTypeLabel(doc->type)),
                         QStringLiteral("birth_date"));
    if (duplicate.kind == DuplicateResolution::LinkToExisting) {
        auto target = PersonRepository::byId(m_db, duplicate.personId);
        if (!target)
            return target.error();
        if (!*target)
            return makeError(ErrorCode::NotFound,
                             CheckInText::tr("The person to link the document to was not "
                                             "found. Search again."),
                             QStringLiteral("person"));
        VAX_TRY(PersonRepository::addDocument(m_db, (*target)->id, *doc, now, staffId));
        return **target;
    }
    if (duplicate.kind == DuplicateResolution::Unresolved) {
        auto dups = PersonRepository::possibleDuplicates(m_db, draft.name, *doc->birthDate, *doc);
        if (!dups)
            return dups.error();
        if (!dups->empty()) {
            QStringList ids;
            for (const Person& p : *dups)
                ids << p.id;
            return makeError(ErrorCode::PersonDuplicate,
                             CheckInText::tr("%1 born %2 is already registered with another "
                                             "document (%3). Link this document to that person "
                                             "or confirm that this is a new person.")
                                 .arg(draft.name.simplified(),
                                      doc->birthDate->toString(Qt::ISODate), ids.join(u", ")),
                             QStringLiteral("person"));
        }
    }
    Person p;
    p.id = newId();
    p.name = draft.name.simplified();
    p.sex = doc->sex;
    p.birthDate = *doc->birthDate;
    p.phone = draft.phone.trimmed();
    p.createdAt = now;
    VAX_TRY(PersonRepository::insert(m_db, p, staffId));
    VAX_TRY(PersonRepository::addDocument(m_db, p.id, *doc, now, staffId));
    *created = true;
    return p;
}

Result<int> CheckInService::nextQueueNumber(const QDate& day)
{
    auto up = m_db.exec(QStringLiteral("INSERT INTO queue_counter(visit_date, last_number) "
                                       "VALUES (?, 1) ON CONFLICT(visit_date) DO UPDATE SET "
                                       "last_number = last_number + 1"),
                        {day.toString(Qt::ISODate)});
    if (!up)
        return up.error();
    auto q = m_db.exec(QStringLiteral("SELECT last_number FROM queue_counter WHERE visit_date = ?"),
                       {day.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    return q->scalar().toInt();
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
        auto found = PersonRepository::byId(m_db, *request.personId);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound,
                             CheckInText::tr("The person was not found. Search again."),
                             QStringLiteral("person"));
        return **found;
    }
    return resolvePerson(request.draft, request.duplicate, request.staffId, now, created);
}

Status CheckInService::refuseSecondVisit(const Person& person, const QDate& day)
{
    auto existing = visitOn(person.id, day);
    if (!existing)
        return existing.error();
    if (!*existing)
        return {};
    if ((*existing)->state == u"cancelled")
        return makeError(ErrorCode::CheckInAlreadyToday,
                         CheckInText::tr("%1 was checked in today with number %2 and that visit "
                                         "was cancelled. One visit per person and day: ask a "
                                         "supervisor, or check in again tomorrow.")
                             .arg(person.name)
                             .arg((*existing)->queueNumber),
                         QStringLiteral("person"));
    return makeError(ErrorCode::CheckInAlreadyToday,
                     CheckInText::tr("%1 is already checked in today with number %2. Use "
                                     "that number.")
                         .arg(person.name)
                         .arg((*existing)->queueNumber),
                     QStringLiteral("person"));
}

Result<CheckInReceipt> CheckInService::checkIn(const CheckInRequest& request)
{
    if (request.staffId.isEmpty())
        return noStaff();
    VAX_TRY(requirePermission(m_db, request.staffId, Permission::CheckIn));
    VAX_TRY(checkInput(request));
    const Questionnaire& questionnaire = Questionnaire::builtIn();
    auto screening = evaluateScreening(questionnaire, request.answers, request.temperatureC);
    if (!screening)
        return screening.error();
    if (screening->outcome == ScreeningOutcome::Contraindicated)
        return makeError(ErrorCode::CheckInContraindicated,
                         CheckInText::tr("Screening found a contraindication (%1): do not "
                                         "vaccinate. Explain to the person and refer to a doctor.")
                             .arg(labels::screeningReasons(screening->reasons)),
                         QStringLiteral("screening"));
    if (screening->outcome == ScreeningOutcome::Defer)
        return makeError(ErrorCode::CheckInDeferred,
                         CheckInText::tr("Screening says defer (%1): not today. The person may "
                                         "come back when it has passed.")
                             .arg(labels::screeningReasons(screening->reasons)),
                         QStringLiteral("screening"));

    const QDateTime now = m_clock.nowUtc();
    const QDate day = today();
    auto tx = WriteTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    bool created = false;
    auto person = personFor(request, now, &created);
    if (!person)
        return person.error();
    auto adultAge = loadAdultAgeYears(m_db);
    if (!adultAge)
        return adultAge.error();
    VAX_TRY(checkConsent(request.consent, person->birthDate, day, *adultAge));
    VAX_TRY(checkConsentVersion(m_db, request.consent.textVersion));
    VAX_TRY(refuseSecondVisit(*person, day));
    auto number = nextQueueNumber(day);
    if (!number)
        return number.error();

    CheckInReceipt receipt;
    receipt.visitId = newId();
    receipt.personId = person->id;
    receipt.personCreated = created;
    receipt.visitDate = day;
    receipt.queueNumber = *number;
    receipt.outcome = screening->outcome;
    const QString at = now.toString(Qt::ISODateWithMs);
    const QJsonObject screeningJson =
        screening->toJson(questionnaire.version(), request.temperatureC, request.answers);
    auto visit = m_db.exec(
        QStringLiteral("INSERT INTO visit(id, person_id, visit_date, queue_number, lane, state, "
                       "temperature_c, screening_version, screening, screening_outcome, "
                       "appointment_id, checked_in_at, checked_in_by) VALUES (?, ?, ?, ?, ?, "
                       "'waiting', ?, ?, ?, ?, ?, ?, ?)"),
        {receipt.visitId, person->id, day.toString(Qt::ISODate), receipt.queueNumber,
         request.priorityLane ? QStringLiteral("priority") : QStringLiteral("normal"),
         request.temperatureC, questionnaire.version(),
         QString::fromUtf8(QJsonDocument(screeningJson).toJson(QJsonDocument::Compact)),
         screeningOutcomeName(screening->outcome), notNull(request.appointmentId.trimmed()), at,
         request.staffId});
    if (!visit)
        return visit.error();
    const bool guardian = request.consent.signer == ConsentSigner::Guardian;
    auto consent = m_db.exec(
        QStringLiteral("INSERT INTO consent(id, visit_id, text_version, signed_at, signer, "
                       "guardian_name, guardian_relation, recorded_by) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        {newId(), receipt.visitId, request.consent.textVersion.trimmed(), at,
         guardian ? QStringLiteral("guardian") : QStringLiteral("self"),
         notNull(guardian ? request.consent.guardianName.trimmed() : QString()),
         notNull(guardian ? request.consent.guardianRelation.trimmed() : QString()),
         request.staffId});
    if (!consent)
        return consent.error();
    AuditEntry audit;
    audit.at = now;
    audit.actor = request.staffId;
    audit.action = QStringLiteral("checkin");
    audit.entity = QStringLiteral("visit");
    audit.entityId = receipt.visitId;
    audit.detail = {{QStringLiteral("person_id"), person->id},
                    {QStringLiteral("person_created"), created},
                    {QStringLiteral("queue_number"), receipt.queueNumber},
                    {QStringLiteral("outcome"), screeningOutcomeName(screening->outcome)}};
    VAX_TRY(AuditLog::append(m_db, audit));
    VAX_TRY(tx->commit());
    return receipt;
}

Result<DeferralReceipt> CheckInService::recordDeferral(const CheckInRequest& request)
{
    if (request.staffId.isEmpty())
        return noStaff();
    VAX_TRY(requirePermission(m_db, request.staffId, Permission::CheckIn));
    VAX_TRY(checkInput(request));
    const Questionnaire& questionnaire = Questionnaire::builtIn();
    auto screening = evaluateScreening(questionnaire, request.answers, request.temperatureC);
    if (!screening)
        return screening.error();
    if (screening->outcome != ScreeningOutcome::Defer &&
        screening->outcome != ScreeningOutcome::Contraindicated)
        return makeError(ErrorCode::CheckInNotDeferred,
                         CheckInText::tr("Screening does not say defer: nothing to record as a "
                                         "deferral. Check the person in instead."),
                         QStringLiteral("screening"));
    const QDateTime now = m_clock.nowUtc();
    const QDate day = today();
    auto tx = WriteTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    bool created = false;
    auto person = personFor(request, now, &created);
    if (!person)
        return person.error();
    VAX_TRY(refuseSecondVisit(*person, day));

    DeferralReceipt receipt;
    receipt.deferralId = newId();
    receipt.personId = person->id;
    receipt.personCreated = created;
    receipt.visitDate = day;
    receipt.outcome = screening->outcome;
    receipt.reasons = screening->reasons;
    const QJsonObject screeningJson =
        screening->toJson(questionnaire.version(), request.temperatureC, request.answers);
    auto row = m_db.exec(
        QStringLiteral("INSERT INTO deferral(id, person_id, visit_date, outcome, temperature_c, "
                       "screening_version, screening, appointment_id, recorded_at, recorded_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {receipt.deferralId, person->id, day.toString(Qt::ISODate),
         screeningOutcomeName(screening->outcome), request.temperatureC, questionnaire.version(),
         QString::fromUtf8(QJsonDocument(screeningJson).toJson(QJsonDocument::Compact)),
         notNull(request.appointmentId.trimmed()), now.toString(Qt::ISODateWithMs),
         request.staffId});
    if (!row)
        return row.error();
    // A contraindicating answer is remembered with the person, so a "no" on a later visit does
    // not forget it (the desk's checklist blocks on it until a doctor lifts it).
    QJsonArray remembered;
    if (screening->outcome == ScreeningOutcome::Contraindicated) {
        auto added = ContraindicationService::recordFromScreening(
            m_db, questionnaire, person->id, receipt.deferralId, screening->reasons, now,
            request.staffId);
        if (!added)
            return added.error();
        for (const Contraindication& c : *added) {
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
    audit.detail = {{QStringLiteral("person_id"), person->id},
                    {QStringLiteral("person_created"), created},
                    {QStringLiteral("outcome"), screeningOutcomeName(screening->outcome)},
                    {QStringLiteral("reasons"), QJsonArray::fromStringList(screening->reasons)},
                    {QStringLiteral("contraindications"), remembered}};
    VAX_TRY(AuditLog::append(m_db, audit));
    VAX_TRY(tx->commit());
    return receipt;
}

Result<PersonReceipt> CheckInService::registerPerson(const PersonDraft& draft,
                                                     const DuplicateResolution& duplicate,
                                                     const QString& staffId)
{
    if (staffId.isEmpty())
        return noStaff();
    VAX_TRY(requirePermission(m_db, staffId, Permission::CheckIn));
    auto doc = checkDocument(draft.document, today());
    if (!doc)
        return doc.error();
    const QDateTime now = m_clock.nowUtc();
    auto tx = WriteTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto known = PersonRepository::byDocument(m_db, doc->type, doc->matchKey);
    if (!known)
        return known.error();
    if (*known)
        return PersonReceipt{**known, false, false};
    bool created = false;
    auto person = resolvePerson(draft, duplicate, staffId, now, &created);
    if (!person)
        return person.error();
    AuditEntry audit;
    audit.at = now;
    audit.actor = staffId;
    audit.action = created ? QStringLiteral("person.add") : QStringLiteral("person.link_document");
    audit.entity = QStringLiteral("person");
    audit.entityId = person->id;
    audit.detail = {{QStringLiteral("document_type"), documentTypeName(doc->type)}};
    VAX_TRY(AuditLog::append(m_db, audit));
    VAX_TRY(tx->commit());
    return PersonReceipt{*person, created, !created};
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
    auto tx = WriteTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto q =
        m_db.exec(QStringLiteral("SELECT state, queue_number FROM visit WHERE id = ?"), {visitId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         CheckInText::tr("No visit has the id %1. Take the id from the queue "
                                         "list.")
                             .arg(visitId),
                         QStringLiteral("visit"));
    const QString state = q->value(0).toString();
    const int number = q->value(1).toInt();
    if (state != u"waiting")
        return makeError(ErrorCode::VisitNotWaiting,
                         CheckInText::tr("Visit number %1 is %2, not waiting: only a waiting "
                                         "visit can be cancelled.")
                             .arg(number)
                             .arg(state),
                         QStringLiteral("visit"));
    auto up = m_db.exec(
        QStringLiteral("UPDATE visit SET state = 'cancelled' WHERE id = ? AND state = 'waiting'"),
        {visitId});
    if (!up)
        return up.error();
    AuditEntry audit;
    audit.at = m_clock.nowUtc();
    audit.actor = staffId;
    audit.action = QStringLiteral("visit.cancel");
    audit.entity = QStringLiteral("visit");
    audit.entityId = visitId;
    audit.detail = {{QStringLiteral("queue_number"), number},
                    {QStringLiteral("reason"), reason.trimmed()}};
    VAX_TRY(AuditLog::append(m_db, audit));
    return tx->commit();
}

namespace {
const QString kQueueColumns = QStringLiteral(
    "SELECT v.id, v.person_id, p.name, v.queue_number, v.lane, v.state, "
    "v.screening_outcome, v.checked_in_at FROM visit v JOIN person p ON p.id = "
    "v.person_id ");

QueueEntry readQueueEntry(const Query& q)
{
    QueueEntry e;
    e.visitId = q.value(0).toString();
    e.personId = q.value(1).toString();
    e.name = q.value(2).toString();
    e.queueNumber = q.value(3).toInt();
    e.lane = q.value(4).toString();
    e.state = q.value(5).toString();
    e.screeningOutcome = q.value(6).toString();
    e.checkedInAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    return e;
}
}  // namespace

Result<std::vector<QueueEntry>> CheckInService::queue(const QDate& day)
{
    auto q = m_db.exec(kQueueColumns + QStringLiteral("WHERE v.visit_date = ? ORDER BY "
                                                      "v.queue_number"),
                       {day.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    std::vector<QueueEntry> out;
    while (q->next())
        out.push_back(readQueueEntry(*q));
    return out;
}

Result<std::optional<QueueEntry>> CheckInService::visitOn(const QString& personId, const QDate& day)
{
    auto q = m_db.exec(kQueueColumns + QStringLiteral("WHERE v.person_id = ? AND v.visit_date = ?"),
                       {personId, day.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QueueEntry>();
    return std::optional<QueueEntry>(readQueueEntry(*q));
}

Result<std::optional<QueueEntry>> CheckInService::visitToday(const QString& personId)
{
    return visitOn(personId, today());
}

Result<std::vector<DeferralEntry>> CheckInService::deferrals(const QDate& day)
{
    auto q = m_db.exec(QStringLiteral("SELECT d.id, d.person_id, p.name, d.outcome, d.screening, "
                                      "d.temperature_c, d.recorded_at FROM deferral d JOIN person "
                                      "p ON p.id = d.person_id WHERE d.visit_date = ? ORDER BY "
                                      "d.recorded_at"),
                       {day.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    std::vector<DeferralEntry> out;
    while (q->next()) {
        DeferralEntry e;
        e.deferralId = q->value(0).toString();
        e.personId = q->value(1).toString();
        e.name = q->value(2).toString();
        e.outcome =
            screeningOutcomeFromName(q->value(3).toString()).value_or(ScreeningOutcome::Defer);
        const QJsonObject screening =
            QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object();
        for (const QJsonValue& r : screening.value(QStringLiteral("reasons")).toArray())
            e.reasons << r.toString();
        e.temperatureC = q->value(5).toDouble();
        e.recordedAt = QDateTime::fromString(q->value(6).toString(), Qt::ISODateWithMs);
        out.push_back(e);
    }
    return out;
}

}  // namespace vax
