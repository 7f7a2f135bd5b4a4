#pragma once

// One QPSQL connection to the site server, owned by the thread that opened it (a QSqlDatabase
// belongs to its thread), closed and unregistered when destroyed.
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

#include "common/result.h"
#include "sitesync/serverurl.h"

namespace vax::sitesync {

struct ConnectOptions {
    // libpq's connect_timeout, in seconds: what an unreachable server costs.
    int timeoutSeconds = 2;
    // sslmode=require: a server without TLS is refused (site.tls_refused). Off: sslmode=prefer
    // (site-server init on the server itself, before TLS may be on). A Unix socket never uses TLS.
    bool requireTls = true;
    // libpq's tcp_user_timeout, in milliseconds: a statement sent into a dead network (a cable
    // pulled, a switch rebooting) fails after this instead of the kernel's ~15 minutes of
    // retransmissions. What lets the board's listener heartbeat notice such a drop (0: the
    // system's default).
    int tcpUserTimeoutMs = 20000;
};

class PgConnection {
public:
    // Connects as `user` (empty: the URL's user, else libpq's default) with `password` (empty:
    // libpq's own sources, e.g. ~/.pgpass or peer authentication on a socket). A failure is
    // told apart by serverprobe: site.unreachable, site.tls_refused or site.login_failed.
    static Result<std::unique_ptr<PgConnection>> open(const ServerUrl& url, const QString& user,
                                                      const QString& password,
                                                      const ConnectOptions& options = {});
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    // One statement with values bound to $1, $2 … ('?' placeholders); the query is positioned
    // before its first row.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& args = {});
    // One statement without parameters (DDL, BEGIN/COMMIT).
    Status execPlain(const QString& sql);
    Status begin() { return execPlain(QStringLiteral("BEGIN")); }
    Status commit() { return execPlain(QStringLiteral("COMMIT")); }
    void rollback();

    const ServerUrl& url() const { return m_url; }
    // The driver of the connection (LISTEN/NOTIFY: QSqlDriver::subscribeToNotification).
    QSqlDriver* driver() const { return m_db.driver(); }
    const QString& user() const { return m_user; }

    // A failed statement as site.server_error, or the error its SQLSTATE stands for.
    static Error queryError(const QSqlError& error, const QString& context);

private:
    PgConnection() = default;
    QString m_name;
    ServerUrl m_url;
    QString m_user;
    QSqlDatabase m_db;
};

// A server transaction rolled back unless committed (the server side of one push, one init step).
class PgTransaction {
public:
    static Result<PgTransaction> begin(PgConnection& c);
    PgTransaction(PgTransaction&& other) noexcept : m_c(other.m_c) { other.m_c = nullptr; }
    PgTransaction& operator=(PgTransaction&&) = delete;
    ~PgTransaction()
    {
        if (m_c)
            m_c->rollback();
    }
    Status commit()
    {
        PgConnection* c = m_c;
        m_c = nullptr;
        return c->commit();
    }

private:
    explicit PgTransaction(PgConnection* c) : m_c(c) {}
    PgConnection* m_c;
};

// SQL statements of a script, split at top-level ';' (not inside quotes, $$ bodies or comments).
QStringList splitSqlStatements(const QString& script);

}  // namespace vax::sitesync
