// SPDX-License-Identifier: GPL-3.0-or-later
#include "Editing.h"

#include "commands/CommandGroup.h"
#include "commands/StoreCommand.h"
#include "service/Store.h"

#include <QUndoStack>

namespace pepin {

Editing::Editing(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(&store)
    , m_stack(new QUndoStack(this))
{
}

// The commands refer to this session: they go before it.
Editing::~Editing()
{
    m_stack->clear();
}

void Editing::switchTo(Store &store)
{
    m_stack->clear();
    m_store = &store;
}

void Editing::setMessageSink(MessageSink sink)
{
    m_sink = std::move(sink);
}

void Editing::report(const QString &message) const
{
    if (m_sink)
        m_sink(message);
    else
        qWarning("%s", qUtf8Printable(message));
}

Status Editing::push(std::unique_ptr<StoreCommand> command)
{
    if (Status made = command->execute(); !made)
        return made;
    m_stack->push(command.release());
    return done();
}

Status Editing::pushGroup(const QString &text, const std::function<Status(CommandGroup &)> &build)
{
    return pushGroup(std::make_unique<CommandGroup>(*this, text), build);
}

Status Editing::pushGroup(std::function<QString()> describe, const std::function<Status(CommandGroup &)> &build)
{
    return pushGroup(std::make_unique<CommandGroup>(*this, std::move(describe)), build);
}

void Editing::retranslate()
{
    // The stack hands out its commands as const; they are this session's, made here non-const.
    for (int i = 0; i < m_stack->count(); ++i) {
        if (auto *command = dynamic_cast<const StoreCommand *>(m_stack->command(i)))
            const_cast<StoreCommand *>(command)->retranslate();
    }
}

Status Editing::pushGroup(std::unique_ptr<CommandGroup> group, const std::function<Status(CommandGroup &)> &build)
{
    {
        Database::Transaction transaction(m_store->database());
        if (!transaction.ok())
            return transaction.error();
        if (Status built = build(*group); !built)
            return built; // the transaction rolls back what the first steps wrote
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    if (group->isEmpty())
        return done();
    return push(std::move(group));
}

} // namespace pepin
