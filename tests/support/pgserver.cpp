#include "support/pgserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>
#include <utility>

#include <signal.h>

#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace vax::test {

namespace {
// The newest PostgreSQL of Debian's layout (/usr/lib/postgresql/NN/bin), else pg_config's.
QString findBinDir()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toDouble() > b.toDouble(); });
    for (const QString& v : versions) {
        const QString dir = root.filePath(v + QStringLiteral("/bin"));
        if (QFile::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    QProcess p;
    p.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (p.waitForFinished(10000) && p.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
        if (QFile::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    return {};
}

// A port nobody listens on now: bind port 0 and read what the system chose.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}
}  // namespace

PgServer::PgServer() : PgServer(Options{}) {}

PgServer::PgServer(Options options)
{
    m_dir.setAutoRemove(true);
    m_running = make(options);
}

PgServer::~PgServer()
{
    stop();
    // The folder belongs to postgres; QTemporaryDir removes it as root.
}

QString PgServer::url(const QString& database, const QString& user) const
{
    const QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(who, host()).arg(m_port).arg(database);
}

QString PgServer::bin(const QString& tool) const
{
    return m_binDir + QLatin1Char('/') + tool;
}

bool PgServer::run(const QString& program, const QStringList& args, QString* output, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& k : env.keys())
        if (k.startsWith(QLatin1String("PG")))
            env.remove(k);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asPostgres)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                            program} +
                    args);
    else
        p.start(program, args);
    const bool finished = p.waitForFinished(timeoutMs);
    const QString out = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = out;
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed: %3")
                      .arg(program, args.join(QLatin1Char(' ')), out.right(2000));
        return false;
    }
    return true;
}

bool PgServer::make(const Options& options)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral(
            "PostgreSQL's initdb was not found under /usr/lib/postgresql: "
            "install the package postgresql (scripts/deps.sh test)");
        return false;
    }
    if (::geteuid() == 0) {
        // initdb refuses root: the server runs as postgres, which must own the folder.
        const passwd* pg = ::getpwnam("postgres");
        if (!pg) {
            m_error = QStringLiteral("running as root but there is no postgres user");
            return false;
        }
        m_asPostgres = true;
        if (::chown(QFile::encodeName(m_dir.path()).constData(), pg->pw_uid, pg->pw_gid) != 0) {
            m_error = QStringLiteral("cannot give the temporary folder to postgres");
            return false;
        }
    }
    m_data = m_dir.filePath(QStringLiteral("data"));
    const QString pwfile = m_dir.filePath(QStringLiteral("pw"));
    {
        QFile f(pwfile);
        if (!f.open(QIODevice::WriteOnly) || f.write(superuserPassword().toUtf8()) < 0) {
            m_error = QStringLiteral("cannot write the password file");
            return false;
        }
    }
    if (m_asPostgres) {
        const passwd* pg = ::getpwnam("postgres");
        if (::chown(QFile::encodeName(pwfile).constData(), pg->pw_uid, pg->pw_gid) != 0) {
            m_error = QStringLiteral("cannot give the password file to postgres");
            return false;
        }
    }
    if (!run(bin(QStringLiteral("initdb")),
             {QStringLiteral("-D"), m_data, QStringLiteral("-U"), superuser(),
              QStringLiteral("--pwfile=") + pwfile, QStringLiteral("--auth-local=trust"),
              QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--no-sync")}))
        return false;
    QStringList conf{QStringLiteral("listen_addresses = '127.0.0.1'"),
                     QStringLiteral("unix_socket_directories = '%1'").arg(m_dir.path()),
                     QStringLiteral("fsync = off"), QStringLiteral("max_connections = 40"),
                     QStringLiteral("shared_buffers = 16MB")};
    if (options.tls) {
        if (!run(QStringLiteral("openssl"),
                 {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                  QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                  QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                  QStringLiteral("-keyout"), m_data + QStringLiteral("/server.key"),
                  QStringLiteral("-out"), m_data + QStringLiteral("/server.crt")}))
            return false;
        if (!run(QStringLiteral("chmod"),
                 {QStringLiteral("600"), m_data + QStringLiteral("/server.key")}))
            return false;
        conf << QStringLiteral("ssl = on") << QStringLiteral("ssl_cert_file = 'server.crt'")
             << QStringLiteral("ssl_key_file = 'server.key'");
    }
    // Appended by the server's own user, through a file it can read.
    const QString extra = m_dir.filePath(QStringLiteral("fixture.conf"));
    {
        QFile f(extra);
        if (!f.open(QIODevice::WriteOnly)) {
            m_error = QStringLiteral("cannot write fixture.conf");
            return false;
        }
        f.write(conf.join(QLatin1Char('\n')).toUtf8() + '\n');
    }
    {
        QFile f(m_data + QStringLiteral("/postgresql.conf"));
        if (!f.open(QIODevice::Append)) {
            m_error = QStringLiteral("cannot extend postgresql.conf");
            return false;
        }
        f.write(QStringLiteral("include '%1'\n").arg(extra).toUtf8());
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        if (m_port > 0 && start())
            return true;
    }
    return false;
}

bool PgServer::start()
{
    if (m_running)
        return true;
    m_running = run(bin(QStringLiteral("pg_ctl")),
                    {QStringLiteral("-D"), m_data, QStringLiteral("-l"),
                     m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                     QStringLiteral("-p %1").arg(m_port), QStringLiteral("-w"),
                     QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")});
    if (!m_running) {
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly))
            m_error +=
                QStringLiteral("\nserver.log: ") + QString::fromUtf8(log.readAll().right(2000));
    }
    return m_running;
}

bool PgServer::stop()
{
    if (!m_running)
        return true;
    m_running = false;
    return run(bin(QStringLiteral("pg_ctl")),
               {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("fast"),
                QStringLiteral("-w"), QStringLiteral("stop")});
}

qint64 PgServer::postmasterPid() const
{
    QFile f(m_data + QStringLiteral("/postmaster.pid"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return QString::fromLatin1(f.readLine()).trimmed().toLongLong();
}

namespace {
// The parent and the state letter of process `pid` from /proc/PID/stat ('\0' when gone).
std::pair<qint64, char> procState(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {0, '\0'};
    const QByteArray stat = f.readAll();
    // "pid (comm) S ppid …": comm may hold spaces, so read after its closing parenthesis.
    const QList<QByteArray> rest = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (rest.size() < 2 || rest.at(0).isEmpty())
        return {0, '\0'};
    return {rest.at(1).toLongLong(), rest.at(0).at(0)};
}

bool gone(qint64 pid)
{
    const char state = procState(pid).second;
    return state == '\0' || state == 'Z' || state == 'X';
}
}  // namespace

int PgServer::kill()
{
    const qint64 postmaster = postmasterPid();
    if (!m_running || postmaster <= 0) {
        m_error = QStringLiteral("no running server to kill");
        return 0;
    }
    // Stopped first, the postmaster can neither fork a new backend nor react to its children's
    // deaths while they are killed; then it is killed too.
    ::kill(static_cast<pid_t>(postmaster), SIGSTOP);
    QList<qint64> victims;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& e : entries) {
        bool numeric = false;
        const qint64 pid = e.toLongLong(&numeric);
        if (numeric && procState(pid).first == postmaster)
            victims << pid;
    }
    for (qint64 pid : victims)
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    ::kill(static_cast<pid_t>(postmaster), SIGKILL);
    victims << postmaster;
    m_running = false;
    // Gone or a zombie nobody reaps (a container's first process may not): either holds nothing.
    const QDeadlineTimer deadline(120000);
    for (qint64 pid : victims) {
        while (!gone(pid)) {
            if (deadline.hasExpired()) {
                m_error = QStringLiteral("process %1 of the server outlived SIGKILL").arg(pid);
                return 0;
            }
            ::usleep(10000);
        }
    }
    // A power cut leaves postmaster.pid naming a process that no longer exists; here the PID may
    // still be a zombie, which the next postmaster would take for a live server.
    QFile::remove(m_data + QStringLiteral("/postmaster.pid"));
    QFile::remove(m_dir.filePath(QStringLiteral(".s.PGSQL.%1.lock").arg(m_port)));
    return static_cast<int>(victims.size());
}

bool PgServer::sql(const QString& database, const QString& statements)
{
    return run(bin(QStringLiteral("psql")),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_dir.path(),
                QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), superuser(),
                QStringLiteral("-d"), database, QStringLiteral("-c"), statements});
}

QString PgServer::value(const QString& database, const QString& query)
{
    QString out;
    if (!run(bin(QStringLiteral("psql")),
             {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
              QStringLiteral("-t"), QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"),
              QString::number(m_port), QStringLiteral("-U"), superuser(), QStringLiteral("-d"),
              database, QStringLiteral("-c"), query},
             &out))
        return {};
    return out.trimmed();
}

bool PgServer::createDatabase(const QString& name, const QString& owner, const QString& password)
{
    return sql(QStringLiteral("postgres"),
               QStringLiteral("CREATE ROLE \"%1\" LOGIN CREATEROLE PASSWORD '%2'")
                   .arg(owner, password)) &&
           sql(QStringLiteral("postgres"),
               QStringLiteral("CREATE DATABASE \"%1\" OWNER \"%2\"").arg(name, owner));
}

}  // namespace vax::test
