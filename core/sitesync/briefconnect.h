#pragma once

// A short-timeout connection of a joined desk to its server, for the questions a desk asks while
// a person waits (docs/site.md 5 and 6): the person's site history, check-in's search, "call
// next". A server that is off costs at most the timeout, never the 2 s of libpq's connect.
#include <QString>

#include <memory>

#include "common/result.h"

namespace vax {
class Database;
class SecretStore;
}  // namespace vax

namespace vax::sitesync {

class PgConnection;
struct SiteLink;

// A TCP probe bounded by `timeoutMs` first (a switched-off server or a pulled cable fails fast,
// SiteUnreachable with `unreachableText`, a translated text whose %1 is the server, %2 the
// timeout in ms and %3 the cause), then the desk's
// connection (libpq's connect_timeout, 2 s at least, reached only when the server accepts TCP
// and stalls), each statement bounded by statement_timeout = `timeoutMs`.
Result<std::unique_ptr<PgConnection>> connectBriefly(Database& db, SecretStore& secrets,
                                                     const SiteLink& link, int timeoutMs,
                                                     const QString& unreachableText);

}  // namespace vax::sitesync
