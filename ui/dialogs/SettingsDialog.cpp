// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "Settings.h"
#include "commands/CommandText.h"
#include "commands/Editing.h"
#include "commands/UpdateCommand.h"
#include "dialogs/IdentityGroup.h"
#include "dialogs/PrivacyGroup.h"
#include "service/Rules.h"
#include "service/Store.h"
#include "service/Translation.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pepin {

namespace {

constexpr int maxStayLimit = 240; // twenty years: past any pépinière's policy

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    // The notes take the width of the form; the fields keep theirs.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Editing &editing, QWidget *parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_desk(new QGroupBox(this))
    , m_policy(new QGroupBox(this))
    , m_identity(new IdentityGroup(editing.store(), this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageNote(noteLabel(this))
    , m_csvPresetLabel(new QLabel(this))
    , m_csvPreset(new QComboBox(this))
    , m_alertMonthsLabel(new QLabel(this))
    , m_alertMonths(new QSpinBox(this))
    , m_siteLabel(new QLabel(this))
    , m_site(new QComboBox(this))
    , m_maxStayLabel(new QLabel(this))
    , m_maxStay(new QSpinBox(this))
    , m_progressionLabel(new QLabel(this))
    , m_progression(new QLineEdit(this))
    , m_progressionNote(noteLabel(this))
    , m_problem(new QLabel(this))
    , m_policyNote(noteLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    // Each language is named in itself, so that it can be found whatever the language shown.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_csvPreset->addItem(QString(), int(CsvFormat::Preset::ExcelFrance));
    m_csvPreset->addItem(QString(), int(CsvFormat::Preset::Standard));
    m_alertMonths->setRange(0, Settings::maxAlertMonths);
    m_maxStay->setRange(1, maxStayLimit);
    m_progression->setMaximumWidth(m_progression->fontMetrics().horizontalAdvance(QStringLiteral("100 / 100 / 100 / 100 / 100")) + 24);

    const Settings settings;
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_csvPreset->setCurrentIndex(m_csvPreset->findData(int(settings.csvPreset())));
    m_alertMonths->setValue(settings.alertMonths());
    connect(m_csvPreset, &QComboBox::currentIndexChanged, this, [this] { m_csvPresetTouched = true; });

    for (QLabel *label : {m_languageLabel, m_csvPresetLabel, m_alertMonthsLabel, m_siteLabel, m_maxStayLabel, m_progressionLabel})
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_languageLabel->setBuddy(m_language);
    m_csvPresetLabel->setBuddy(m_csvPreset);
    m_alertMonthsLabel->setBuddy(m_alertMonths);
    m_siteLabel->setBuddy(m_site);
    m_maxStayLabel->setBuddy(m_maxStay);
    m_progressionLabel->setBuddy(m_progression);

    auto *desk = new QFormLayout(m_desk);
    desk->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    desk->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    desk->addRow(m_languageLabel, m_language);
    desk->addRow(QString(), m_languageNote);
    desk->addRow(m_csvPresetLabel, m_csvPreset);
    desk->addRow(m_alertMonthsLabel, m_alertMonths);
    // The daily backups beside the database (storage/Backups.h).
    m_backupsLabel = new QLabel(this);
    m_backups = new QSpinBox(this);
    m_backups->setObjectName(QStringLiteral("backupsToKeep"));
    m_backups->setRange(0, Settings::maxBackupsToKeep);
    m_backups->setValue(settings.backupsToKeep());
    m_backupsLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_backupsLabel->setBuddy(m_backups);
    desk->addRow(m_backupsLabel, m_backups);

    // How long the personal data of former tenants is kept: the incubator's, like its name.
    m_privacy = new PrivacyGroup(editing.store(), this);

    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_problem->setPalette(warning);
    m_problem->hide();

    auto *policy = new QFormLayout(m_policy);
    policy->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    policy->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    policy->addRow(m_siteLabel, m_site);
    policy->addRow(m_maxStayLabel, m_maxStay);
    policy->addRow(m_progressionLabel, m_progression);
    policy->addRow(QString(), m_progressionNote);
    policy->addRow(QString(), m_problem);
    policy->addRow(m_policyNote);

    // Both columns of labels line up, so the two groups read as one form.
    auto alignLabels = [this] {
        int widest = 0;
        QList<QLabel *> labels{m_languageLabel, m_csvPresetLabel, m_alertMonthsLabel, m_siteLabel, m_maxStayLabel, m_progressionLabel};
        labels << m_identity->labels() << m_privacy->labels() << m_backupsLabel;
        for (QLabel *label : std::as_const(labels))
            widest = std::max(widest, label->sizeHint().width());
        for (QLabel *label : std::as_const(labels))
            label->setMinimumWidth(widest);
    };

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_desk);
    layout->addWidget(m_identity);
    layout->addWidget(m_privacy);
    layout->addWidget(m_policy);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        keepSiteForm();
        showSite(m_site->currentData().toLongLong());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(applyButton(), &QPushButton::clicked, this, [this] { (void)apply(); });

    loadSites();
    retranslate();
    alignLabels();
    // A read-only database: what is written in it cannot be changed from here.
    if (m_editing.store().database().isReadOnly()) {
        m_identity->setEnabled(false);
        m_privacy->setEnabled(false);
        m_privacy->setToolTip(tr("This database is read-only: %1.").arg(m_editing.store().database().readOnlyReason()));
        m_policy->setEnabled(false);
    }
    // Wide enough that the notes read in two lines, not in a narrow column.
    setMinimumWidth(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 100));
    // As tall as the notes need at that width: a top-level window does not ask its layout for
    // the height of wrapped text by itself.
    if (layout->hasHeightForWidth())
        setMinimumHeight(layout->totalHeightForWidth(minimumWidth()));
    adjustSize();
}

QPushButton *SettingsDialog::applyButton() const
{
    return m_buttons->button(QDialogButtonBox::Apply);
}

void SettingsDialog::loadSites()
{
    const QSignalBlocker blocker(m_site);
    m_site->clear();
    m_storedSites.clear();
    m_editedSites.clear();
    m_progressionTexts.clear();
    for (const Site &site : m_editing.store().sites()) {
        if (site.archived)
            continue;
        m_storedSites.insert(site.id, site);
        m_site->addItem(site.name, site.id);
    }
    // One site is named in the group's title: a list of one is no choice.
    const bool several = m_site->count() > 1;
    m_siteLabel->setVisible(several);
    m_site->setVisible(several);
    for (QWidget *field : std::initializer_list<QWidget *>{m_maxStay, m_progression})
        field->setEnabled(m_site->count() > 0);
    m_shownSite = 0;
    showSite(m_site->count() > 0 ? m_site->itemData(0).toLongLong() : 0);
}

void SettingsDialog::showSite(Id id)
{
    m_shownSite = id;
    const Site site = m_editedSites.value(id, m_storedSites.value(id, Site{}));
    m_maxStay->setValue(site.maxStayMonths);
    m_progression->setText(m_progressionTexts.value(id, progressionText(site.rentProgression)));
    retranslate();
}

void SettingsDialog::keepSiteForm()
{
    if (!m_storedSites.contains(m_shownSite))
        return;
    Site site = m_editedSites.value(m_shownSite, m_storedSites.value(m_shownSite));
    site.maxStayMonths = m_maxStay->value();
    if (const std::optional<QList<int>> progression = parseProgression(m_progression->text()))
        site.rentProgression = *progression;
    m_editedSites.insert(m_shownSite, site);
    m_progressionTexts.insert(m_shownSite, m_progression->text());
}

bool SettingsDialog::apply()
{
    keepSiteForm();
    // The site policy first: a refusal leaves the dialog open, and the rest unapplied with it.
    if (Status written = applySites(); !written) {
        showProblem(CommandText::sentences(written.error()));
        return false;
    }
    if (Status written = m_identity->apply(); !written) {
        showProblem(CommandText::sentences(written.error()));
        return false;
    }
    if (Status written = m_privacy->apply(); !written) {
        showProblem(CommandText::sentences(written.error()));
        return false;
    }
    showProblem({});

    Settings settings;
    if (m_csvPresetTouched)
        settings.setCsvPreset(CsvFormat::Preset(m_csvPreset->currentData().toInt()));
    settings.setAlertMonths(m_alertMonths->value());
    settings.setBackupsToKeep(m_backups->value());
    const QString language = m_language->currentData().toString();
    if (language != settings.language())
        settings.setLanguage(language);
    // Compared with the language shown, which --lang may have chosen instead of the settings.
    const QString shown = QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    if ((language.isEmpty() ? systemLanguage() : language) != shown) {
        // Every window follows through QEvent::LanguageChange; nothing is closed or rebuilt.
        applyLanguage(*QCoreApplication::instance(), language);
    }
    emit applied();
    return true;
}

Status SettingsDialog::applySites()
{
    for (auto it = m_storedSites.cbegin(); it != m_storedSites.cend(); ++it) {
        const Id id = it.key();
        if (!m_progressionTexts.contains(id))
            continue;
        if (!parseProgression(m_progressionTexts.value(id))) {
            m_site->setCurrentIndex(m_site->findData(id));
            return Error::invalid(QStringLiteral("rent_progression"),
                                  tr("Type the rent of each year of the stay in percent of the reference rent, "
                                     "for example 70 / 85 / 100."));
        }
    }
    for (auto it = m_editedSites.cbegin(); it != m_editedSites.cend(); ++it) {
        const Site &before = m_storedSites.value(it.key());
        const Site &after = it.value();
        if (after.maxStayMonths == before.maxStayMonths && after.rentProgression == before.rentProgression)
            continue;
        Status made = m_editing.push(std::make_unique<UpdateCommand<Site>>(m_editing, before, after));
        if (!made) {
            m_site->setCurrentIndex(m_site->findData(it.key()));
            return made;
        }
    }
    // What the database holds now (the versions moved on) is what a next Apply starts from.
    const Id shown = m_shownSite;
    loadSites();
    if (const int index = m_site->findData(shown); index >= 0)
        m_site->setCurrentIndex(index);
    return pepin::done();
}

void SettingsDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

std::optional<QList<int>> SettingsDialog::parseProgression(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s/,;%]+"));
    QList<int> percents;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int percent = part.toInt(&ok);
        if (!ok)
            return std::nullopt;
        percents << percent;
    }
    if (percents.isEmpty())
        return std::nullopt;
    return percents;
}

QString SettingsDialog::progressionText(const QList<int> &progression)
{
    QStringList parts;
    for (const int percent : progression)
        parts << QString::number(percent);
    return parts.join(QStringLiteral(" / "));
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_desk->setTitle(tr("On this computer"));
    m_languageLabel->setText(tr("&Language:"));
    const QString system = systemLanguage() == QLatin1String("fr") ? QStringLiteral("Français") : QStringLiteral("English");
    m_language->setItemText(0, tr("System language (%1)", "%1: the language it is, named in itself").arg(system));
    m_languageNote->setText(tr("Applies at once: open windows and the changes you can undo are kept."));
    m_csvPresetLabel->setText(tr("CSV &export:"));
    m_csvPreset->setItemText(0, tr("Excel (France)"));
    m_csvPreset->setItemText(1, tr("Standard"));
    m_csvPreset->setToolTip(tr("The format File ▸ Export offers first: Excel (France) uses ; and decimal commas, "
                               "Standard uses , and ISO dates"));
    m_alertMonthsLabel->setText(tr("&Alerts:"));
    m_alertMonths->setSuffix(tr(" months ahead", "alerts shown this many months ahead"));
    m_alertMonths->setSpecialValueText(tr("Only rules already broken"));
    m_alertMonths->setToolTip(tr("How many months before a term or a stay limit is reached its alert is shown"));
    m_backupsLabel->setText(tr("&Backups to keep:"));
    m_backups->setSuffix(tr(" days", "this many daily backups are kept"));
    m_backups->setSpecialValueText(tr("None"));
    m_backups->setToolTip(tr("The first time a database is opened each day, a copy of it is saved in the folder beside "
                             "it (name.db.backups); this many are kept, the oldest removed"));

    const bool oneSite = m_storedSites.size() == 1;
    m_policy->setTitle(m_storedSites.isEmpty() ? tr("Site policy")
                                               : oneSite ? tr("Policy of %1").arg(m_storedSites.begin()->name)
                                                         : tr("Policy of each site"));
    m_siteLabel->setText(tr("&Site:"));
    m_maxStayLabel->setText(tr("&Maximum stay:"));
    m_maxStay->setSuffix(tr(" months", "a stay of this many months"));
    m_maxStay->setToolTip(tr("A company's stay in the incubator, from its first lease to its last, is not to pass this"));
    m_progressionLabel->setText(tr("&Progressive rent:"));
    m_progression->setPlaceholderText(QStringLiteral("70 / 85 / 100"));
    m_progressionNote->setText(tr("Percent of the reference rent in years 1, 2, 3… of a stay; the last one holds "
                                  "after. Used to fill the rent steps of new leases."));
    m_policyNote->setText(m_storedSites.isEmpty()
                              ? tr("This database has no site yet: add an office to create one.")
                              : tr("Saved in the database, for everyone who opens it; Edit ▸ Undo takes a change back."));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace pepin
