#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

#include "common/result.h"
#include "observation/timing.h"

namespace vax {

class Database;

// observation.state. A dose starts an observation (observing); it ends departed, left_early or
// referred, becomes adverse_event when an event is recorded while the person is in the area, and
// is cancelled when its dose is entered in error.
enum class ObservationState { Observing, Departed, LeftEarly, AdverseEvent, Referred, Cancelled };
QString observationStateText(ObservationState state);  // "observing", "left_early", …
std::optional<ObservationState> observationStateFromText(QStringView text);
// Observing or adverse_event: the person is still in the observation area.
bool inObservationArea(ObservationState state);

// One observation as staff and scripts see it. The name is masked (张*): this record serves
// the shared board and the observation area, never a full name or an ID number.
struct ObservationRecord {
    QString id;
    QString doseId;
    QString visitId;
    int queueNumber = 0;
    QString maskedName;
    QString desk;
    // The site desk it came from (docs/site.md 5): the dose's origin, as a departure or an
    // adverse event recorded here makes the observation row this PC's; 0 when written here.
    int siteDesk = 0;
    QDateTime startedAt;
    QDateTime endsAt;
    int minutes = 0;
    QString reason;  // why this long: "product" or "allergy_history"
    QString state;   // as stored: observationStateText() of an ObservationState
    QDateTime departedAt;
    QString note;
    bool adverseEvent = false;         // an active adverse event is recorded for it
    bool seriousAdverseEvent = false;  // … and one of them needs immediate reporting

    // Still in the area: what the board shows.
    bool onBoard() const;
    observation::BoardEntry boardEntry() const;
};

// An observation as the desk starts it after a dose (state observing).
struct NewObservation {
    QString id;
    QString doseId;
    QString visitId;
    QString personId;
    QString desk;
    QDateTime startedAt;
    QDateTime endsAt;  // stored, never counted down
    int minutes = 0;
    QString reason;
    QString startedBy;
};

// The latest observation of a dose, as far as adverse event reporting needs it.
struct DoseObservation {
    QString id;
    QString state;  // as stored
};

// The observation table (migration 5): owns its SQL, maps rows by column name and owns its state
// transitions. The desk, the observation area and adverse event reporting all write through it.
// Call the writers inside a WriteTransaction: they write no audit row of their own.
class ObservationRepository {
public:
    static Status start(Database& db, const NewObservation& observation);
    // observing or adverse_event → `to` (departed, left_early or referred), at `at`; false when
    // the observation was no longer in the area.
    static Result<bool> end(Database& db, const QString& id, ObservationState to,
                            const QDateTime& at, const QString& note, const QString& updatedBy);
    // observing → cancelled for the observation of a dose entered in error; how many changed.
    static Result<int> cancelForDose(Database& db, const QString& doseId, const QString& updatedBy,
                                     const QString& note);
    // An adverse event was recorded: → adverse_event, or → referred with `departedAt` set (an
    // invalid `departedAt` leaves departed_at empty). The caller checks the person is still in
    // the area (inObservationArea).
    static Status recordAdverseEvent(Database& db, const QString& id, ObservationState to,
                                     const QDateTime& departedAt, const QString& updatedBy);

    static Result<std::optional<ObservationRecord>> byId(Database& db, const QString& id);
    // Those still in the area whose end time is at or after `since`.
    static Result<std::vector<ObservationRecord>> inAreaEndingSince(Database& db,
                                                                    const QDateTime& since);
    // Every observation started in [from, to), in any state.
    static Result<std::vector<ObservationRecord>> startedBetween(Database& db,
                                                                 const QDateTime& from,
                                                                 const QDateTime& to);
    static Result<std::optional<DoseObservation>> latestOfDose(Database& db, const QString& doseId);
    // The largest change sequence numbers of observation and adverse_event, summed: it grows
    // whenever either table is written (two index lookups).
    static Result<qint64> changeStamp(Database& db);
};

}  // namespace vax
