// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pepin {

class Store;

// The names of the edits, as the Edit menu shows them ("Undo Add company Praxys"), and the
// messages of edits that cannot be undone or redone.
class CommandText
{
    Q_DECLARE_TR_FUNCTIONS(pepin::CommandText)

public:
    enum class Action { Add, Edit, Archive, Restore, Remove };

    static QString of(Action action, Store &store, const Sector &sector);
    static QString of(Action action, Store &store, const Site &site);
    static QString of(Action action, Store &store, const Office &office);
    static QString of(Action action, Store &store, const Company &company);
    static QString of(Action action, Store &store, const Lease &lease);
    static QString of(Action action, Store &store, const Application &application);

    // "Remove 3 records", for an edit of several records (two or more) at once.
    static QString removeSeveral(int count);
    static QString archiveSeveral(int count);
    static QString restoreSeveral(int count);

    static QString cannotUndo(const QString &command, const Error &error);
    static QString cannotRedo(const QString &command, const Error &error);

    // Why a command cannot go on: its record is no longer as the command left it.
    static Error changedElsewhere();
    static Error removedElsewhere();
    static Error takenElsewhere();

    // The problems' messages, one per line, without the field names meant for the command line.
    static QString sentences(const Error &error);

    // "Praxys – B12": how a lease is named in menus and questions.
    static QString leaseName(Store &store, const Lease &lease);
};

} // namespace pepin
