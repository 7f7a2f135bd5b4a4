#include "storage/openfaults.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#endif

#include "storage/backup.h"

namespace vax {

namespace {
struct FaultText {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString folderOf(const QString& path)
{
    return QFileInfo(path).absolutePath();
}

// Free bytes for this user on the disk holding `path`; -1 when unknown.
qint64 freeBytes(const QString& path)
{
#ifdef Q_OS_UNIX
    struct statvfs fs {};
    if (::statvfs(QFile::encodeName(folderOf(path)).constData(), &fs) == 0)
        return static_cast<qint64>(fs.f_bavail) * static_cast<qint64>(fs.f_frsize);
#else
    Q_UNUSED(path);
#endif
    return -1;
}

bool mediumReadOnly(const QString& path)
{
#ifdef Q_OS_UNIX
    struct statvfs fs {};
    if (::statvfs(QFile::encodeName(folderOf(path)).constData(), &fs) == 0)
        return (fs.f_flag & ST_RDONLY) != 0;
#else
    Q_UNUSED(path);
#endif
    return false;
}

// access(2) for this user: 0 when allowed, else errno (EACCES, EROFS, ENOENT…).
int accessError(const QString& path, int mode)
{
#ifdef Q_OS_UNIX
    return ::access(QFile::encodeName(path).constData(), mode) == 0 ? 0 : errno;
#else
    Q_UNUSED(path);
    Q_UNUSED(mode);
    return 0;
#endif
}

Error readOnlyMediumError(const QString& path)
{
    return makeError(
        ErrorCode::DbReadOnly,
        FaultText::tr("The disk holding the database %1 is read-only (a write-protected USB stick, "
                      "a read-only network share, or a disk the system switched to read-only "
                      "after errors). Nothing is lost and VaxPoint changed nothing. Unlock the "
                      "medium, or copy the database to a writable disk, then start again.")
            .arg(native(path)),
        QStringLiteral("database"));
}

Error readOnlyFolderError(const QString& path)
{
    return makeError(
        ErrorCode::DbReadOnly,
        FaultText::tr("The folder %1 that holds the database cannot be written: VaxPoint keeps "
                      "its journal files (-wal, -shm) beside the database. Nothing is lost and "
                      "VaxPoint changed nothing. Let this account write in that folder (ask the "
                      "PC's administrator), or move the database to a writable folder, then "
                      "start again.")
            .arg(native(folderOf(path))),
        QStringLiteral("database"));
}

Error readOnlyFileError(const QString& path)
{
    return makeError(
        ErrorCode::DbReadOnly,
        FaultText::tr("The database %1 is read-only: VaxPoint could not record anything in it. "
                      "Nothing is lost and VaxPoint changed nothing. Give this account write "
                      "permission on the file (its properties, or ask the PC's administrator), "
                      "then start again.")
            .arg(native(path)),
        QStringLiteral("database"));
}

QString sizeText(qint64 bytes)
{
    if (bytes < 0)
        return FaultText::tr("unknown");
    return FaultText::tr("%1 MB").arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

}  // namespace

Error dbFullError(const QString& path)
{
    return makeError(
        ErrorCode::DbFull,
        FaultText::tr("The disk holding the database %1 is full (%2 free). VaxPoint stopped "
                      "before changing anything: nothing is lost. Free some space on that disk "
                      "(old exports, copies, downloads, the recycle bin), then start again.")
            .arg(native(path), sizeText(freeBytes(path))),
        QStringLiteral("database"));
}

Error dbReadOnlyError(const QString& path)
{
    if (auto problem = osAccessProblem(path, true))
        return *problem;
    return readOnlyFileError(path);
}

Error dbAccessDeniedError(const QString& path)
{
    return makeError(
        ErrorCode::DbAccessDenied,
        FaultText::tr("This account may not open the database %1 (permission denied). Nothing is "
                      "lost. Sign in to the PC with the account that runs VaxPoint, or ask the "
                      "PC's administrator to give this account access to the file and its "
                      "folder.")
            .arg(native(path)),
        QStringLiteral("database"));
}

Error dbLockedError(const QString& path)
{
    return makeError(
        ErrorCode::DbBusy,
        FaultText::tr("The database %1 is locked by %2, which keeps it to itself. VaxPoint waited, "
                      "then stopped without changing anything: nothing is lost. Close that "
                      "program (another VaxPoint window, a vaxctl command, a copy or sync "
                      "tool), then start again.")
            .arg(native(path), lockHolder(path)),
        QStringLiteral("database"));
}

Error dbNotADatabaseError(const QString& path, const QString& detail)
{
    return makeError(
        ErrorCode::DbNotADatabase,
        FaultText::tr("The file %1 is not a VaxPoint database (%2). VaxPoint did not change it. "
                      "Check the --db path or the VAXPOINT_DB setting. If this file was the "
                      "clinic's database, keep it as it is and call support.")
            .arg(native(path), detail),
        QStringLiteral("database"));
}

Error dbEmptyError(const QString& path)
{
    return makeError(
        ErrorCode::DbNotInitialized,
        FaultText::tr("The file %1 is empty: there is no database in it. VaxPoint did not change "
                      "it. To create a site there, run \"vaxctl init --db %1 --site-code … "
                      "--site-name … --district …\"; otherwise give the right --db path.")
            .arg(native(path)),
        QStringLiteral("db"));
}

Error dbUnknownSchemaError(const QString& path, int version, int latest)
{
    return makeError(
        ErrorCode::DbUnknownSchema,
        FaultText::tr("The database %1 says its schema is version %2, which no VaxPoint writes "
                      "(this one knows 1 to %3). VaxPoint did not change it. Keep the file as it "
                      "is and call support.")
            .arg(native(path))
            .arg(version)
            .arg(latest),
        QStringLiteral("database"));
}

Error dbDamagedError(const QString& path, const QString& detail)
{
    const QString backup =
        newestBackup(QFileInfo(path).absolutePath() + QStringLiteral("/backups"));
    QString message = FaultText::tr(
                          "The database %1 is damaged (%2). VaxPoint stopped and did not "
                          "change the file. Keep it exactly as it is and call support before "
                          "replacing anything: support can often recover records from it. ")
                          .arg(native(path), detail);
    if (backup.isEmpty()) {
        message += FaultText::tr("No backup was found beside it.");
    } else {
        message += FaultText::tr(
                       "The newest backup is %1, taken %2: every record written after that "
                       "(doses, check-ins, stock) is not in it and would be lost if the backup "
                       "replaced the database.")
                       .arg(native(backup), backupTakenAt(backup));
    }
    return makeError(ErrorCode::DbCorrupt, message, QStringLiteral("database"));
}

std::optional<Error> osAccessProblem(const QString& path, bool needWrite)
{
    const QString folder = folderOf(path);
    if (needWrite && mediumReadOnly(path))
        return readOnlyMediumError(path);
    if (accessError(folder, X_OK) == EACCES)
        return dbAccessDeniedError(path);
    if (QFileInfo::exists(path) && accessError(path, R_OK) == EACCES)
        return dbAccessDeniedError(path);
    if (!needWrite)
        return std::nullopt;
    const int file = QFileInfo::exists(path) ? accessError(path, W_OK) : 0;
    if (file == EROFS)
        return readOnlyMediumError(path);
    if (file == EACCES)
        return readOnlyFileError(path);
    const int dir = accessError(folder, W_OK);
    if (dir == EROFS)
        return readOnlyMediumError(path);
    if (dir == EACCES)
        return readOnlyFolderError(path);
    return std::nullopt;
}

Error classifyOpenFailure(const QString& path, int sqliteCode, const QString& detail)
{
    switch (sqliteCode & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return dbLockedError(path);
        case SQLITE_FULL:
            return dbFullError(path);
        case SQLITE_CORRUPT:
            return dbDamagedError(path, detail);
        case SQLITE_NOTADB:
            return dbNotADatabaseError(path, detail);
        case SQLITE_PERM:
        case SQLITE_AUTH:
            if (auto problem = osAccessProblem(path, true))
                return *problem;
            return dbAccessDeniedError(path);
        case SQLITE_READONLY:
            return dbReadOnlyError(path);
        case SQLITE_CANTOPEN:
            // The file itself opened before (its header was read): what cannot be opened now is
            // a journal file that must be created beside it.
            if (auto problem = osAccessProblem(path, true))
                return *problem;
            return readOnlyFolderError(path);
        case SQLITE_IOERR: {
            const qint64 space = freeBytes(path);
            if (space >= 0 && space < 4 * 1024 * 1024)
                return dbFullError(path);
            if (mediumReadOnly(path))
                return readOnlyMediumError(path);
            return makeError(
                ErrorCode::Io,
                FaultText::tr("The disk reported an error on the database %1 (%2). VaxPoint "
                              "stopped without changing anything. Check the disk (a failing "
                              "disk, a removed USB stick, a lost network share), then start "
                              "again.")
                    .arg(native(path), detail),
                QStringLiteral("database"));
        }
        default:
            return makeError(ErrorCode::DbOpenFailed,
                             FaultText::tr("Cannot open the database %1: %2. Check that the file "
                                           "exists and that you may read it.")
                                 .arg(native(path), detail),
                             QStringLiteral("database"));
    }
}

Status probeHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.error() == QFileDevice::PermissionsError)
            return dbAccessDeniedError(path);
        if (auto problem = osAccessProblem(path, false))
            return *problem;
        return classifyOpenFailure(path, SQLITE_IOERR, file.errorString());
    }
    const QByteArray head = file.read(100);
    if (head.isEmpty() && file.size() == 0)
        return dbEmptyError(path);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (head.size() < 100 || !head.startsWith(magic))
        return dbNotADatabaseError(path, FaultText::tr("it does not start with a SQLite header"));
    return {};
}

QString lockHolder(const QString& path)
{
    const QString unknown = FaultText::tr("another program");
#ifdef Q_OS_LINUX
    // /proc/locks: "1: POSIX  ADVISORY  WRITE 4711 08:02:1234567 1073741824 1073741825".
    // SQLite locks the database file (rollback journal, EXCLUSIVE locking mode) or its -shm (WAL).
    QStringList keys;
    for (const QString& file : {path, path + QStringLiteral("-shm")}) {
        struct stat st {};
        if (::stat(QFile::encodeName(file).constData(), &st) != 0)
            continue;
        keys << QStringLiteral("%1:%2:%3")
                    .arg(major(st.st_dev), 2, 16, QLatin1Char('0'))
                    .arg(minor(st.st_dev), 2, 16, QLatin1Char('0'))
                    .arg(static_cast<qulonglong>(st.st_ino));
    }
    QFile locks(QStringLiteral("/proc/locks"));
    if (keys.isEmpty() || !locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return unknown;
    qint64 writer = 0;
    qint64 reader = 0;
    const QStringList lines = QString::fromLatin1(locks.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.contains(QLatin1String("->")))
            continue;  // a process waiting for the lock, not holding it
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() < 6 || !keys.contains(f.at(5)))
            continue;
        const qint64 pid = f.at(4).toLongLong();
        if (pid <= 0)
            continue;
        if (f.at(3) == QLatin1String("WRITE") && writer == 0)
            writer = pid;
        else if (reader == 0)
            reader = pid;
    }
    const qint64 pid = writer != 0 ? writer : reader;
    if (pid == 0)
        return unknown;
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    QString name;
    if (comm.open(QIODevice::ReadOnly))
        name = QString::fromLocal8Bit(comm.readAll()).trimmed();
    if (name.isEmpty())
        return FaultText::tr("another program (process %1)").arg(pid);
    return FaultText::tr("the program \"%1\" (process %2)").arg(name).arg(pid);
#else
    Q_UNUSED(path);
    return unknown;
#endif
}

QString backupTakenAt(const QString& backupPath)
{
    // vaxpoint-YYYYMMDD-HHMMSS-<reason>.sqlite, stamped in the site's wall-clock time.
    static const QRegularExpression re(QStringLiteral("^vaxpoint-(\\d{8})-(\\d{6})"));
    const auto m = re.match(QFileInfo(backupPath).fileName());
    if (m.hasMatch()) {
        const QDateTime at =
            QDateTime::fromString(m.captured(1) + m.captured(2), QStringLiteral("yyyyMMddHHmmss"));
        if (at.isValid())
            return FaultText::tr("%1 (site time)")
                .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    return FaultText::tr("%1 UTC").arg(QFileInfo(backupPath)
                                           .fileTime(QFileDevice::FileModificationTime)
                                           .toUTC()
                                           .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

}  // namespace vax
