#include "sitesync/briefconnect.h"

#include <algorithm>

#include "sitesync/pgconnection.h"
#include "sitesync/serverprobe.h"
#include "sitesync/serverurl.h"
#include "sitesync/sitelink.h"

namespace vax::sitesync {

Result<std::unique_ptr<PgConnection>> connectBriefly(Database& db, SecretStore& secrets,
                                                     const SiteLink& link, int timeoutMs,
                                                     const QString& unreachableText)
{
    VAX_TRY_VALUE(const ServerUrl url, parseServerUrl(link.serverUrl));
    if (!url.isSocket()) {
        QString cause;
        if (probeServer(url.host, url.port, timeoutMs, &cause) == ProbeResult::Unreachable)
            return makeError(ErrorCode::SiteUnreachable,
                             QString(unreachableText).arg(url.text()).arg(timeoutMs).arg(cause),
                             QStringLiteral("server"));
    }
    VAX_TRY_VALUE(std::unique_ptr<PgConnection> c,
                  connectJoinedDesk(db, secrets, link, std::max(1, timeoutMs / 1000)));
    VAX_TRY(c->execPlain(QStringLiteral("SET statement_timeout = %1").arg(timeoutMs)));
    return c;
}

}  // namespace vax::sitesync
