#pragma once

#include <QDateTime>
#include <QString>

#include <memory>

#include "common/result.h"
#include "common/sitecalendar.h"
#include "site/servicecontext.h"
#include "site/siterepository.h"

namespace vax {

class Clock;
class Database;

struct InitRequest {
    QString code;
    QString name;
    QString district;
    bool training = false;
    // IANA zone name; empty: Asia/Shanghai.
    QString timeZoneId;
    // The first site administrator. A training site gets the demo login when these are empty.
    QString adminUsername;
    QString adminPassword;
    QString adminName;
};

// The login every training database has, shown on its login screen.
inline constexpr const char* kDemoUsername = "demo";
inline constexpr const char* kDemoPassword = "demo-vaxpoint";

class SiteService {
public:
    // Creates the site in one transaction: site row, catalog snapshot, first administrator and,
    // for a training site, a demo fridge with demo lots. Refuses a database that has a site.
    static Result<SiteInfo> init(const ServiceContext& ctx, const InitRequest& request);
    // The site of an initialised database (DbNotInitialized otherwise).
    static Result<SiteInfo> load(Database& db);
    // Changes the site's time zone (a site admin; audited with the old and the new zone).
    static Result<SiteInfo> setTimeZone(const ServiceContext& ctx, const QString& ianaId);
};

// The site's time zone as stored; Asia/Shanghai before a site exists. Every service that judges
// a calendar rule takes its zone from here (through siteCalendar), never from the PC.
QTimeZone siteZone(Database& db);
// The site's calendar: `clock` with the site's zone.
SiteCalendar siteCalendar(Database& db, const Clock& clock);

}  // namespace vax
