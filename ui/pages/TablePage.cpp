// SPDX-License-Identifier: GPL-3.0-or-later
#include "TablePage.h"

#include "models/SearchFilterModel.h"
#include "models/StoreTableModel.h"
#include "widgets/Choices.h"
#include "widgets/TableItemDelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
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

// The width a title needs on two lines, broken at the space that makes the longer line the
// shortest; its whole width when it has no space.
int twoLineWidth(const QFontMetrics &metrics, const QString &title)
{
    int best = metrics.horizontalAdvance(title);
    for (qsizetype at = title.indexOf(QLatin1Char(' ')); at > 0; at = title.indexOf(QLatin1Char(' '), at + 1))
        best = std::min(best, std::max(metrics.horizontalAdvance(title.left(at)), metrics.horizontalAdvance(title.mid(at + 1))));
    return best + 1;
}

} // namespace

TablePage::TablePage(StoreTableModel *model, int sortColumn, QWidget *parent, Qt::SortOrder order)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new SearchFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_showArchived(new QCheckBox(this))
    , m_new(new QPushButton(this))
    , m_filters(new QHBoxLayout)
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
    m_view->horizontalHeader()->setSortIndicator(sortColumn, order);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
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
    // A column made narrower than its title by hand shows it on two lines, as fitColumns does.
    connect(columns, &QHeaderView::sectionResized, this, [this] {
        if (m_columnsFitted)
            fitHeaderHeight();
    });

    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QWidget::customContextMenuRequested, this, [this, columns](const QPoint &at) {
        QMenu *menu = createColumnMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(columns->mapToGlobal(at));
    });

    // Shown once actions are given.
    m_showArchived->hide();
    m_new->hide();
    connect(m_showArchived, &QCheckBox::toggled, m_model, &StoreTableModel::setShowArchived);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (m_actions.create)
            m_actions.create();
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_actions.edit && index.isValid())
            m_actions.edit(m_proxy->mapToSource(index).row());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = createContextMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(at));
    });
    // The keys of a list: Enter opens the record, Delete removes the selection.
    auto *open = new QAction(m_view);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, &TablePage::editCurrent);
    m_view->addAction(open);
    auto *remove = new QAction(m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &TablePage::removeSelected);
    m_view->addAction(remove);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    m_filters->setContentsMargins(0, 0, 0, 0);
    bar->addLayout(m_filters);
    bar->addWidget(m_showArchived);
    bar->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addLayout(bar);
    // The table, and the details of its current row beside it once setDetails() is called.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    layout->addWidget(m_splitter, 1);

    // Rows come and go with the filter and with every change to the database.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &TablePage::statusTextChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePage::statusTextChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePage::statusTextChanged);
    connect(m_model, &StoreTableModel::summaryChanged, this, &TablePage::statusTextChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TablePage::statusTextChanged);
}

void TablePage::setSearchPlaceholder(const QString &text)
{
    m_search->setPlaceholderText(text);
}

void TablePage::setActions(Actions actions)
{
    m_actions = std::move(actions);
    m_new->setVisible(bool(m_actions.create));
    m_showArchived->setVisible(bool(m_actions.setArchived));
    translateFixedTexts();
}

QComboBox *TablePage::addChoiceFilter(int column, const char *allText)
{
    auto *combo = new QComboBox(this);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Long site names are read whole in the list; the search field keeps its room.
    combo->setMaximumWidth(combo->fontMetrics().averageCharWidth() * 24);
    m_choiceFilters << ChoiceFilter{combo, column, allText};
    m_filters->addWidget(combo);
    refillChoices(combo);
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo, column] { m_proxy->setColumnFilter(column, combo->currentData()); });
    // The values come and go with the records.
    connect(m_model, &QAbstractItemModel::modelReset, combo, [this, combo] { refillChoices(combo); });
    return combo;
}

bool TablePage::chooseFilter(int column, const QVariant &value)
{
    for (const ChoiceFilter &filter : std::as_const(m_choiceFilters)) {
        if (filter.column != column)
            continue;
        const int index = value.isValid() ? filter.combo->findData(value) : 0;
        if (index < 0)
            return false;
        filter.combo->setCurrentIndex(index);
        return true;
    }
    return false;
}

void TablePage::clearChoiceFilters()
{
    for (const ChoiceFilter &filter : std::as_const(m_choiceFilters))
        filter.combo->setCurrentIndex(0);
}

void TablePage::refillChoices(QComboBox *combo)
{
    const auto filter = std::find_if(m_choiceFilters.cbegin(), m_choiceFilters.cend(),
                                     [combo](const ChoiceFilter &f) { return f.combo == combo; });
    if (filter == m_choiceFilters.cend())
        return;
    struct Choice
    {
        QVariant value;
        QString text;
        QColor colour; // a sector's, shown as in the table
    };
    // Each value is looked up by its type and text, and named once: a long list repeats a few
    // values many times.
    QList<Choice> found;
    QSet<std::pair<int, QString>> seen;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, filter->column);
        const QVariant value = index.data(StoreTableModel::SortRole);
        const std::pair<int, QString> key{value.typeId(), value.toString()};
        if (seen.contains(key))
            continue;
        seen.insert(key);
        const QString text = index.data(Qt::DisplayRole).toString();
        if (!text.isEmpty())
            found << Choice{value, text, index.data(Qt::DecorationRole).value<QColor>()};
    }
    // Kinds and statuses in their own order (their raw values are numbers), names in the
    // language's alphabet.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(found.begin(), found.end(), [&collator](const Choice &a, const Choice &b) {
        if (a.value.typeId() == QMetaType::Int && b.value.typeId() == QMetaType::Int)
            return a.value.toInt() < b.value.toInt();
        return collator.compare(a.text, b.text) < 0;
    });

    const QVariant chosen = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(QCoreApplication::translate("pepin::MainWindow", filter->allText));
    for (const Choice &choice : found) {
        if (choice.colour.isValid())
            combo->addItem(choices::swatch(choice.colour), choice.text, choice.value);
        else
            combo->addItem(choice.text, choice.value);
    }
    const int index = chosen.isValid() ? combo->findData(chosen) : 0;
    combo->setCurrentIndex(std::max(index, 0));
    // A value no longer there no longer filters.
    m_proxy->setColumnFilter(filter->column, combo->currentData());
}

void TablePage::setDayFilter(const char *label, DayTest test, QDate initial)
{
    setDayFilter(label, DayFilter([test = std::move(test)](QDate day) -> SearchFilterModel::RowTest {
                     return [test, day](int row) { return test(row, day); };
                 }),
                 initial);
}

void TablePage::setDayFilter(const char *label, DayFilter filter, QDate initial)
{
    m_dayChoices = {DayChoice{label, std::move(filter)}};
    m_dayBox = new QCheckBox(this);
    m_filters->addWidget(m_dayBox);
    connect(m_dayBox, &QCheckBox::toggled, this, &TablePage::applyDayFilter);
    addDayDate(initial);
}

void TablePage::setDayFilters(const char *anyText, QList<DayChoice> choices, QDate initial)
{
    m_dayAnyText = anyText;
    m_dayChoices = std::move(choices);
    m_dayChoice = new QComboBox(this);
    m_dayChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_dayChoice->addItem(QString());
    for (qsizetype i = 0; i < m_dayChoices.size(); ++i)
        m_dayChoice->addItem(QString());
    m_filters->addWidget(m_dayChoice);
    connect(m_dayChoice, &QComboBox::currentIndexChanged, this, &TablePage::applyDayFilter);
    addDayDate(initial);
}

void TablePage::addDayDate(QDate initial)
{
    m_dayDate = new QDateEdit(initial, this);
    m_dayDate->setCalendarPopup(true);
    m_dayDate->setEnabled(false);
    m_filters->addWidget(m_dayDate);
    connect(m_dayDate, &QDateEdit::dateChanged, this, &TablePage::applyDayFilter);
    // The test of a day follows the records: a lease added makes a tenant.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_dayDate->isEnabled())
            applyDayFilter();
    });
    translateFixedTexts();
}

void TablePage::applyDayFilter()
{
    const int chosen = m_dayBox ? (m_dayBox->isChecked() ? 0 : -1) : m_dayChoice->currentIndex() - 1;
    m_dayDate->setEnabled(chosen >= 0);
    if (chosen < 0 || chosen >= m_dayChoices.size()) {
        m_proxy->setRowTest({});
        return;
    }
    m_proxy->setRowTest(m_dayChoices.at(chosen).filter(m_dayDate->date()));
}

QByteArray TablePage::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

bool TablePage::restoreHeaderState(const QByteArray &state)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state))
        return false;
    // The indicator comes back without a sort: the rows follow it here.
    m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_columnsFitted = true;
    fitHeaderHeight();
    return true;
}

void TablePage::setNewText(const QString &text)
{
    m_newText = text;
    m_new->setText(text);
}

QList<int> TablePage::selectedRows() const
{
    QList<QModelIndex> selected = m_view->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<int> rows;
    for (const QModelIndex &index : selected)
        rows << m_proxy->mapToSource(index).row();
    return rows;
}

void TablePage::selectRow(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QMenu *TablePage::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const QList<int> rows = selectedRows();
    if (m_actions.edit && rows.size() == 1) {
        QAction *edit = menu->addAction(tr("Edit…"), this, [this, row = rows.first()] { m_actions.edit(row); });
        edit->setObjectName(QStringLiteral("edit"));
        menu->setDefaultAction(edit);
    }
    for (const Actions::RowAction &extra : std::as_const(m_actions.rowActions)) {
        if (rows.size() != 1 || (extra.applies && !extra.applies(rows.first())))
            continue;
        QAction *action = menu->addAction(extra.text(rows.first()), this, [run = extra.run, row = rows.first()] { run(row); });
        action->setObjectName(extra.name);
    }
    if (m_actions.setArchived && m_actions.isArchived && !rows.isEmpty()) {
        // Restore when every record chosen is archived, else archive those that are not.
        const bool allArchived = std::all_of(rows.cbegin(), rows.cend(), [this](int row) { return m_actions.isArchived(row); });
        QAction *archive = menu->addAction(allArchived ? tr("Restore") : tr("Archive"), this, [this, rows, allArchived] {
            m_actions.setArchived(rows, !allArchived);
        });
        archive->setObjectName(allArchived ? QStringLiteral("restore") : QStringLiteral("archive"));
    }
    if (m_actions.remove && !rows.isEmpty()) {
        QAction *remove = menu->addAction(tr("Remove…"), this, [this, rows] { m_actions.remove(rows); });
        remove->setObjectName(QStringLiteral("remove"));
    }
    if (m_actions.create) {
        if (!menu->isEmpty())
            menu->addSeparator();
        QAction *create = menu->addAction(m_newText, this, [this] { m_actions.create(); });
        create->setObjectName(QStringLiteral("new"));
    }
    if (m_actions.exportView) {
        if (!menu->isEmpty())
            menu->addSeparator();
        QAction *exportView = menu->addAction(tr("Export this view…"), this, [this] { m_actions.exportView(); });
        exportView->setObjectName(QStringLiteral("exportView"));
    }
    return menu;
}

QMenu *TablePage::createColumnMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    QHeaderView *header = m_view->horizontalHeader();
    int shown = 0;
    for (int column = 0; column < header->count(); ++column)
        shown += header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < header->count(); ++column) {
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last column shown stays: a table without columns shows nothing to click on.
        action->setEnabled(header->isSectionHidden(column) || shown > 1);
        connect(action, &QAction::toggled, this, [this, header, column](bool visible) {
            header->setSectionHidden(column, !visible);
            if (visible && header->sectionSize(column) < header->sectionSizeHint(column))
                header->resizeSection(column, header->sectionSizeHint(column));
        });
    }
    // The widths the page would choose now, in place of those the user set (or kept from an
    // earlier session).
    menu->addSeparator();
    QAction *fit = menu->addAction(tr("Fit the columns to the window"));
    fit->setObjectName(QStringLiteral("fitColumns"));
    connect(fit, &QAction::triggered, this, &TablePage::fitColumns);
    return menu;
}

void TablePage::editCurrent()
{
    const QList<int> rows = selectedRows();
    if (m_actions.edit && rows.size() == 1)
        m_actions.edit(rows.first());
}

void TablePage::removeSelected()
{
    const QList<int> rows = selectedRows();
    if (m_actions.remove && !rows.isEmpty())
        m_actions.remove(rows);
}

void TablePage::setDetails(Describe describe)
{
    m_describe = std::move(describe);
    if (!m_details) {
        m_details = new QTextBrowser(m_splitter);
        m_details->setObjectName(QStringLiteral("details"));
        m_details->setOpenExternalLinks(true);
        m_details->setFrameShape(QFrame::NoFrame);
        m_details->document()->setDocumentMargin(10);
        m_details->setMinimumWidth(260);
        m_splitter->addWidget(m_details);
        m_splitter->setStretchFactor(0, 3);
        m_splitter->setStretchFactor(1, 1);
        m_splitter->setSizes({880, 350});
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TablePage::showDetails);
        // The model reads the database again after every change: so do the details.
        connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePage::showDetails);
        connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePage::showDetails);
    }
    showDetails();
}

void TablePage::showDetails()
{
    if (!m_details)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>")
                               .arg(palette().color(QPalette::Disabled, QPalette::Text).name(),
                                    tr("Choose a row to see its details here.").toHtmlEscaped()));
        return;
    }
    m_details->setHtml(m_describe(m_proxy->mapToSource(current).row()));
}

void TablePage::retranslate()
{
    showDetails();
    for (const ChoiceFilter &filter : std::as_const(m_choiceFilters))
        refillChoices(filter.combo);
    translateFixedTexts();
}

void TablePage::translateFixedTexts()
{
    if (m_dayBox && !m_dayChoices.isEmpty())
        m_dayBox->setText(QCoreApplication::translate("pepin::MainWindow", m_dayChoices.first().label));
    if (m_dayChoice) {
        m_dayChoice->setItemText(0, QCoreApplication::translate("pepin::MainWindow", m_dayAnyText));
        for (qsizetype i = 0; i < m_dayChoices.size(); ++i)
            m_dayChoice->setItemText(int(i) + 1, QCoreApplication::translate("pepin::MainWindow", m_dayChoices.at(i).label));
    }
    if (m_dayDate) {
        QString format = QLocale().dateFormat(QLocale::ShortFormat);
        if (!format.contains(QLatin1String("yyyy")))
            format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        m_dayDate->setDisplayFormat(format);
    }
    m_showArchived->setText(tr("Show archived"));
    m_showArchived->setToolTip(tr("List the archived records too, to look them up or restore them"));
}

QString TablePage::statusText() const
{
    return m_model->summary(m_proxy->rowCount());
}

QString TablePage::keyFigure() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    return current.isValid() ? m_model->keyFigure(current.row()) : QString();
}

void TablePage::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    // QTableView hides its override of this public function of the base class.
    const QAbstractItemView *view = m_view;
    const QFontMetrics metrics(header->font());

    // The columns shown share the width; hidden ones keep theirs for when they come back.
    QList<int> shown;
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            shown << column;
    }
    const qsizetype count = shown.size();

    // What each column holds, and the least it may have: its header's text on one line, or on
    // two when the columns do not all fit otherwise. The header's own size hint also keeps room
    // for a sort arrow, which only the sorted column draws: its title stays on one line.
    QList<int> content(count);
    QList<int> least(count);
    QList<int> leastFolded(count);
    for (qsizetype i = 0; i < count; ++i) {
        const int column = shown.at(i);
        const QString title = m_view->model()->headerData(column, Qt::Horizontal).toString();
        const bool sorted = column == header->sortIndicatorSection();
        least[i] = sorted ? header->sectionSizeHint(column) : oneLineTitleWidth(column);
        leastFolded[i] = sorted ? least[i] : twoLineWidth(metrics, title) + titleRoom();
        content[i] = view->sizeHintForColumn(column);
    }

    // The width the columns may share: the viewport's, less a vertical scroll bar's when
    // the rows are about to need one.
    int available = m_view->viewport()->width();
    if (!m_view->verticalScrollBar()->isVisible() && m_view->verticalHeader()->length() > m_view->viewport()->height())
        available -= m_view->verticalScrollBar()->sizeHint().width();

    auto widths = [&](int gap) {
        QList<int> list(count);
        for (qsizetype i = 0; i < count; ++i)
            list[i] = std::max(content[i], least[i]) + gap;
        return list;
    };
    // Titles go on two lines, those that give most width first, until the columns fit.
    const auto sum = [](const QList<int> &list) { return std::accumulate(list.cbegin(), list.cend(), 0); };
    QList<qsizetype> byGain(count);
    std::iota(byGain.begin(), byGain.end(), 0);
    const auto gain = [&](qsizetype i) { return std::max(content[i], least[i]) - std::max(content[i], leastFolded[i]); };
    std::stable_sort(byGain.begin(), byGain.end(), [&](qsizetype a, qsizetype b) { return gain(a) > gain(b); });
    int excess = sum(widths(0)) - available;
    for (auto i = byGain.cbegin(); excess > 0 && i != byGain.cend() && gain(*i) > 0; ++i) {
        excess -= gain(*i);
        least[*i] = leastFolded[*i];
    }
    // Air between neighbouring columns, so that a right-aligned figure does not run into the
    // text of the next one; only as much as the width allows.
    const int tight = sum(widths(0));
    const int gap = std::clamp(int((available - tight) / std::max<qsizetype>(count, 1)), 0, metrics.averageCharWidth() * 2);
    QList<int> wanted = widths(gap);

    const int limit = sum(wanted) > available ? widthLimit(wanted, available) : std::numeric_limits<int>::max();
    for (qsizetype i = 0; i < count; ++i)
        header->resizeSection(shown.at(i), std::max(least[i], std::min(wanted[i], limit)));
    fitHeaderHeight();
    m_columnsFitted = true;
}

void TablePage::fitHeaderHeight()
{
    QHeaderView *header = m_view->horizontalHeader();
    bool folded = false;
    for (int column = 0; column < header->count() && !folded; ++column)
        folded = !header->isSectionHidden(column) && header->sectionSize(column) < oneLineTitleWidth(column);
    // The header's own height is a line's: a second line when a title needs it.
    header->setMinimumHeight(folded ? header->sizeHint().height() + header->fontMetrics().lineSpacing() : 0);
}

int TablePage::oneLineTitleWidth(int column) const
{
    const QString title = m_view->model()->headerData(column, Qt::Horizontal).toString();
    return m_view->horizontalHeader()->fontMetrics().horizontalAdvance(title) + titleRoom();
}

int TablePage::titleRoom() const
{
    // Both paddings, and the section's borders.
    return 2 * headerPadding() + 4;
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
        retranslate();
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
