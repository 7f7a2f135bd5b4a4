#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTimeZone>

#include <functional>
#include <vector>

#include "aefi/adverseeventrepository.h"
#include "aefi/aefi.h"
#include "common/result.h"
#include "common/sitecalendar.h"
#include "site/servicecontext.h"

namespace vax {

class Clock;
class Database;

// Adverse events following immunization: validated (aefi::validate), linked to the dose, and
// written together with the observation's new state and the audit row in one transaction
// (AdverseEventRepository, ObservationRepository).
class AefiService {
public:
    // Calendar rules use ctx.calendar (the site's zone). ctx.actorId is not used: the acting staff
    // member is named per call, as this object may outlive a login (the desk keeps it).
    explicit AefiService(const ServiceContext& ctx);

    // `report.reporterStaffId` acts (doctor or vaccinator). The dose's time is read from the
    // dose, whatever the report says. The person's observation, if still running, moves to
    // adverse_event — or to referred when the actions include referred or ambulance. A serious
    // event is flagged for immediate reporting.
    Result<AdverseEventRecord> add(aefi::Report report);

    // The adverse events whose onset lies on `day` (site time), oldest first.
    Result<std::vector<AdverseEventRecord>> listOn(const QDate& day);

    // Test-only: called after each write of add() ("adverse_event", "observation", "audit"); an
    // error it returns aborts the whole report.
    using FaultHook = std::function<Status(QStringView step)>;
    void setFaultHookForTesting(FaultHook hook) { m_faultHook = std::move(hook); }

private:
    Status fault(QStringView step) const;

    Database& m_db;
    const Clock& m_clock;
    SiteCalendar m_calendar;
    FaultHook m_faultHook;
};

}  // namespace vax
