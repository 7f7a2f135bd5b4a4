#pragma once

// The desk side of site replication (docs/site.md 3.3–3.6): push this desk's changes, pull the
// other desks'. Used by `vaxctl site sync` (and, later, the GUI's replicator thread: a worker
// with its own SQLite and PostgreSQL connections).
//
// Push: the outbox is a query over the change log — the rows of the replicated tables with
// change_seq above meta site.pushed_seq and origin_desk NULL, in change_seq order, a batch at a
// time. Each batch is one call of vaxsite.push in one PostgreSQL transaction; site.pushed_seq
// moves only after COMMIT returned (a crash in between pushes the batch again, which the server
// ignores).
// Pull: vaxsite.pull after the cursor in meta site.pull_cursor ("txid:server_seq"); each batch is
// applied in ONE SQLite transaction with site_apply raised, so nothing pulled reaches the
// outbox. Only the server's current version of a row is applied (a superseded change is
// skipped), and a version of this desk's not pushed yet is kept, so every desk ends with the
// last version by arrival at the server. A row that cannot be applied is set aside in site_pending
// with its reason and never blocks the others; the rows waiting there are retried after every
// batch.
#include <QDateTime>
#include <QString>

#include "common/result.h"
#include "sitesync/sitelink.h"

namespace vax {
class Clock;
class Database;
class SecretStore;
}  // namespace vax

namespace vax::sitesync {

class PgConnection;

struct SyncOptions {
    bool push = true;  // false: --pull-only (the way out of site.desk_behind)
    bool pull = true;
    int batchSize = 500;
    int timeoutSeconds = 2;
};

struct PushReport {
    qint64 rows = 0;
    int batches = 0;
    qint64 pushedSeq = 0;  // the cursor after the push
};

struct PullReport {
    qint64 rows = 0;  // pulled from the server
    int batches = 0;
    qint64 written = 0;    // inserted or changed here
    qint64 unchanged = 0;  // this desk held them already
    qint64 keptLocal = 0;  // this desk's version kept (docs/site.md 4)
    // Set aside in site_pending by this pull. Rows come in the order of their current version,
    // so a child may come before its parent: set aside, then applied by the retry after the
    // batch, it counts here and in `recovered`.
    qint64 setAside = 0;
    qint64 recovered = 0;  // rows waiting in site_pending applied by this pull
    // Changes the server had superseded (a later version of the row arrived there): skipped.
    qint64 superseded = 0;
    QString cursor;  // "txid:server_seq" after the pull
};

struct SyncReport {
    SiteLink link;
    QDateTime startedAt;
    PushReport push;
    PullReport pull;
    qint64 backlog = 0;  // this desk's rows still to push
    qint64 pending = 0;  // rows waiting in site_pending
    // The site's conflicts waiting for review, as read after the pull (docs/site.md 4), and the
    // person merges this sync applied to this desk's rows.
    qint64 openConflicts = 0;
    int mergesApplied = 0;
};

class SiteSyncService {
public:
    // Connects with the desk's password from `secrets`, checks the server as join does, then
    // pushes and pulls until both are done. site.not_joined on a desk that has not joined.
    static Result<SyncReport> sync(Database& db, const Clock& clock, SecretStore& secrets,
                                   const SyncOptions& options = {});

    // The two halves on an open connection (tests drive them one by one).
    static Result<PushReport> push(Database& db, PgConnection& c, const SiteLink& link,
                                   int batchSize = 500);
    static Result<PullReport> pull(Database& db, const Clock& clock, PgConnection& c,
                                   const SiteLink& link, int batchSize = 500);
};

}  // namespace vax::sitesync
