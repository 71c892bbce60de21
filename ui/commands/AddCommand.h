// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/CommandText.h"
#include "commands/Editing.h"
#include "commands/RecordAccess.h"
#include "commands/StoreCommand.h"

namespace pepin {

// Adds a record. Undo removes it; redo puts it back with the same id, so that the commands
// after it on the stack, which name it by its id, still find it. Holds the record as stored.
template<typename T>
class AddCommand : public StoreCommand
{
public:
    AddCommand(Editing &editing, T record);

    // The record as stored, with its id, once the command has been made.
    const T &record() const { return m_record; }

protected:
    Status apply(bool first) override
    {
        if (!first && RecordAccess<T>::read(store(), m_record.id))
            return CommandText::takenElsewhere();
        Result<T> added = RecordAccess<T>::add(store(), m_record);
        if (!added)
            return added.error();
        return remember(added->id);
    }

    Status revert() override
    {
        const std::optional<T> current = RecordAccess<T>::read(store(), m_record.id);
        if (!current)
            return CommandText::removedElsewhere();
        if (!sameRecord(*current, m_record))
            return CommandText::changedElsewhere();
        return RecordAccess<T>::remove(store(), m_record.id);
    }

private:
    // What the database holds now is what the next step expects to find.
    Status remember(Id id)
    {
        std::optional<T> stored = RecordAccess<T>::read(store(), id);
        if (!stored)
            return CommandText::removedElsewhere();
        m_record = std::move(*stored);
        return done();
    }

    T m_record;
};

template<typename T>
AddCommand<T>::AddCommand(Editing &editing, T record)
    : StoreCommand(editing, CommandText::describe(CommandText::Action::Add, editing.store(), record))
    , m_record(std::move(record))
{
}

} // namespace pepin
