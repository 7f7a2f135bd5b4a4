#include "observation/observationservice.h"
#include "site/site.h"

#include <QCoreApplication>
#include <QJsonObject>

#include "common/clock.h"
#include "common/inputpolicy.h"
#include "common/labels.h"
#include "security/permissions.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct ObservationText {
    Q_DECLARE_TR_FUNCTIONS(Observation)
};

// How far back the board looks for people still marked as in the area.
constexpr qint64 kBoardWindowSecs = 12 * 3600;

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

ObservationService::ObservationService(const ServiceContext& ctx)
    : m_db(ctx.db), m_clock(ctx.clock), m_calendar(ctx.calendar)
{
}

Result<std::vector<observation::BoardEntry>> ObservationService::board()
{
    const QDateTime since = m_clock.nowUtc().addSecs(-kBoardWindowSecs);
    VAX_TRY_VALUE(auto rows, ObservationRepository::inAreaEndingSince(m_db, since));
    std::vector<observation::BoardEntry> out;
    out.reserve(rows.size());
    for (const ObservationRecord& r : rows)
        out.push_back(r.boardEntry());
    observation::sortForBoard(out);
    return out;
}

Result<qint64> ObservationService::changeStamp()
{
    return ObservationRepository::changeStamp(m_db);
}

Result<std::vector<ObservationRecord>> ObservationService::list(bool all)
{
    const QDate day = m_calendar.today();
    const QDateTime from = m_calendar.startOfDay(day);
    const QDateTime to = m_calendar.endOfDay(day);
    Result<std::vector<ObservationRecord>> rows = std::vector<ObservationRecord>();
    if (all)
        rows = ObservationRepository::startedBetween(m_db, from, to);
    else
        rows = ObservationRepository::inAreaEndingSince(
            m_db, m_clock.nowUtc().addSecs(-kBoardWindowSecs));
    if (!rows)
        return rows.error();
    sortRecords(*rows);
    return rows;
}

Result<ObservationRecord> ObservationService::find(const QString& id)
{
    VAX_TRY_VALUE(auto found, ObservationRepository::byId(m_db, id));
    if (!found)
        return makeError(ErrorCode::NotFound,
                         ObservationText::tr("Observation: there is no observation \"%1\". Take "
                                             "the id from \"vaxctl observe list\".")
                             .arg(id),
                         QStringLiteral("observation"));
    return *found;
}

Result<ObservationRecord> ObservationService::depart(const QString& id, const QString& staffId)
{
    return end(id, staffId, ObservationState::Departed, QString());
}

Result<ObservationRecord> ObservationService::leftEarly(const QString& id, const QString& staffId,
                                                        const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::ReasonRequired,
                         ObservationText::tr("Reason: say why the person left before the end "
                                             "of the observation, e.g. \"refused to wait\"."),
                         QStringLiteral("reason"));
    return end(id, staffId, ObservationState::LeftEarly, reason.trimmed());
}

Result<ObservationRecord> ObservationService::refer(const QString& id, const QString& staffId,
                                                    const QString& note)
{
    return end(id, staffId, ObservationState::Referred, note.trimmed());
}

Result<ObservationRecord> ObservationService::end(const QString& id, const QString& staffId,
                                                  ObservationState newState, const QString& note)
{
    const bool leftEarly = newState == ObservationState::LeftEarly;
    VAX_TRY(input::checkText(
        note, leftEarly ? QStringLiteral("reason") : QStringLiteral("note"),
        leftEarly ? ObservationText::tr("Reason") : ObservationText::tr("Note"), input::kNote));
    const Permission permission = newState == ObservationState::Referred
                                      ? Permission::RecordAdverseEvent
                                      : Permission::RecordDeparture;
    VAX_TRY(requirePermission(m_db, staffId, permission));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(m_db));
    VAX_TRY_VALUE(auto found, find(id));
    ObservationRecord r = found;
    const QDateTime now = m_clock.nowUtc();
    if (!r.onBoard())
        return makeError(ErrorCode::ObservationState,
                         ObservationText::tr("Observation: number %1 is no longer in the "
                                             "observation area (%2). Nothing was changed.")
                             .arg(r.queueNumber)
                             .arg(labels::label(labels::Family::ObservationState, r.state)),
                         QStringLiteral("observation"));
    const qint64 left = observation::secondsLeft(r.endsAt, now);
    if (newState == ObservationState::Departed && left > 0)
        return makeError(ErrorCode::ObservationTooEarly,
                         ObservationText::tr("Departure: number %1 still has %2 to wait (until "
                                             "%3). If the person leaves now, record an early "
                                             "leave with its reason (left-early).")
                             .arg(r.queueNumber)
                             .arg(observation::formatLeft(left),
                                  m_calendar.local(r.endsAt).toString(QStringLiteral("HH:mm:ss"))),
                         QStringLiteral("observation"));
    if (leftEarly && left <= 0)
        return makeError(ErrorCode::ObservationState,
                         ObservationText::tr("Early leave: the observation of number %1 is "
                                             "already over; record a normal departure instead.")
                             .arg(r.queueNumber),
                         QStringLiteral("observation"));

    VAX_TRY_VALUE(auto ended, ObservationRepository::end(m_db, id, newState, now, note, staffId));
    if (!ended)
        return makeError(ErrorCode::Internal,
                         ObservationText::tr("The observation changed while saving; nothing was "
                                             "saved. Try again."));
    QJsonObject detail{{QStringLiteral("queue_number"), r.queueNumber},
                       {QStringLiteral("from"), r.state},
                       {QStringLiteral("seconds_left"), left}};
    if (!note.isEmpty())
        detail.insert(QStringLiteral("note"), note);
    const QString action = newState == ObservationState::Departed
                               ? QStringLiteral("observation.depart")
                           : leftEarly ? QStringLiteral("observation.left_early")
                                       : QStringLiteral("observation.refer");
    VAX_TRY(AuditLog::append(m_db,
                             {now, staffId, action, QStringLiteral("observation"), r.id, detail}));
    VAX_TRY(tx.commit());
    r.state = observationStateText(newState);
    r.departedAt = now;
    r.note = note;
    return r;
}

}  // namespace vax
