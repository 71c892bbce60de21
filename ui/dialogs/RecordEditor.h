// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Clock.h"
#include "util/Result.h"

#include <QColor>
#include <QDialog>
#include <QHash>
#include <QStringList>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace pepin {

class Editing;
class Store;

// What the editors of records share: a form whose rows each show, under the field, what is
// wrong with it and how to put it right; a line at the top for what concerns no one field;
// Save and Cancel.
//
// Save checks the form with the core's rules first, then writes through an undoable command;
// any problem, from either, marks its field and the dialog stays open, with nothing written.
// It closes only when the write succeeded. Tests fill the fields and call save() or click the
// Save button, on a dialog that need not even be shown.
class RecordEditor : public QDialog
{
    Q_OBJECT

public:
    RecordEditor(Editing &editing, const Clock &clock, QWidget *parent = nullptr);

    QPushButton *saveButton() const { return m_save; }

    // What the dialog says about `field` now ("" for the line at the top); empty if nothing.
    QString problemText(const QString &field) const;
    // The fields marked as wrong now.
    QStringList markedFields() const;
    // The editor widget of a field, as the core's problems name it ("start", "siret").
    QWidget *fieldWidget(const QString &field) const;

    // The colours of a problem on a form: its text, and the background of the field at fault.
    // Readable on the light backgrounds of the usual themes, and distinct from a link's blue.
    static const QColor problemColour;
    static const QColor problemBase;
    // Makes `banner` the framed line above a form that says why it cannot be saved (hidden
    // until there is something to say).
    static void styleProblemBanner(QLabel *banner);

public slots:
    // Checks, writes and closes; returns whether it was written.
    bool save();

protected:
    // The form's problems before anything is written: the typed text that cannot be read, and
    // the core's rules on the record read from the form.
    virtual QList<Problem> check() = 0;
    // Writes the record read by check() through an undoable command.
    virtual Status write() = 0;
    // Reads the record again as it is stored now and shows it in the form; false when there is
    // nothing to read again (a new record, or one removed since).
    virtual bool reload() { return false; }

    // Adds a form row: its label (marked when required), the editor, and room under it for a
    // message about any of `fields`.
    void addRow(const QString &label, QWidget *editor, const QStringList &fields, bool required = false);
    // Shows or hides a row added by addRow().
    void setRowVisible(QWidget *editor, bool visible);
    // A note under a field that is not a problem ("B12 has no reference rent").
    void setNote(const QString &field, const QString &text);
    QLabel *rowLabel(QWidget *editor) const;
    // The notes of a record as the form gives them: `stored` itself while the field shows them
    // unchanged, so that saving a record never alters notes that came from elsewhere (a CSV
    // file's CR LF, a separator that the field shows as a line break); else the text in the
    // field, its ends trimmed, its lines ended by LF, its no-break spaces kept (toPlainText()
    // would make them plain spaces).
    static QString notesText(const QPlainTextEdit *edit, const QString &stored);

    void clearProblems();
    void showProblems(const QList<Problem> &problems);

    Editing &editing() const { return m_editing; }
    Store &store() const;
    QDate today() const { return m_clock.today(); }

    // The text of a required label: the field's name and a mark.
    static QString required(const QString &label);

private:
    struct Row
    {
        QWidget *editor = nullptr;
        QWidget *container = nullptr;
        QLabel *message = nullptr;
        QLabel *label = nullptr;
    };

    void mark(Row &row, const QString &text);
    // After a save refused because someone else changed the record meanwhile: offers to show the
    // record as it is now (the form's changes are then lost) or to keep the form as it is.
    void offerReload(const QString &why);

    Editing &m_editing;
    Clock m_clock;
    QLabel *m_banner;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfField;
    QHash<QString, QString> m_problems; // field → message shown
};

} // namespace pepin
