#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

#include "common/result.h"
#include "common/sitecalendar.h"
#include "site/servicecontext.h"

namespace vax {

class Clock;
class Database;

struct CalledVisit {
    QString visitId;
    QString personId;
    QString name;
    int queueNumber = 0;
    QString lane;
    QString desk;
    QDateTime calledAt;
};

// The injection desk's queue: call the next waiting person of today to a desk. One
// WriteTransaction over VisitRepository.
class QueueService {
public:
    // Calendar rules use ctx.calendar (the site's zone). ctx.actorId is not used: the acting staff
    // member is named per call, as this object may outlive a login (the desk keeps it).
    explicit QueueService(const ServiceContext& ctx);

    QDate today() const;

    // The next waiting person of today (priority lane first, then by number) becomes "called"
    // at `desk` (Permission::CallNext). nullopt when nobody is waiting.
    Result<std::optional<CalledVisit>> callNext(const QString& desk, const QString& staffId);
    // The same call for one visit of today chosen elsewhere (the site's queue, docs/site.md 6):
    // nullopt when it is not here or not waiting any more (nothing written).
    Result<std::optional<CalledVisit>> call(const QString& visitId, const QString& desk,
                                            const QString& staffId);
    // The checks of a call before anything is read: the desk's name and the staff member's
    // Permission::CallNext.
    Status checkCaller(const QString& desk, const QString& staffId);

private:
    // One transaction: `pick` chooses the waiting visit of today, which becomes called.
    template <typename Pick>
    Result<std::optional<CalledVisit>> callOne(const QString& desk, const QString& staffId,
                                               Pick pick);

    Database& m_db;
    const Clock& m_clock;
    SiteCalendar m_calendar;
};

}  // namespace vax
