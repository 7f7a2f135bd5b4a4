#include "checkin/visitrepository.h"

#include <QJsonDocument>

#include "common/dbformat.h"
#include "common/ids.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/queryread.h"

namespace vax {

namespace {

// Check-in stores its times as given (UTC from the Clock).
QString checkInTime(const QDateTime& t)
{
    return t.toString(Qt::ISODateWithMs);
}

const QString kQueueColumns = QStringLiteral(
    "SELECT v.id AS id, v.person_id AS person_id, p.name AS name, v.queue_number AS queue_number, "
    "v.lane AS lane, v.state AS state, v.screening_outcome AS screening_outcome, "
    "v.checked_in_at AS checked_in_at FROM visit v JOIN person p ON p.id = v.person_id ");

QueueEntry readQueueEntry(const Query& q)
{
    QueueEntry e;
    e.visitId = text(q, "id");
    e.personId = text(q, "person_id");
    e.name = text(q, "name");
    e.queueNumber = q.value(QStringLiteral("queue_number")).toInt();
    e.lane = text(q, "lane");
    e.state = text(q, "state");
    e.screeningOutcome = text(q, "screening_outcome");
    e.checkedInAt = QDateTime::fromString(text(q, "checked_in_at"), Qt::ISODateWithMs);
    return e;
}

Result<std::vector<QueueEntry>> readQueue(Result<Query> q)
{
    if (!q)
        return q.error();
    std::vector<QueueEntry> out;
    while (q->next())
        out.push_back(readQueueEntry(*q));
    return out;
}

Result<std::optional<QueueEntry>> readFirst(Result<Query> q)
{
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QueueEntry>();
    return std::optional<QueueEntry>(readQueueEntry(*q));
}

Result<bool> changedOne(Result<Query> q)
{
    if (!q)
        return q.error();
    return q->rowsAffected() == 1;
}
}  // namespace

QString visitStateText(VisitState state)
{
    switch (state) {
        case VisitState::Waiting:
            return QStringLiteral("waiting");
        case VisitState::Called:
            return QStringLiteral("called");
        case VisitState::Vaccinated:
            return QStringLiteral("vaccinated");
        case VisitState::Deferred:
            return QStringLiteral("deferred");
        case VisitState::Cancelled:
            return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<VisitState> visitStateFromText(QStringView text)
{
    for (VisitState s : {VisitState::Waiting, VisitState::Called, VisitState::Vaccinated,
                         VisitState::Deferred, VisitState::Cancelled})
        if (text == visitStateText(s))
            return s;
    return std::nullopt;
}

QString queueLaneText(QueueLane lane)
{
    return lane == QueueLane::Priority ? QStringLiteral("priority") : QStringLiteral("normal");
}

QString consentSignerText(ConsentSigner signer)
{
    return signer == ConsentSigner::Guardian ? QStringLiteral("guardian") : QStringLiteral("self");
}

std::optional<ConsentSigner> consentSignerFromText(QStringView text)
{
    for (ConsentSigner s : {ConsentSigner::Self, ConsentSigner::Guardian})
        if (text == consentSignerText(s))
            return s;
    return std::nullopt;
}

Result<int> VisitRepository::nextQueueNumber(Database& db, const QDate& day)
{
    // One statement: the day's counter moves and says where it is now.
    VAX_TRY_VALUE(auto q,
                  db.exec(QStringLiteral("INSERT INTO queue_counter(visit_date, last_number) "
                                         "VALUES (?, 1) ON CONFLICT(visit_date) DO UPDATE SET "
                                         "last_number = last_number + 1 RETURNING last_number"),
                          {day.toString(Qt::ISODate)}));
    const int k = q.scalar().toInt();
    // The desk's number block (meta site.desk, written by site join; empty when not joined).
    VAX_TRY_VALUE(auto desk, readMeta(db, QStringLiteral("site.desk")));
    return desk.toInt() * kDeskQueueBlock + k;
}

Status VisitRepository::insert(Database& db, const NewVisit& v)
{
    VAX_TRY(db.exec(
        QStringLiteral("INSERT INTO visit(id, person_id, visit_date, queue_number, lane, state, "
                       "temperature_c, screening_version, screening, screening_outcome, "
                       "appointment_id, checked_in_at, checked_in_by) VALUES (?, ?, ?, ?, ?, "
                       "'waiting', ?, ?, ?, ?, ?, ?, ?)"),
        {v.id, v.personId, v.date.toString(Qt::ISODate), v.queueNumber, queueLaneText(v.lane),
         v.temperatureC, v.screeningVersion,
         QString::fromUtf8(QJsonDocument(v.screening).toJson(QJsonDocument::Compact)),
         screeningOutcomeName(v.outcome), notNull(v.appointmentId), checkInTime(v.checkedInAt),
         v.checkedInBy}));
    return {};
}

Status VisitRepository::insertConsent(Database& db, const QString& visitId, const ConsentInput& c,
                                      const QDateTime& at, const QString& recordedBy)
{
    const bool guardian = c.signer == ConsentSigner::Guardian;
    VAX_TRY(db.exec(
        QStringLiteral("INSERT INTO consent(id, visit_id, text_version, signed_at, signer, "
                       "guardian_name, guardian_relation, recorded_by) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        {newId(), visitId, c.textVersion.trimmed(), checkInTime(at), consentSignerText(c.signer),
         notNull(guardian ? c.guardianName.trimmed() : QString()),
         notNull(guardian ? c.guardianRelation.trimmed() : QString()), recordedBy}));
    return {};
}

Result<bool> VisitRepository::markCalled(Database& db, const QString& id, const QString& desk,
                                         const QDateTime& at)
{
    static const QString sql = QStringLiteral(
        "UPDATE visit SET state = 'called', desk = ?, called_at = ? WHERE id = ? AND state = "
        "'waiting'");
    return changedOne(db.exec(sql, {desk, toDbTime(at), id}));
}

Result<bool> VisitRepository::markVaccinated(Database& db, const QString& id, const QString& desk)
{
    static const QString sql = QStringLiteral(
        "UPDATE visit SET state = 'vaccinated', desk = ? WHERE id = ? AND state IN ('waiting', "
        "'called')");
    return changedOne(db.exec(sql, {notNull(desk), id}));
}

Result<bool> VisitRepository::reopen(Database& db, const QString& id, const QDate& day)
{
    static const QString sql = QStringLiteral(
        "UPDATE visit SET state = 'called' WHERE id = ? AND state = 'vaccinated' AND "
        "visit_date = ?");
    return changedOne(db.exec(sql, {id, day.toString(Qt::ISODate)}));
}

Result<bool> VisitRepository::cancel(Database& db, const QString& id)
{
    return changedOne(db.exec(
        QStringLiteral("UPDATE visit SET state = 'cancelled' WHERE id = ? AND state = 'waiting'"),
        {id}));
}

Result<std::optional<QueueEntry>> VisitRepository::byId(Database& db, const QString& id)
{
    return readFirst(db.exec(kQueueColumns + QStringLiteral("WHERE v.id = ?"), {id}));
}

Result<std::vector<QueueEntry>> VisitRepository::queueOn(Database& db, const QDate& day)
{
    return readQueue(db.exec(kQueueColumns + QStringLiteral("WHERE v.visit_date = ? ORDER BY "
                                                            "v.queue_number"),
                             {day.toString(Qt::ISODate)}));
}

Result<std::optional<QueueEntry>> VisitRepository::nextWaiting(Database& db, const QDate& day)
{
    return readFirst(
        db.exec(kQueueColumns + QStringLiteral("WHERE v.visit_date = ? AND v.state = 'waiting' "
                                               "ORDER BY v.lane = 'priority' DESC, "
                                               "v.queue_number LIMIT 1"),
                {day.toString(Qt::ISODate)}));
}

Result<std::optional<QueueEntry>> VisitRepository::ofPersonOn(Database& db, const QString& personId,
                                                              const QDate& day)
{
    return readFirst(
        // Two visits of the day only when another desk checked the person in too (schema 20):
        // this desk's own comes first.
        db.exec(kQueueColumns + QStringLiteral("WHERE v.person_id = ? AND v.visit_date = ? "
                                               "ORDER BY v.origin_desk IS NOT NULL, "
                                               "v.queue_number LIMIT 1"),
                {personId, day.toString(Qt::ISODate)}));
}

Result<std::optional<DeskVisit>> VisitRepository::forDesk(Database& db, const QString& id)
{
    VAX_TRY_VALUE(
        auto v,
        db.exec(QStringLiteral("SELECT v.person_id AS person_id, v.visit_date AS visit_date, "
                               "v.state AS state, v.queue_number AS queue_number, "
                               "v.screening AS screening, "
                               "v.screening_outcome AS screening_outcome, v.desk AS desk, "
                               "c.text_version AS text_version, c.signer AS signer, "
                               "c.guardian_name AS guardian_name, "
                               "c.guardian_relation AS guardian_relation "
                               "FROM visit v LEFT JOIN consent c ON c.visit_id = v.id "
                               "WHERE v.id = ?"),
                {id}));
    if (!v.next())
        return std::optional<DeskVisit>();
    DeskVisit d;
    d.personId = text(v, "person_id");
    d.date = QDate::fromString(text(v, "visit_date"), Qt::ISODate);
    d.state = text(v, "state");
    d.queueNumber = v.value(QStringLiteral("queue_number")).toInt();
    d.screening = QJsonDocument::fromJson(text(v, "screening").toUtf8()).object();
    d.screeningOutcome = text(v, "screening_outcome");
    d.desk = text(v, "desk");
    const QVariant version = v.value(QStringLiteral("text_version"));
    d.consentRecorded = !version.isNull() && !version.toString().isEmpty();
    d.signer = consentSignerFromText(text(v, "signer")).value_or(ConsentSigner::Self);
    d.guardianName = text(v, "guardian_name");
    d.guardianRelation = text(v, "guardian_relation");
    return std::optional<DeskVisit>(d);
}

}  // namespace vax
