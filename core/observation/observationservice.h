#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

#include "common/result.h"
#include "common/sitecalendar.h"
#include "observation/observationrepository.h"
#include "observation/timing.h"
#include "site/servicecontext.h"

namespace vax {

class Clock;
class Database;

// The observation area: what the board shows, and the ends of an observation — departure (only
// once the time is up), early leave (with a reason) and referral. Time left is always computed
// from the stored end time and the Clock; nothing here counts down.
class ObservationService {
public:
    // Calendar rules use ctx.calendar (the site's zone). ctx.actorId is not used: the acting staff
    // member is named per call, as this object may outlive a login (the desk keeps it).
    explicit ObservationService(const ServiceContext& ctx);

    // The board: people still in the area (observing, or with an adverse event) whose end time
    // lies less than 12 hours back, with masked names. One query over the state index.
    Result<std::vector<observation::BoardEntry>> board();

    // A number that grows whenever an observation or an adverse event is written (the largest
    // change sequence numbers of both tables; two index lookups). A board polls it every second
    // and reloads only when it changed.
    Result<qint64> changeStamp();

    // Today's observations (site time): with `all`, also those that ended; board order.
    Result<std::vector<ObservationRecord>> list(bool all);
    Result<ObservationRecord> find(const QString& id);

    // The time is up: the person leaves. Refused with observation.too_early before the end
    // time — an early departure goes through leftEarly().
    Result<ObservationRecord> depart(const QString& id, const QString& staffId);
    // The person leaves before the end time; the reason is required and recorded.
    Result<ObservationRecord> leftEarly(const QString& id, const QString& staffId,
                                        const QString& reason);
    // The person is sent on to a hospital or clinic.
    Result<ObservationRecord> refer(const QString& id, const QString& staffId, const QString& note);

private:
    Result<ObservationRecord> end(const QString& id, const QString& staffId,
                                  ObservationState newState, const QString& note);

    Database& m_db;
    const Clock& m_clock;
    SiteCalendar m_calendar;
};

}  // namespace vax
