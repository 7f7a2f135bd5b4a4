#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

#include "common/result.h"
#include "common/sitecalendar.h"
#include "desk/deskcontext.h"
#include "desk/doserepository.h"
#include "security/auth.h"
#include "site/servicecontext.h"
#include "verification/checklist.h"

namespace vax {

class Clock;
class Database;

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

// The injection desk's administration: load and evaluate the checklist of a visit, and
// administer — re-running the whole checklist inside the write transaction, never trusting the
// caller. One WriteTransaction with an audit row: the stock taken, the dose (DoseRepository),
// the box code used, the visit done (VisitRepository) and the observation started
// (ObservationRepository).
class AdministrationService {
public:
    // Calendar rules use ctx.calendar (the site's zone). ctx.actorId is not used: the acting staff
    // member is named per call, as this object may outlive a login (the desk keeps it).
    explicit AdministrationService(const ServiceContext& ctx);

    QDate today() const;

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
    // The box code is used up by the dose.
    Status markTraceCodeUsed(const QString& traceCode, const QDateTime& at);
    Status fault(QStringView step) const;

    Database& m_db;
    const Clock& m_clock;
    SiteCalendar m_calendar;
    FaultHook m_faultHook;
};

}  // namespace vax
