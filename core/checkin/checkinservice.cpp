#include "checkin/checkinservice.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include "common/clock.h"
#include "common/ids.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct CheckInText {
    Q_DECLARE_TR_FUNCTIONS(CheckIn)
};

// QSqlQuery binds a null QString as NULL; NOT NULL text columns want ''.
QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
}  // namespace

CheckInService::CheckInService(Database& db, const Clock& clock, QTimeZone siteZone)
    : m_db(db), m_clock(clock), m_zone(std::move(siteZone))
{
}

QDate CheckInService::today() const
{
    return m_clock.nowUtc().toTimeZone(m_zone).date();
}

Result<Person> CheckInService::resolvePerson(const CheckInRequest& request, const QDateTime& now,
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
    const PersonDraft& draft = request.draft;
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
    if (!doc->birthDate)
        return makeError(ErrorCode::PersonInvalid,
                         CheckInText::tr("This document does not carry a birth date. Enter the "
                                         "birth date."),
                         QStringLiteral("birth_date"));
    if (request.duplicate.kind == DuplicateResolution::LinkToExisting) {
        auto target = PersonRepository::byId(m_db, request.duplicate.personId);
        if (!target)
            return target.error();
        if (!*target)
            return makeError(ErrorCode::NotFound,
                             CheckInText::tr("The person to link the document to was not "
                                             "found. Search again."),
                             QStringLiteral("person"));
        VAX_TRY(PersonRepository::addDocument(m_db, (*target)->id, *doc, now, request.staffId));
        return **target;
    }
    if (request.duplicate.kind == DuplicateResolution::Unresolved) {
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
    VAX_TRY(PersonRepository::insert(m_db, p, request.staffId));
    VAX_TRY(PersonRepository::addDocument(m_db, p.id, *doc, now, request.staffId));
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

Result<CheckInReceipt> CheckInService::checkIn(const CheckInRequest& request)
{
    if (request.staffId.isEmpty())
        return makeError(ErrorCode::PermissionDenied,
                         CheckInText::tr("No staff member is logged in. Log in to check people "
                                         "in."),
                         QStringLiteral("staff"));
    const Questionnaire& questionnaire = Questionnaire::builtIn();
    auto screening = evaluateScreening(questionnaire, request.answers, request.temperatureC);
    if (!screening)
        return screening.error();
    if (screening->outcome == ScreeningOutcome::Contraindicated)
        return makeError(ErrorCode::CheckInContraindicated,
                         CheckInText::tr("Screening found a contraindication (%1): do not "
                                         "vaccinate. Explain to the person and refer to a doctor.")
                             .arg(screening->reasons.join(u", ")),
                         QStringLiteral("screening"));
    if (screening->outcome == ScreeningOutcome::Defer)
        return makeError(ErrorCode::CheckInDeferred,
                         CheckInText::tr("Screening says defer (%1): not today. The person may "
                                         "come back when it has passed.")
                             .arg(screening->reasons.join(u", ")),
                         QStringLiteral("screening"));

    const QDateTime now = m_clock.nowUtc();
    const QDate day = today();
    auto tx = WriteTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    bool created = false;
    auto person = resolvePerson(request, now, &created);
    if (!person)
        return person.error();
    VAX_TRY(checkConsent(request.consent, person->birthDate, day));
    auto already = m_db.exec(QStringLiteral("SELECT queue_number FROM visit WHERE person_id = ? "
                                            "AND visit_date = ?"),
                             {person->id, day.toString(Qt::ISODate)});
    if (!already)
        return already.error();
    const QVariant existing = already->scalar();
    if (existing.isValid())
        return makeError(ErrorCode::CheckInAlreadyToday,
                         CheckInText::tr("%1 is already checked in today with number %2. Use "
                                         "that number.")
                             .arg(person->name)
                             .arg(existing.toInt()),
                         QStringLiteral("person"));
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
                       "appointment_id, checked_in_at, checked_in_by, change_seq) VALUES (?, ?, "
                       "?, ?, ?, 'waiting', ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(change_seq), "
                       "0) + 1 FROM visit))"),
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

Result<std::vector<QueueEntry>> CheckInService::queue(const QDate& day)
{
    auto q = m_db.exec(QStringLiteral("SELECT v.id, v.person_id, p.name, v.queue_number, v.lane, "
                                      "v.state, v.screening_outcome, v.checked_in_at FROM visit v "
                                      "JOIN person p ON p.id = v.person_id WHERE v.visit_date = ? "
                                      "ORDER BY v.queue_number"),
                       {day.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    std::vector<QueueEntry> out;
    while (q->next()) {
        QueueEntry e;
        e.visitId = q->value(0).toString();
        e.personId = q->value(1).toString();
        e.name = q->value(2).toString();
        e.queueNumber = q->value(3).toInt();
        e.lane = q->value(4).toString();
        e.state = q->value(5).toString();
        e.screeningOutcome = q->value(6).toString();
        e.checkedInAt = QDateTime::fromString(q->value(7).toString(), Qt::ISODateWithMs);
        out.push_back(e);
    }
    return out;
}

}  // namespace vax
