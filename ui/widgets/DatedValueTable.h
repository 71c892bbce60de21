// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include <functional>

class QPushButton;
class QTableWidget;

namespace pepin {

// A short list of values that each hold from a date on (rent steps, a headcount history), with
// buttons to add and remove rows. Dates are picked; values are typed as text, which the editor
// reads and reports on row by row.
class DatedValueTable : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QDate date;
        QString value;
    };

    DatedValueTable(const QString &dateTitle, const QString &valueTitle, QWidget *parent = nullptr);

    QList<Row> rows() const;
    void setRows(const QList<Row> &rows);
    void appendRow(const Row &row);

    // The date a new row gets: a year after the last one, or what this says when empty.
    void setFirstDate(std::function<QDate()> firstDate) { m_firstDate = std::move(firstDate); }

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void edited();

private:
    void addRow();
    void removeSelectedRows();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    std::function<QDate()> m_firstDate;
};

} // namespace pepin
