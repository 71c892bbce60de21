// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/TablePage.h"

#include "models/SearchFilterModel.h"
#include "models/StoreTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace pepin {

TablePage::TablePage(StoreTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new SearchFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    m_model->setParent(this);
    m_proxy->setSourceModel(m_model);

    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterModel::setSearchText);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionsMovable(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);

    // Rows come and go with the filter and with every change to the database.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &TablePage::statusTextChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePage::statusTextChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePage::statusTextChanged);
    connect(m_model, &StoreTableModel::summaryChanged, this, &TablePage::statusTextChanged);
}

void TablePage::setSearchPlaceholder(const QString &text)
{
    m_search->setPlaceholderText(text);
}

QString TablePage::statusText() const
{
    return m_model->summary(m_proxy->rowCount());
}

void TablePage::fitColumns()
{
    m_view->resizeColumnsToContents();
    m_columnsFitted = true;
}

void TablePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        // Headers and labels change length from one language to another.
        if (m_columnsFitted)
            fitColumns();
    }
    QWidget::changeEvent(event);
}

void TablePage::showEvent(QShowEvent *event)
{
    // Fitted once the page is first shown, with the fonts it is drawn in; after that the
    // widths are the user's.
    if (!m_columnsFitted)
        fitColumns();
    QWidget::showEvent(event);
}

} // namespace pepin
