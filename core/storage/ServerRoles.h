// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pepin {

class Database;

// Who may do what with a Pépin database on a PostgreSQL server: managers change the records,
// the CCI's staff read them and make reports. Two group roles (NOLOGIN) carry the rights, and
// the server's login users are made members of one of them:
//
//   pepin_managers   read every table, add, change and remove records, use the id sequences;
//                    the change history is read and appended to only (AuditLog)
//   pepin_staff      read every table, nothing else
//
// Roles belong to the whole server (its cluster), not to one database: the same pair serves
// every Pépin database there, and a user made a manager is one in each of them whose rights
// were granted (by initialize(), once per database).
//
// Updating the schema (a newer Pépin) and erasing personal data, which rewrites the history,
// change the tables themselves: only their owner may, not the managers.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(pepin::ServerRoles)

public:
    static inline const QString managers = QStringLiteral("pepin_managers");
    static inline const QString staff = QStringLiteral("pepin_staff");

    // What the connected user may do with the tables of the database `db` is on, found
    // without writing.
    struct Access
    {
        QString user;           // the server's name for the connected user
        QString owner;          // the owner of the tables (that of pepin_meta)
        QString unreadable;     // a table the user may not read; empty when every one is readable
        bool mayChange = false; // add, change and remove records, and append to the history
        bool ownsTables = false; // may change the tables themselves (a schema update)
    };
    static Result<Access> accessOf(Database &db);

    // Why a user with `access` works read-only, in a clause for Database::readOnlyReason(); empty
    // when they may change the records.
    static QString readOnlyReason(const Access &access);

    // The login users to make members of each role.
    struct Members
    {
        QStringList managers;
        QStringList staff;
    };

    // What initialize() did.
    struct Report
    {
        QStringList created;    // the roles created now (the others were there already)
        QStringList tables;     // the tables granted on
        QStringList sequences;  // the id sequences granted on
        struct Membership
        {
            QString user;
            QString role;
            bool added = false; // false: the user was a member already
        };
        QList<Membership> members;
    };

    // Creates the two roles where they are missing, and grants them their rights on the database
    // `db` is on (its schema, its tables and sequences, and those that its owner creates later),
    // the same whatever they held before, in one transaction; makes `members` members. Running it
    // again changes nothing, or adds members. Refused, with nothing changed, on a file, for a user
    // who does not own the tables, and for a member who is not a user of the server.
    static Result<Report> initialize(Database &db, const Members &members = {});

    // Why a database shown as `shown` has no roles: it is a file.
    static Error notOnServer(const QString &shown);
};

} // namespace pepin
