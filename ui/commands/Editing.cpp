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
    auto group = std::make_unique<CommandGroup>(*this, text);
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
