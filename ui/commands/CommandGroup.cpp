// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandGroup.h"

namespace pepin {

CommandGroup::CommandGroup(Editing &editing, const QString &text)
    : StoreCommand(editing, text)
{
}

CommandGroup::CommandGroup(Editing &editing, std::function<QString()> describe)
    : StoreCommand(editing, std::move(describe))
{
}

CommandGroup::~CommandGroup() = default;

Status CommandGroup::run(std::unique_ptr<StoreCommand> step)
{
    if (Status made = step->apply(true); !made)
        return made;
    m_steps.push_back(std::move(step));
    return done();
}

void CommandGroup::adopt(std::unique_ptr<StoreCommand> step)
{
    m_steps.push_back(std::move(step));
}

Status CommandGroup::apply(bool first)
{
    // The first time, the steps were made by run().
    if (first)
        return done();
    for (const auto &step : m_steps) {
        if (Status made = step->apply(false); !made)
            return made;
    }
    return done();
}

Status CommandGroup::revert()
{
    for (auto step = m_steps.rbegin(); step != m_steps.rend(); ++step) {
        if (Status reverted = (*step)->revert(); !reverted)
            return reverted;
    }
    return done();
}

} // namespace pepin
