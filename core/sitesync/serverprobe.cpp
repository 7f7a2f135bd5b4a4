#include "sitesync/serverprobe.h"

#include <QByteArray>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif

namespace vax::sitesync {

#ifdef Q_OS_UNIX
namespace {
class Socket {
public:
    explicit Socket(int fd) : m_fd(fd) {}
    ~Socket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

bool waitFor(int fd, short events, int timeoutMs)
{
    pollfd p{fd, events, 0};
    int r = 0;
    do {
        r = ::poll(&p, 1, timeoutMs);
    } while (r < 0 && errno == EINTR);
    return r == 1;
}

// One address: connect within the timeout, send SSLRequest, read the answer.
ProbeResult probeAddress(const addrinfo* a, int timeoutMs, QString* detail)
{
    Socket s(::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol));
    if (s.fd() < 0) {
        *detail = QString::fromLocal8Bit(std::strerror(errno));
        return ProbeResult::Unreachable;
    }
    ::fcntl(s.fd(), F_SETFL, ::fcntl(s.fd(), F_GETFL) | O_NONBLOCK);
    if (::connect(s.fd(), a->ai_addr, a->ai_addrlen) != 0 && errno != EINPROGRESS) {
        *detail = QString::fromLocal8Bit(std::strerror(errno));
        return ProbeResult::Unreachable;
    }
    if (!waitFor(s.fd(), POLLOUT, timeoutMs)) {
        *detail = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        return ProbeResult::Unreachable;
    }
    int error = 0;
    socklen_t len = sizeof error;
    ::getsockopt(s.fd(), SOL_SOCKET, SO_ERROR, &error, &len);
    if (error != 0) {
        *detail = QString::fromLocal8Bit(std::strerror(error));
        return ProbeResult::Unreachable;
    }
    // SSLRequest: length 8, code 80877103 (1234 << 16 | 5679), big-endian.
    static const unsigned char request[8] = {0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f};
    if (::send(s.fd(), request, sizeof request, MSG_NOSIGNAL) != sizeof request ||
        !waitFor(s.fd(), POLLIN, timeoutMs)) {
        *detail = QStringLiteral("the server did not answer the TLS request");
        return ProbeResult::Unreachable;
    }
    char answer = 0;
    if (::recv(s.fd(), &answer, 1, 0) != 1) {
        *detail = QStringLiteral("the server closed the connection");
        return ProbeResult::Unreachable;
    }
    return answer == 'S' ? ProbeResult::TlsOffered : ProbeResult::TlsRefused;
}
}  // namespace

ProbeResult probeServer(const QString& host, int port, int timeoutMs, QString* detail)
{
    QString ignored;
    QString& why = detail ? *detail : ignored;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const int rc = ::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(),
                                 &hints, &found);
    if (rc != 0) {
        why = QString::fromLocal8Bit(::gai_strerror(rc));
        return ProbeResult::Unreachable;
    }
    ProbeResult result = ProbeResult::Unreachable;
    for (const addrinfo* a = found; a; a = a->ai_next) {
        result = probeAddress(a, timeoutMs, &why);
        if (result != ProbeResult::Unreachable)
            break;
    }
    ::freeaddrinfo(found);
    return result;
}
#else
ProbeResult probeServer(const QString&, int, int, QString* detail)
{
    if (detail)
        *detail = QStringLiteral("the connection failed");
    return ProbeResult::TlsOffered;
}
#endif

}  // namespace vax::sitesync
