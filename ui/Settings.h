// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/CsvFormat.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace pepin {

// What belongs to this user's desk rather than to the incubator's data, kept with QSettings:
// the interface language, the CSV preset offered first, how far ahead alerts look, and how the
// window and its tables were arranged. What belongs to the incubator (a site's maximum stay and
// progressive rent schedule) lives in the database, shared by everyone who opens it, and is
// changed through the Store like any record.
//
// Each value read falls back to its default when nothing (or nothing usable) is stored.
class Settings
{
public:
    Settings() = default;

    // "fr" or "en"; empty: the system's language.
    QString language() const;
    void setLanguage(const QString &language);

    // The preset the export dialog starts with: as chosen, else the one a spreadsheet of the
    // interface language reads right (Excel (France) in French, Standard otherwise).
    CsvFormat::Preset csvPreset() const;
    void setCsvPreset(CsvFormat::Preset preset);
    // Whether a preset was chosen, rather than following the language.
    bool hasCsvPreset() const;
    void clearCsvPreset();

    // How many months ahead alerts are shown (figures/Alerts.h), 0 to 60.
    int alertMonths() const;
    void setAlertMonths(int months);
    static constexpr int maxAlertMonths = 60;

    // How many daily backups of a database are kept beside it (storage/Backups.h), 0 to
    // maxBackupsToKeep; 0 makes none.
    int backupsToKeep() const;
    void setBackupsToKeep(int count);
    static constexpr int maxBackupsToKeep = 365;

    // A table page's column order, widths, hidden columns and sort (QHeaderView::saveState).
    QByteArray tableHeaderState(const QString &pageId) const;
    void setTableHeaderState(const QString &pageId, const QByteArray &state);
    // How a table page shares its width with its details panel (QSplitter::saveState).
    QByteArray tableSplitterState(const QString &pageId) const;
    void setTableSplitterState(const QString &pageId, const QByteArray &state);

    // The sidebar page shown last ("companies").
    QString lastPage() const;
    void setLastPage(const QString &pageId);

private:
    QSettings m_settings;
};

} // namespace pepin
