// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The engines' ways of stepping statements for Rows and Statement; used by Database only.

#include "storage/Statements.h"

#include <QSqlQuery>
#include <QVariantList>

#include <functional>

struct sqlite3;

namespace pepin {

// The Error a failed statement gives, from the engine's code and text (Database::sqlError).
using SqlErrorOf = std::function<Error(const QString &nativeCode, const QString &text)>;

// The rows of a query already run; a query prepared, run by each Statement::execute.
std::unique_ptr<Rows::Source> queryRows(QSqlQuery query, SqlErrorOf errorOf);
std::unique_ptr<Statement::Source> queryStatement(QSqlQuery query, SqlErrorOf errorOf);

// The SQLite connection under Qt Sql's connection `connectionName`, when its driver is SQLite's
// and was built on the same SQLite library as this program (Debian's is): then statements can be
// stepped through SQLite's own interface on it, in its transactions. Null otherwise.
sqlite3 *sharedSqliteConnection(const QString &connectionName);

// Prepares `sql` on `connection`, binds `values` in order and returns its rows; or prepares it
// to be run many times.
Result<std::unique_ptr<Rows::Source>> sqliteRows(sqlite3 *connection, const QString &sql, const QVariantList &values,
                                                 SqlErrorOf errorOf);
Result<std::unique_ptr<Statement::Source>> sqliteStatement(sqlite3 *connection, const QString &sql, SqlErrorOf errorOf);

} // namespace pepin
