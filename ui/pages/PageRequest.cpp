// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageRequest.h"

#include "TablePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

namespace pepin {

void PageRequest::applyTo(TablePage &page) const
{
    page.searchField()->clear();
    page.clearChoiceFilters();
    for (const auto &[column, value] : choices)
        page.chooseFilter(column, value);
    if (day.isValid() && page.dayFilterDate())
        page.dayFilterDate()->setDate(day);
    if (QCheckBox *box = page.dayFilterBox())
        box->setChecked(day.isValid());
    else if (QComboBox *choice = page.dayFilterChoice())
        choice->setCurrentIndex(day.isValid() && dayTest < choice->count() ? dayTest : 0);
}

} // namespace pepin
