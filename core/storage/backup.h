#pragma once

#include <QDateTime>
#include <QFuture>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "common/result.h"

class QThread;

namespace vax {

class Clock;
class Database;

inline constexpr int kBackupsKept = 14;

// Writes a consistent copy of the database (VACUUM INTO a temporary name, fsync, rename) into
// dir as vaxpoint-YYYYMMDD-HHMMSS-<reason>.sqlite and returns its path. Keeps the newest 14.
// A failure is backup.failed; `cause`, when given, receives what SQLite met (db.full on a full
// disk) so a caller that must stop (a migration) can name it.
Result<QString> backupDatabase(Database& db, const QString& dir, const QString& reason,
                               const QDateTime& nowUtc, ErrorCode* cause = nullptr);

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

// The warning a failed daily backup becomes (backup.failed): the cause, and that VaxPoint keeps
// working, tries again and how to make one by hand.
Error dailyBackupWarning(const Error& cause);

// Backs up now ("manual"), mirrors, and records it as the last backup.
Result<QString> backupNow(Database& db, const Clock& clock, const QString& reason,
                          const QString& extraDir = {});

// What a backup made in the background came to.
struct BackupOutcome {
    bool made = false;  // false: none was due, or it failed (then `error` says why)
    QString path;
    QString error;  // translated, empty on success
};

// Makes the day's backup (dailyBackupIfDue) on a thread and a connection of its own, once the
// file's quick_check has passed. VACUUM INTO reads the whole file: minutes on a campaign's
// database, which must not keep the window from appearing. The destructor stops a backup still
// running (its partial file is removed, the next start makes the day's backup) and waits.
class BackgroundBackup {
public:
    BackgroundBackup(const QString& databasePath, std::shared_ptr<const Clock> clock,
                     QFuture<Status> integrity);
    ~BackgroundBackup();
    BackgroundBackup(const BackgroundBackup&) = delete;
    BackgroundBackup& operator=(const BackgroundBackup&) = delete;

    QFuture<BackupOutcome> result() const { return m_result; }

private:
    struct State;
    std::shared_ptr<State> m_state;
    QFuture<BackupOutcome> m_result;
    std::unique_ptr<QThread> m_thread;
};

}  // namespace vax
