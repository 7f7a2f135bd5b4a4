#include "sitesync/siteserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>

#include "common/resources.h"
#include "sitesync/pgconnection.h"

namespace vax::sitesync {

namespace {
struct InitText {
    Q_DECLARE_TR_FUNCTIONS(SiteServer)
};

std::vector<ServerMigration> loadServerMigrations()
{
    initCoreResources();
    std::vector<ServerMigration> result;
    const QDir dir(QStringLiteral(":/vax/siteserver"));
    for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read server migration %s", qPrintable(file));
        const int version = file.section(QLatin1Char('_'), 0, 0).toInt();
        if (version != static_cast<int>(result.size()) + 1)
            qFatal("server migration %s is out of sequence", qPrintable(file));
        result.push_back(
            {version, file.section(QLatin1Char('.'), 0, 0), QString::fromUtf8(f.readAll())});
    }
    return result;
}

// A role or database name as a quoted identifier (the names are ours: letters, digits, '_').
QString ident(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// A desk password: 20 letters and digits without look-alikes, in groups of four.
QString newDeskPassword()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY346789";
    const int size = static_cast<int>(sizeof alphabet) - 1;
    QString out;
    for (int i = 0; i < 20; ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char('-');
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(size)]);
    }
    return out;
}

Status lockInit(PgConnection& c)
{
    auto q = c.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('vaxsite.init'))"));
    if (!q)
        return q.error();
    return {};
}

Result<bool> roleExists(PgConnection& c, const QString& role)
{
    VAX_TRY_VALUE(auto q,
                  c.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {role}));
    return q.next();
}

Status ensureGroupRole(PgConnection& c, const QString& group)
{
    VAX_TRY_VALUE(auto tx, PgTransaction::begin(c));
    VAX_TRY(lockInit(c));
    VAX_TRY_VALUE(auto exists, roleExists(c, group));
    if (!exists) {
        const Status made = c.execPlain(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(ident(group)));
        if (!made)
            return makeError(ErrorCode::SiteServerError,
                             InitText::tr("The role %1 may not create the desks' roles (%2). "
                                          "Give it CREATEROLE (ALTER ROLE %1 CREATEROLE, as the "
                                          "postgres user), or let scripts/site-server.sh set "
                                          "the server up.")
                                 .arg(c.user(), made.error().message));
    }
    return tx.commit();
}

Status applyMigration(PgConnection& c, const ServerMigration& m, const QString& group)
{
    VAX_TRY_VALUE(auto tx, PgTransaction::begin(c));
    VAX_TRY(lockInit(c));
    VAX_TRY_VALUE(auto now, serverSchemaVersion(c));
    if (now >= m.version)
        return tx.commit();  // another init applied it meanwhile
    QString sql = m.sql;
    sql.replace(QStringLiteral("{{desks}}"), ident(group));
    sql.replace(QStringLiteral("{{database}}"), ident(c.url().database));
    for (const QString& statement : splitSqlStatements(sql)) {
        const Status ran = c.execPlain(statement);
        if (!ran)
            return makeError(ErrorCode::SiteServerError,
                             InitText::tr("Server migration %1 failed and was rolled back: %2")
                                 .arg(m.name, ran.error().message));
    }
    VAX_TRY(
        c.exec(QStringLiteral("INSERT INTO vaxsite.schema_version(version, name) VALUES (?, ?)"),
               {m.version, m.name}));
    return tx.commit();
}

Error newerSchema(const ServerUrl& url, int found)
{
    return makeError(ErrorCode::SiteSchemaNewer,
                     InitText::tr("The site server %1 has site schema %2, newer than this "
                                  "VaxPoint knows (up to %3). Nothing was changed. Upgrade "
                                  "VaxPoint on this PC.")
                         .arg(url.text())
                         .arg(found)
                         .arg(latestServerSchema()),
                     QStringLiteral("server"));
}

Status recordSite(PgConnection& c, ServerInitReport& report, int desks)
{
    VAX_TRY_VALUE(auto tx, PgTransaction::begin(c));
    VAX_TRY(lockInit(c));
    VAX_TRY_VALUE(auto site,
                  c.exec(QStringLiteral("SELECT site_code FROM vaxsite.site WHERE id = 1")));
    if (site.next()) {
        const QString code = site.value(0).toString();
        if (code != report.siteCode)
            return makeError(ErrorCode::SiteOtherSite,
                             InitText::tr("The site server %1 serves site %2, not %3. Nothing "
                                          "was changed. Use a database of its own for site %3.")
                                 .arg(report.url.text(), code, report.siteCode),
                             QStringLiteral("site-code"));
    }
    VAX_TRY(
        c.exec(QStringLiteral("INSERT INTO vaxsite.site(id, site_code, protocol_min, protocol_max) "
                              "VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                              "protocol_min = excluded.protocol_min, "
                              "protocol_max = excluded.protocol_max"),
               {report.siteCode, kSiteProtocolVersion, kSiteProtocolVersion}));
    for (int desk = kMinDesk; desk <= desks; ++desk) {
        VAX_TRY_VALUE(
            auto known,
            c.exec(QStringLiteral("SELECT 1 FROM vaxsite.desk WHERE desk_no = ?"), {desk}));
        if (known.next()) {
            report.existing << desk;
            continue;
        }
        const QString role = deskRoleName(report.url.database, desk);
        VAX_TRY_VALUE(auto leftover, roleExists(c, role));
        if (leftover)
            return makeError(ErrorCode::SiteServerError,
                             InitText::tr("A role %1 already exists on this PostgreSQL server "
                                          "but is not a desk of this database. Drop it (DROP "
                                          "ROLE %1, as the postgres user) or use another "
                                          "database name.")
                                 .arg(role));
        const QString password = newDeskPassword();
        VAX_TRY(c.exec(QStringLiteral("SELECT vaxsite.admin_create_desk(?, ?, ?, ?)"),
                       {desk, role, report.desksGroup, password}));
        report.created << CreatedDesk{desk, role, password};
    }
    return tx.commit();
}

void readTls(PgConnection& c, ServerInitReport& report)
{
    if (auto q = c.exec(QStringLiteral("SELECT current_setting('ssl') = 'on'")); q && q->next())
        report.serverTls = q->value(0).toBool();
    if (auto q = c.exec(QStringLiteral(
            "SELECT coalesce(bool_or(ssl), false) FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        q && q->next())
        report.connectionTls = q->value(0).toBool();
    if (report.serverTls)
        report.tlsNotes =
            InitText::tr(
                "TLS is on: desks connect with sslmode=require and send nothing unencrypted. "
                "pg_hba.conf should let the desks in only over TLS with a password: a line "
                "\"hostssl %1 +%2 0.0.0.0/0 scram-sha-256\" (and the same for the owner), and no "
                "plain \"host\" line for them (scripts/site-server.sh writes these). Keep the "
                "server's certificate and key where ssl_cert_file and ssl_key_file point; a new "
                "certificate needs only a reload.")
                .arg(report.url.database, report.desksGroup);
    else
        report.tlsNotes =
            InitText::tr(
                "TLS is OFF on this server: every desk will refuse it (site.tls_refused). Make a "
                "certificate (openssl req -x509 -newkey rsa:3072 -nodes -days 3650 -subj "
                "/CN=$(hostname) -keyout server.key -out server.crt), put both in the cluster's "
                "folder owned by postgres (key mode 0600), set ssl = on, ssl_cert_file and "
                "ssl_key_file, allow desks with \"hostssl %1 +%2 0.0.0.0/0 scram-sha-256\" in "
                "pg_hba.conf and reload PostgreSQL; scripts/site-server.sh does all of it.")
                .arg(report.url.database, report.desksGroup);
}

// The owner's connection (init, desk-password): TLS preferred, not required, as init may run on
// the server itself before TLS is on.
Result<std::unique_ptr<PgConnection>> connectOwner(const ServerUrl& url, const QString& password,
                                                   int timeoutSeconds)
{
    ConnectOptions options;
    options.timeoutSeconds = timeoutSeconds;
    options.requireTls = false;
    return PgConnection::open(url, QString(), password, options);
}

Error noSiteSchema(const ServerUrl& url)
{
    return makeError(ErrorCode::SiteNotInitialized,
                     InitText::tr("The database %1 has no site schema yet. Nothing was changed. "
                                  "Run \"vaxctl site-server init --server %1 --site-code CODE "
                                  "--desks N\" first: it makes the desks and prints their "
                                  "passwords.")
                         .arg(url.text()),
                     QStringLiteral("server"));
}

// Who may change the desks' roles: a member of the site schema's owner with CREATEROLE (or a
// superuser). Refuses before anything is read or changed.
Status requireSchemaOwner(PgConnection& c)
{
    VAX_TRY_VALUE(auto q,
                  c.exec(QStringLiteral("SELECT pg_has_role(current_user, n.nspowner, 'MEMBER'), "
                                        "pg_get_userbyid(n.nspowner), "
                                        "(SELECT rolcreaterole OR rolsuper FROM pg_roles "
                                        "WHERE rolname = current_user), current_user "
                                        "FROM pg_namespace n WHERE n.nspname = 'vaxsite'")));
    if (!q.next())
        return noSiteSchema(c.url());
    const QString owner = q.value(1).toString();
    if (!q.value(0).toBool())
        return makeError(ErrorCode::PermissionDenied,
                         InitText::tr("The role %1 is not the owner of the site schema on %2 "
                                      "(%3 is). Nothing was changed. Give the owner's user in "
                                      "the address, e.g. postgresql://%3@localhost/%4, as for "
                                      "\"vaxctl site-server init\".")
                             .arg(q.value(3).toString(), c.url().text(), owner, c.url().database),
                         QStringLiteral("server"));
    if (!q.value(2).toBool())
        return makeError(ErrorCode::PermissionDenied,
                         InitText::tr("The role %1 may not change the desks' passwords. Nothing "
                                      "was changed. Give it CREATEROLE (ALTER ROLE %1 "
                                      "CREATEROLE, as the postgres user), or let "
                                      "scripts/site-server.sh set the server up.")
                             .arg(q.value(3).toString()),
                         QStringLiteral("server"));
    return {};
}

// The desk's role on this server, or why there is none.
Result<QString> deskRole(PgConnection& c, int desk)
{
    VAX_TRY_VALUE(auto q, c.exec(QStringLiteral("SELECT role_name FROM vaxsite.desk "
                                                "WHERE desk_no = ?"),
                                 {desk}));
    if (q.next()) {
        const QString role = q.value(0).toString();
        VAX_TRY_VALUE(auto exists, roleExists(c, role));
        if (!exists)
            return makeError(ErrorCode::SiteServerError,
                             InitText::tr("Desk %1's role %2 is missing from this PostgreSQL "
                                          "server (dropped by hand?). Nothing was changed. "
                                          "Create it again as the postgres user (CREATE ROLE %2 "
                                          "LOGIN IN ROLE %3), then make its password again.")
                                 .arg(desk)
                                 .arg(role, desksGroupRole(c.url().database)),
                             QStringLiteral("desk"));
        return role;
    }
    VAX_TRY_VALUE(auto known,
                  c.exec(QStringLiteral("SELECT coalesce(string_agg(desk_no::text, ', ' ORDER BY "
                                        "desk_no), '') FROM vaxsite.desk")));
    const QString desks = known.next() ? known.value(0).toString() : QString();
    return makeError(ErrorCode::NotFound,
                     InitText::tr("Desk %1 has no role on the site server %2 yet (its desks: "
                                  "%3). Nothing was changed. Make it with \"vaxctl site-server "
                                  "init --server %2 --desks %1\": init prints the new desk's "
                                  "password.")
                         .arg(desk)
                         .arg(c.url().text(), desks.isEmpty() ? QStringLiteral("—") : desks),
                     QStringLiteral("desk"));
}
}  // namespace

const std::vector<ServerMigration>& serverMigrations()
{
    static const std::vector<ServerMigration> all = loadServerMigrations();
    return all;
}

int latestServerSchema()
{
    return static_cast<int>(serverMigrations().size());
}

Result<int> serverSchemaVersion(PgConnection& c)
{
    VAX_TRY_VALUE(
        auto exists,
        c.exec(QStringLiteral("SELECT to_regclass('vaxsite.schema_version') IS NOT NULL")));
    if (!exists.next() || !exists.value(0).toBool())
        return 0;
    VAX_TRY_VALUE(
        auto q,
        c.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM vaxsite.schema_version")));
    return q.next() ? q.value(0).toInt() : 0;
}

Result<ServerInitReport> SiteServerService::init(const ServerInitRequest& request)
{
    VAX_TRY_VALUE(auto url, parseServerUrl(request.serverUrl));
    const QString code = request.siteCode.trimmed();
    if (code.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         InitText::tr("Site code: give the code of the site this server serves "
                                      "(--site-code), the same as the desks' databases."),
                         QStringLiteral("site-code"));
    if (request.desks < 0 || request.desks > kMaxDesk)
        return makeError(ErrorCode::InvalidArgument,
                         InitText::tr("Desks: give a number from 0 to %1.").arg(kMaxDesk),
                         QStringLiteral("desks"));
    VAX_TRY_VALUE(auto c, connectOwner(url, request.password, request.timeoutSeconds));
    PgConnection& conn = *c;

    ServerInitReport report;
    report.url = url;
    report.siteCode = code;
    report.desksGroup = desksGroupRole(url.database);
    VAX_TRY_VALUE(auto before, serverSchemaVersion(conn));
    report.schemaBefore = before;
    if (before > latestServerSchema())
        return newerSchema(url, before);
    if (before > 0) {
        // Refuse another site's server before touching anything.
        VAX_TRY_VALUE(auto site,
                      conn.exec(QStringLiteral("SELECT site_code FROM vaxsite.site WHERE id = 1")));
        if (site.next() && site.value(0).toString() != code)
            return makeError(ErrorCode::SiteOtherSite,
                             InitText::tr("The site server %1 serves site %2, not %3. Nothing "
                                          "was changed. Use a database of its own for site %3.")
                                 .arg(url.text(), site.value(0).toString(), code),
                             QStringLiteral("site-code"));
    }
    VAX_TRY(ensureGroupRole(conn, report.desksGroup));
    for (const ServerMigration& m : serverMigrations()) {
        if (m.version <= before)
            continue;
        VAX_TRY(applyMigration(conn, m, report.desksGroup));
        report.applied << m.name;
    }
    VAX_TRY_VALUE(auto after, serverSchemaVersion(conn));
    if (after > latestServerSchema())
        return newerSchema(url, after);
    report.schemaAfter = after;
    VAX_TRY(recordSite(conn, report, request.desks));
    readTls(conn, report);
    ServerUrl deskUrl = url;
    deskUrl.user.clear();
    if (deskUrl.isSocket() || deskUrl.host == QLatin1String("localhost") ||
        deskUrl.host.startsWith(QLatin1String("127.")))
        deskUrl.host = QStringLiteral("SERVER-ADDRESS");
    report.deskUrl = deskUrl.text();
    return report;
}

Result<CreatedDesk> SiteServerService::resetDeskPassword(const DeskPasswordRequest& request)
{
    VAX_TRY_VALUE(auto url, parseServerUrl(request.serverUrl));
    if (request.desk < kMinDesk || request.desk > kMaxDesk)
        return makeError(ErrorCode::InvalidArgument,
                         InitText::tr("Desk number: give the desk's number from %1 to %2 "
                                      "(--desk).")
                             .arg(kMinDesk)
                             .arg(kMaxDesk),
                         QStringLiteral("desk"));
    VAX_TRY_VALUE(auto c, connectOwner(url, request.password, request.timeoutSeconds));
    PgConnection& conn = *c;
    VAX_TRY(requireSchemaOwner(conn));
    VAX_TRY_VALUE(auto schema, serverSchemaVersion(conn));
    if (schema == 0)
        return noSiteSchema(url);
    if (schema > latestServerSchema())
        return newerSchema(url, schema);

    // Under init's lock: a desk being created now is either there or not, never half.
    VAX_TRY_VALUE(auto tx, PgTransaction::begin(conn));
    VAX_TRY(lockInit(conn));
    VAX_TRY_VALUE(const QString role, deskRole(conn, request.desk));
    const QString password = newDeskPassword();
    // ALTER ROLE takes no bound values: PostgreSQL's format() quotes the name (%I) and the
    // password (%L). The statement is never put in a message: it holds the password.
    VAX_TRY_VALUE(auto statement,
                  conn.exec(QStringLiteral("SELECT format('ALTER ROLE %I PASSWORD %L', "
                                           "?::text, ?::text)"),
                            {role, password}));
    if (!statement.next())
        return makeError(ErrorCode::SiteServerError,
                         InitText::tr("The site server did not quote the new password."));
    const Status altered = conn.execPlain(statement.value(0).toString());
    if (!altered)
        return makeError(
            ErrorCode::SiteServerError,
            InitText::tr("The site server refused to set desk %1's new password "
                         "(role %2). Nothing was changed. Run this as the site "
                         "schema's owner with CREATEROLE (ALTER ROLE %3 "
                         "CREATEROLE, as the postgres user).")
                .arg(request.desk)
                .arg(role, conn.user().isEmpty() ? QStringLiteral("OWNER") : conn.user()),
            QStringLiteral("server"));
    VAX_TRY(tx.commit());
    return CreatedDesk{request.desk, role, password};
}

}  // namespace vax::sitesync
