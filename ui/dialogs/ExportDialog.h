// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/CsvFormat.h"
#include "csv/Exporter.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace pepin {

class Store;

// Exports a list of the store to a CSV file: the tenant list at a date, the companies, the
// offices, the leases, the occupancy by month over a period or the sector mix at a date, or the
// table of the page shown, as it is shown (see ViewExport), in one of the exporter's presets.
// Each choice shows the fields it needs: a date, a period, a site. A long export shows a progress bar
// with a Cancel button; a cancelled export leaves no file behind (nor touches a file it was to
// replace). The result is reported through MessageBox, so tests are never stopped by it, and
// they set the file in pathEdit() rather than going through the file dialog.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // The store must outlive the dialog.
    ExportDialog(Store &store, const Clock &clock, QWidget *parent = nullptr);

    // What is exported when the current view is not chosen.
    Exporter::Kind kind() const;
    void setKind(Exporter::Kind kind);

    // Offers "The current table as shown" for `view`, the table of the page `title`; `fileName`
    // is the suggested file's name before its date. The view must outlive the export.
    void setView(QTableView *view, const QString &title, const QString &fileName);
    // Chooses the current table; false when none was offered.
    bool chooseView();
    bool viewChosen() const;

    CsvFormat::Preset preset() const;
    void setPreset(CsvFormat::Preset preset);
    QString path() const;

    QComboBox *kindCombo() const { return m_kind; }
    QDateEdit *dateEdit() const { return m_date; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *siteCombo() const { return m_site; }
    // A choice that needs no date, period or site hides their rows: their fields are then
    // hidden (isHidden()) and disabled.
    QComboBox *presetCombo() const { return m_preset; }
    QLabel *presetExplanation() const { return m_explanation; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *browseButton() const { return m_browse; }
    QPushButton *exportButton() const { return m_export; }
    // The progress dialog of the export under way, else null.
    QProgressDialog *progressDialog() const { return m_progress; }

    // Writes the file chosen and reports how it went; closes the dialog once written. A
    // cancelled export keeps the dialog open, without a message: the user asked for it.
    Status exportNow();

signals:
    // After each row written, while the export runs.
    void progressed(qint64 done, qint64 total);

private:
    void chooseFile();
    void updateChoices();
    QString suggestedFileName() const;

    Store &m_store;
    Clock m_clock;
    QComboBox *m_kind;
    QDateEdit *m_date;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_site;
    QFormLayout *m_form = nullptr;
    QLayout *m_period = nullptr;
    QPointer<QTableView> m_view;
    QString m_viewFileName;
    QComboBox *m_preset;
    QLabel *m_explanation;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export = nullptr;
    QProgressDialog *m_progress = nullptr;
    // The name last suggested: replaced when the kind or the date changes, unless the user
    // chose another one.
    QString m_suggested;
};

} // namespace pepin
