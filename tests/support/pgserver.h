#pragma once

// A real PostgreSQL server for one test (label `site`): initdb and pg_ctl of Debian's postgresql
// package into a fresh temporary folder, on a free localhost port, with TLS on (a self-signed
// certificate made with openssl at start), stopped and removed when the object goes away, also
// when the test fails. As root, the server runs as the `postgres` user (runuser), which owns the
// folder; otherwise as the current user.
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace vax::test {

class PgServer {
public:
    struct Options {
        bool tls = true;  // ssl = on with the fixture's certificate
    };
    PgServer();
    explicit PgServer(Options options);
    ~PgServer();
    PgServer(const PgServer&) = delete;
    PgServer& operator=(const PgServer&) = delete;

    // False when the server could not be made; error() says why (ASSERT on it).
    bool ok() const { return m_running; }
    const QString& error() const { return m_error; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    // The bootstrap superuser and its password (password login over TCP).
    QString superuser() const { return QStringLiteral("postgres"); }
    QString superuserPassword() const { return QStringLiteral("fixture-superuser-pw"); }
    // postgresql://[user@]127.0.0.1:PORT/database
    QString url(const QString& database, const QString& user = {}) const;

    // Runs SQL as the superuser on `database` (psql -v ON_ERROR_STOP=1); false and error() set
    // on failure. For set-up: a database and its owner, a desk's row broken on purpose.
    bool sql(const QString& database, const QString& statements);
    // The first column of the first row of `query`, as text (empty on failure).
    QString value(const QString& database, const QString& query);
    // A database owned by a new role `owner` (LOGIN CREATEROLE, password `password`).
    bool createDatabase(const QString& name, const QString& owner, const QString& password);

    // Stops and starts the same server (the server going away mid-day).
    bool stop();
    bool start();
    // Kills the server as a power cut would: SIGKILL to the postmaster and every backend, each
    // transaction in flight left as it was; start() brings it back through crash recovery.
    // Returns how many processes were killed (0 and error() set on failure).
    int kill();
    // The PID the postmaster wrote in postmaster.pid (0 when none).
    qint64 postmasterPid() const;

private:
    bool make(const Options& options);
    bool run(const QString& program, const QStringList& args, QString* output = nullptr,
             int timeoutMs = 120000);
    QString bin(const QString& tool) const;

    QTemporaryDir m_dir;
    QString m_binDir;
    QString m_data;
    int m_port = 0;
    bool m_running = false;
    bool m_asPostgres = false;
    QString m_error;
};

}  // namespace vax::test
