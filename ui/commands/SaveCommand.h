// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AddCommand.h"
#include "Editing.h"
#include "RecordAccess.h"
#include "UpdateCommand.h"

#include <memory>
#include <optional>

namespace pepin {

// Saving what an editor holds, the same way for every kind of record: an AddCommand for a new
// record (`before` empty), an UpdateCommand of `before` otherwise.
//
// The command that saves `record`, or nullptr when it is unchanged (nothing to undo either).
template<typename T>
std::unique_ptr<StoreCommand> saveCommand(Editing &editing, const std::optional<T> &before, const T &record)
{
    if (!before)
        return std::make_unique<AddCommand<T>>(editing, record);
    if (sameRecord(*before, record))
        return nullptr;
    return std::make_unique<UpdateCommand<T>>(editing, *before, record);
}

// The record as `command` (made by saveCommand) stored it, with its id and version.
template<typename T>
T storedBy(const StoreCommand &command)
{
    if (const auto *added = dynamic_cast<const AddCommand<T> *>(&command))
        return added->record();
    return static_cast<const UpdateCommand<T> &>(command).record();
}

// Saves `record` as one step on the undo stack; on success `record` becomes what was stored.
template<typename T>
Status pushSave(Editing &editing, const std::optional<T> &before, T &record)
{
    std::unique_ptr<StoreCommand> command = saveCommand(editing, before, record);
    if (!command)
        return pepin::done();
    const StoreCommand *made = command.get();
    if (Status pushed = editing.push(std::move(command)); !pushed)
        return pushed;
    record = storedBy<T>(*made);
    return pepin::done();
}

} // namespace pepin
