// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationEditor.h"

#include "commands/SaveCommand.h"

#include "commands/AddCommand.h"
#include "commands/Editing.h"
#include "commands/UpdateCommand.h"
#include "service/Rules.h"
#include "service/Store.h"
#include "widgets/Choices.h"
#include "widgets/DateField.h"

#include <QCollator>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <algorithm>

namespace pepin {

ApplicationEditor::ApplicationEditor(Editing &editing, const Clock &clock, std::optional<Application> application,
                                     QWidget *parent)
    : RecordEditor(editing, clock, parent)
    , m_before(std::move(application))
    , m_company(new QComboBox(this))
    , m_area(new QDoubleSpinBox(this))
    , m_workstations(new QSpinBox(this))
    , m_wishedStart(new DateField(this))
    , m_status(new QComboBox(this))
    , m_committee(new DateField(this))
    , m_decision(new QLineEdit(this))
    , m_priority(new QSpinBox(this))
    , m_received(new DateField(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("applicationEditor"));
    const QString companyName =
        m_before ? store().company(m_before->companyId).value_or(Company{}).name : QString();
    setWindowTitle(isNew() ? tr("New application") : tr("Application of %1").arg(companyName));

    QList<Company> companies = store().companies();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(companies.begin(), companies.end(),
              [&collator](const Company &a, const Company &b) { return collator.compare(a.name, b.name) < 0; });
    for (const Company &company : companies) {
        if (company.archived && (isNew() || m_before->companyId != company.id))
            continue;
        m_company->addItem(company.name, company.id);
    }
    m_company->insertItem(0, tr("Choose a company"), Id(0));
    m_company->setCurrentIndex(0);

    m_area->setRange(0, 100000);
    m_area->setDecimals(1);
    m_area->setSuffix(QStringLiteral("\u00A0m²"));
    m_area->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_workstations->setRange(0, 9999);
    m_workstations->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Numbers get the width of numbers, not of the form.
    m_area->setMaximumWidth(m_area->fontMetrics().horizontalAdvance(QStringLiteral("100 000,0 m²")) + 40);
    m_workstations->setMaximumWidth(m_area->maximumWidth());
    m_priority->setMaximumWidth(m_area->maximumWidth());
    m_wishedStart->setOptional(tr("as soon as possible"));
    m_wishedStart->setSuggestedDate(today());
    choices::fill(m_status, QList<ApplicationStatus>{ApplicationStatus::Received, ApplicationStatus::Committee,
                                                     ApplicationStatus::Accepted, ApplicationStatus::Housed,
                                                     ApplicationStatus::Declined});
    m_committee->setOptional(tr("not set"));
    m_committee->setSuggestedDate(today());
    m_priority->setRange(-99, 99);
    m_priority->setToolTip(tr("Higher first on the waiting list"));
    m_received->setOptional(tr("not known"));
    m_received->setDate(today());
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    addRow(tr("Company"), m_company, {QStringLiteral("company")}, true);
    addRow(tr("Area needed"), m_area, {QStringLiteral("needed_area_m2")});
    addRow(tr("Workstations needed"), m_workstations, {QStringLiteral("needed_workstations")});
    addRow(tr("Wished start"), m_wishedStart, {QStringLiteral("wished_start")});
    addRow(tr("Status"), m_status, {QStringLiteral("status")});
    addRow(tr("Committee"), m_committee, {QStringLiteral("committee_date")});
    addRow(tr("Decision"), m_decision, {QStringLiteral("decision")});
    addRow(tr("Priority"), m_priority, {QStringLiteral("priority")});
    addRow(tr("Received on"), m_received, {QStringLiteral("received_on")});
    addRow(tr("Notes"), m_notes, {QStringLiteral("notes")});

    if (m_before)
        fill(*m_before);
    resize(sizeHint().width() * 5 / 4, sizeHint().height());
}

bool ApplicationEditor::reload()
{
    if (!m_before)
        return false;
    const std::optional<Application> current = store().application(m_before->id);
    if (!current)
        return false;
    m_before = current;
    fill(*current);
    return true;
}

void ApplicationEditor::fill(const Application &application)
{
    selectCompany(application.companyId);
    m_area->setValue(application.neededAreaM2);
    m_workstations->setValue(application.neededWorkstations);
    m_wishedStart->setDate(application.wishedStart);
    choices::select(m_status, std::optional<ApplicationStatus>(application.status));
    m_committee->setDate(application.committeeDate);
    m_decision->setText(application.decision);
    m_priority->setValue(application.priority);
    m_received->setDate(application.receivedOn);
    m_notes->setPlainText(application.notes);
}

void ApplicationEditor::selectCompany(Id companyId)
{
    const int index = m_company->findData(companyId);
    m_company->setCurrentIndex(index >= 0 ? index : 0);
}

QList<Problem> ApplicationEditor::check()
{
    Application application = m_before.value_or(Application{});
    application.companyId = m_company->currentData().toLongLong();
    application.neededAreaM2 = m_area->value();
    application.neededWorkstations = m_workstations->value();
    application.wishedStart = m_wishedStart->date();
    application.status = choices::chosen<ApplicationStatus>(m_status).value_or(ApplicationStatus::Received);
    application.committeeDate = m_committee->date();
    application.decision = m_decision->text().trimmed();
    application.priority = m_priority->value();
    application.receivedOn = m_received->date();
    application.notes = notesText(m_notes, application.notes);
    m_record = application;
    return Rules::checkApplication(application);
}

Status ApplicationEditor::write()
{
    return pushSave(editing(), m_before, m_record);
}

} // namespace pepin
