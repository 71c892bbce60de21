// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/CommandText.h"
#include "commands/Editing.h"
#include "commands/RecordAccess.h"
#include "commands/StoreCommand.h"

namespace pepin {

// Changes a record: an edit, or archiving and restoring (a change of its `archived` flag).
// Holds the record before and after, each as the database held it. The first time, the
// version read by the editor goes with the change, so that an edit made from stale data is
// refused; undo and redo then check that the record is still as this command left it, and
// write with the version the database holds now, as every write moves it on.
template<typename T>
class UpdateCommand : public StoreCommand
{
public:
    UpdateCommand(Editing &editing, T before, T after, CommandText::Action action = CommandText::Action::Edit);

    const T &record() const { return m_after; }

protected:
    Status apply(bool first) override
    {
        if (!first)
            return write(m_before, m_after);
        Result<T> updated = RecordAccess<T>::update(store(), m_after);
        if (!updated)
            return updated.error();
        return reread(m_after);
    }

    Status revert() override { return write(m_after, m_before); }

private:
    // Replaces `expected`, which the database must still hold, by `target`.
    Status write(const T &expected, T &target)
    {
        const std::optional<T> current = RecordAccess<T>::read(store(), target.id);
        if (!current)
            return CommandText::removedElsewhere();
        if (!sameRecord(*current, expected))
            return CommandText::changedElsewhere();
        T record = target;
        record.version = current->version;
        if (Result<T> updated = RecordAccess<T>::update(store(), record); !updated)
            return updated.error();
        return reread(target);
    }

    Status reread(T &record)
    {
        std::optional<T> stored = RecordAccess<T>::read(store(), record.id);
        if (!stored)
            return CommandText::removedElsewhere();
        record = std::move(*stored);
        return done();
    }

    T m_before;
    T m_after;
};

template<typename T>
UpdateCommand<T>::UpdateCommand(Editing &editing, T before, T after, CommandText::Action action)
    : StoreCommand(editing, CommandText::describe(action, editing.store(), action == CommandText::Action::Edit ? before : after))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

} // namespace pepin
