#include "storage/backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QPromise>
#include <QThread>

#include <fcntl.h>
#include <unistd.h>

#include "common/clock.h"
#include "site/site.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/privatefiles.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct BackupText {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

const QString kPattern = QStringLiteral("vaxpoint-*.sqlite");

bool fsyncPath(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Error backupError(const QString& dir, const QString& detail)
{
    return makeError(ErrorCode::BackupFailed,
                     BackupText::tr("The backup into %1 failed: %2. Check that the folder exists, "
                                    "is writable and has free space.")
                         .arg(QDir::toNativeSeparators(dir), detail),
                     QStringLiteral("backup_dir"));
}

// The backup's time in its name: the site's wall-clock time (people look for "this morning's").
QString stamp(Database& db, const QDateTime& nowUtc)
{
    return nowUtc.toTimeZone(siteZone(db)).toString(QStringLiteral("yyyyMMdd-HHmmss"));
}
}  // namespace

QStringList listBackups(const QString& dir)
{
    QDir d(dir);
    QStringList names = d.entryList({kPattern}, QDir::Files, QDir::Name | QDir::Reversed);
    QStringList paths;
    for (const QString& n : names)
        paths << d.filePath(n);
    return paths;
}

QString newestBackup(const QString& dir)
{
    const QStringList all = listBackups(dir);
    return all.isEmpty() ? QString() : all.first();
}

int rotateBackups(const QString& dir, int keep)
{
    const QStringList all = listBackups(dir);
    int removed = 0;
    for (int i = keep; i < all.size(); ++i)
        removed += QFile::remove(all.at(i)) ? 1 : 0;
    return removed;
}

Result<QString> backupDatabase(Database& db, const QString& dir, const QString& reason,
                               const QDateTime& nowUtc, ErrorCode* cause)
{
    if (!makePrivateDir(dir))
        return backupError(dir, BackupText::tr("cannot create the folder"));
    QString base = QStringLiteral("vaxpoint-%1-%2").arg(stamp(db, nowUtc), reason);
    QString target = QDir(dir).filePath(base + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(dir).filePath(QStringLiteral("%1-%2.sqlite").arg(base).arg(n));
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    // VACUUM INTO accepts an empty file: create it owner-only so the copy never is 0644.
    if (!createPrivateFile(partial))
        return backupError(dir, BackupText::tr("cannot create the file"));
    auto q = db.exec(QStringLiteral("VACUUM INTO ?"), {partial});
    if (!q) {
        QFile::remove(partial);
        if (cause)
            *cause = q.error().code;
        return backupError(dir, q.error().message);
    }
    if (!fsyncPath(partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return backupError(dir, BackupText::tr("cannot write the file to disk"));
    }
    fsyncPath(dir);
    rotateBackups(dir);
    return target;
}

Result<QString> mirrorBackup(const QString& backupPath, const QString& mirrorDir)
{
    if (!makePrivateDir(mirrorDir))
        return backupError(mirrorDir, BackupText::tr("cannot create the folder"));
    const QString target = QDir(mirrorDir).filePath(QFileInfo(backupPath).fileName());
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    // Owner-only where the file system has modes (a FAT stick has none: best effort).
    const bool copied = QFile::copy(backupPath, partial);
    if (copied)
        QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
    if (!copied || !fsyncPath(partial)) {
        QFile::remove(partial);
        return backupError(mirrorDir, BackupText::tr("cannot copy the backup there"));
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return backupError(mirrorDir, BackupText::tr("cannot copy the backup there"));
    }
    rotateBackups(mirrorDir);
    return target;
}

Result<QString> backupNow(Database& db, const Clock& clock, const QString& reason,
                          const QString& extraDir)
{
    auto path = backupDatabase(db, db.backupDir(), reason, clock.nowUtc());
    if (!path)
        return path;
    VAX_TRY_VALUE(auto mirror, readMeta(db, QStringLiteral("backup.mirror_dir")));
    for (const QString& dir : {mirror, extraDir}) {
        if (dir.isEmpty())
            continue;
        VAX_TRY(mirrorBackup(*path, dir));
    }
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(writeMeta(db, QStringLiteral("backup.last_at"), clock.nowUtc().toString(Qt::ISODate)));
    VAX_TRY(writeMeta(db, QStringLiteral("backup.last_path"), *path));
    VAX_TRY(tx.commit());
    return path;
}

Error dailyBackupWarning(const Error& cause)
{
    return makeError(ErrorCode::BackupFailed,
                     BackupText::tr("The day's backup was not made: %1 VaxPoint keeps working "
                                    "and saves records as usual, but without today's backup. It "
                                    "tries again later; fix the cause, then make one with "
                                    "Administration ▸ Back up now or \"vaxctl backup\".")
                         .arg(cause.message),
                     cause.field);
}

Result<std::optional<QString>> dailyBackupIfDue(Database& db, const Clock& clock)
{
    VAX_TRY_VALUE(auto last, readMeta(db, QStringLiteral("backup.last_at")));
    const QDateTime lastAt = QDateTime::fromString(last, Qt::ISODate);
    // "The day's first start" is the site's day, not the PC's.
    const SiteCalendar calendar = siteCalendar(db, clock);
    if (lastAt.isValid() && calendar.dateOf(lastAt) == calendar.today())
        return std::optional<QString>();
    VAX_TRY_VALUE(auto path, backupNow(db, clock, QStringLiteral("daily")));
    return std::optional<QString>(path);
}

struct BackgroundBackup::State {
    QMutex mutex;
    Database* db = nullptr;  // the worker's connection while it is open
    bool stopped = false;
};

BackgroundBackup::BackgroundBackup(const QString& databasePath, std::shared_ptr<const Clock> clock,
                                   QFuture<Status> integrity)
    : m_state(std::make_shared<State>())
{
    auto promise = std::make_shared<QPromise<BackupOutcome>>();
    promise->start();
    m_result = promise->future();
    auto state = m_state;
    m_thread.reset(QThread::create([promise, state, databasePath, clock, integrity]() mutable {
        BackupOutcome outcome;
        // The check may take minutes on a cold disk: wait for it, but stop when told to.
        while (!integrity.isFinished()) {
            {
                QMutexLocker lock(&state->mutex);
                if (state->stopped)
                    break;
            }
            QThread::msleep(50);
        }
        const Status checked = integrity.isFinished()
                                   ? integrity.result()
                                   : Status(makeError(ErrorCode::BackupFailed,
                                                      BackupText::tr("Stopped before the backup "
                                                                     "was made.")));
        if (!checked) {
            outcome.error = checked.error().message;
        } else {
            OpenOptions options;
            options.path = databasePath;
            options.migrate = false;
            auto db = Database::open(options);
            if (!db) {
                outcome.error = db.error().message;
            } else {
                bool stopped = false;
                {
                    QMutexLocker lock(&state->mutex);
                    stopped = state->stopped;
                    state->db = db->get();
                }
                if (!stopped) {
                    auto made = dailyBackupIfDue(**db, *clock);
                    if (!made) {
                        outcome.error = dailyBackupWarning(made.error()).message;
                    } else if (made->has_value()) {
                        outcome.made = true;
                        outcome.path = **made;
                    }
                }
                QMutexLocker lock(&state->mutex);
                state->db = nullptr;
            }
        }
        promise->addResult(outcome);
        promise->finish();
    }));
    m_thread->setObjectName(QStringLiteral("vax-daily-backup"));
    m_thread->start(QThread::LowPriority);
}

BackgroundBackup::~BackgroundBackup()
{
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->stopped = true;
        if (m_state->db)
            m_state->db->interrupt();
    }
    m_thread->wait();
}

}  // namespace vax
