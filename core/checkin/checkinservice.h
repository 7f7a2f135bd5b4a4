#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

#include "checkin/consent.h"
#include "checkin/deferralrepository.h"
#include "checkin/person.h"
#include "checkin/screening.h"
#include "checkin/visitrepository.h"
#include "common/result.h"
#include "common/sitecalendar.h"
#include "identity/document.h"
#include "site/servicecontext.h"

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

// A person sent home by screening: no queue number, but the day's records show they came.
struct DeferralReceipt {
    QString deferralId;
    QString personId;
    bool personCreated = false;
    QDate visitDate;
    ScreeningOutcome outcome = ScreeningOutcome::Defer;  // defer or contraindicated
    QStringList reasons;                                 // question ids answered yes, "fever"
    QStringList contraindicationIds;  // remembered with the person (contraindicated only)
};

// A person registered without a check-in (vaxctl person add).
struct PersonReceipt {
    Person person;
    bool created = false;
    bool linked = false;  // the document was added to an existing person
};

// Check-in at the desk: register (or find) the person, screen, record consent and give a queue
// number in ONE write transaction with an audit row. A refused check-in writes nothing. The rows
// are written by PersonRepository, VisitRepository and DeferralRepository.
class CheckInService {
public:
    // `siteZone`: the zone whose midnight starts a new queue day.
    // Calendar rules use ctx.calendar (the site's zone). ctx.actorId is not used: the acting staff
    // member is named per call, as this object may outlive a login (the desk keeps it).
    explicit CheckInService(const ServiceContext& ctx);

    QDate today() const;
    // Refuses a screening that says defer or contraindicated (nothing written): record those
    // with recordDeferral.
    Result<CheckInReceipt> checkIn(const CheckInRequest& request);
    // Records that the person came and screening sent them home (outcome, answers, temperature,
    // reasons; audit row). Refuses a clear or doctor-review screening: check those in. Consent
    // is not needed; a person already checked in today is refused (cancel that visit first).
    Result<DeferralReceipt> recordDeferral(const CheckInRequest& request);
    // Registers a person (or links a document to one) without a visit. A document already on
    // file returns that person with created = false.
    Result<PersonReceipt> registerPerson(const PersonDraft& draft,
                                         const DuplicateResolution& duplicate,
                                         const QString& staffId);
    // A waiting visit leaves the queue: state cancelled, audit row with the reason. Its queue
    // number is never given again.
    Status cancelVisit(const QString& visitId, const QString& staffId, const QString& reason);

    Result<std::vector<QueueEntry>> queue(const QDate& day);
    Result<std::vector<DeferralEntry>> deferrals(const QDate& day);
    // The person's visit of today, if any (any state).
    Result<std::optional<QueueEntry>> visitToday(const QString& personId);

private:
    Result<Person> resolvePerson(const PersonDraft& draft, const DuplicateResolution& duplicate,
                                 const QString& staffId, const QDateTime& now, bool* created);
    Result<Person> personFor(const CheckInRequest& request, const QDateTime& now, bool* created);
    // The input policy (common/inputpolicy.h) on a request's appointment and temperature.
    static Status checkInput(const CheckInRequest& request);
    // What check-in and deferral both do first: someone signed in who may check people in,
    // input within bounds, then the screening answers evaluated.
    Result<ScreeningResult> screen(const CheckInRequest& request);
    Status refuseSecondVisit(const Person& person, const QDate& day);

    Database& m_db;
    const Clock& m_clock;
    SiteCalendar m_calendar;
};

}  // namespace vax
