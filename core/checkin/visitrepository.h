#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

#include "checkin/consent.h"
#include "checkin/screening.h"
#include "common/result.h"

namespace vax {

class Database;

// visit.state. A check-in starts waiting; the desk calls it, a dose makes it vaccinated and a
// correction of that dose (the same day) calls it again; only a waiting visit can be cancelled.
// deferred is allowed by the schema (and judged by the checklist) but no service writes it: a
// person sent home by screening gets a deferral row, not a visit.
enum class VisitState { Waiting, Called, Vaccinated, Deferred, Cancelled };
QString visitStateText(VisitState state);  // "waiting", "called", …
std::optional<VisitState> visitStateFromText(QStringView text);

// visit.lane: 60+ and disabled people wait in the priority lane.
enum class QueueLane { Normal, Priority };
QString queueLaneText(QueueLane lane);  // "normal", "priority"

// consent.signer.
QString consentSignerText(ConsentSigner signer);  // "self", "guardian"
std::optional<ConsentSigner> consentSignerFromText(QStringView text);

struct QueueEntry {
    QString visitId;
    QString personId;
    QString name;
    int queueNumber = 0;
    QString lane;
    QString state;  // as stored: visitStateText() of a VisitState
    QString screeningOutcome;
    QDateTime checkedInAt;
};

// A visit as check-in writes it (state waiting).
struct NewVisit {
    QString id;
    QString personId;
    QDate date;  // the site's day
    int queueNumber = 0;
    QueueLane lane = QueueLane::Normal;
    double temperatureC = 0.0;
    QString screeningVersion;
    QJsonObject screening;  // answers and outcome as evaluated
    ScreeningOutcome outcome = ScreeningOutcome::Clear;
    QString appointmentId;
    QDateTime checkedInAt;
    QString checkedInBy;
};

// What the injection desk reads about a visit: the visit, its screening and its consent.
struct DeskVisit {
    QString personId;
    QDate date;
    QString state;  // as stored
    int queueNumber = 0;
    QJsonObject screening;
    QString screeningOutcome;  // as stored
    QString desk;
    bool consentRecorded = false;
    ConsentSigner signer = ConsentSigner::Self;
    QString guardianName;
    QString guardianRelation;
};

// The visit aggregate: the visit table with the consent signed for it and the day's queue
// counter (queue_counter), which exist only for a visit (migrations 3 and 5). Owns their SQL,
// maps rows by column name and owns the visit's state transitions. Call the writers inside a
// WriteTransaction: they write no audit row of their own.
class VisitRepository {
public:
    static constexpr int kDeskQueueBlock = 10000;
    // The next queue number of `day` (numbers are never given twice, even after a cancel). A
    // desk joined to a site server as desk N gives N × 10000 + k (docs/site.md 6), so the
    // numbers of a site's desks never collide, online or offline.
    static Result<int> nextQueueNumber(Database& db, const QDate& day);
    static Status insert(Database& db, const NewVisit& visit);
    // The consent signed for `visitId` at `at`.
    static Status insertConsent(Database& db, const QString& visitId, const ConsentInput& consent,
                                const QDateTime& at, const QString& recordedBy);

    // The state transitions; each is false when the visit was not in the state it leaves.
    // waiting → called, at `desk`.
    static Result<bool> markCalled(Database& db, const QString& id, const QString& desk,
                                   const QDateTime& at);
    // waiting or called → vaccinated, at `desk`.
    static Result<bool> markVaccinated(Database& db, const QString& id, const QString& desk);
    // vaccinated → called, for a visit of `day` whose dose was entered in error.
    static Result<bool> reopen(Database& db, const QString& id, const QDate& day);
    // waiting → cancelled.
    static Result<bool> cancel(Database& db, const QString& id);

    static Result<std::optional<QueueEntry>> byId(Database& db, const QString& id);
    // The day's queue by number.
    static Result<std::vector<QueueEntry>> queueOn(Database& db, const QDate& day);
    // The first waiting visit of `day`: the priority lane first, then by number.
    static Result<std::optional<QueueEntry>> nextWaiting(Database& db, const QDate& day);
    // The person's visit of `day`, in any state.
    static Result<std::optional<QueueEntry>> ofPersonOn(Database& db, const QString& personId,
                                                        const QDate& day);
    static Result<std::optional<DeskVisit>> forDesk(Database& db, const QString& id);
};

}  // namespace vax
