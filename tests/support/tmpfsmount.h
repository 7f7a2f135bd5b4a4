#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

namespace vax::test {

// A small tmpfs mounted on a fresh temporary folder for one scope: a real full disk or a real
// read-only medium, as a USB stick gives them. Needs root (CAP_SYS_ADMIN); when the mount is
// impossible, skipReason() says why and the test skips with it.
class TmpfsMount {
public:
    enum class Mode { ReadWrite, ReadOnly };

    explicit TmpfsMount(const char* size = "64k", Mode mode = Mode::ReadWrite)
    {
        if (::geteuid() != 0) {
            m_skip = QStringLiteral(
                "mounting a tmpfs needs root (run the tests as root to "
                "include the real full-disk and read-only cases)");
            return;
        }
        if (!m_dir.isValid()) {
            m_skip = QStringLiteral("no temporary folder");
            return;
        }
        const QByteArray options = QByteArray("size=") + size + ",mode=0755";
        const unsigned long flags = mode == Mode::ReadOnly ? MS_RDONLY : 0;
        if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", flags,
                    options.constData()) != 0) {
            m_skip = QStringLiteral(
                         "mount -t tmpfs failed: %1 (a container without "
                         "CAP_SYS_ADMIN?)")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mounted = true;
    }
    ~TmpfsMount()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    TmpfsMount(const TmpfsMount&) = delete;
    TmpfsMount& operator=(const TmpfsMount&) = delete;

    bool mounted() const { return m_mounted; }
    const QString& skipReason() const { return m_skip; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // Fills the file system with a file named `name` until it is full; the bytes written.
    qint64 fill(const QString& name = QStringLiteral("filler.bin")) const
    {
        const int fd = ::open(QFile::encodeName(filePath(name)).constData(),
                              O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd < 0)
            return -1;
        const QByteArray block(4096, 'x');
        qint64 total = 0;
        while (true) {
            const ssize_t n = ::write(fd, block.constData(), static_cast<size_t>(block.size()));
            if (n <= 0)
                break;
            total += n;
        }
        ::close(fd);
        return total;
    }

    // Files in the mount other than `except` (a write that failed must leave none behind).
    QStringList entriesExcept(const QString& except = QStringLiteral("filler.bin")) const
    {
        QStringList names = QDir(path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
        names.removeAll(except);
        return names;
    }

private:
    QTemporaryDir m_dir;
    QString m_skip;
    bool m_mounted = false;
};

}  // namespace vax::test
