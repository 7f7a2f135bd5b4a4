#pragma once

#include <QString>
#include <QStringList>

#include "common/result.h"
#include "site/servicecontext.h"

namespace vax {

class Clock;
class Database;

inline constexpr int kDefaultIdleLockMinutes = 5;
inline constexpr int kMinIdleLockMinutes = 1;
inline constexpr int kMaxIdleLockMinutes = 60;

// Site settings and backups done by a named staff member: each checks the permission, writes in
// one transaction and leaves an audit row naming who did it.
class SiteAdminService {
public:
    // Minutes without input before a desk locks (meta "security.idle_lock_minutes", default 5).
    static Result<int> idleLockMinutes(Database& db);
    static Status setIdleLockMinutes(const ServiceContext& ctx, int minutes);
    // The site's printed consent forms check-in accepts besides the release's own text
    // (checkin/consent.h, loadConsentVersions). An empty list leaves only the release's text.
    static Status setConsentVersions(const ServiceContext& ctx, const QStringList& versions);
    // Remembers a second backup folder (e.g. a USB stick) for every later backup.
    static Status setBackupMirror(const ServiceContext& ctx, const QString& dir);
    // Backs up now (and copies into `extraDir` when given); returns the backup's path.
    static Result<QString> backup(const ServiceContext& ctx, const QString& extraDir = {});
};

}  // namespace vax
