// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <utility>

namespace pepin {

class TablePage;

// A page to show, filtered: what a tile or a chart of the dashboard opens. The filters are the
// page's own (its choice lists and its day), so the user sees them set and can lift them.
struct PageRequest
{
    QString pageId;
    // Choice filters to set: a column of the page's model and the raw value to keep; a null
    // value chooses "All…". The page's other choice filters are set to "All…".
    QList<std::pair<int, QVariant>> choices;
    // The page's day filter ("Active on", "Free on"): its day, null for the filter off, and
    // which of its tests, counting from 1 (a page with one test has only 1).
    QDate day;
    int dayTest = 1;

    // Sets the filters of `page` as asked and empties its search field.
    void applyTo(TablePage &page) const;
};

} // namespace pepin

Q_DECLARE_METATYPE(pepin::PageRequest)
