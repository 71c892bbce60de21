// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace pepin {

// File ▸ Restore from a backup…: the backups kept beside the database (storage/Backups.h), newest
// first, with when each was made, why, and its size; or another file chosen by hand (a copy saved
// with File ▸ Save a copy, or made by pepin-cli backup). Restore asks first, saying that the data
// as it is now is kept as a backup, then asks the window to restore (restoreRequested); the window
// closes the dialog when it is done. Tests choose a backup and answer the question through
// MessageBox.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QString &databasePath, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *otherFileButton() const { return m_otherFile; }

    // The backup chosen: the row selected, or the file chosen by hand.
    QString chosen() const;
    // Chooses a file by hand, as "Another file…" does (tests skip the file dialog).
    void chooseFile(const QString &path);

public slots:
    // Asks, then requests the restore; returns whether it was requested.
    bool restore();

signals:
    void restoreRequested(const QString &backup);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslate();
    void updateButtons();

    QString m_databasePath;
    QString m_otherPath;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_otherFile;
    QPushButton *m_restore;
    QDialogButtonBox *m_buttons;
};

} // namespace pepin
