#pragma once

// Why a connection to the site server failed, told apart without reading libpq's messages
// (they are translated into the PC's language): a TCP connect with a timeout, then PostgreSQL's
// SSLRequest, whose one-byte answer says whether the server offers TLS.
#include <QString>

namespace vax::sitesync {

enum class ProbeResult {
    TlsOffered,   // the server answers and offers TLS: a failed login is the password or role
    TlsRefused,   // the server answers without TLS
    Unreachable,  // no answer in time, refused, or the name does not resolve
};

// `detail` gets the system's words for an unreachable server (e.g. "Connection refused").
ProbeResult probeServer(const QString& host, int port, int timeoutMs, QString* detail = nullptr);

}  // namespace vax::sitesync
