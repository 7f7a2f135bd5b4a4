#pragma once

// Where a desk finds its site server: a PostgreSQL URL such as
//   postgresql://192.168.1.10:5432/vaxpoint_site
//   postgresql://vaxsite_owner@localhost/vaxpoint_site          (site-server init, as the owner)
//   postgresql:///vaxpoint_site?host=/var/run/postgresql        (a Unix socket folder)
// A URL never carries a password: it is stored in the desk's database and shown in status.
#include <QString>

#include "common/result.h"

namespace vax::sitesync {

struct ServerUrl {
    QString host;  // a name, an address, or a Unix socket folder (starts with '/')
    int port = 5432;
    QString database;
    QString user;  // empty: the desk's role (deskRoleName) or libpq's default
    bool isSocket() const { return host.startsWith(QLatin1Char('/')); }
    // The URL as stored and shown: postgresql://[user@]host:port/database
    QString text() const;
};

// Parses and checks a server URL: scheme postgresql:// (or postgres://), a host (or ?host= for a
// socket folder), a database name; refuses a password in it.
Result<ServerUrl> parseServerUrl(const QString& text);

// The login role of desk `desk` on database `database`, e.g. "vaxpoint_site_desk_2", and the
// group role every desk of that database belongs to, e.g. "vaxpoint_site_desks". Roles belong
// to the whole PostgreSQL cluster, so the database's name is part of them.
QString deskRoleName(const QString& database, int desk);
QString desksGroupRole(const QString& database);

inline constexpr int kMinDesk = 1;
inline constexpr int kMaxDesk = 999;

}  // namespace vax::sitesync
