#pragma once

// A desk's link to its site server (docs/site.md): joining it, and what `vaxctl site status`
// reports. The link lives in the desk's database (meta "site.*": the server URL without a
// password, the desk number, the incarnation, when it joined, the cursors); the desk's password
// lives in the system keychain (SecretStore), never in a file or on a command line.
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

#include "common/result.h"
#include "site/servicecontext.h"

namespace vax {
class Clock;
class Database;
class SecretStore;
struct SiteInfo;
}  // namespace vax

namespace vax::sitesync {

class PgConnection;

struct JoinRequest {
    QString serverUrl;
    int desk = 0;
    QString password;     // the desk's, from the server's set-up sheet
    bool rejoin = false;  // take over a desk number another installation held (a reinstall)
    int timeoutSeconds = 2;
};

struct SiteLink {
    QString serverUrl;  // as stored: no password
    int desk = 0;
    QString incarnation;  // this installation's UUID for its desk number
    QDateTime joinedAt;
    QString siteCode;
};

// One desk as the server reports it.
struct DeskActivity {
    int desk = 0;
    std::optional<QDateTime> joinedAt;
    std::optional<QDateTime> lastPushAt;
    std::optional<QDateTime> lastPullAt;
    qint64 highWater = 0;
};

struct SiteStatus {
    std::optional<SiteLink> link;  // empty: this desk has not joined a site server
    bool reachable = false;
    QDateTime checkedAt;
    std::optional<QDateTime> unreachableSince;
    std::optional<QDateTime> lastContact;
    std::optional<Error> problem;        // why the server could not be asked
    qint64 backlog = 0;                  // this desk's records not yet pushed
    qint64 pushedSeq = 0;                // the pushed cursor
    qint64 pending = 0;                  // pulled rows waiting in site_pending
    QList<DeskActivity> desks;           // from the server, or as last seen
    std::optional<QDateTime> desksAsOf;  // when `desks` was read (the last contact when offline)
    // Conflicts waiting for review in this desk's copy (docs/site.md 4), read from the server
    // by this status when it answered, else by the last sync or status that reached it.
    qint64 openConflicts = 0;
    std::optional<QDateTime> conflictsAsOf;
};

// The name of the desk's password in the keychain.
QString deskSecretKey(const QString& siteId, int desk);

class SiteJoinService {
public:
    // Joins this desk's database to the site server: connects as the desk's role over TLS,
    // checks the server's schema and protocol, its site code against this database's, and that
    // the desk number is free (or held by this installation), then stores the password in
    // `secrets`, records the incarnation on the server and the link here (audited). A site
    // administrator's act (ChangeSettings). Every refusal leaves both sides unchanged.
    static Result<SiteLink> join(const ServiceContext& ctx, const JoinRequest& request,
                                 SecretStore& secrets);
    // The link of this database, if it joined.
    static Result<std::optional<SiteLink>> link(Database& db);
    // Replaces the joined desk's server password in `secrets` with `password`, the one
    // `vaxctl site-server desk-password` made (docs/site.md 2, 9): first connects to the server
    // as this desk's role with it, as join does (a wrong one is site.login_failed, a server away
    // site.unreachable, no TLS site.tls_refused), and checks the server as join does; stores it
    // only then, and audits it (without the password). A site administrator's act
    // (ChangeSettings). Every refusal leaves the old password in `secrets` and nothing written.
    static Result<SiteLink> changePassword(const ServiceContext& ctx, const QString& password,
                                           SecretStore& secrets, int timeoutSeconds = 2);
};

class SiteStatusService {
public:
    // Asks the server (short timeout) and reports; records when it was last reached or since
    // when it has not been. A desk that has not joined reports no link.
    static Result<SiteStatus> status(const ServiceContext& ctx, SecretStore& secrets,
                                     int timeoutSeconds = 2);
    // What this desk's own database says, without asking the server (no network, no keychain):
    // the link, the backlog, the rows set aside, the last contact and since when the server has
    // not answered as the last status or sync round recorded them, and the desks as last seen.
    // `reachable`: the last round reached the server. The GUI's status bar reads it after every
    // round of its replicator.
    static Result<SiteStatus> local(Database& db, const QDateTime& now);
    // Records a sync round's outcome as status() does: a round that reached the server, or that
    // the server refused (it answered: the fix is not the network), is the last contact; a round
    // that did not reach it starts the time since when the server has not answered (the first
    // failed round's time is kept until a round reaches it again). A round that never asked the
    // server (no password in the keychain, this desk's own database failing) changes nothing.
    static Status recordRound(Database& db, const QDateTime& at, const Status& outcome);
};

// Connects this joined desk to its server as its desk role, with the password kept in `secrets`,
// and checks the server as join does (schema, protocol, site code).
Result<std::unique_ptr<PgConnection>> connectJoinedDesk(Database& db, SecretStore& secrets,
                                                        const SiteLink& link,
                                                        int timeoutSeconds = 2);
// The same with the site's identity already read (the board's listener reads it once and
// connects again after every failure without touching the desk's file).
Result<std::unique_ptr<PgConnection>> connectJoinedDesk(const SiteInfo& site, SecretStore& secrets,
                                                        const SiteLink& link,
                                                        int timeoutSeconds = 2);

// Inside the caller's write transaction: the server answered now (the last contact; no longer
// unreachable), or it did not (unreachable since now, unless it already was).
Status recordServerContact(Database& db, const QDateTime& now, bool reachable);
// Since when the server has not answered this desk; invalid when it answered last time.
Result<QDateTime> serverUnreachableSince(Database& db);

// This desk's records not pushed yet: the outbox (docs/site.md 3.3), rows of every replicated
// table written at this desk (origin_desk NULL) whose change_seq is above the pushed cursor.
Result<qint64> outboxBacklog(Database& db, qint64 pushedSeq);
// The highest change number of this desk's own rows (origin_desk NULL) in the replicated tables:
// what the server's high-water mark must reach for this desk to have pushed everything it
// wrote (the site day close, docs/site.md 3.7). 0 when the desk wrote nothing.
Result<qint64> outboxOwnMax(Database& db);

}  // namespace vax::sitesync
