// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/CommandText.h"
#include "commands/Editing.h"
#include "commands/RecordAccess.h"
#include "commands/StoreCommand.h"

#include <type_traits>

namespace pepin {

// Removes a record; the Store refuses when history would be lost (a company or an office with
// leases). Holds the record as it was, with its children (headcounts, rent steps), which the
// Store reads and writes with it; a company's applications, which the database removes with
// the company, are held too. Undo puts them all back with their ids.
template<typename T>
class RemoveCommand : public StoreCommand
{
public:
    RemoveCommand(Editing &editing, T record);

    const T &record() const { return m_record; }

protected:
    Status apply(bool first) override
    {
        const std::optional<T> current = RecordAccess<T>::read(store(), m_record.id);
        if (!current)
            return CommandText::removedElsewhere();
        if (first)
            m_record = *current;
        else if (!sameRecord(*current, m_record))
            return CommandText::changedElsewhere();
        if constexpr (std::is_same_v<T, Company>) {
            m_applications.clear();
            for (const Application &application : store().applications()) {
                if (application.companyId == m_record.id)
                    m_applications << application;
            }
        }
        return RecordAccess<T>::remove(store(), m_record.id);
    }

    Status revert() override
    {
        if (RecordAccess<T>::read(store(), m_record.id))
            return CommandText::takenElsewhere();
        Result<T> added = RecordAccess<T>::add(store(), m_record);
        if (!added)
            return added.error();
        if constexpr (std::is_same_v<T, Company>) {
            for (const Application &application : m_applications) {
                if (Result<Application> back = store().addApplication(application); !back)
                    return back.error();
            }
        }
        std::optional<T> stored = RecordAccess<T>::read(store(), m_record.id);
        if (!stored)
            return CommandText::removedElsewhere();
        m_record = std::move(*stored);
        return done();
    }

private:
    T m_record;
    QList<Application> m_applications; // a company's only
};

template<typename T>
RemoveCommand<T>::RemoveCommand(Editing &editing, T record)
    : StoreCommand(editing, CommandText::describe(CommandText::Action::Remove, editing.store(), record))
    , m_record(std::move(record))
{
}

} // namespace pepin
