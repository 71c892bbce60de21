// SPDX-License-Identifier: GPL-3.0-or-later
#include "TablePage.h"

#include "models/SearchFilterModel.h"
#include "models/StoreTableModel.h"
#include "widgets/TableItemDelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace pepin {

namespace {

// The largest width w such that the columns, each limited to w, fill `available`: only the
// columns wider than w are cut, and all by the same measure.
int widthLimit(QList<int> widths, int available)
{
    std::sort(widths.begin(), widths.end());
    int remaining = available;
    qsizetype left = widths.size();
    for (const int width : widths) {
        if (qsizetype(width) * left > remaining)
            return int(remaining / left);
        remaining -= width;
        --left;
    }
    return widths.isEmpty() ? available : widths.last();
}

} // namespace

TablePage::TablePage(StoreTableModel *model, int sortColumn, QWidget *parent)
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
    m_view->setItemDelegate(new TableItemDelegate(m_view));
    // The indicator first: enabling sorting sorts on it at once, and a sort on another column
    // before would leave its order among equals.
    m_view->horizontalHeader()->setSortIndicator(sortColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    // One line of text per row, with a little air: dense enough to see a whole floor at once.
    QHeaderView *rows = m_view->verticalHeader();
    rows->hide();
    rows->setMinimumSectionSize(m_view->fontMetrics().height() + 4);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    rows->setSectionResizeMode(QHeaderView::Fixed);

    QHeaderView *columns = m_view->horizontalHeader();
    columns->setStretchLastSection(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    // The titles inset as much as the cells below them.
    columns->setStyleSheet(QStringLiteral("QHeaderView::section { padding-left: %1px; padding-right: %1px; }")
                               .arg(headerPadding()));
    // Columns are fitted with room for a sort arrow in the sorted one only: a column sorted
    // later gets that room then, so that its title is never cut.
    connect(columns, &QHeaderView::sortIndicatorChanged, this, [columns](int section) {
        if (section >= 0 && columns->sectionSize(section) < columns->sectionSizeHint(section))
            columns->resizeSection(section, columns->sectionSizeHint(section));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
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
    QHeaderView *header = m_view->horizontalHeader();
    // QTableView hides its override of this public function of the base class.
    const QAbstractItemView *view = m_view;
    const int count = header->count();
    const QFontMetrics metrics(header->font());
    // Both paddings, and the section's borders.
    const int titleRoom = 2 * headerPadding() + 4;

    // What each column holds, and the least it may have: its header's text. The header's own
    // size hint also keeps room for a sort arrow, which only the sorted column draws.
    QList<int> content(count);
    QList<int> least(count);
    for (int column = 0; column < count; ++column) {
        const QString title = m_view->model()->headerData(column, Qt::Horizontal).toString();
        least[column] = column == header->sortIndicatorSection() ? header->sectionSizeHint(column)
                                                                  : metrics.horizontalAdvance(title) + titleRoom;
        content[column] = view->sizeHintForColumn(column);
    }

    // The width the columns may share: the viewport's, less a vertical scroll bar's when
    // the rows are about to need one.
    int available = m_view->viewport()->width();
    if (!m_view->verticalScrollBar()->isVisible() && m_view->verticalHeader()->length() > m_view->viewport()->height())
        available -= m_view->verticalScrollBar()->sizeHint().width();

    auto widths = [&](int gap) {
        QList<int> list(count);
        for (int column = 0; column < count; ++column)
            list[column] = std::max(content[column], least[column]) + gap;
        return list;
    };
    // Air between neighbouring columns, so that a right-aligned figure does not run into the
    // text of the next one; only as much as the width allows.
    const QList<int> tightWidths = widths(0);
    const int tight = std::accumulate(tightWidths.cbegin(), tightWidths.cend(), 0);
    const int gap = std::clamp((available - tight) / std::max(count, 1), 0, metrics.averageCharWidth() * 2);
    QList<int> wanted = widths(gap);

    const int total = std::accumulate(wanted.cbegin(), wanted.cend(), 0);
    const int limit = total > available ? widthLimit(wanted, available) : std::numeric_limits<int>::max();
    for (int column = 0; column < count; ++column)
        header->resizeSection(column, std::max(least[column], std::min(wanted[column], limit)));
    m_columnsFitted = true;
}

int TablePage::headerPadding() const
{
    // The cells' inset (TableItemDelegate) and the style's own margin around a cell's text.
    return TableItemDelegate::padding(m_view->fontMetrics())
        + m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
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
    QWidget::showEvent(event);
    // Fitted once the page is first shown, at its size and in the fonts it is drawn in; after
    // that the widths are the user's.
    if (!m_columnsFitted)
        fitColumns();
}

} // namespace pepin
