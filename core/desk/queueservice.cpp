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

Status QueueService::checkCaller(const QString& desk, const QString& staffId)
{
    if (desk.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         DeskText::tr("Desk: give the desk's name or number, e.g. 3."),
                         QStringLiteral("desk"));
    VAX_TRY(input::checkText(desk.trimmed(), QStringLiteral("desk"), DeskText::tr("Desk"),
                             input::kShortText));
    VAX_TRY(requirePermission(m_db, staffId, Permission::CallNext));
    return {};
}

template <typename Pick>
Result<std::optional<CalledVisit>> QueueService::callOne(const QString& desk,
                                                         const QString& staffId, Pick pick)
{
    VAX_TRY(checkCaller(desk, staffId));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(m_db));
    VAX_TRY(ClockGuard::admit(m_db, m_clock.nowUtc()));
    VAX_TRY_VALUE(const std::optional<QueueEntry> next, pick());
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

Result<std::optional<CalledVisit>> QueueService::callNext(const QString& desk,
                                                          const QString& staffId)
{
    return callOne(desk, staffId, [this] { return VisitRepository::nextWaiting(m_db, today()); });
}

Result<std::optional<CalledVisit>> QueueService::call(const QString& visitId, const QString& desk,
                                                      const QString& staffId)
{
    return callOne(desk, staffId, [&]() -> Result<std::optional<QueueEntry>> {
        VAX_TRY_VALUE(std::optional<QueueEntry> e, VisitRepository::byId(m_db, visitId));
        if (!e || e->state != visitStateText(VisitState::Waiting))
            return std::optional<QueueEntry>();
        // Today's visit of the person (one a day) is this one: not a visit of another day.
        VAX_TRY_VALUE(std::optional<QueueEntry> todays,
                      VisitRepository::ofPersonOn(m_db, e->personId, today()));
        return todays && todays->visitId == visitId ? e : std::optional<QueueEntry>();
    });
}

}  // namespace vax
