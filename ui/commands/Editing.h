// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QObject>

#include <functional>
#include <memory>

class QUndoStack;

namespace pepin {

class CommandGroup;
class Store;
class StoreCommand;

// The undoable edits of one open database: the undo stack, and where a later undo or redo that
// cannot be done is reported. Owns the stack and so every command pushed on it; refers to the
// Store, which must outlive it, or at least its switch to another one.
class Editing : public QObject
{
    Q_OBJECT

public:
    // Receives what went wrong, in one or more sentences, for the user. Never blocks in tests.
    using MessageSink = std::function<void(const QString &message)>;

    explicit Editing(Store &store, QObject *parent = nullptr);
    ~Editing() override;

    Store &store() const { return *m_store; }

    // Goes over to another database: the changes made on the previous one can no longer be
    // undone, and the stack is emptied.
    void switchTo(Store &store);
    QUndoStack *undoStack() const { return m_stack; }

    // Where failures of a later undo or redo go; without one, they go to the log.
    void setMessageSink(MessageSink sink);
    void report(const QString &message) const;

    // Makes the command's change; when the Store accepted it, pushes the command on the stack
    // (which takes it), else deletes it and returns why, with nothing written.
    Status push(std::unique_ptr<StoreCommand> command);

    // Makes several changes as one command named `text`: `build` runs the steps on the group
    // it is given, in one transaction. When every step and the transaction succeeded, the
    // group is pushed; else nothing is written and the first error is returned.
    Status pushGroup(const QString &text, const std::function<Status(CommandGroup &)> &build);
    // The same, named by `describe`, which can name it again in another language.
    Status pushGroup(std::function<QString()> describe, const std::function<Status(CommandGroup &)> &build);

    // Names every change on the stack again, in the language chosen since.
    void retranslate();

private:
    Status pushGroup(std::unique_ptr<CommandGroup> group, const std::function<Status(CommandGroup &)> &build);

    Store *m_store;
    QUndoStack *m_stack;
    MessageSink m_sink;
};

} // namespace pepin
