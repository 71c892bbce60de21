// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/CsvFormat.h"
#include "storage/AuditLog.h"
#include "util/Result.h"

#include <QMetaObject>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

namespace pepin {

class DateField;
class HistoryModel;
class Store;

// The change history of the open database (AuditLog), newest first, in a window of its own
// that stays open beside the main one: when, who, what was done and to which record, and for
// the entry chosen each field it changed, before and after. Filters narrow it to a kind of
// record, a user, a period, a record's name, or one record (the table pages' "History of …").
// It is there to read and export: nothing in it changes the database.
//
// It follows the database: it reads the history again when a change is committed (while hidden,
// when shown next) and when the window opens another database (setStore). At most limit()
// entries are listed, the newest, and the window says when there are more; the export writes
// every entry the filters keep.
class HistoryWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int defaultLimit = 5000;

    // The store must outlive the window, or at least its switch to another one.
    explicit HistoryWindow(Store &store, QWidget *parent = nullptr);

    // Goes over to another database: its history, every filter but the one on a record kept.
    void setStore(Store &store);

    // Shows only the changes to one record; `label` names it in the bar above the table.
    void showRecord(const QString &entity, qint64 recordId, const QString &label);
    // Lifts the filter on one record.
    void showAllRecords();
    bool showsOneRecord() const { return m_recordId > 0; }

    // The filters as the window has them now (without the limit).
    AuditLog::Filter filter() const;

    int limit() const { return m_limit; }
    void setLimit(int limit);
    // Whether more entries than limit() match the filters.
    bool hasMore() const { return m_hasMore; }

    // Reads the history again.
    void reload();

    // Writes every entry the filters keep to a CSV file in the chosen preset (presetCombo()), as
    // AuditLog::writeCsv does; reports how it went through MessageBox. The file is replaced
    // whole or left as it was.
    Status exportTo(const QString &path);

    HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The entry chosen: what was done, to which record, by whom and when, and a table of the
    // fields it changed (field, before, after).
    QTextBrowser *details() const { return m_details; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *userCombo() const { return m_user; }
    DateField *fromField() const { return m_from; }
    DateField *toField() const { return m_to; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *recordBar() const { return m_recordText; }
    QLabel *statusLabel() const { return m_status; }
    QComboBox *presetCombo() const { return m_preset; }
    QPushButton *exportButton() const { return m_export; }

    // Selects the entry on `row` of the model, and shows its changes.
    void selectRow(int row);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void watch(Store &store);
    void scheduleReload();
    void showEntry();
    void fillUsers();
    void fitColumns();
    void retranslate();
    void updateStatus();
    void chooseExportFile();

    Store *m_store;
    QMetaObject::Connection m_watching;
    HistoryModel *m_model;
    QComboBox *m_type;
    QComboBox *m_user;
    QLabel *m_fromLabel;
    DateField *m_from;
    QLabel *m_toLabel;
    DateField *m_to;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QWidget *m_recordBar;
    QLabel *m_recordText;
    QPushButton *m_allRecords;
    QTableView *m_view;
    QTextBrowser *m_details;
    QLabel *m_status;
    QLabel *m_presetLabel;
    QComboBox *m_preset;
    QPushButton *m_export;
    QPushButton *m_close;

    QString m_recordEntity;
    qint64 m_recordId = 0;
    QString m_recordLabel;
    int m_limit = defaultLimit;
    bool m_hasMore = false;
    bool m_stale = false;
    QString m_loadError;
    QSet<QString> m_users;
};

} // namespace pepin
