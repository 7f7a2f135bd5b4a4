#include "observation/observationrepository.h"

#include "common/dbformat.h"
#include "identity/masking.h"
#include "storage/database.h"
#include "storage/queryread.h"

namespace vax {

namespace {
// The states in which a person is still in the observation area.
const QString kInArea = QStringLiteral("o.state IN ('observing', 'adverse_event')");

// The adverse events of an observation are found through its dose (indexed).
const QString kSelect = QStringLiteral(
    "SELECT o.id AS id, COALESCE(o.dose_id, '') AS dose_id, o.visit_id AS visit_id, "
    "v.queue_number AS queue_number, p.name AS name, o.desk AS desk, o.started_at AS started_at, "
    "o.ends_at AS ends_at, o.minutes AS minutes, o.reason AS reason, o.state AS state, "
    "COALESCE(o.departed_at, '') AS departed_at, o.note AS note, "
    "(SELECT COUNT(*) FROM adverse_event a WHERE a.dose_id = o.dose_id AND a.status = 'active') "
    "AS adverse_events, "
    "(SELECT COALESCE(MAX(a.immediate_report), 0) FROM adverse_event a "
    " WHERE a.dose_id = o.dose_id AND a.status = 'active') AS immediate_report, "
    "COALESCE((SELECT d.origin_desk FROM dose d WHERE d.id = o.dose_id), o.origin_desk, 0) "
    "AS site_desk "
    "FROM observation o JOIN visit v ON v.id = o.visit_id JOIN person p ON p.id = o.person_id ");

ObservationRecord fromRow(const Query& q)
{
    ObservationRecord r;
    r.id = text(q, "id");
    r.doseId = text(q, "dose_id");
    r.visitId = text(q, "visit_id");
    r.queueNumber = q.value(QStringLiteral("queue_number")).toInt();
    r.maskedName = maskName(text(q, "name"));  // the full name goes no further
    r.desk = text(q, "desk");
    r.siteDesk = q.value(QStringLiteral("site_desk")).toInt();
    r.startedAt = fromDbTime(text(q, "started_at"));
    r.endsAt = fromDbTime(text(q, "ends_at"));
    r.minutes = q.value(QStringLiteral("minutes")).toInt();
    r.reason = text(q, "reason");
    r.state = text(q, "state");
    const QString departed = text(q, "departed_at");
    if (!departed.isEmpty())
        r.departedAt = fromDbTime(departed);
    r.note = text(q, "note");
    r.adverseEvent = q.value(QStringLiteral("adverse_events")).toInt() > 0 ||
                     observationStateFromText(r.state) == ObservationState::AdverseEvent;
    r.seriousAdverseEvent = q.value(QStringLiteral("immediate_report")).toInt() != 0;
    return r;
}

Result<std::vector<ObservationRecord>> select(Database& db, const QString& where,
                                              const QVariantList& args)
{
    VAX_TRY_VALUE(auto q, db.exec(kSelect + where, args));
    std::vector<ObservationRecord> out;
    while (q.next())
        out.push_back(fromRow(q));
    return out;
}
}  // namespace

QString observationStateText(ObservationState state)
{
    switch (state) {
        case ObservationState::Observing:
            return QStringLiteral("observing");
        case ObservationState::Departed:
            return QStringLiteral("departed");
        case ObservationState::LeftEarly:
            return QStringLiteral("left_early");
        case ObservationState::AdverseEvent:
            return QStringLiteral("adverse_event");
        case ObservationState::Referred:
            return QStringLiteral("referred");
        case ObservationState::Cancelled:
            return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ObservationState> observationStateFromText(QStringView text)
{
    for (ObservationState s :
         {ObservationState::Observing, ObservationState::Departed, ObservationState::LeftEarly,
          ObservationState::AdverseEvent, ObservationState::Referred, ObservationState::Cancelled})
        if (text == observationStateText(s))
            return s;
    return std::nullopt;
}

bool inObservationArea(ObservationState state)
{
    return state == ObservationState::Observing || state == ObservationState::AdverseEvent;
}

bool ObservationRecord::onBoard() const
{
    const auto s = observationStateFromText(state);
    return s && inObservationArea(*s);
}

observation::BoardEntry ObservationRecord::boardEntry() const
{
    observation::BoardEntry e;
    e.observationId = id;
    e.queueNumber = queueNumber;
    e.maskedName = maskedName;
    e.desk = desk;
    e.siteDesk = siteDesk;
    e.endsAt = endsAt;
    e.adverseEvent = adverseEvent;
    e.seriousAdverseEvent = seriousAdverseEvent;
    return e;
}

Status ObservationRepository::start(Database& db, const NewObservation& o)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO observation(id, dose_id, visit_id, person_id, desk, "
        "started_at, ends_at, minutes, reason, state, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'observing', ?)");
    VAX_TRY(
        db.exec(sql, {o.id, o.doseId, o.visitId, o.personId, notNull(o.desk), toDbTime(o.startedAt),
                      toDbTime(o.endsAt), o.minutes, o.reason, o.startedBy}));
    return {};
}

Result<bool> ObservationRepository::end(Database& db, const QString& id, ObservationState to,
                                        const QDateTime& at, const QString& note,
                                        const QString& updatedBy)
{
    static const QString sql = QStringLiteral(
        "UPDATE observation SET state = ?, departed_at = ?, note = ?, updated_by = ? WHERE id = ? "
        "AND state IN ('observing', 'adverse_event')");
    VAX_TRY_VALUE(auto up, db.exec(sql, {observationStateText(to), toDbTime(at), notNull(note),
                                         updatedBy, id}));
    return up.rowsAffected() == 1;
}

Result<int> ObservationRepository::cancelForDose(Database& db, const QString& doseId,
                                                 const QString& updatedBy, const QString& note)
{
    static const QString sql = QStringLiteral(
        "UPDATE observation SET state = 'cancelled', updated_by = ?, note = ? WHERE dose_id = ? "
        "AND state = 'observing'");
    VAX_TRY_VALUE(auto obs, db.exec(sql, {updatedBy, note, doseId}));
    return obs.rowsAffected();
}

Status ObservationRepository::recordAdverseEvent(Database& db, const QString& id,
                                                 ObservationState to, const QDateTime& departedAt,
                                                 const QString& updatedBy)
{
    VAX_TRY(
        db.exec(QStringLiteral("UPDATE observation SET state = ?, departed_at = NULLIF(?, ''), "
                               "updated_by = ? WHERE id = ?"),
                {observationStateText(to),
                 departedAt.isValid() ? toDbTime(departedAt) : QStringLiteral(""), updatedBy, id}));
    return {};
}

Result<std::optional<ObservationRecord>> ObservationRepository::byId(Database& db,
                                                                     const QString& id)
{
    VAX_TRY_VALUE(auto rows, select(db, QStringLiteral("WHERE o.id = ?"), {id}));
    if (rows.empty())
        return std::optional<ObservationRecord>();
    return std::optional<ObservationRecord>(rows.front());
}

Result<std::vector<ObservationRecord>> ObservationRepository::inAreaEndingSince(
    Database& db, const QDateTime& since)
{
    return select(db, QStringLiteral("WHERE ") + kInArea + QStringLiteral(" AND o.ends_at >= ?"),
                  {toDbTime(since)});
}

Result<std::vector<ObservationRecord>> ObservationRepository::startedBetween(Database& db,
                                                                             const QDateTime& from,
                                                                             const QDateTime& to)
{
    // Through the (state, ends_at) index: an observation that starts in [from, to) ends
    // before a day after `to`.
    return select(db,
                  QStringLiteral("WHERE o.state IN ('observing', 'departed', 'left_early', "
                                 "'adverse_event', 'referred', 'cancelled') AND o.ends_at >= ? "
                                 "AND o.ends_at < ? AND o.started_at >= ? AND o.started_at < ?"),
                  {toDbTime(from), toDbTime(to.addDays(1)), toDbTime(from), toDbTime(to)});
}

Result<std::optional<DoseObservation>> ObservationRepository::latestOfDose(Database& db,
                                                                           const QString& doseId)
{
    VAX_TRY_VALUE(auto obs,
                  db.exec(QStringLiteral("SELECT id, state FROM observation WHERE dose_id = ? "
                                         "ORDER BY started_at DESC LIMIT 1"),
                          {doseId}));
    if (!obs.next())
        return std::optional<DoseObservation>();
    return std::optional<DoseObservation>(DoseObservation{text(obs, "id"), text(obs, "state")});
}

Result<qint64> ObservationRepository::changeStamp(Database& db)
{
    VAX_TRY_VALUE(
        auto q,
        db.exec(QStringLiteral(
            "SELECT (SELECT COALESCE(MAX(change_seq), 0) FROM observation WHERE change_seq > 0) "
            "AS observation_seq, (SELECT COALESCE(MAX(change_seq), 0) FROM "
            "adverse_event WHERE change_seq > 0) AS adverse_event_seq")));
    if (!q.next())
        return qint64(0);
    // Both only grow; their sum grows whenever either does.
    return q.value(QStringLiteral("observation_seq")).toLongLong() +
           q.value(QStringLiteral("adverse_event_seq")).toLongLong();
}

}  // namespace vax
