#include "desk/queueservice.h"

#include "checkin/visitrepository.h"
#include "common/clock.h"
#include "common/inputpolicy.h"
#include "desk/desktext.h"
#include "security/permissions.h"
#include "site/site.h"
#include "storage/clockguard.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

QueueService::QueueService(const ServiceContext& ctx)
    : m_db(ctx.db), m_clock(ctx.clock), m_calendar(ctx.calendar)
{
}

QDate QueueService::today() const
{
    return m_calendar.today();
}

Result<std::optional<CalledVisit>> QueueService::callNext(const QString& desk,
                                                          const QString& staffId)
{
    if (desk.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         DeskText::tr("Desk: give the desk's name or number, e.g. 3."),
                         QStringLiteral("desk"));
    VAX_TRY(input::checkText(desk.trimmed(), QStringLiteral("desk"), DeskText::tr("Desk"),
                             input::kShortText));
    VAX_TRY(requirePermission(m_db, staffId, Permission::CallNext));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(m_db));
    VAX_TRY(ClockGuard::admit(m_db, m_clock.nowUtc()));
    VAX_TRY_VALUE(auto next, VisitRepository::nextWaiting(m_db, today()));
    if (!next)
        return std::optional<CalledVisit>();
    const QueueEntry& waiting = *next;
    CalledVisit c;
    c.visitId = waiting.visitId;
    c.personId = waiting.personId;
    c.name = waiting.name;
    c.queueNumber = waiting.queueNumber;
    c.lane = waiting.lane;
    c.desk = desk.trimmed();
    c.calledAt = m_clock.nowUtc();
    VAX_TRY_VALUE(auto called, VisitRepository::markCalled(m_db, c.visitId, c.desk, c.calledAt));
    VAX_TRY(expectChanged(called, DeskText::tr("The queue")));
    VAX_TRY(tx.commit());
    return std::optional<CalledVisit>(c);
}

}  // namespace vax
