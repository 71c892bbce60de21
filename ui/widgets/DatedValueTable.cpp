// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatedValueTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pepin {

DatedValueTable::DatedValueTable(const QString &dateTitle, const QString &valueTitle, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setHorizontalHeaderLabels({dateTitle, valueTitle});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setColumnWidth(0, m_table->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 40);
    // Four rows in sight: a schedule rarely has more steps, nor a history more entries worth
    // seeing at once.
    const int rowHeight = m_table->fontMetrics().height() + 10;
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + 4 * rowHeight + 2 * m_table->frameWidth());
    m_remove->setEnabled(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &DatedValueTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &DatedValueTable::removeSelectedRows);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::itemChanged, this, &DatedValueTable::edited);
}

QList<DatedValueTable::Row> DatedValueTable::rows() const
{
    QList<Row> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *date = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        rows << Row{date ? date->data(Qt::EditRole).toDate() : QDate(), value ? value->text() : QString()};
    }
    return rows;
}

void DatedValueTable::setRows(const QList<Row> &rows)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const Row &row : rows)
        appendRow(row);
    emit edited();
}

void DatedValueTable::appendRow(const Row &row)
{
    const int at = m_table->rowCount();
    m_table->insertRow(at);
    auto *date = new QTableWidgetItem;
    date->setData(Qt::EditRole, row.date);
    auto *value = new QTableWidgetItem(row.value);
    value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(at, 0, date);
    m_table->setItem(at, 1, value);
}

void DatedValueTable::addRow()
{
    const QList<Row> current = rows();
    QDate date;
    QString value;
    if (!current.isEmpty()) {
        const auto last = std::max_element(current.cbegin(), current.cend(),
                                           [](const Row &a, const Row &b) { return a.date < b.date; });
        date = last->date.isValid() ? last->date.addYears(1) : QDate();
        value = last->value;
    } else if (m_firstDate) {
        date = m_firstDate();
    }
    if (!date.isValid())
        date = QDate::currentDate();
    appendRow(Row{date, value});
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, 1);
    m_table->editItem(m_table->item(row, 1));
    emit edited();
}

void DatedValueTable::removeSelectedRows()
{
    QList<int> selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        selected << index.row();
    std::sort(selected.begin(), selected.end(), std::greater<>());
    for (const int row : selected)
        m_table->removeRow(row);
    emit edited();
}

} // namespace pepin
