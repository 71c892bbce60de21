// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ServerRoles.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

namespace pepin {

namespace {

// pepin_meta says what the database is, its schema version, and the incubator's name, logo and
// policies (which managers set in the preferences).
const QString metaTable = QStringLiteral("pepin_meta");

// A name written into SQL as an identifier. Role, table and schema names cannot be bound as
// values; in double quotes only the double quote is special (it is doubled), so any name is
// read as itself and nothing else. Every name quoted here comes from the server's own
// catalogues, or was looked up there first (a user given to initialize()).
QString identifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// What the managers may do with `table`: the change history is append-only.
QString managersPrivileges(const QString &table)
{
    if (table == AuditLog::table)
        return QStringLiteral("SELECT, INSERT");
    return QStringLiteral("SELECT, INSERT, UPDATE, DELETE");
}

Result<bool> truth(Database &db, const QString &sql, const QVariantList &values = {})
{
    Result<QSqlQuery> query = db.run(sql, values);
    if (!query)
        return query.error();
    return query->next() && query->value(0).toBool();
}

} // namespace

Error ServerRoles::notOnServer(const QString &shown)
{
    return Error(Error::Kind::Storage, tr("%1 is a file: roles exist on a PostgreSQL server only, where several users share a "
                                          "database. A file is shared through its folder's permissions.")
                                           .arg(shown));
}

Result<ServerRoles::Access> ServerRoles::accessOf(Database &db)
{
    if (!db.isOnServer())
        return notOnServer(db.shown());
    Access access;
    Result<QSqlQuery> user = db.run(QStringLiteral("SELECT current_user"));
    if (!user)
        return user.error();
    if (user->next())
        access.user = user->value(0).toString();

    // The catalogue, not information_schema, which leaves out the tables a user may not use.
    // What writing needs: to add, change and remove the records, to append to the history, and
    // to take the next ids from the sequences.
    Result<QSqlQuery> relations = db.run(QStringLiteral(
        "SELECT c.relname, c.relkind = 'S', pg_get_userbyid(c.relowner), pg_has_role(c.relowner, 'USAGE'), "
        "CASE WHEN c.relkind = 'S' THEN has_sequence_privilege(c.oid, 'SELECT') ELSE has_table_privilege(c.oid, 'SELECT') END, "
        "CASE WHEN c.relkind = 'S' THEN has_sequence_privilege(c.oid, 'USAGE') ELSE has_table_privilege(c.oid, 'INSERT') END, "
        "CASE WHEN c.relkind = 'S' THEN true ELSE has_table_privilege(c.oid, 'UPDATE') AND has_table_privilege(c.oid, 'DELETE') END "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'S') ORDER BY c.relname"));
    if (!relations)
        return relations.error();
    access.mayChange = true;
    access.ownsTables = true;
    bool pepin = false;
    while (relations->next()) {
        const QString name = relations->value(0).toString();
        pepin = pepin || name == metaTable;
        const bool sequence = relations->value(1).toBool();
        if (name == metaTable || access.owner.isEmpty())
            access.owner = relations->value(2).toString();
        access.ownsTables = access.ownsTables && relations->value(3).toBool();
        const bool select = relations->value(4).toBool();
        const bool insert = relations->value(5).toBool();
        const bool updateAndDelete = relations->value(6).toBool();
        if (!sequence && !select && access.unreadable.isEmpty())
            access.unreadable = name;
        if (name == metaTable)
            continue;
        if (!insert || (name != AuditLog::table && !updateAndDelete))
            access.mayChange = false;
    }
    // Another program's tables are not records: Database says whose they are.
    if (!pepin)
        access.unreadable.clear();
    return access;
}

QString ServerRoles::readOnlyReason(const Access &access)
{
    if (access.mayChange)
        return {};
    return tr("the server lets %1 read the records and make reports, not change them; the server's administrator can give "
              "%1 the managers' role, %2")
        .arg(access.user, managers);
}

Result<ServerRoles::Report> ServerRoles::initialize(Database &db, const Members &members)
{
    if (!db.isOnServer())
        return notOnServer(db.shown());
    const Result<Access> access = accessOf(db);
    if (!access)
        return access.error();
    if (!access->ownsTables) {
        return Error(Error::Kind::Storage,
                     tr("Only the owner of the tables of %1 (%2), or a superuser, can give the roles their rights on "
                        "them; %3 cannot, and nothing was changed. Run the command as %2.")
                         .arg(db.shown(), access->owner, access->user));
    }

    // Every member is a user of the server, checked before anything is changed.
    const std::pair<const QStringList &, const QString &> wanted[] = {{members.managers, managers}, {members.staff, staff}};
    for (const auto &[users, role] : wanted) {
        const QString option = role == managers ? QStringLiteral("manager") : QStringLiteral("staff");
        for (const QString &user : users) {
            const Result<bool> known = user.isEmpty() || user.contains(QChar(0))
                ? Result<bool>(false)
                : truth(db, QStringLiteral("SELECT count(*) > 0 FROM pg_roles WHERE rolname = ?"), {user});
            if (!known)
                return known.error();
            if (!*known) {
                return Error::invalid(option,
                                      tr("“%1” is not a user of the server of %2: nothing was changed. Create the user "
                                         "first (CREATE ROLE name LOGIN), or check the name's spelling and case.")
                                          .arg(user, db.shown()));
            }
        }
    }

    const Result<QStringList> existing =
        db.firstColumn(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN (?, ?)"), {managers, staff});
    if (!existing)
        return existing.error();
    Report report;
    for (const QString &role : {managers, staff}) {
        if (!existing->contains(role))
            report.created << role;
    }
    if (!report.created.isEmpty()) {
        const Result<bool> mayCreate =
            truth(db, QStringLiteral("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"));
        if (!mayCreate)
            return mayCreate.error();
        if (!*mayCreate) {
            return Error(Error::Kind::Storage,
                         tr("Creating the roles %1 and %2 takes a user of the server allowed to create roles (CREATEROLE) "
                            "or a superuser; %3 is neither, and nothing was changed. Run the command as such a user, or ask "
                            "the server's administrator.")
                             .arg(managers, staff, access->user));
        }
    }

    Result<QSqlQuery> where = db.run(QStringLiteral("SELECT current_database(), current_schema()"));
    if (!where)
        return where.error();
    if (!where->next())
        return Error(Error::Kind::Storage, tr("The server of %1 did not say which database and schema it uses.").arg(db.shown()));
    const QString database = where->value(0).toString();
    const QString schema = where->value(1).toString();
    const Result<QStringList> tables = db.firstColumn(db.dialect().tables());
    if (!tables)
        return tables.error();
    const Result<QStringList> sequences =
        db.firstColumn(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE n.nspname = current_schema() AND c.relkind = 'S' ORDER BY c.relname"));
    if (!sequences)
        return sequences.error();
    report.tables = *tables;
    report.sequences = *sequences;

    const QString roles = identifier(managers) + QStringLiteral(", ") + identifier(staff);
    const QString inSchema = identifier(schema) + QLatin1Char('.');
    QStringList statements;
    for (const QString &role : std::as_const(report.created))
        statements << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(identifier(role));
    statements << QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(identifier(database), roles)
               << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(identifier(schema), roles);
    // What each role held before is revoked first, so that running again leaves the rights exactly
    // as said here, whatever was granted in between; PUBLIC, every user of the server, holds none.
    for (const QString &table : std::as_const(report.tables)) {
        const QString name = inSchema + identifier(table);
        statements << QStringLiteral("REVOKE ALL ON TABLE %1 FROM PUBLIC, %2").arg(name, roles)
                   << QStringLiteral("GRANT SELECT ON TABLE %1 TO %2").arg(name, identifier(staff))
                   << QStringLiteral("GRANT %1 ON TABLE %2 TO %3").arg(managersPrivileges(table), name, identifier(managers));
    }
    for (const QString &sequence : std::as_const(report.sequences)) {
        const QString name = inSchema + identifier(sequence);
        statements << QStringLiteral("REVOKE ALL ON SEQUENCE %1 FROM PUBLIC, %2").arg(name, roles)
                   << QStringLiteral("GRANT USAGE, SELECT, UPDATE ON SEQUENCE %1 TO %2").arg(name, identifier(managers));
    }
    // The tables and sequences a later schema update creates get the same rights (run again after
    // an update to narrow a new append-only table's).
    const QString defaults = QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA %2 ").arg(identifier(access->owner), identifier(schema));
    statements << defaults + QStringLiteral("GRANT SELECT ON TABLES TO %1").arg(identifier(staff))
               << defaults + QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %1").arg(identifier(managers))
               << defaults + QStringLiteral("GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %1").arg(identifier(managers));

    Database::Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    for (const QString &statement : std::as_const(statements)) {
        if (Result<QSqlQuery> done = db.run(statement); !done)
            return done.error();
    }
    for (const auto &[users, role] : wanted) {
        for (const QString &user : users) {
            const Result<bool> member = truth(db, QStringLiteral("SELECT count(*) > 0 FROM pg_auth_members m "
                                                                 "JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                                                                 "WHERE r.rolname = ? AND u.rolname = ?"),
                                              {role, user});
            if (!member)
                return member.error();
            if (!*member) {
                if (Result<QSqlQuery> granted = db.run(QStringLiteral("GRANT %1 TO %2").arg(identifier(role), identifier(user)));
                    !granted)
                    return granted.error();
            }
            report.members.append({user, role, !*member});
        }
    }
    // A user who is not the owner of the database or of its schema may be refused a grant with a
    // mere warning; what the roles hold in the end is what counts.
    for (const QString &role : {managers, staff}) {
        const Result<bool> reach = truth(db, QStringLiteral("SELECT has_database_privilege(?::name, current_database(), 'CONNECT') "
                                                            "AND has_schema_privilege(?::name, current_schema(), 'USAGE')"),
                                         {role, role});
        if (!reach)
            return reach.error();
        if (!*reach) {
            return Error(Error::Kind::Storage,
                         tr("The server did not let %1 give the role %2 the right to connect to %3 and use its schema %4: "
                            "nothing was changed. Run the command as the owner of the database, or a superuser.")
                             .arg(access->user, role, db.shown(), schema));
        }
    }
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace pepin
