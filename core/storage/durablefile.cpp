#include "storage/durablefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vax::durable {
namespace {

struct DurableFileText {
    Q_DECLARE_TR_FUNCTIONS(DurableFile)
};

QMutex g_hookMutex;
FaultHook g_hook;

int injected(Step step, const QString& path)
{
    QMutexLocker lock(&g_hookMutex);
    return g_hook ? g_hook(step, path) : 0;
}

QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

// Closes a descriptor and removes the temporary file unless released.
class TempFile {
public:
    TempFile() = default;
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    ~TempFile()
    {
        closeFd();
        if (!m_path.isEmpty())
            ::unlink(native(m_path).constData());
    }
    int fd() const { return m_fd; }
    const QString& path() const { return m_path; }
    void set(int fd, QString path)
    {
        m_fd = fd;
        m_path = std::move(path);
    }
    int closeFd()
    {
        int rc = 0;
        if (m_fd >= 0)
            rc = ::close(m_fd);
        m_fd = -1;
        return rc;
    }
    void release() { m_path.clear(); }

private:
    int m_fd = -1;
    QString m_path;
};

int writeAll(int fd, const QByteArray& bytes)
{
    const char* p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, static_cast<size_t>(std::min<qsizetype>(left, 1 << 20)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return ENOSPC;
        p += n;
        left -= n;
    }
    return 0;
}

// rename() that refuses to replace an existing file (a bundle of the same name may be one the
// district has not received yet). Falls back to a check + rename on file systems without
// RENAME_NOREPLACE.
int renameNoReplace(const QString& from, const QString& to)
{
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, native(from).constData(), AT_FDCWD, native(to).constData(),
                    RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
#endif
    struct stat st;
    if (::lstat(native(to).constData(), &st) == 0)
        return EEXIST;
    if (::rename(native(from).constData(), native(to).constData()) != 0)
        return errno;
    return 0;
}

int syncFolder(const QString& dir)
{
    const int fd = ::open(native(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    int rc = 0;
    if (::fsync(fd) != 0 && errno != EINVAL && errno != ENOTSUP)  // some file systems can't
        rc = errno;
    ::close(fd);
    return rc;
}

}  // namespace

void setFaultHookForTesting(FaultHook hook)
{
    QMutexLocker lock(&g_hookMutex);
    g_hook = std::move(hook);
}

QString describe(Step step, int error, const QString& path)
{
    const QFileInfo info(path);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    const QString name = info.fileName();
    switch (error) {
        case ENOSPC:
        case EDQUOT:
        case EFBIG:
            return DurableFileText::tr(
                       "The folder %1 is full: %2 did not fit. Free some space "
                       "on it or choose another folder (e.g. another USB drive).")
                .arg(folder, name);
        case EROFS:
            return DurableFileText::tr(
                       "The folder %1 is read-only (a write-protected USB drive "
                       "or a medium mounted read-only): %2 was not written. "
                       "Slide the drive's lock switch off or choose another "
                       "folder.")
                .arg(folder, name);
        case EACCES:
        case EPERM:
            return DurableFileText::tr(
                       "You may not write into the folder %1: %2 was not "
                       "written. Choose a folder you can write into.")
                .arg(folder, name);
        case EIO:
        case ENODEV:
        case ENXIO:
        case ENOENT:
        case ESTALE:
        case ENOTCONN:
            return DurableFileText::tr(
                       "The folder %1 stopped answering while %2 was written "
                       "(was the USB drive removed?). Plug it in again, check "
                       "it, and write again.")
                .arg(folder, name);
        case EEXIST:
        case ENOTEMPTY:
        case EISDIR:
            if (step == Step::Rename)
                return DurableFileText::tr(
                           "The folder %1 already holds something named %2. Move "
                           "it away or choose another folder.")
                    .arg(folder, name);
            break;
        default:
            break;
    }
    return DurableFileText::tr(
               "Could not write %2 into the folder %1 (%3). Check that the "
               "folder exists, is writable and has free space.")
        .arg(folder, name, QString::fromLocal8Bit(std::strerror(error)));
}

Status writeFile(const QString& path, const QByteArray& bytes, const QString& field)
{
    const auto fail = [&](Step step, int error) -> Status {
        return makeError(ErrorCode::Io, describe(step, error, path), field);
    };
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    TempFile tmp;

    // 1. A new, private temporary file next to the target (same file system: rename is atomic).
    if (const int e = injected(Step::Create, path))
        return fail(Step::Create, e);
    QByteArray pattern =
        native(dir + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX.part"));
    // mkostemps creates the file with mode 0600 whatever the umask.
    const int fd = ::mkostemps(pattern.data(), 5, O_CLOEXEC);
    if (fd < 0)
        return fail(Step::Create, errno);
    tmp.set(fd, QFile::decodeName(pattern));
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
        return fail(Step::Create, errno);

    // 2. Every byte; a short write or ENOSPC is an error, never a truncated file.
    if (const int e = injected(Step::Write, path))
        return fail(Step::Write, e);
    if (const int e = writeAll(fd, bytes))
        return fail(Step::Write, e);

    // 3. On the medium: fsync's answer is the write's real outcome (delayed allocation, NFS,
    // a USB stick pulled out). Then drop the clean pages so the proof reads the medium.
    if (const int e = injected(Step::Sync, path))
        return fail(Step::Sync, e);
    if (::fsync(fd) != 0)
        return fail(Step::Sync, errno);
    (void)::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    if (tmp.closeFd() != 0)
        return fail(Step::Sync, errno);

    // 4. Into place, and the folder entry on the medium too.
    if (const int e = injected(Step::Rename, path))
        return fail(Step::Rename, e);
    if (const int e = renameNoReplace(tmp.path(), path))
        return fail(Step::Rename, e);
    tmp.release();
    const int folderError = injected(Step::SyncFolder, path);
    if (const int e = folderError ? folderError : syncFolder(dir)) {
        ::unlink(native(path).constData());
        return fail(Step::SyncFolder, e);
    }
    return {};
}

}  // namespace vax::durable
