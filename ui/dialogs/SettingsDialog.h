// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "util/Result.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pepin {

class Editing;
class IdentityGroup;
class PrivacyGroup;

// Edit ▸ Preferences: what this user sets for their own desk (the language, the CSV preset
// offered first, how far ahead alerts look), kept with Settings, and the policy of each site
// (its maximum stay and its progressive rent schedule), which is the incubator's data: it is
// written to the database as an undoable edit of the site, for everyone who opens it.
//
// A new language applies at once, to the whole application: nothing open is closed and the
// changes made stay undoable. Apply and OK write what changed; a site policy the core refuses
// is shown under its field, and the dialog stays open with nothing written for that site.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Editing &editing, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QComboBox *csvPresetCombo() const { return m_csvPreset; }
    QSpinBox *alertMonthsSpin() const { return m_alertMonths; }
    QComboBox *siteCombo() const { return m_site; }
    QSpinBox *maxStaySpin() const { return m_maxStay; }
    QLineEdit *rentProgressionEdit() const { return m_progression; }
    QLabel *problemLabel() const { return m_problem; }
    QSpinBox *backupsToKeepSpin() const { return m_backups; }
    IdentityGroup *identityGroup() const { return m_identity; }
    PrivacyGroup *privacyGroup() const { return m_privacy; }
    QPushButton *applyButton() const;

    // Writes what changed; returns whether everything was accepted (else the dialog says why).
    bool apply();

    // "70 / 85 / 100" (or "70, 85, 100", "70 % 85 % 100 %") → {70, 85, 100}; nullopt when it holds
    // something else than whole numbers.
    static std::optional<QList<int>> parseProgression(const QString &text);
    static QString progressionText(const QList<int> &progression);

signals:
    // After Apply or OK wrote everything: views that use the settings read them again.
    void applied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadSites();
    void showSite(Id id);
    // Keeps what the form shows for the site shown, to be written on Apply.
    void keepSiteForm();
    Status applySites();
    void showProblem(const QString &text);

    Editing &m_editing;
    QGroupBox *m_desk;
    QGroupBox *m_policy;
    IdentityGroup *m_identity;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QLabel *m_csvPresetLabel;
    QComboBox *m_csvPreset;
    QLabel *m_alertMonthsLabel;
    QSpinBox *m_alertMonths;
    QLabel *m_siteLabel;
    QComboBox *m_site;
    QLabel *m_maxStayLabel;
    QSpinBox *m_maxStay;
    QLabel *m_progressionLabel;
    QLineEdit *m_progression;
    QLabel *m_progressionNote;
    QLabel *m_problem;
    QLabel *m_policyNote;
    QDialogButtonBox *m_buttons;
    QLabel *m_backupsLabel = nullptr;
    QSpinBox *m_backups = nullptr;
    PrivacyGroup *m_privacy = nullptr;

    bool m_csvPresetTouched = false;
    Id m_shownSite = 0;
    // The sites as read, and as the form has them.
    QHash<Id, Site> m_storedSites;
    QHash<Id, Site> m_editedSites;
    // The text typed for each site's progression, which may not read as numbers yet.
    QHash<Id, QString> m_progressionTexts;
};

} // namespace pepin
