#include "site/servicecontext.h"

#include <utility>

#include "site/site.h"

namespace vax {

ServiceContext::ServiceContext(Database& database, const Clock& clockRef, QString actor)
    : ServiceContext(database, siteCalendar(database, clockRef), std::move(actor))
{
}

ServiceContext::ServiceContext(Database& database, SiteCalendar siteCalendar, QString actor)
    : db(database),
      clock(siteCalendar.clock()),
      calendar(std::move(siteCalendar)),
      actorId(std::move(actor))
{
}

ServiceContext ServiceContext::withActor(QString actor) const
{
    return ServiceContext(db, calendar, std::move(actor));
}

}  // namespace vax
