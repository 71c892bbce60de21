// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include "figures/Alerts.h"
#include "storage/Backups.h"

#include <QLocale>

#include <algorithm>

namespace pepin {

namespace {

const QString languageKey = QStringLiteral("interface/language");
const QString csvPresetKey = QStringLiteral("export/csvPreset");
const QString alertMonthsKey = QStringLiteral("alerts/months");
const QString backupsToKeepKey = QStringLiteral("backups/keep");
const QString lastPageKey = QStringLiteral("window/page");

QString headerKey(const QString &pageId)
{
    return QStringLiteral("tables/%1/header").arg(pageId);
}

QString splitterKey(const QString &pageId)
{
    return QStringLiteral("tables/%1/splitter").arg(pageId);
}

QString presetCode(CsvFormat::Preset preset)
{
    return preset == CsvFormat::Preset::ExcelFrance ? QStringLiteral("excel-fr") : QStringLiteral("standard");
}

} // namespace

QString Settings::language() const
{
    const QString language = m_settings.value(languageKey).toString();
    return language == QLatin1String("fr") || language == QLatin1String("en") ? language : QString();
}

void Settings::setLanguage(const QString &language)
{
    if (language == QLatin1String("fr") || language == QLatin1String("en"))
        m_settings.setValue(languageKey, language);
    else
        m_settings.remove(languageKey);
}

CsvFormat::Preset Settings::csvPreset() const
{
    if (const std::optional<CsvFormat::Preset> chosen = CsvFormat::parsePreset(m_settings.value(csvPresetKey).toString()))
        return *chosen;
    return QLocale().language() == QLocale::French ? CsvFormat::Preset::ExcelFrance : CsvFormat::Preset::Standard;
}

void Settings::setCsvPreset(CsvFormat::Preset preset)
{
    m_settings.setValue(csvPresetKey, presetCode(preset));
}

bool Settings::hasCsvPreset() const
{
    return CsvFormat::parsePreset(m_settings.value(csvPresetKey).toString()).has_value();
}

void Settings::clearCsvPreset()
{
    m_settings.remove(csvPresetKey);
}

int Settings::alertMonths() const
{
    bool ok = false;
    const int months = m_settings.value(alertMonthsKey).toInt(&ok);
    return ok && months >= 0 && months <= maxAlertMonths ? months : defaultAlertMonths;
}

void Settings::setAlertMonths(int months)
{
    m_settings.setValue(alertMonthsKey, std::clamp(months, 0, maxAlertMonths));
}

int Settings::backupsToKeep() const
{
    bool ok = false;
    const int count = m_settings.value(backupsToKeepKey).toInt(&ok);
    return ok && count >= 0 && count <= maxBackupsToKeep ? count : Backups::defaultKeep;
}

void Settings::setBackupsToKeep(int count)
{
    m_settings.setValue(backupsToKeepKey, std::clamp(count, 0, maxBackupsToKeep));
}

QByteArray Settings::tableHeaderState(const QString &pageId) const
{
    return m_settings.value(headerKey(pageId)).toByteArray();
}

void Settings::setTableHeaderState(const QString &pageId, const QByteArray &state)
{
    m_settings.setValue(headerKey(pageId), state);
}

QByteArray Settings::tableSplitterState(const QString &pageId) const
{
    return m_settings.value(splitterKey(pageId)).toByteArray();
}

void Settings::setTableSplitterState(const QString &pageId, const QByteArray &state)
{
    m_settings.setValue(splitterKey(pageId), state);
}

QString Settings::lastPage() const
{
    return m_settings.value(lastPageKey).toString();
}

void Settings::setLastPage(const QString &pageId)
{
    m_settings.setValue(lastPageKey, pageId);
}

} // namespace pepin
