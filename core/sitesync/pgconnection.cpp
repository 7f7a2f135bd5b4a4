#include "sitesync/pgconnection.h"

#include <QCoreApplication>
#include <QSqlError>

#include <atomic>

#include "sitesync/serverprobe.h"

namespace vax::sitesync {

namespace {
struct PgText {
    Q_DECLARE_TR_FUNCTIONS(SiteServer)
};

QString nextConnectionName()
{
    static std::atomic<int> serial{0};
    return QStringLiteral("vax-site-server-%1").arg(++serial);
}

Error connectError(const ServerUrl& url, const QString& user, const QSqlError& error,
                   const ConnectOptions& options)
{
    const QString said = error.databaseText().trimmed();
    if (!url.isSocket()) {
        QString why;
        switch (probeServer(url.host, url.port, options.timeoutSeconds * 1000, &why)) {
            case ProbeResult::Unreachable:
                return makeError(
                    ErrorCode::SiteUnreachable,
                    PgText::tr("The site server %1 cannot be reached (%2). Check that the server "
                               "PC is on and in the same network, the cable or Wi-Fi of this "
                               "PC, and the address; the desk keeps working on its own.")
                        .arg(url.text(), why),
                    QStringLiteral("server"));
            case ProbeResult::TlsRefused:
                if (options.requireTls)
                    return makeError(
                        ErrorCode::SiteTlsRefused,
                        PgText::tr("The site server %1 does not offer an encrypted connection "
                                   "(TLS), and desks send records only encrypted. Run the "
                                   "server's set-up again (scripts/site-server.sh turns TLS "
                                   "on).")
                            .arg(url.text()),
                        QStringLiteral("server"));
                break;
            case ProbeResult::TlsOffered:
                break;
        }
    }
    return makeError(ErrorCode::SiteLoginFailed,
                     PgText::tr("The site server %1 refused the role %2 (%3). Check the desk "
                                "number and type the password from the server's set-up sheet.")
                         .arg(url.text(), user, said.isEmpty() ? error.text() : said),
                     QStringLiteral("password"));
}
}  // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::open(const ServerUrl& url, const QString& user,
                                                         const QString& password,
                                                         const ConnectOptions& options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(ErrorCode::SiteServerError,
                         PgText::tr("Qt's PostgreSQL driver is not installed on this PC: install "
                                    "the package libqt6sql6-psql."));
    std::unique_ptr<PgConnection> c(new PgConnection);
    c->m_name = nextConnectionName();
    c->m_url = url;
    c->m_user = user.isEmpty() ? url.user : user;
    c->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), c->m_name);
    c->m_db.setHostName(url.host);
    c->m_db.setPort(url.port);
    c->m_db.setDatabaseName(url.database);
    if (!c->m_db.isValid())
        return makeError(ErrorCode::SiteServerError,
                         PgText::tr("Qt's PostgreSQL driver could not be loaded: install the "
                                    "package libqt6sql6-psql."));
    if (!c->m_user.isEmpty())
        c->m_db.setUserName(c->m_user);
    if (!password.isEmpty())
        c->m_db.setPassword(password);
    QString connectOptions = QStringLiteral("connect_timeout=%1").arg(options.timeoutSeconds);
    if (!url.isSocket())
        connectOptions += options.requireTls ? QStringLiteral(";sslmode=require")
                                             : QStringLiteral(";sslmode=prefer");
    if (!url.isSocket() && options.tcpUserTimeoutMs > 0)
        connectOptions += QStringLiteral(";tcp_user_timeout=%1").arg(options.tcpUserTimeoutMs);
    connectOptions += QStringLiteral(";application_name=vaxpoint");
    c->m_db.setConnectOptions(connectOptions);
    if (!c->m_db.open())
        return connectError(url, c->m_user, c->m_db.lastError(), options);
    return c;
}

PgConnection::~PgConnection()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_name.isEmpty())
        QSqlDatabase::removeDatabase(m_name);
}

Result<QSqlQuery> PgConnection::exec(const QString& sql, const QVariantList& args)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return queryError(q.lastError(), sql);
    for (const QVariant& v : args)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q.lastError(), sql);
    return q;
}

Status PgConnection::execPlain(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return queryError(q.lastError(), sql.left(200));
    return {};
}

void PgConnection::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

Error PgConnection::queryError(const QSqlError& error, const QString& context)
{
    const QString state = error.nativeErrorCode();
    const QString said = error.databaseText().trimmed();
    if (state == QLatin1String("VX001"))
        return makeError(ErrorCode::SiteDeskTaken,
                         PgText::tr("This desk number is already joined by another PC (%1). "
                                    "Choose another desk number, or after reinstalling this "
                                    "desk's PC join again with --rejoin.")
                             .arg(said),
                         QStringLiteral("desk"));
    if (state == QLatin1String("VX002"))
        return makeError(ErrorCode::SiteLoginFailed,
                         PgText::tr("The password belongs to another desk (%1). Give the desk "
                                    "number that goes with this password.")
                             .arg(said),
                         QStringLiteral("desk"));
    if (state == QLatin1String("VX003"))
        return makeError(ErrorCode::SiteDeskBehind,
                         PgText::tr("The site server refused this desk's records (%1): this "
                                    "database is older than what the desk already sent, as "
                                    "after restoring a backup or copying a disk. Nothing was "
                                    "sent. Pull the site's records, then join again as a new "
                                    "desk number (docs/site.md, \"The way out\").")
                             .arg(said),
                         QStringLiteral("desk"));
    if (state == QLatin1String("VX004"))
        return makeError(ErrorCode::AlreadyExists,
                         PgText::tr("The site server refused the day close (%1): another desk "
                                    "closed this day first. Its bundle is the site's; ask that "
                                    "desk for it.")
                             .arg(said),
                         QStringLiteral("date"));
    if (state == QLatin1String("VX005"))
        return makeError(ErrorCode::AlreadyExists,
                         PgText::tr("The site server refused the day close (%1): another desk "
                                    "is closing this day now. Wait for it; a claim older than "
                                    "10 minutes, or a site administrator's forced close with a "
                                    "reason, takes it over.")
                             .arg(said),
                         QStringLiteral("date"));
    if (state == QLatin1String("42501"))
        return makeError(ErrorCode::SiteServerError,
                         PgText::tr("The site server refused this (%1): the role lacks the "
                                    "right. Use the owner role the set-up created.")
                             .arg(said));
    if (error.type() == QSqlError::ConnectionError || state.startsWith(QLatin1String("08")) ||
        said.isEmpty())
        return makeError(ErrorCode::SiteUnreachable,
                         PgText::tr("The connection to the site server was lost (%1). The desk "
                                    "keeps working on its own and tries again.")
                             .arg(error.text()),
                         QStringLiteral("server"));
    return makeError(ErrorCode::SiteServerError,
                     PgText::tr("The site server could not run \"%1\": %2")
                         .arg(context.simplified().left(120), said));
}

Result<PgTransaction> PgTransaction::begin(PgConnection& c)
{
    VAX_TRY(c.begin());
    return PgTransaction(&c);
}

QStringList splitSqlStatements(const QString& script)
{
    QStringList out;
    QString current;
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype end = script.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? n - 1 : end;
            current += script.mid(i, stop - i + 1);
            i = stop;
            continue;
        }
        if (c == QLatin1Char('$')) {
            const qsizetype close = script.indexOf(QLatin1Char('$'), i + 1);
            const QString tag = close < 0 ? QString() : script.mid(i, close - i + 1);
            bool isTag = close > i;
            for (qsizetype k = 1; isTag && k + 1 < tag.size(); ++k)
                isTag = tag.at(k).isLetterOrNumber() || tag.at(k) == QLatin1Char('_');
            if (isTag && !(tag.size() > 2 && tag.at(1).isDigit())) {
                const qsizetype end = script.indexOf(tag, close + 1);
                const qsizetype stop = end < 0 ? n : end + tag.size();
                current += script.mid(i, stop - i);
                i = stop - 1;
                continue;
            }
        }
        if (c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

}  // namespace vax::sitesync
