#include "sitesync/serverurl.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace vax::sitesync {

namespace {
struct UrlText {
    Q_DECLARE_TR_FUNCTIONS(SiteServer)
};

Error urlError(const QString& problem)
{
    return makeError(ErrorCode::InvalidArgument,
                     UrlText::tr("Server address: %1 Write it as "
                                 "postgresql://HOST:5432/DATABASE, as the server's set-up "
                                 "printed it.")
                         .arg(problem),
                     QStringLiteral("server"));
}

// Role names keep to lower-case letters, digits and '_' and under PostgreSQL's 63 bytes.
QString rolePart(const QString& database)
{
    QString out;
    for (const QChar c : database.toLower())
        out += (c.isLetterOrNumber() && c.unicode() < 128) ? c : QLatin1Char('_');
    return out.left(40);
}
}  // namespace

QString ServerUrl::text() const
{
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    if (isSocket()) {
        out += QLatin1Char('/') + database + QStringLiteral("?host=") + host;
        if (port != 5432)
            out += QStringLiteral("&port=%1").arg(port);
        return out;
    }
    out += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return out + QStringLiteral(":%1/%2").arg(port).arg(database);
}

Result<ServerUrl> parseServerUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return urlError(UrlText::tr("give the site server's address with --server."));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() ||
        (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")))
        return urlError(UrlText::tr("\"%1\" is not a postgresql:// address.").arg(trimmed));
    if (!url.password().isEmpty())
        return urlError(
            UrlText::tr("the address holds a password, which would be stored and "
                        "shown; remove it and give the password with "
                        "--password-stdin."));
    ServerUrl out;
    out.user = url.userName();
    out.host = url.host();
    out.database = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host")))
        out.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    int port = url.port(5432);
    if (query.hasQueryItem(QStringLiteral("port"))) {
        bool ok = false;
        port = query.queryItemValue(QStringLiteral("port")).toInt(&ok);
        if (!ok)
            port = 0;
    }
    if (port < 1 || port > 65535)
        return urlError(UrlText::tr("the port must be a number from 1 to 65535."));
    out.port = port;
    if (out.host.isEmpty())
        return urlError(UrlText::tr("the server's name or address is missing."));
    if (out.database.isEmpty() || out.database.contains(QLatin1Char('/')))
        return urlError(UrlText::tr("the database name is missing after the server's address."));
    return out;
}

QString deskRoleName(const QString& database, int desk)
{
    return rolePart(database) + QStringLiteral("_desk_%1").arg(desk);
}

QString desksGroupRole(const QString& database)
{
    return rolePart(database) + QStringLiteral("_desks");
}

}  // namespace vax::sitesync
