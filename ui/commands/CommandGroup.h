// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/StoreCommand.h"

#include <memory>
#include <vector>

namespace pepin {

// Several changes undone and redone as one ("Add company Praxys" that also creates its new
// sector; "Remove 3 leases"). Owns its steps. The steps are made one by one with run(), each
// able to use what the previous ones stored (the new sector's id); the group is then pushed,
// and undo and redo go through all the steps in one transaction: all or nothing.
class CommandGroup : public StoreCommand
{
public:
    CommandGroup(Editing &editing, const QString &text);
    CommandGroup(Editing &editing, std::function<QString()> describe);
    ~CommandGroup() override;

    // Makes the step's change now and keeps the step. Call inside a transaction that is rolled
    // back when a step fails, so that the steps made before it are not left written.
    Status run(std::unique_ptr<StoreCommand> step);
    // Keeps a step whose change the core has already made, in the transaction the group is built
    // in (an import writes its records itself, then says which): undo and redo go through it as
    // through the others.
    void adopt(std::unique_ptr<StoreCommand> step);

    bool isEmpty() const { return m_steps.empty(); }
    int stepCount() const { return int(m_steps.size()); }

protected:
    Status apply(bool first) override;
    Status revert() override;

private:
    std::vector<std::unique_ptr<StoreCommand>> m_steps;
};

} // namespace pepin
