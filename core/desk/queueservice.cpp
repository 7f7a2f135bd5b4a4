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

QueueService::QueueService(Database& db, const Clock& clock)
    : m_db(db), m_clock(clock), m_calendar(siteCalendar(db, clock))
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
    auto tx = WriteTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    VAX_TRY(ClockGuard::admit(m_db, m_clock.nowUtc()));
    auto next = VisitRepository::nextWaiting(m_db, today());
    if (!next)
        return next.error();
    if (!*next)
        return std::optional<CalledVisit>();
    const QueueEntry& waiting = **next;
    CalledVisit c;
    c.visitId = waiting.visitId;
    c.personId = waiting.personId;
    c.name = waiting.name;
    c.queueNumber = waiting.queueNumber;
    c.lane = waiting.lane;
    c.desk = desk.trimmed();
    c.calledAt = m_clock.nowUtc();
    auto called = VisitRepository::markCalled(m_db, c.visitId, c.desk, c.calledAt);
    if (!called)
        return called.error();
    VAX_TRY(expectChanged(*called, DeskText::tr("The queue")));
    VAX_TRY(tx->commit());
    return std::optional<CalledVisit>(c);
}

}  // namespace vax
