// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreCommand.h"

#include "commands/CommandText.h"
#include "commands/Editing.h"
#include "service/Store.h"

namespace pepin {

StoreCommand::StoreCommand(Editing &editing, const QString &text)
    : QUndoCommand(text)
    , m_editing(editing)
{
}

StoreCommand::StoreCommand(Editing &editing, std::function<QString()> describe)
    : QUndoCommand(describe ? describe() : QString())
    , m_editing(editing)
    , m_describe(std::move(describe))
{
}

void StoreCommand::retranslate()
{
    if (m_describe)
        setText(m_describe());
}

Store &StoreCommand::store() const
{
    return m_editing.store();
}

template<typename Step>
Status StoreCommand::inTransaction(Step step)
{
    // What a command checks (the record is as it left it) and what it writes go together: no
    // other writer can come between.
    Database::Transaction transaction(store().database());
    if (!transaction.ok())
        return transaction.error();
    if (Status status = step(); !status)
        return status;
    return transaction.commit();
}

Status StoreCommand::execute()
{
    Status made = inTransaction([this] { return apply(true); });
    m_skipNextRedo = made.ok();
    return made;
}

void StoreCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    if (Status made = inTransaction([this] { return apply(false); }); !made)
        fail(false, made.error());
}

void StoreCommand::undo()
{
    if (Status reverted = inTransaction([this] { return revert(); }); !reverted)
        fail(true, reverted.error());
}

void StoreCommand::fail(bool undoing, const Error &error)
{
    m_failed = true;
    setObsolete(true);
    m_editing.report(undoing ? CommandText::cannotUndo(text(), error) : CommandText::cannotRedo(text(), error));
}

} // namespace pepin
