#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

#include "common/result.h"
#include "common/sitecalendar.h"
#include "desk/doserepository.h"
#include "site/servicecontext.h"

namespace vax {

class Clock;
class Database;

struct CorrectionReceipt {
    DoseRecord dose;
    bool stockReturned = false;  // false when the dose came from a vial closed since
    bool observationCancelled = false;
};

// The record of doses given, after the fact: look doses up, and correct one. A correction is one
// WriteTransaction with an audit row: the dose entered in error (DoseRepository), its stock
// booked back, its box code freed, its observation cancelled (ObservationRepository) and today's
// visit reopened (VisitRepository).
class DoseCorrectionService {
public:
    // Calendar rules use ctx.calendar (the site's zone). ctx.actorId is not used: the acting staff
    // member is named per call, as this object may outlive a login (the desk keeps it).
    explicit DoseCorrectionService(const ServiceContext& ctx);

    QDate today() const;

    // Marks a dose entered-in-error (never deletes; Permission::CorrectDose): books the dose
    // back into stock, frees its box code, cancels its observation and reopens today's visit.
    Result<CorrectionReceipt> correct(const QString& doseId, const QString& reason,
                                      const QString& staffId);

    Result<std::optional<DoseRecord>> dose(const QString& doseId);
    Result<std::vector<DoseRecord>> dosesOfPerson(const QString& personId);
    // The doses given on the site's day `day`.
    Result<std::vector<DoseRecord>> dosesOn(const QDate& day);

private:
    // The fridge the dose's stock movement took it from (a dose without a vial).
    Result<QString> fridgeOfMovement(const QString& doseId);
    // The dose goes back into its open vial.
    Status returnDoseToVial(const QString& vialId);
    // The box code may serve another dose.
    Status freeTraceCode(const QString& traceCode);

    Database& m_db;
    const Clock& m_clock;
    SiteCalendar m_calendar;
};

}  // namespace vax
