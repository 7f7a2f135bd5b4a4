#include "observation/observationservice.h"
#include "site/site.h"

#include <QCoreApplication>
#include <QJsonObject>

#include "common/clock.h"
#include "common/inputpolicy.h"
#include "common/labels.h"
#include "identity/masking.h"
#include "security/permissions.h"
#include "stock/dbtime.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct ObservationText {
    Q_DECLARE_TR_FUNCTIONS(Observation)
};

// The states in which a person is still in the observation area.
const QString kInArea = QStringLiteral("o.state IN ('observing', 'adverse_event')");
// How far back the board looks for people still marked as in the area.
constexpr qint64 kBoardWindowSecs = 12 * 3600;

// The adverse events of an observation are found through its dose (indexed).
const QString kSelect = QStringLiteral(
    "SELECT o.id, COALESCE(o.dose_id, ''), o.visit_id, v.queue_number, p.name, o.desk, "
    "o.started_at, o.ends_at, o.minutes, o.reason, o.state, COALESCE(o.departed_at, ''), o.note, "
    "(SELECT COUNT(*) FROM adverse_event a WHERE a.dose_id = o.dose_id AND a.status = 'active'), "
    "(SELECT COALESCE(MAX(a.immediate_report), 0) FROM adverse_event a "
    " WHERE a.dose_id = o.dose_id AND a.status = 'active') "
    "FROM observation o JOIN visit v ON v.id = o.visit_id JOIN person p ON p.id = o.person_id ");

ObservationRecord fromRow(const Query& q)
{
    ObservationRecord r;
    r.id = q.value(0).toString();
    r.doseId = q.value(1).toString();
    r.visitId = q.value(2).toString();
    r.queueNumber = q.value(3).toInt();
    r.maskedName = maskName(q.value(4).toString());  // the full name goes no further
    r.desk = q.value(5).toString();
    r.startedAt = fromDbTime(q.value(6).toString());
    r.endsAt = fromDbTime(q.value(7).toString());
    r.minutes = q.value(8).toInt();
    r.reason = q.value(9).toString();
    r.state = q.value(10).toString();
    const QString departed = q.value(11).toString();
    if (!departed.isEmpty())
        r.departedAt = fromDbTime(departed);
    r.note = q.value(12).toString();
    r.adverseEvent = q.value(13).toInt() > 0 || r.state == QLatin1String("adverse_event");
    r.seriousAdverseEvent = q.value(14).toInt() != 0;
    return r;
}

// People still in the area first, in board order (observation::sortForBoard); then the ended
// ones by end time.
void sortRecords(std::vector<ObservationRecord>& records)
{
    std::stable_sort(records.begin(), records.end(),
                     [](const ObservationRecord& a, const ObservationRecord& b) {
                         if (a.onBoard() != b.onBoard())
                             return a.onBoard();
                         if (a.onBoard() && a.adverseEvent != b.adverseEvent)
                             return a.adverseEvent;
                         if (a.onBoard() && a.seriousAdverseEvent != b.seriousAdverseEvent)
                             return a.seriousAdverseEvent;
                         if (a.endsAt != b.endsAt)
                             return a.endsAt < b.endsAt;
                         return a.queueNumber < b.queueNumber;
                     });
}
}  // namespace

bool ObservationRecord::onBoard() const
{
    return state == QLatin1String("observing") || state == QLatin1String("adverse_event");
}

observation::BoardEntry ObservationRecord::boardEntry() const
{
    observation::BoardEntry e;
    e.observationId = id;
    e.queueNumber = queueNumber;
    e.maskedName = maskedName;
    e.desk = desk;
    e.endsAt = endsAt;
    e.adverseEvent = adverseEvent;
    e.seriousAdverseEvent = seriousAdverseEvent;
    return e;
}

ObservationService::ObservationService(Database& db, const Clock& clock)
    : m_db(db), m_clock(clock), m_calendar(siteCalendar(db, clock))
{
}

Result<std::vector<ObservationRecord>> ObservationService::select(const QString& where,
                                                                  const QVariantList& args)
{
    auto q = m_db.exec(kSelect + where, args);
    if (!q)
        return q.error();
    std::vector<ObservationRecord> out;
    while (q->next())
        out.push_back(fromRow(*q));
    return out;
}

Result<std::vector<observation::BoardEntry>> ObservationService::board()
{
    const QDateTime since = m_clock.nowUtc().addSecs(-kBoardWindowSecs);
    auto rows = select(QStringLiteral("WHERE ") + kInArea + QStringLiteral(" AND o.ends_at >= ?"),
                       {toDbTime(since)});
    if (!rows)
        return rows.error();
    std::vector<observation::BoardEntry> out;
    out.reserve(rows->size());
    for (const ObservationRecord& r : *rows)
        out.push_back(r.boardEntry());
    observation::sortForBoard(out);
    return out;
}

Result<qint64> ObservationService::changeStamp()
{
    auto q =
        m_db.exec(QStringLiteral("SELECT (SELECT COALESCE(MAX(change_seq), 0) FROM observation), "
                                 "(SELECT COALESCE(MAX(change_seq), 0) FROM adverse_event)"));
    if (!q)
        return q.error();
    if (!q->next())
        return qint64(0);
    // Both only grow; their sum grows whenever either does.
    return q->value(0).toLongLong() + q->value(1).toLongLong();
}

Result<std::vector<ObservationRecord>> ObservationService::list(bool all)
{
    const QDate day = m_calendar.today();
    const QDateTime from = m_calendar.startOfDay(day);
    const QDateTime to = m_calendar.endOfDay(day);
    Result<std::vector<ObservationRecord>> rows = std::vector<ObservationRecord>();
    if (all) {
        // Through the (state, ends_at) index: an observation that starts today ends before
        // the end of tomorrow.
        rows =
            select(QStringLiteral("WHERE o.state IN ('observing', 'departed', 'left_early', "
                                  "'adverse_event', 'referred', 'cancelled') AND o.ends_at >= ? "
                                  "AND o.ends_at < ? AND o.started_at >= ? AND o.started_at < ?"),
                   {toDbTime(from), toDbTime(to.addDays(1)), toDbTime(from), toDbTime(to)});
    } else {
        rows = select(QStringLiteral("WHERE ") + kInArea + QStringLiteral(" AND o.ends_at >= ?"),
                      {toDbTime(m_clock.nowUtc().addSecs(-kBoardWindowSecs))});
    }
    if (!rows)
        return rows.error();
    sortRecords(*rows);
    return rows;
}

Result<ObservationRecord> ObservationService::find(const QString& id)
{
    auto rows = select(QStringLiteral("WHERE o.id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return makeError(ErrorCode::NotFound,
                         ObservationText::tr("Observation: there is no observation \"%1\". Take "
                                             "the id from \"vaxctl observe list\".")
                             .arg(id),
                         QStringLiteral("observation"));
    return rows->front();
}

Result<ObservationRecord> ObservationService::depart(const QString& id, const QString& staffId)
{
    return end(id, staffId, QStringLiteral("departed"), QString());
}

Result<ObservationRecord> ObservationService::leftEarly(const QString& id, const QString& staffId,
                                                        const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::ReasonRequired,
                         ObservationText::tr("Reason: say why the person left before the end "
                                             "of the observation, e.g. \"refused to wait\"."),
                         QStringLiteral("reason"));
    return end(id, staffId, QStringLiteral("left_early"), reason.trimmed());
}

Result<ObservationRecord> ObservationService::refer(const QString& id, const QString& staffId,
                                                    const QString& note)
{
    return end(id, staffId, QStringLiteral("referred"), note.trimmed());
}

Result<ObservationRecord> ObservationService::end(const QString& id, const QString& staffId,
                                                  const QString& newState, const QString& note)
{
    VAX_TRY(input::checkText(
        note, newState == u"left_early" ? QStringLiteral("reason") : QStringLiteral("note"),
        newState == u"left_early" ? ObservationText::tr("Reason") : ObservationText::tr("Note"),
        input::kNote));
    const Permission permission = newState == QLatin1String("referred")
                                      ? Permission::RecordAdverseEvent
                                      : Permission::RecordDeparture;
    auto actor = requirePermission(m_db, staffId, permission);
    if (!actor)
        return actor.error();
    auto tx = WriteTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto found = find(id);
    if (!found)
        return found.error();
    ObservationRecord r = *found;
    const QDateTime now = m_clock.nowUtc();
    if (!r.onBoard())
        return makeError(ErrorCode::ObservationState,
                         ObservationText::tr("Observation: number %1 is no longer in the "
                                             "observation area (%2). Nothing was changed.")
                             .arg(r.queueNumber)
                             .arg(labels::label(labels::Family::ObservationState, r.state)),
                         QStringLiteral("observation"));
    const qint64 left = observation::secondsLeft(r.endsAt, now);
    if (newState == QLatin1String("departed") && left > 0)
        return makeError(ErrorCode::ObservationTooEarly,
                         ObservationText::tr("Departure: number %1 still has %2 to wait (until "
                                             "%3). If the person leaves now, record an early "
                                             "leave with its reason (left-early).")
                             .arg(r.queueNumber)
                             .arg(observation::formatLeft(left),
                                  m_calendar.local(r.endsAt).toString(QStringLiteral("HH:mm:ss"))),
                         QStringLiteral("observation"));
    if (newState == QLatin1String("left_early") && left <= 0)
        return makeError(ErrorCode::ObservationState,
                         ObservationText::tr("Early leave: the observation of number %1 is "
                                             "already over; record a normal departure instead.")
                             .arg(r.queueNumber),
                         QStringLiteral("observation"));

    auto up = m_db.exec(QStringLiteral("UPDATE observation SET state = ?, departed_at = ?, "
                                       "note = ?, updated_by = ? WHERE id = ? AND state IN "
                                       "('observing', 'adverse_event')"),
                        {newState, toDbTime(now), notNull(note), staffId, id});
    if (!up)
        return up.error();
    if (up->rowsAffected() != 1)
        return makeError(ErrorCode::Internal,
                         ObservationText::tr("The observation changed while saving; nothing was "
                                             "saved. Try again."));
    QJsonObject detail{{QStringLiteral("queue_number"), r.queueNumber},
                       {QStringLiteral("from"), r.state},
                       {QStringLiteral("seconds_left"), left}};
    if (!note.isEmpty())
        detail.insert(QStringLiteral("note"), note);
    const QString action =
        newState == QLatin1String("departed")     ? QStringLiteral("observation.depart")
        : newState == QLatin1String("left_early") ? QStringLiteral("observation.left_early")
                                                  : QStringLiteral("observation.refer");
    VAX_TRY(AuditLog::append(m_db,
                             {now, staffId, action, QStringLiteral("observation"), r.id, detail}));
    VAX_TRY(tx->commit());
    r.state = newState;
    r.departedAt = now;
    r.note = note;
    return r;
}

}  // namespace vax
