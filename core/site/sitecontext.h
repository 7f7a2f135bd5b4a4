#pragma once

#include <QString>

#include <memory>
#include <optional>

#include "common/clock.h"
#include "common/result.h"
#include "site/servicecontext.h"
#include "site/site.h"
#include "storage/backup.h"
#include "storage/database.h"

namespace vax {

// Everything a front end needs to work on one site: the open database, the site and its clock.
struct SiteContext {
    std::unique_ptr<Database> db;
    std::shared_ptr<Clock> clock;
    SiteInfo site;
    std::optional<QString> dailyBackup;  // set when this start made the day's backup
    // Set when the day's backup failed (disk nearly full, backup folder not writable). Never a
    // stop: every command and screen keeps working, reading always and writing with this
    // warning shown (vaxctl on stderr, the window in a banner); the next start tries again.
    std::optional<Error> backupWarning;
    // With SiteOpenOptions::background: the day's backup, being made on a thread of its own.
    std::unique_ptr<BackgroundBackup> backgroundBackup;

    // The site's calendar: this clock in the site's time zone. What every front end uses to show
    // a date or a time and to ask "which day".
    SiteCalendar calendar() const { return SiteCalendar(*clock, site.timeZone()); }
    // What the services of this site take (core/site/servicecontext.h), for `actorId`. The zone is
    // the one read when the site was opened: no query.
    ServiceContext serviceContext(const QString& actorId = {}) const
    {
        return ServiceContext(*db, calendar(), actorId);
    }
};

struct SiteOpenOptions {
    QString path;
    // First start of the GUI: create a training site with demo data when there is no database.
    bool createTrainingIfMissing = false;
    bool dailyBackup = true;
    // The window's start: quick_check and the day's backup run on threads of their own (see
    // OpenOptions::checkInBackground and BackgroundBackup) so the window appears at once;
    // writes wait for the check. Off (vaxctl): both are done before openSite returns.
    bool background = false;
};

// Opens the database (quick_check, migrations), loads the site, picks its clock (refusing
// VAXPOINT_FAKE_NOW on a production database) and makes (or starts) the day's first backup. A
// failed backup does not fail openSite: it is recorded in SiteContext::backupWarning.
Result<SiteContext> openSite(const SiteOpenOptions& options);

}  // namespace vax
