// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QUndoCommand>

#include <functional>

namespace pepin {

class Editing;
class Store;

// An undoable change to the database, made through the Store.
//
// Who owns what: a command belongs to the QUndoStack of its Editing session once pushed (or to
// its CommandGroup, or to whoever created it until then); it holds copies of the records it
// writes, never pointers into models; it refers to the Editing session, which outlives the
// stack it owns.
//
// The change is first made by execute(), before the command is pushed, so that a refusal of the
// Store goes back to the editor and nothing reaches the stack; the stack's first call to redo()
// then does nothing. A later undo or redo that fails (the data changed elsewhere since) writes
// nothing, reports why through the session's message sink and makes the command obsolete, so
// that the stack drops it.
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(Editing &editing, const QString &text);
    // Named by `describe`, asked again by retranslate() after a change of language.
    StoreCommand(Editing &editing, std::function<QString()> describe);

    // Names the change again, in the language chosen since (a command given a plain text keeps it).
    void retranslate();

    // Makes the change for the first time.
    Status execute();

    void redo() final;
    void undo() final;

    // Whether a later undo or redo failed (the command is then obsolete).
    bool failed() const { return m_failed; }

protected:
    // Makes the change; `first` is true on the first time, from execute().
    virtual Status apply(bool first) = 0;
    // Puts back what was there before the change.
    virtual Status revert() = 0;

    Store &store() const;
    Editing &editing() const { return m_editing; }

private:
    friend class CommandGroup;
    // Runs `step` in one write transaction: all of it is written, or nothing.
    template<typename Step>
    Status inTransaction(Step step);
    void fail(bool undoing, const Error &error);

    Editing &m_editing;
    std::function<QString()> m_describe;
    bool m_skipNextRedo = false;
    bool m_failed = false;
};

} // namespace pepin
