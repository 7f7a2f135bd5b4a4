#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

#include "common/result.h"

namespace vax {

class Clock;
class Database;

inline constexpr int kBackupsKept = 14;

// Writes a consistent copy of the database (VACUUM INTO a temporary name, fsync, rename) into
// dir as vaxpoint-YYYYMMDD-HHMMSS-<reason>.sqlite and returns its path. Keeps the newest 14.
Result<QString> backupDatabase(Database& db, const QString& dir, const QString& reason,
                               const QDateTime& nowUtc);

// Backups in dir, newest first.
QStringList listBackups(const QString& dir);
QString newestBackup(const QString& dir);
// Deletes the oldest backups beyond `keep`; returns how many were deleted.
int rotateBackups(const QString& dir, int keep = kBackupsKept);

// Copies a backup into a second directory (e.g. a USB stick), atomically; keeps 14 there too.
Result<QString> mirrorBackup(const QString& backupPath, const QString& mirrorDir);

// The first start of each (local) day makes a backup, mirrored when the site set a mirror
// directory (meta key "backup.mirror_dir"). Returns the new backup's path, or nothing when one
// was already made today.
Result<std::optional<QString>> dailyBackupIfDue(Database& db, const Clock& clock);

// Backs up now ("manual"), mirrors, and records it as the last backup.
Result<QString> backupNow(Database& db, const Clock& clock, const QString& reason,
                          const QString& extraDir = {});

}  // namespace vax
