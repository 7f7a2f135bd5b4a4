#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTimeZone>

#include <functional>
#include <optional>
#include <vector>

#include "checkin/person.h"
#include "common/result.h"
#include "common/sitecalendar.h"
#include "security/auth.h"
#include "stock/lotservice.h"
#include "stock/openvial.h"
#include "verification/checklist.h"

namespace vax {

class Clock;
class Database;

// The desk's configurable rules, from the site settings (meta):
//   desk.other_vaccine_days (14), desk.interchange ("group" or "none"),
//   desk.allergy_observation_minutes (30), desk.adult_age_years (18, see loadAdultAgeYears).
struct DeskPolicy {
    ChecklistPolicy checklist;
    // A "yes" to one of these screening questions means a history of allergy: the person is
    // observed at least allergyObservationMinutes.
    QStringList allergyQuestions{QStringLiteral("allergy"), QStringLiteral("allergy_history")};
    int allergyObservationMinutes = 30;

    static Result<DeskPolicy> load(Database& db);
};

// How long to observe after a dose of `product`, given the screening stored with the visit;
// `reason` gets "product" or "allergy_history". Pure.
int observationMinutesFor(const Product& product, const QJsonObject& screening,
                          const DeskPolicy& policy, QString* reason = nullptr);

struct CalledVisit {
    QString visitId;
    QString personId;
    QString name;
    int queueNumber = 0;
    QString lane;
    QString desk;
    QDateTime calledAt;
};

// What the nurse has scanned for a visit. The lot may come from the lot field (id or number),
// a box trace code or an open vial.
struct DeskScan {
    QString visitId;
    QString lot;
    QString vialId;
    QString traceCode;
};

// What the nurse chose and ticked.
struct DeskChoices {
    QString site;
    QString route;        // empty: the product's
    double amountMl = 0;  // 0: the product's dose volume
    QString expectedProduct;
    QSet<ChecklistItemKey> confirmed;
    QSet<QString> overrides;  // finding codes a doctor overrides
};

struct DoseRecord {
    QString id;
    QString visitId;
    QString personId;
    QString productCode;
    QString lotId;
    QString lotNumber;
    QDate lotExpiry;
    QString vialId;
    QString traceCode;
    int doseNumber = 0;
    QString site;
    QString route;
    double amountMl = 0;
    QDateTime administeredAt;
    QString desk;
    QString staffId;
    QString overrideReason;
    QString overrideBy;
    QString overrideAuth;  // how the overriding doctor authenticated: password, pin
    QString status;        // completed, entered-in-error
    QString errorReason;
    QString correctedBy;
    QDateTime correctedAt;
    QJsonObject checklist;
};

// Everything the checklist needs about one visit and what was scanned: loaded once per scan,
// then evaluated as often as the nurse ticks (evaluation is pure and fast).
struct DeskContext {
    QString visitId;
    int queueNumber = 0;
    QString visitDesk;
    Person person;
    QJsonObject screening;  // as stored with the visit
    std::vector<DoseRecord> history;
    std::optional<LotInfo> lot;
    std::optional<OpenVial> vial;
    QString fridgeId;  // where a dose without a vial is taken from
    DeskPolicy policy;
    ChecklistInput input;  // all facts; the time and the choices are added by evaluate()
};

struct AdministerRequest {
    DeskScan scan;
    DeskChoices choices;
    QString desk;
    QString staffId;  // the vaccinator
    // With overrides: the doctor who decided, proven by their own password or PIN typed at the
    // desk (AuthService::approveOverride, or its three steps off the GUI thread), and why.
    std::optional<OverrideApproval> doctorApproval;
    QString overrideReason;
};

struct AdministerReceipt {
    DoseRecord dose;
    ChecklistResult checklist;
    QString movementId;
    QString observationId;
    QDateTime observationEndsAt;
    int observationMinutes = 0;
};

struct CorrectionReceipt {
    DoseRecord dose;
    bool stockReturned = false;  // false when the dose came from a vial closed since
    bool observationCancelled = false;
};

// The injection desk: call the next person, load and evaluate the checklist, and administer —
// re-running the whole checklist inside the write transaction, never trusting the caller — and
// correct a dose. Every write is one WriteTransaction with an audit row.
class DeskService {
public:
    // Calendar rules use the site's time zone (site.timezone), read from `db`.
    DeskService(Database& db, const Clock& clock);

    QDate today() const;

    // The next waiting person of today (priority lane first, then by number) becomes "called"
    // at `desk` (Permission::CallNext). nullopt when nobody is waiting.
    Result<std::optional<CalledVisit>> callNext(const QString& desk, const QString& staffId);

    Result<DeskContext> loadContext(const DeskScan& scan);
    ChecklistResult evaluate(const DeskContext& context, const DeskChoices& choices) const;
    Result<ChecklistResult> evaluate(const DeskScan& scan, const DeskChoices& choices);
    // The input policy on what the nurse chose: the amount is a number of millilitres.
    static Status checkChoices(const DeskChoices& choices);

    // Refuses with desk.checklist_failed when the checklist (re-run here) does not pass;
    // `evaluated`, when given, receives that checklist either way. The vaccinator needs
    // Permission::Administer; an override needs the doctor's approval (OverrideChecklist).
    Result<AdministerReceipt> administer(const AdministerRequest& request,
                                         ChecklistResult* evaluated = nullptr);

    // Marks a dose entered-in-error (never deletes; Permission::CorrectDose): books the dose
    // back into stock, frees its box code, cancels its observation and reopens today's visit.
    Result<CorrectionReceipt> correct(const QString& doseId, const QString& reason,
                                      const QString& staffId);

    Result<std::optional<DoseRecord>> dose(const QString& doseId);
    Result<std::vector<DoseRecord>> dosesOfPerson(const QString& personId);
    Result<std::vector<DoseRecord>> dosesOn(const QDate& day);

    // Test-only: called with a step name ("stock", "dose", "trace_code", "visit", "observation",
    // "audit") after each write of administer(); an error it returns aborts the administration as
    // a failed write would. Unset in production.
    using FaultHook = std::function<Status(QStringView step)>;
    void setFaultHookForTesting(FaultHook hook) { m_faultHook = std::move(hook); }

private:
    ChecklistResult evaluateAt(const DeskContext& context, const DeskChoices& choices,
                               const QDateTime& now) const;
    // Inside administer's transaction: the doctor's approval is on record, fresh, for this
    // visit and these findings, not used before, and the doctor may still override.
    Status checkOverrideApproval(const AdministerRequest& request, const QDateTime& now);
    Status fault(QStringView step) const;

    Database& m_db;
    const Clock& m_clock;
    SiteCalendar m_calendar;
    FaultHook m_faultHook;
};

}  // namespace vax
