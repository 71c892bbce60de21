// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Format.h"

#include <QAbstractTableModel>
#include <QList>

namespace pepin {

class Store;

// A table over records of the Store that stays current on its own: it reads everything again
// whenever the database announces a committed change to one of the entities it shows, so
// every view refreshes from the same notification and nothing polls.
class StoreTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole, // the raw value: QDate, number, cents, text
        // What an export writes for a column that is not text: a QDate, a number, cents, a
        // fraction; null when the cell is empty. Text columns are exported as they are shown.
        ValueRole,
        // headerData's: the column's ColumnKind, as an int.
        ColumnKindRole,
    };

    // What a column holds, so that an export writes each of its cells as a spreadsheet reads
    // it (a date as a date, 1234.5 rather than "1 234,5 m²") instead of its display text.
    enum class ColumnKind { Text, Integer, Decimal, Money, Date, Percent };

    StoreTableModel(Store &store, const Clock &clock, QList<Entity> watched, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;

    // Reads the records again from the store.
    void reload();

    // Formats and labels follow the language and locale chosen last: call after a switch.
    void retranslate();

    // Whether archived records are listed too; they are left out by default. Only the models
    // of records that can be archived (companies, offices) look at it.
    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }

    // The headers answer for every model: the title, the alignment of the column's figures and an
    // explanation, from the hooks below.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A line for the status bar about what the table holds; `shownRows` is how many rows a
    // filter leaves visible (equal to rowCount() when nothing is filtered out).
    virtual QString summary(int shownRows) const = 0;
    // The figure a manager looks for on the record of `row`, for the status bar ("B12: 18 m²,
    // 2 workstations — Praxys"); empty when the model has nothing to add to the row itself.
    virtual QString keyFigure(int row) const;

signals:
    // The figures of summary() may have changed.
    void summaryChanged();

protected:
    virtual QString columnTitle(int column) const = 0;
    // What a column holds, when its title does not say it all; empty otherwise.
    virtual QString columnToolTip(int column) const = 0;
    // Text unless the model says otherwise; a column of another kind answers ValueRole.
    virtual ColumnKind columnKind(int column) const;
    // Quantities line up on the right, where their units and thousands meet; text and dates
    // (of fixed width) read well on the left.
    Qt::Alignment columnAlignment(int column) const;

    // Replaces the rows with what the store holds now; returns how many there are. Runs
    // between beginResetModel() and endResetModel().
    virtual int load() = 0;

    Store &store() const { return m_store; }
    QDate today() const { return m_clock.today(); }
    const Format &format() const { return m_format; }

    // Whether `index` names a row and column of this model.
    bool isValidCell(const QModelIndex &index, int columnCount) const;

    // A date as ValueRole gives it: null when there is none.
    static QVariant dateValue(QDate day) { return day.isValid() ? QVariant(day) : QVariant(); }

    // "Young company" for a label written in lower case to fit inside sentences.
    static QString capitalised(const QString &label);

private:
    void onChanged(const QList<pepin::Change> &changes);

    Store &m_store;
    Clock m_clock;
    QList<Entity> m_watched;
    Format m_format;
    int m_rows = 0;
    bool m_showArchived = false;
};

} // namespace pepin
