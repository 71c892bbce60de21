// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace pepin {

// Where a database on a PostgreSQL server is, written as libpq writes it:
//
//     postgresql://user@host:port/dbname?sslmode=require
//
// The host may be left out (the local socket), or given as a socket folder in the query
// (?host=/run/postgresql). A password is never needed in it: libpq reads ~/.pgpass, and Pépin
// asks for one when the server wants it. Everything else names a database file.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(pepin::ServerAddress)

public:
    QString host = {}; // a name, an address, a socket folder (starting with '/'), or empty: the local socket
    int port = 0; // 0: the default, 5432
    QString database = {};
    QString user = {};     // empty: the user's login name, as libpq does
    QString password = {}; // only when the address itself holds one
    QString sslMode = {};  // libpq's sslmode (disable, allow, prefer, require, verify-ca, verify-full), or empty

    static constexpr int defaultPort = 5432;
    static const QStringList sslModes;

    // Whether `location` is a server's address rather than a file's path.
    static bool isServerLocation(const QString &location);
    // The address `location` writes, or why it is not one (in the user's language).
    static Result<ServerAddress> parse(const QString &location);

    // The address written back, without its password unless asked for (to open the database
    // with a password the user typed; never to keep or to show).
    enum class Password { Omitted, Included };
    QString url(Password withPassword = Password::Omitted) const;
    // The database as the user knows it, for messages: “pepin on db.cci.fr:5432”.
    QString shown() const;
    // The server as the user knows it: “db.cci.fr:5433”, or “this computer”.
    QString where() const;
    // Points a QPSQL connection at this address, with libpq's options: the TLS mode, a time
    // limit to connect, the program's name as the server lists it.
    void configure(QSqlDatabase &db) const;

    bool operator==(const ServerAddress &) const = default;
};

} // namespace pepin
