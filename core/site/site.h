#pragma once

#include <QDateTime>
#include <QString>

#include <memory>

#include "common/result.h"

namespace vax {

class Clock;
class Database;

struct SiteInfo {
    QString uuid;
    QString code;
    QString name;
    QString district;
    bool training = false;
    QDateTime createdAt;
};

struct InitRequest {
    QString code;
    QString name;
    QString district;
    bool training = false;
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
    static Result<SiteInfo> init(Database& db, const Clock& clock, const InitRequest& request);
    // The site of an initialised database (DbNotInitialized otherwise).
    static Result<SiteInfo> load(Database& db);
};

}  // namespace vax
