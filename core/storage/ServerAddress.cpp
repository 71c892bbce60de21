// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ServerAddress.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace pepin {

const QStringList ServerAddress::sslModes = {QStringLiteral("disable"), QStringLiteral("allow"),   QStringLiteral("prefer"),
                                             QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

bool ServerAddress::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &location)
{
    // The address as given, but never its password, which a message could put on a screen.
    static const QRegularExpression password(QStringLiteral("^([^:/]+://[^:@/]*):[^@/]*@"));
    const QString given = QString(location).replace(password, QStringLiteral("\\1:…@"));
    const auto refuse = [&given](const QString &why) {
        return Error(Error::Kind::InvalidInput,
                     tr("“%1” is not a server address (%2). Write it postgresql://user@host:port/database.").arg(given, why));
    };
    if (!isServerLocation(location))
        return refuse(tr("it does not start with postgresql://"));
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(url.errorString());
    ServerAddress address;
    address.host = url.host();
    address.port = url.port(0);
    if (url.port() != -1 && (address.port <= 0 || address.port > 65535))
        return refuse(tr("the port must be a number from 1 to 65535"));
    address.user = url.userName(QUrl::FullyDecoded);
    address.password = url.password(QUrl::FullyDecoded);
    address.database = url.path().mid(1);
    if (address.database.isEmpty())
        return refuse(tr("it names no database"));
    if (address.database.contains(QLatin1Char('/')))
        return refuse(tr("a database name cannot hold “/”"));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!sslModes.contains(value))
                return refuse(tr("sslmode is one of %1").arg(sslModes.join(QLatin1String(", "))));
            address.sslMode = value;
        } else if (key == QLatin1String("host")) {
            address.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            address.port = value.toInt(&ok);
            if (!ok || address.port <= 0 || address.port > 65535)
                return refuse(tr("the port must be a number from 1 to 65535"));
        } else if (key == QLatin1String("user")) {
            address.user = value;
        } else {
            return refuse(tr("Pépin does not know the setting “%1”").arg(key));
        }
    }
    return address;
}

QString ServerAddress::url(Password withPassword) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    const bool socketFolder = host.startsWith(QLatin1Char('/'));
    // A URL's authority cannot hold a folder: the socket's goes in the query, as libpq reads it.
    url.setHost(socketFolder ? QString() : host);
    if (port > 0)
        url.setPort(port);
    url.setUserName(user);
    if (withPassword == Password::Included && !password.isEmpty())
        url.setPassword(password);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (socketFolder)
        query.addQueryItem(QStringLiteral("host"), host);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    // QUrl writes an empty authority as "postgresql:/…": libpq wants the two slashes.
    QString text = url.toString(QUrl::FullyEncoded);
    if (!text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return text;
}

QString ServerAddress::shown() const
{
    return tr("the database %1 on %2").arg(database, where());
}

QString ServerAddress::where() const
{
    QString where = host.isEmpty() ? tr("this computer") : host;
    if (port > 0 && port != defaultPort)
        where += QLatin1Char(':') + QString::number(port);
    return where;
}

void ServerAddress::configure(QSqlDatabase &db) const
{
    db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=Pepin")};
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

} // namespace pepin
