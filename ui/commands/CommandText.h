// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>

namespace pepin {

class Store;

// The names of the edits, as the Edit menu shows them after Undo and Redo ("&Undo Add company
// Praxys"; in French a noun with its article, "&Annuler l’ajout de l’entreprise Praxys"), and the
// messages of edits that cannot be undone or redone.
class CommandText
{
    Q_DECLARE_TR_FUNCTIONS(pepin::CommandText)

public:
    enum class Action { Add, Edit, Archive, Restore, Remove };

    template<typename T>
    static QString of(Action action, Store &store, const T &record)
    {
        return phrase(action, &record, nameOf(store, record));
    }

    // An edit's name that can be said again after a change of language: the record's name is
    // taken now, the words each time it is called.
    using Describe = std::function<QString()>;
    template<typename T>
    static Describe describe(Action action, Store &store, const T &record)
    {
        return [action, name = nameOf(store, record)] { return phrase(action, static_cast<const T *>(nullptr), name); };
    }

    // "Remove 3 records", for an edit of several records (two or more) at once.
    static QString removeSeveral(int count);
    static QString archiveSeveral(int count);
    static QString restoreSeveral(int count);
    // Any of the three above (an Edit or Add of several is not made).
    static Describe describeSeveral(Action action, int count);

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

private:
    // One sentence per action and kind of record, so that each language can make its words agree
    // ("l’ajout du bureau", "l’ajout de l’entreprise"); the pointer only chooses the kind.
    static QString phrase(Action action, const Sector *, const QString &name);
    static QString phrase(Action action, const Site *, const QString &name);
    static QString phrase(Action action, const Office *, const QString &name);
    static QString phrase(Action action, const Company *, const QString &name);
    static QString phrase(Action action, const Lease *, const QString &name);
    static QString phrase(Action action, const Application *, const QString &name);

    static QString nameOf(Store &store, const Sector &sector);
    static QString nameOf(Store &store, const Site &site);
    static QString nameOf(Store &store, const Office &office);
    static QString nameOf(Store &store, const Company &company);
    static QString nameOf(Store &store, const Lease &lease);
    static QString nameOf(Store &store, const Application &application);
};

} // namespace pepin
