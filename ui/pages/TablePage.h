// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/SearchFilterModel.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace pepin {

class StoreTableModel;

// A page of the main window that lists records: a search field and a button for a new record
// above a sortable table, where rows can be chosen several at a time, opened by a double click
// and acted on from a context menu. The page owns its model and the filtering proxy between
// them; what the actions do is the main window's business, given by setActions().
class TablePage : public QWidget
{
    Q_OBJECT

public:
    // What can be done with the page's records; rows are the model's (not the proxy's). An
    // action left empty is not offered.
    struct Actions
    {
        std::function<void()> create;
        std::function<void(int row)> edit;
        std::function<void(const QList<int> &rows)> remove;
        // For records that are archived rather than removed when their history matters.
        std::function<bool(int row)> isArchived;
        std::function<void(const QList<int> &rows, bool archive)> setArchived;
        // Exports the table as shown: its rows as filtered and sorted, its columns as arranged.
        std::function<void()> exportView;
        // More to do with one record, offered after Edit when it applies ("Assign an office…").
        struct RowAction
        {
            std::function<QString(int row)> text; // translated when the menu opens, may name the record
            QString name;                  // the action's object name
            std::function<bool(int row)> applies;
            std::function<void(int row)> run;
        };
        QList<RowAction> rowActions;
    };

    // Takes ownership of `model`; rows are first sorted on `sortColumn`, or left in the model's
    // order when it is -1.
    explicit TablePage(StoreTableModel *model, int sortColumn = 0, QWidget *parent = nullptr,
                       Qt::SortOrder order = Qt::AscendingOrder);

    void setActions(Actions actions);

    // A list above the table that keeps the rows of one value of `column` ("All sites",
    // "Ateliers numériques"…). `allText` is the English source of its first entry, marked in
    // the main window's context.
    QComboBox *addChoiceFilter(int column, const char *allText);
    // Keeps the rows of `value` in the choice filter of `column` (a null value: all of them);
    // false when the page has no such filter or the value is not among its choices.
    bool chooseFilter(int column, const QVariant &value);
    // Sets every choice filter to "All…".
    void clearChoiceFilters();
    // A day above the table, off until chosen, that keeps the rows for which a test holds on it
    // ("Active on 01/03/2026"). Labels are English sources marked in the main window's context.
    //
    // A DayFilter is given the day and returns the test of each row on it, so that a figure over
    // every record (the tenants on that day) is computed once per day chosen, not once per row;
    // it is asked again whenever the records change.
    using DayTest = std::function<bool(int row, QDate day)>;
    using DayFilter = std::function<SearchFilterModel::RowTest(QDate day)>;
    struct DayChoice
    {
        const char *label;
        DayFilter filter;
    };
    // One test: a check box that turns it on.
    void setDayFilter(const char *label, DayTest test, QDate initial);
    void setDayFilter(const char *label, DayFilter filter, QDate initial);
    // Several: a list of them, whose first entry, `anyText`, keeps every row.
    void setDayFilters(const char *anyText, QList<DayChoice> choices, QDate initial);
    QCheckBox *dayFilterBox() const { return m_dayBox; }
    QComboBox *dayFilterChoice() const { return m_dayChoice; }
    QDateEdit *dayFilterDate() const { return m_dayDate; }

    // The columns' order, widths, visibility and the sort, as QHeaderView saves them.
    QByteArray headerState() const;
    // Puts them back; returns false (and leaves the columns as they are) for a state that
    // cannot be read. Columns restored are not fitted again when the page is first shown.
    bool restoreHeaderState(const QByteArray &state);
    // Whether the columns have been laid out (fitted on first show, or restored): only then is
    // their state worth keeping.
    bool columnsArranged() const { return m_columnsFitted; }
    // A panel beside the table that shows the current row's details: `describe` gives the rich
    // text for a row of the model. Shown again when the row or the data change.
    using Describe = std::function<QString(int row)>;
    void setDetails(Describe describe);
    QTextBrowser *details() const { return m_details; }
    QSplitter *splitter() const { return m_splitter; }

    // The text of the button and menu entry that create a record ("New company…").
    void setNewText(const QString &text);

    // The model's rows selected in the view, in the view's order.
    QList<int> selectedRows() const;
    // Selects the row of the model (if a filter does not hide it).
    void selectRow(int row);

    // The menu for the rows selected now; the caller owns it. Shown on a right click.
    QMenu *createContextMenu(QWidget *parent = nullptr);
    // The header's menu, to show or hide each column, then to fit them all to the window.
    QMenu *createColumnMenu(QWidget *parent = nullptr);

    QPushButton *newButton() const { return m_new; }
    QCheckBox *showArchivedBox() const { return m_showArchived; }

    StoreTableModel *model() const { return m_model; }
    SearchFilterModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

    void setSearchPlaceholder(const QString &text);

    // What the status bar says while the page is shown.
    QString statusText() const;
    // The key figure of the current row (StoreTableModel::keyFigure); empty without one.
    QString keyFigure() const;

    // Sizes the columns to what they hold; when that is wider than the table, titles wider than
    // their column's content go on two lines, those that give most first, and then the widest
    // columns give up width (their text elided, whole in a tool tip) so that every column
    // stays in sight.
    void fitColumns();
    // The width a column's title takes beside its text: both paddings and the section's borders.
    int titleRoom() const;

signals:
    void statusTextChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The room on each side of a column's title, so that it lines up with the cells' text.
    int headerPadding() const;
    // The header two lines high when a column is narrower than its title on one, one otherwise.
    void fitHeaderHeight();
    // The width a column needs for its title on one line, without a sort arrow.
    int oneLineTitleWidth(int column) const;
    // Every text in the current language: the fixed ones (translateFixedTexts), the choices'
    // and the details'.
    void retranslate();
    void translateFixedTexts();
    void showDetails();
    void editCurrent();
    void removeSelected();
    // Fills a choice filter with the values its column holds now, keeping the one chosen.
    void refillChoices(QComboBox *combo);
    void applyDayFilter();
    void addDayDate(QDate initial);

    struct ChoiceFilter
    {
        QComboBox *combo;
        int column;
        const char *allText;
    };

    StoreTableModel *m_model;
    SearchFilterModel *m_proxy;
    QLineEdit *m_search;
    QCheckBox *m_showArchived;
    QPushButton *m_new;
    QHBoxLayout *m_filters;
    QList<ChoiceFilter> m_choiceFilters;
    QCheckBox *m_dayBox = nullptr;
    QComboBox *m_dayChoice = nullptr;
    QDateEdit *m_dayDate = nullptr;
    const char *m_dayAnyText = nullptr;
    QList<DayChoice> m_dayChoices;
    QTableView *m_view;
    QSplitter *m_splitter = nullptr;
    QTextBrowser *m_details = nullptr;
    Describe m_describe;
    Actions m_actions;
    QString m_newText;
    bool m_columnsFitted = false;
};

} // namespace pepin
