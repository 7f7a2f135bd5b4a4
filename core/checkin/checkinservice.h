#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

#include "checkin/consent.h"
#include "checkin/person.h"
#include "checkin/screening.h"
#include "common/result.h"
#include "identity/document.h"

namespace vax {

class Clock;
class Database;

// A person not yet known by id: what was typed or scanned.
struct PersonDraft {
    QString name;
    DocumentInput document;
    QString phone;
};

// How the nurse resolved a possible-duplicate warning.
struct DuplicateResolution {
    enum Kind { Unresolved, LinkToExisting, ConfirmNewPerson } kind = Unresolved;
    QString personId;  // LinkToExisting: add the document to this person
};

struct CheckInRequest {
    QString staffId;                  // the acting staff member
    std::optional<QString> personId;  // a person found earlier; else `draft`
    PersonDraft draft;
    DuplicateResolution duplicate;
    ScreeningAnswers answers;
    double temperatureC = 0.0;
    ConsentInput consent;
    bool priorityLane = false;  // 60+ and disabled people
    QString appointmentId;
};

struct CheckInReceipt {
    QString visitId;
    QString personId;
    bool personCreated = false;
    QDate visitDate;
    int queueNumber = 0;
    ScreeningOutcome outcome = ScreeningOutcome::Clear;  // clear or doctor_review
};

struct QueueEntry {
    QString visitId;
    QString personId;
    QString name;
    int queueNumber = 0;
    QString lane;
    QString state;
    QString screeningOutcome;
    QDateTime checkedInAt;
};

// Check-in at the desk: register (or find) the person, screen, record consent and give a queue
// number in ONE write transaction with an audit row. A refused check-in writes nothing.
class CheckInService {
public:
    // `siteZone`: the zone whose midnight starts a new queue day.
    CheckInService(Database& db, const Clock& clock, QTimeZone siteZone);

    QDate today() const;
    Result<CheckInReceipt> checkIn(const CheckInRequest& request);
    Result<std::vector<QueueEntry>> queue(const QDate& day);

private:
    Result<Person> resolvePerson(const CheckInRequest& request, const QDateTime& now,
                                 bool* created);
    Result<int> nextQueueNumber(const QDate& day);

    Database& m_db;
    const Clock& m_clock;
    QTimeZone m_zone;
};

}  // namespace vax
