// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/CsvPreview.h"
#include "csv/ImportResult.h"
#include "csv/Importer.h"
#include "util/Clock.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pepin {

class Editing;

// Imports offices, companies or leases from a CSV file (DESIGN.md §5), as one undoable step.
//
// The file is read at once as the import will read it: its encoding and delimiter, detected and
// shown (either can be changed, and the preview is read again), and its first rows under a row
// of choices that say which field each column goes to, prefilled from the header's names and
// aliases. Check runs the import as a dry run and lists each problem with its line and column;
// Import runs it through the Importer, all or nothing unless "skip invalid rows" is ticked, and
// pushes it on the undo stack; the dialog then stays open with the summary, and the problems of
// any rows skipped. Nothing here validates a value: the Importer does, the same way as the
// command line's.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // A choice of the encoding box.
    enum class Encoding { Utf8, Utf8Bom, Windows1252 };

    // The session must outlive the dialog.
    ImportDialog(Editing &editing, const Clock &clock, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads the file's start again, with the encoding and the delimiter detected.
    void setPath(const QString &path);
    QString path() const;
    ImportKind kind() const;
    void setKind(ImportKind kind);
    Encoding encoding() const;
    void setEncoding(Encoding encoding);
    QChar delimiter() const;
    void setDelimiter(QChar delimiter);
    // What each column of the file goes to: a canonical column name, or empty when ignored.
    QStringList mapping() const;
    void setMapping(int column, const QString &name);

    const CsvPreview &preview() const { return m_preview; }
    // The last check or import, if any since the choices last changed.
    const std::optional<ImportResult> &result() const { return m_result; }
    bool imported() const { return m_imported; }

    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *browseButton() const { return m_browse; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QLabel *fileLabel() const { return m_fileLabel; }
    // The mapping on its first row, then one row per row of the file.
    QTableWidget *previewTable() const { return m_table; }
    QComboBox *mappingCombo(int column) const;
    QCheckBox *skipInvalidBox() const { return m_skipInvalid; }
    QLabel *summaryLabel() const { return m_summary; }
    // Line, column and problem of each error, then of each note.
    QTableWidget *problemsTable() const { return m_problems; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *importButton() const { return m_import; }

    // A dry run: what the import would do, every problem listed.
    ImportResult check();
    // Imports the file as one undoable step (when something is written), and shows the summary.
    ImportResult importNow();

private:
    void chooseFile();
    void readFile(bool detect);
    void fillPreview();
    void fillMapping();
    void updatePreviewHeader();
    void mappingChanged();
    void guessKind();
    void showResult(const ImportResult &result, bool dryRun);
    void clearResult();
    void updateButtons();
    Importer::Options options(bool dryRun) const;
    CsvReader::Options readerOptions() const;
    void markDetected();

    Editing &m_editing;
    Clock m_clock;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_kind;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_fileLabel;
    QTableWidget *m_table;
    QLabel *m_mappingNote;
    QCheckBox *m_skipInvalid;
    QLabel *m_summary;
    QTableWidget *m_problems;
    QDialogButtonBox *m_buttons;
    QPushButton *m_check = nullptr;
    QPushButton *m_import = nullptr;

    CsvPreview m_preview;
    QString m_readPath;          // the file the preview is of
    QStringList m_headerMapping; // what the header alone maps to, for the kind shown
    bool m_kindChosen = false;   // the user chose the kind: loading a file does not guess it
    bool m_filling = false;      // the dialog sets its own boxes: not a user's change
    std::optional<ImportResult> m_result;
    bool m_imported = false;
};

} // namespace pepin
