// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeaseEditor.h"

#include "commands/SaveCommand.h"

#include "commands/AddCommand.h"
#include "commands/Editing.h"
#include "commands/UpdateCommand.h"
#include "figures/RentSchedule.h"
#include "service/Rules.h"
#include "service/Store.h"
#include "util/Format.h"
#include "widgets/Choices.h"
#include "widgets/DateField.h"
#include "widgets/DatedValueTable.h"
#include "widgets/MoneyEdit.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace pepin {

LeaseEditor::LeaseEditor(Editing &editing, const Clock &clock, std::optional<Lease> lease, QWidget *parent)
    : RecordEditor(editing, clock, parent)
    , m_before(std::move(lease))
    , m_company(new QComboBox(this))
    , m_office(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_start(new DateField(this))
    , m_end(new DateField(this))
    , m_terminatedOn(new DateField(this))
    , m_workstations(new QSpinBox(this))
    , m_rentRow(new QWidget(this))
    , m_rentSteps(new DatedValueTable(tr("From"), tr("Monthly rent excl. VAT"), m_rentRow))
    , m_schedule(new QPushButton(tr("Progressive schedule"), m_rentRow))
    , m_charges(new MoneyEdit(this))
    , m_deposit(new MoneyEdit(this))
    , m_notice(new QSpinBox(this))
    , m_cancelled(new QCheckBox(tr("Cancelled before it took effect (it never counts)"), this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("leaseEditor"));
    setWindowTitle(isNew() ? tr("New lease") : tr("Lease %1").arg(CommandText::leaseName(store(), *m_before)));

    // Companies by name in the language's order; offices by site, then code. Archived ones
    // are offered only to the lease that already has them.
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
    for (const Office &office : store().offices()) {
        if (office.archived && (isNew() || m_before->officeId != office.id))
            continue;
        const QString site = store().site(office.siteId).value_or(Site{}).name;
        m_office->addItem(tr("%1 – %2", "an office in lists: site – code").arg(site, office.code), office.id);
    }
    m_office->insertItem(0, tr("Choose an office"), Id(0));
    m_company->setCurrentIndex(0);
    m_office->setCurrentIndex(0);

    choices::fill(m_type, QList<LeaseType>{LeaseType::Precaire, LeaseType::Derogatoire, LeaseType::Commercial,
                                           LeaseType::Coworking});
    m_start->setDate(today());
    m_end->setOptional(tr("open-ended"));
    m_terminatedOn->setOptional(tr("not ended early"));
    m_end->setSuggestedDate(today().addYears(2).addDays(-1));
    m_terminatedOn->setSuggestedDate(today());
    m_workstations->setRange(0, 9999);
    m_workstations->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_notice->setRange(0, 120);
    m_notice->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_notice->setMaximumWidth(m_notice->fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 40);
    m_workstations->setMaximumWidth(m_notice->maximumWidth());
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_rentSteps->setFirstDate([this] { return m_start->date(); });

    auto *rentLayout = new QVBoxLayout(m_rentRow);
    rentLayout->setContentsMargins(0, 0, 0, 0);
    rentLayout->addWidget(m_rentSteps);
    auto *scheduleLine = new QHBoxLayout;
    scheduleLine->addWidget(m_schedule);
    scheduleLine->addStretch(1);
    rentLayout->addLayout(scheduleLine);

    addRow(tr("Company"), m_company, {QStringLiteral("company")}, true);
    addRow(tr("Office"), m_office, {QStringLiteral("office")}, true);
    addRow(tr("Type"), m_type, {QStringLiteral("type")});
    addRow(tr("Start"), m_start, {QStringLiteral("start")}, true);
    addRow(tr("End"), m_end, {QStringLiteral("end")});
    addRow(tr("Ended early on"), m_terminatedOn, {QStringLiteral("terminated_on")});
    addRow(tr("Workstations"), m_workstations, {QStringLiteral("workstations")}, true);
    addRow(tr("Rent"), m_rentRow, {QStringLiteral("monthly_rent")});
    addRow(tr("Monthly charges"), m_charges, {QStringLiteral("monthly_charges")});
    addRow(tr("Deposit"), m_deposit, {QStringLiteral("deposit")});
    addRow(tr("Notice, in months"), m_notice, {QStringLiteral("notice_months")});
    addRow(QString(), m_cancelled, {QStringLiteral("cancelled")});
    addRow(tr("Notes"), m_notes, {QStringLiteral("notes")});

    connect(m_office, &QComboBox::currentIndexChanged, this, &LeaseEditor::officeChosen);
    connect(m_schedule, &QPushButton::clicked, this, &LeaseEditor::fillProgressiveSchedule);

    if (m_before)
        fill(*m_before);
    officeChosen();
    resize(sizeHint().width() * 5 / 4, sizeHint().height());
}

bool LeaseEditor::reload()
{
    if (!m_before)
        return false;
    const std::optional<Lease> current = store().lease(m_before->id);
    if (!current)
        return false;
    m_before = current;
    fill(*current);
    return true;
}

void LeaseEditor::fill(const Lease &lease)
{
    selectCompany(lease.companyId);
    selectOffice(lease.officeId);
    choices::select(m_type, std::optional<LeaseType>(lease.type));
    m_start->setDate(lease.start);
    m_end->setDate(lease.end);
    m_terminatedOn->setDate(lease.terminatedOn);
    m_workstations->setValue(lease.workstations);
    const Format format;
    QList<DatedValueTable::Row> rows;
    for (const RentStep &step : lease.rentSteps)
        rows << DatedValueTable::Row{step.from, format.money(step.monthlyRentCents)};
    m_rentSteps->setRows(rows);
    if (lease.monthlyChargesCents > 0)
        m_charges->setCents(lease.monthlyChargesCents);
    if (lease.depositCents > 0)
        m_deposit->setCents(lease.depositCents);
    m_notice->setValue(lease.noticeMonths);
    m_cancelled->setChecked(lease.cancelled);
    m_notes->setPlainText(lease.notes);
}

void LeaseEditor::selectCompany(Id companyId)
{
    const int index = m_company->findData(companyId);
    m_company->setCurrentIndex(index >= 0 ? index : 0);
}

void LeaseEditor::selectOffice(Id officeId)
{
    const int index = m_office->findData(officeId);
    m_office->setCurrentIndex(index >= 0 ? index : 0);
}

std::optional<Office> LeaseEditor::chosenOffice() const
{
    const Id id = m_office->currentData().toLongLong();
    return id > 0 ? store().office(id) : std::nullopt;
}

bool LeaseEditor::workstationsShown() const
{
    const std::optional<Office> office = chosenOffice();
    return office && office->kind == OfficeKind::Shared;
}

void LeaseEditor::officeChosen()
{
    const std::optional<Office> office = chosenOffice();
    const bool shared = office && office->kind == OfficeKind::Shared;
    // A private office is let whole: its workstations are not the lease's to choose.
    setRowVisible(m_workstations, shared);
    if (shared) {
        m_workstations->setMaximum(std::max(office->workstations, m_workstations->value()));
        setNote(QStringLiteral("workstations"),
                tr("%1 is a shared space let by workstation; it holds %2 in all.").arg(office->code, QString::number(office->workstations)));
    }
    QString hint;
    if (office) {
        const Site site = store().site(office->siteId).value_or(Site{});
        QStringList percents;
        for (const int percent : site.rentProgression)
            percents << Format().percent(percent / 100.0);
        hint = office->rentM2YearCents > 0
            ? tr("Fills the rent steps with %1 of the reference rent of %2 in the years 1, 2, 3… of the company's stay.")
                  .arg(percents.join(QStringLiteral(" / ")), office->code)
            : tr("%1 has no reference rent: type the rent steps.").arg(office->code);
    }
    m_schedule->setToolTip(hint);
    m_schedule->setEnabled(office && office->rentM2YearCents > 0);
}

Lease LeaseEditor::leaseFromForm() const
{
    Lease lease = m_before.value_or(Lease{});
    lease.companyId = m_company->currentData().toLongLong();
    lease.officeId = m_office->currentData().toLongLong();
    lease.type = choices::chosen<LeaseType>(m_type).value_or(LeaseType::Precaire);
    lease.start = m_start->date();
    lease.end = m_end->date();
    lease.terminatedOn = m_terminatedOn->date();
    lease.workstations = workstationsShown() ? m_workstations->value() : 0;
    lease.noticeMonths = m_notice->value();
    lease.cancelled = m_cancelled->isChecked();
    lease.notes = notesText(m_notes, lease.notes);
    lease.rentSteps.clear();
    return lease;
}

QList<RentStep> LeaseEditor::scheduleFor(const Lease &lease, const Office &office)
{
    const Site site = store().site(office.siteId).value_or(Site{});
    return stepsForNewLease(office, site.rentProgression, store().leasesOfCompany(lease.companyId), lease);
}

void LeaseEditor::fillProgressiveSchedule()
{
    const std::optional<Office> office = chosenOffice();
    if (!office)
        return;
    const QList<RentStep> steps = scheduleFor(leaseFromForm(), *office);
    const Format format;
    QList<DatedValueTable::Row> rows;
    for (const RentStep &step : steps)
        rows << DatedValueTable::Row{step.from, format.money(step.monthlyRentCents)};
    m_rentSteps->setRows(rows);
}

QList<Problem> LeaseEditor::check()
{
    Lease lease = leaseFromForm();
    QList<Problem> problems;
    int line = 0;
    for (const DatedValueTable::Row &row : m_rentSteps->rows()) {
        ++line;
        const std::optional<Cents> rent = MoneyEdit::parseAmount(row.value);
        if (!rent || row.value.trimmed().isEmpty()) {
            problems << Problem{QStringLiteral("monthly_rent"),
                                tr("Line %1: “%2” is not an amount in euros; type it like 850 or 850,50.")
                                    .arg(line)
                                    .arg(row.value)};
            continue;
        }
        lease.rentSteps << RentStep{row.date, *rent};
    }
    std::stable_sort(lease.rentSteps.begin(), lease.rentSteps.end(),
                     [](const RentStep &a, const RentStep &b) { return a.from < b.from; });
    const std::optional<Cents> charges = m_charges->cents();
    if (charges)
        lease.monthlyChargesCents = *charges;
    else
        problems << Problem{QStringLiteral("monthly_charges"),
                            tr("“%1” is not an amount in euros; type it like 60 or 60,50.").arg(m_charges->text())};
    const std::optional<Cents> deposit = m_deposit->cents();
    if (deposit)
        lease.depositCents = *deposit;
    else
        problems << Problem{QStringLiteral("deposit"),
                            tr("“%1” is not an amount in euros; type it like 1700 or 1700,50.").arg(m_deposit->text())};

    const std::optional<Office> office = chosenOffice();
    if (!office) {
        // The core's rules need the office; what they would say of the company is said here.
        if (lease.companyId <= 0)
            problems << Problem{QStringLiteral("company"), tr("Choose the company that signs the lease.")};
        problems << Problem{QStringLiteral("office"), tr("Choose the office the lease is for.")};
    } else {
        if (isNew() && lease.rentSteps.isEmpty() && lease.companyId > 0)
            lease.rentSteps = scheduleFor(lease, *office);
        const QString name = store().officeName(*office);
        QList<Problem> rules = Rules::checkLease(lease, *office, name);
        if (rules.isEmpty()) {
            rules = Rules::checkLeaseAgainstOthers(lease, *office, name, store().leasesOfOffice(office->id),
                                                   [this](Id id) { return store().company(id).value_or(Company{}).name; });
        }
        problems << rules;
    }
    m_record = lease;
    return problems;
}

Status LeaseEditor::write()
{
    return pushSave(editing(), m_before, m_record);
}

} // namespace pepin
