#pragma once

// The site server's side, set up by `vaxctl site-server init` (docs/site.md): numbered server
// migrations (resources/siteserver/NNNN_name.sql) recorded in vaxsite.schema_version, the group
// role of the desks and one login role per desk, and the site code the server serves.
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

#include "common/result.h"
#include "sitesync/serverurl.h"

namespace vax::sitesync {

class PgConnection;

// What the push and pull functions mean. A desk and a server agree when the desk's version lies
// in the server's [protocol_min, protocol_max]; this build writes both as this number.
inline constexpr int kSiteProtocolVersion = 1;

struct ServerMigration {
    int version = 0;
    QString name;
    QString sql;  // with {{desks}} and {{database}} placeholders
};
// Every server migration, numbered 1, 2, 3 … without a gap.
const std::vector<ServerMigration>& serverMigrations();
int latestServerSchema();

// The server's site schema as it is: 0 when there is none yet.
Result<int> serverSchemaVersion(PgConnection& c);

struct ServerInitRequest {
    QString serverUrl;  // with the owner's user name
    QString password;   // the owner's; empty: libpq's own sources (~/.pgpass, peer on a socket)
    QString siteCode;
    int desks = 0;  // make sure desks 1…desks have roles (existing ones are left alone)
    int timeoutSeconds = 5;
};

struct CreatedDesk {
    int desk = 0;
    QString role;
    QString password;  // shown once, to write on the set-up sheet
};

// A new password for one desk's role (`vaxctl site-server desk-password`, docs/site.md 2 and 9).
struct DeskPasswordRequest {
    QString serverUrl;  // with the owner's user name, as for init
    QString password;   // the owner's; empty: libpq's own sources (~/.pgpass, peer on a socket)
    int desk = 0;
    int timeoutSeconds = 5;
};

struct ServerInitReport {
    ServerUrl url;
    QString siteCode;
    int schemaBefore = 0;
    int schemaAfter = 0;
    QStringList applied;         // names of the migrations this run applied
    QList<CreatedDesk> created;  // desks whose role this run made
    QList<int> existing;         // desks that already had one
    QString desksGroup;
    bool serverTls = false;      // the server's ssl setting
    bool connectionTls = false;  // this connection was encrypted
    QString tlsNotes;            // translated, what to do about TLS
    QString deskUrl;             // the URL desks join with (no user, no password)
};

class SiteServerService {
public:
    // Creates or migrates the site schema on the database the URL names (connected as its owner,
    // who needs CREATEROLE for the desk roles), records the site code and the protocol range,
    // and makes the missing desk roles. Harmless to repeat. Refuses a newer schema
    // (site.schema_newer) and a server of another site code (site.other_site), changing nothing.
    static Result<ServerInitReport> init(const ServerInitRequest& request);
    // Gives desk `desk`'s role a new random password (made as init makes them) and returns it,
    // to be shown once: a lost password, a desk PC replaced (docs/site.md 9). The old password
    // stops working at once; the desk stores the new one with SiteJoinService::changePassword.
    // Connected as the site schema's owner (with CREATEROLE), as init. Refuses, changing
    // nothing: a database without the site schema (site.not_initialized), a newer schema
    // (site.schema_newer), a role that is not the owner (PermissionDenied), a desk number
    // without a role yet (NotFound: init --desks N makes it).
    static Result<CreatedDesk> resetDeskPassword(const DeskPasswordRequest& request);
};

}  // namespace vax::sitesync
