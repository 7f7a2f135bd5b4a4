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

private:
    Database& m_db;
    const Clock& m_clock;
    SiteCalendar m_calendar;
};

}  // namespace vax
