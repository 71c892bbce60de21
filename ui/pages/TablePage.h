// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;

namespace pepin {

class SearchFilterModel;
class StoreTableModel;

// A page of the main window that lists records: a search field above a sortable table. The
// page owns its model and the filtering proxy between them.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    // Takes ownership of `model`; rows are first sorted on `sortColumn`.
    explicit TablePage(StoreTableModel *model, int sortColumn = 0, QWidget *parent = nullptr);

    StoreTableModel *model() const { return m_model; }
    SearchFilterModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

    void setSearchPlaceholder(const QString &text);

    // What the status bar says while the page is shown.
    QString statusText() const;

    // Sizes the columns to what they hold; when that is wider than the table, the widest
    // columns give up width (their text elided, whole in a tool tip) so that every column
    // stays in sight.
    void fitColumns();

signals:
    void statusTextChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The room on each side of a column's title, so that it lines up with the cells' text.
    int headerPadding() const;

    StoreTableModel *m_model;
    SearchFilterModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
    bool m_columnsFitted = false;
};

} // namespace pepin
