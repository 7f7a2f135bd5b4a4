#pragma once

// "Call next" across the desks of a site (docs/site.md 6). A joined desk whose server answers
// within a short timeout takes the oldest waiting visit of the whole site, exactly once: the
// server claims it for this desk (vaxsite.call_next, schema 6), the desk pulls it when it does
// not hold it yet, and calls it here as it calls its own (QueueService: the same local state
// change, which then replicates). Offline, or not joined, the desk calls from its own queue as
// before, and says so.
#include <QString>

#include <optional>

#include "common/result.h"
#include "desk/queueservice.h"
#include "site/servicecontext.h"

namespace vax {
class SecretStore;
}  // namespace vax

namespace vax::sitesync {

// Which queue a call took its visit from.
enum class QueueSource {
    Site,  // the site server's: the oldest waiting visit of every desk
    Desk,  // this desk's own records (not joined, or the server could not be used)
};
QString queueSourceName(QueueSource source);  // "site", "desk" (the --json value)

struct SiteCall {
    std::optional<CalledVisit> called;  // nullopt: nobody is waiting
    QueueSource source = QueueSource::Desk;
    bool joined = false;
    std::optional<Error> problem;  // joined, source Desk: why the site's queue was not used
    qint64 pulled = 0;             // rows pulled to bring the visit to this desk
    // What the screen and the CLI say: "site queue", "this desk's queue: server unreachable",
    // "this desk's queue" (a desk not joined).
    QString note() const;
};

struct SiteQueueOptions {
    // The TCP probe and statement_timeout, as the site history's (sitehistory.h).
    int timeoutMs = 1000;
};

class SiteQueueService {
public:
    // Calls the next person to `desk` as `staffId` (Permission::CallNext). Errors are this
    // desk's own (bad input, permission, its database); a server that cannot be used is no
    // error: the call falls back to this desk's queue and says why.
    static Result<SiteCall> callNext(const ServiceContext& ctx, SecretStore& secrets,
                                     const QString& desk, const QString& staffId,
                                     const SiteQueueOptions& options = {});
};

}  // namespace vax::sitesync
