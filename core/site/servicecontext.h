#pragma once

#include <QString>

#include "common/sitecalendar.h"

namespace vax {

class Clock;
class Database;

// What a service works with, passed as one object: the open database, the clock, the site's
// calendar (that clock in the site's time zone) and the staff member acting. Non-owning and cheap
// to copy; the database and the clock must outlive it. Front ends take it from the site they
// opened (SiteContext::serviceContext, which uses the zone read when the site was opened); code
// holding only a database builds it with the first constructor, which reads the zone from the
// database once.
//
// actorId is who the service acts for (audit rows, permission checks). It may be empty for calls
// that record nobody (reading, the clock's state, signing in). Services whose objects outlive one
// login (the desk keeps its services while nurses lock and unlock it) take the acting staff
// member per call instead, as do the sign-in and override steps of AuthService, where the person
// authenticating is not yet the actor.
struct ServiceContext {
    ServiceContext(Database& database, const Clock& clockRef, QString actor = {});
    ServiceContext(Database& database, SiteCalendar siteCalendar, QString actor = {});

    // The same database, clock and calendar for another staff member.
    ServiceContext withActor(QString actor) const;

    Database& db;
    const Clock& clock;
    SiteCalendar calendar;
    QString actorId;
};

}  // namespace vax
