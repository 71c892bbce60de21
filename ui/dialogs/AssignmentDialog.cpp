// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssignmentDialog.h"

#include "commands/AddCommand.h"
#include "commands/CommandGroup.h"
#include "commands/CommandText.h"
#include "commands/Editing.h"
#include "commands/UpdateCommand.h"
#include "dialogs/LeaseChangeDialog.h"
#include "figures/Alerts.h"
#include "figures/Portfolio.h"
#include "figures/Stays.h"
#include "service/Store.h"
#include "util/Format.h"
#include "widgets/Choices.h"
#include "widgets/DateField.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pepin {

namespace {

enum Column { OfficeColumn, SpaceColumn, RentColumn, WhyColumn, ColumnCount };
constexpr int OfficeIdRole = Qt::UserRole;
constexpr int FreeRole = Qt::UserRole + 1;

QString bullets(const QStringList &lines)
{
    QString html = QStringLiteral("<ul style=\"margin-left: -24px; margin-top: 2px;\">");
    for (const QString &line : lines)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

// Whether an alert of `with` is one of `without`: the same rule broken by the same company in the
// same office on the same day.
bool alreadyThere(const Alert &alert, const QList<Alert> &without)
{
    return std::any_of(without.cbegin(), without.cend(), [&alert](const Alert &other) {
        return other.kind == alert.kind && other.companyId == alert.companyId && other.officeId == alert.officeId
            && other.date == alert.date;
    });
}

} // namespace

AssignmentDialog::AssignmentDialog(Editing &editing, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_clock(clock)
    , m_company(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_start(new DateField(this))
    , m_months(new QSpinBox(this))
    , m_until(new QLabel(this))
    , m_area(new QDoubleSpinBox(this))
    , m_workstations(new QSpinBox(this))
    , m_site(new QComboBox(this))
    , m_floor(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_results(new QTreeWidget(this))
    , m_details(new QLabel(this))
    , m_message(new QLabel(this))
    , m_create(new QPushButton(tr("Create the lease"), this))
    , m_currentLease(new QLabel(this))
    , m_changeLease(new QPushButton(tr("Renew, extend or move it…"), this))
{
    setObjectName(QStringLiteral("assignmentDialog"));
    setWindowTitle(tr("Assign an office"));
    m_filling = true;

    QList<Company> companies = store().companies();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(companies.begin(), companies.end(),
              [&collator](const Company &a, const Company &b) { return collator.compare(a.name, b.name) < 0; });
    m_company->addItem(tr("Choose a company"), Id(0));
    for (const Company &company : std::as_const(companies)) {
        if (!company.archived)
            m_company->addItem(company.name, company.id);
    }
    choices::fill(m_type, QList<LeaseType>{LeaseType::Precaire, LeaseType::Derogatoire, LeaseType::Commercial,
                                           LeaseType::Coworking});

    m_site->addItem(tr("Any site"), Id(0));
    for (const Site &site : store().sites()) {
        if (!site.archived)
            m_site->addItem(site.name, site.id);
    }
    m_floor->setEditable(true);
    m_floor->addItem(QString());
    QStringList floors;
    for (const Office &office : store().offices()) {
        if (!office.archived && !office.floor.trimmed().isEmpty() && !floors.contains(office.floor.trimmed()))
            floors << office.floor.trimmed();
    }
    std::sort(floors.begin(), floors.end(), [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    m_floor->addItems(floors);
    m_floor->lineEdit()->setPlaceholderText(tr("Any floor"));
    m_kind->addItem(tr("Private or shared"), int(AssignmentKind::Any));
    m_kind->addItem(tr("Private office"), int(AssignmentKind::Private));
    m_kind->addItem(tr("Shared space (by workstation)"), int(AssignmentKind::Shared));

    m_start->setDate(m_clock.today());
    m_months->setRange(1, 1200);
    m_months->setSuffix(tr(" months"));
    m_area->setRange(0, 100000);
    m_area->setDecimals(1);
    m_area->setSuffix(QStringLiteral(" m²"));
    m_workstations->setRange(0, 9999);
    for (QAbstractSpinBox *spin : {static_cast<QAbstractSpinBox *>(m_months), static_cast<QAbstractSpinBox *>(m_area),
                                   static_cast<QAbstractSpinBox *>(m_workstations)})
        spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_results->setColumnCount(ColumnCount);
    m_results->setHeaderLabels({tr("Office"), tr("Space"), tr("Rent from"), tr("Why")});
    m_results->setRootIsDecorated(false);
    m_results->setAllColumnsShowFocus(true);
    m_results->setUniformRowHeights(true);
    m_results->header()->setStretchLastSection(true);
    m_results->setMinimumHeight(220);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 7);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *form = new QGridLayout;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *shown = new QLabel(text, this);
        shown->setBuddy(buddy);
        return shown;
    };
    auto *duration = new QHBoxLayout;
    duration->addWidget(m_months);
    duration->addWidget(m_until, 1);
    form->addWidget(label(tr("&Company"), m_company), 0, 0);
    form->addWidget(m_company, 0, 1);
    form->addWidget(label(tr("Lease &type"), m_type), 0, 2);
    form->addWidget(m_type, 0, 3);
    form->addWidget(label(tr("&Start"), m_start), 1, 0);
    form->addWidget(m_start, 1, 1);
    form->addWidget(label(tr("&Duration"), m_months), 1, 2);
    form->addLayout(duration, 1, 3);
    form->addWidget(label(tr("&Area needed"), m_area), 2, 0);
    form->addWidget(m_area, 2, 1);
    form->addWidget(label(tr("&Workstations needed"), m_workstations), 2, 2);
    form->addWidget(m_workstations, 2, 3);
    form->addWidget(label(tr("Preferred si&te"), m_site), 3, 0);
    form->addWidget(m_site, 3, 1);
    form->addWidget(label(tr("Preferred &floor"), m_floor), 3, 2);
    form->addWidget(m_floor, 3, 3);
    form->addWidget(label(tr("&Kind"), m_kind), 4, 0);
    form->addWidget(m_kind, 4, 1);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("create"));
    m_create->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *current = new QHBoxLayout;
    m_currentLease->setWordWrap(true);
    m_changeLease->setObjectName(QStringLiteral("changeLease"));
    current->addWidget(m_currentLease, 1);
    current->addWidget(m_changeLease);
    layout->addLayout(current);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, [this] { (void)create(); });
    connect(m_changeLease, &QPushButton::clicked, this, [this] { changeCurrentLease(); });
    connect(m_results, &QTreeWidget::currentItemChanged, this, &AssignmentDialog::showChosen);
    connect(m_results, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, FreeRole).toBool())
            (void)create();
    });
    auto changed = [this] {
        if (!m_filling)
            refresh();
    };
    connect(m_company, &QComboBox::currentIndexChanged, this, [this, changed] {
        if (!m_filling)
            suggestDuration();
        changed();
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this, changed] {
        if (!m_filling)
            suggestDuration();
        changed();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, changed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, changed);
    connect(m_floor, &QComboBox::currentTextChanged, this, changed);
    connect(m_start, &DateField::dateChanged, this, [this, changed] {
        if (!m_filling)
            suggestDuration();
        changed();
    });
    connect(m_months, &QSpinBox::valueChanged, this, [this, changed] {
        if (!m_filling)
            m_monthsTouched = true;
        changed();
    });
    connect(m_area, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_workstations, &QSpinBox::valueChanged, this, changed);

    suggestDuration();
    m_filling = false;
    refresh();
    resize(940, 640);
}

Store &AssignmentDialog::store() const
{
    return m_editing.store();
}

void AssignmentDialog::setApplication(const Application &application)
{
    m_application = application;
    m_filling = true;
    const int index = m_company->findData(application.companyId);
    m_company->setCurrentIndex(index >= 0 ? index : 0);
    m_area->setValue(application.neededAreaM2);
    m_workstations->setValue(application.neededWorkstations);
    if (application.wishedStart.isValid() && application.wishedStart >= m_clock.today())
        m_start->setDate(application.wishedStart);
    m_monthsTouched = false;
    suggestDuration();
    m_filling = false;
    const QString company = m_company->currentText();
    setWindowTitle(tr("Assign an office to %1").arg(company));
    refresh();
}

void AssignmentDialog::prefill(const AssignmentPrefill &prefill)
{
    m_filling = true;
    const std::optional<Office> office = prefill.officeId ? store().office(prefill.officeId) : std::nullopt;
    if (office) {
        const int site = m_site->findData(office->siteId);
        m_site->setCurrentIndex(site >= 0 ? site : 0);
        m_floor->setCurrentText(office->floor.trimmed());
        // A shared space is let by workstation: at least one is needed for it to be offered.
        if (office->kind == OfficeKind::Shared && m_workstations->value() == 0)
            m_workstations->setValue(1);
    }
    if (prefill.start.isValid())
        m_start->setDate(prefill.start);
    if (prefill.last.isValid() && m_start->date().isValid() && m_start->date() <= prefill.last) {
        m_months->setValue(std::max(1, durationOf(m_start->date(), prefill.last).months));
        m_monthsTouched = true;
    } else {
        suggestDuration();
    }
    m_filling = false;
    refresh();
    if (office && !chooseOffice(office->id)) {
        // Not free over the period: shown among the partly free offices, with who is in the way.
        for (int group = 0; group < m_results->topLevelItemCount(); ++group) {
            QTreeWidgetItem *parent = m_results->topLevelItem(group);
            for (int row = 0; row < parent->childCount(); ++row) {
                if (parent->child(row)->data(0, OfficeIdRole).toLongLong() == office->id)
                    m_results->setCurrentItem(parent->child(row));
            }
        }
    }
}

void AssignmentDialog::selectCompany(Id companyId)
{
    const int index = m_company->findData(companyId);
    m_company->setCurrentIndex(index >= 0 ? index : 0);
}

// The site's maximum stay, less what the company has already spent in the incubator: as long as
// the policy lets it stay from the start chosen. The user's own choice is kept.
void AssignmentDialog::suggestDuration()
{
    if (m_monthsTouched)
        return;
    const QList<Site> sites = store().sites();
    const Id siteId = m_site->currentData().toLongLong();
    // Without a preferred site, the first one's policy.
    int maximum = sites.isEmpty() ? Site{}.maxStayMonths : sites.first().maxStayMonths;
    for (const Site &site : sites) {
        if (site.id == siteId)
            maximum = site.maxStayMonths;
    }
    int months = maximum;
    const Id companyId = m_company->currentData().toLongLong();
    const QDate start = m_start->date();
    if (companyId && start.isValid()) {
        const Stay stay = staysOf(store().leasesOfCompany(companyId)).value(companyId);
        if (stay.first.isValid() && stay.first < start)
            months = std::max(1, maximum - durationOf(stay.first, start.addDays(-1)).months);
    }
    const bool filling = m_filling;
    m_filling = true;
    m_months->setValue(months);
    m_filling = filling;
}

AssignmentRequest AssignmentDialog::request() const
{
    AssignmentRequest request;
    request.areaM2 = m_area->value();
    request.workstations = m_workstations->value();
    request.from = m_start->date();
    request.last = request.from.isValid() ? lastDayWithin(request.from, m_months->value()) : QDate();
    request.siteId = m_site->currentData().toLongLong();
    request.floor = m_floor->currentText().trimmed();
    request.kind = AssignmentKind(m_kind->currentData().toInt());
    request.companyId = m_company->currentData().toLongLong();
    request.type = choices::chosen<LeaseType>(m_type).value_or(LeaseType::Precaire);
    return request;
}

void AssignmentDialog::refresh()
{
    const Format format;
    const AssignmentRequest asked = request();
    showCurrentLease();
    m_until->setText(asked.last.isValid() ? tr("until %1").arg(format.date(asked.last)) : QString());
    const Id before = chosen() ? chosen()->office.id : 0;
    m_suggestion = suggestAssignment(Portfolio::load(store()), asked);

    m_results->clear();
    auto addGroup = [this](const QString &title, const QList<AssignmentCandidate> &candidates, bool free) {
        auto *group = new QTreeWidgetItem(m_results, {title});
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        const Format format;
        int rank = 0;
        for (const AssignmentCandidate &candidate : candidates) {
            const QString workstations = candidate.workstations == 1 ? tr("1 workstation")
                                                                     : tr("%1 workstations").arg(candidate.workstations);
            const QString rent = candidate.lease.rentSteps.isEmpty()
                ? QString()
                : format.money(candidate.lease.rentSteps.first().monthlyRentCents);
            const QString office = free ? tr("%1. %2").arg(++rank).arg(candidate.officeName) : candidate.officeName;
            auto *item = new QTreeWidgetItem(group, {office, tr("%1, %2").arg(format.area(candidate.areaM2), workstations),
                                                     rent, candidate.reasons.value(0)});
            item->setData(0, OfficeIdRole, candidate.office.id);
            item->setData(0, FreeRole, free);
            item->setTextAlignment(RentColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(WhyColumn, candidate.reasons.join(QLatin1Char('\n')));
            if (!free)
                item->setForeground(OfficeColumn, m_results->palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (candidates.isEmpty()) {
            auto *none = new QTreeWidgetItem(group, {free ? tr("No office is free over the whole period.")
                                                          : tr("None.")});
            none->setFirstColumnSpanned(true);
            none->setFlags(Qt::ItemIsEnabled);
        }
    };
    const QList<Problem> problems = checkAssignmentRequest(asked);
    if (problems.isEmpty()) {
        addGroup(tr("Free over the whole period (%1)").arg(m_suggestion.free.size()), m_suggestion.free, true);
        addGroup(tr("Free for only part of the period (%1)").arg(m_suggestion.partlyFree.size()), m_suggestion.partlyFree,
                 false);
    } else {
        auto *item = new QTreeWidgetItem(m_results, {problems.first().message});
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_results->expandAll();
    m_results->header()->resizeSections(QHeaderView::ResizeToContents);
    if (!before || !chooseOffice(before)) {
        if (!m_suggestion.free.isEmpty())
            chooseOffice(m_suggestion.free.first().office.id);
        else
            showChosen();
    }
}

void AssignmentDialog::showCurrentLease()
{
    m_current = Lease{};
    const Id companyId = m_company->currentData().toLongLong();
    const QDate today = m_clock.today();
    if (companyId) {
        for (const Lease &lease : store().leasesOfCompany(companyId)) {
            const bool runsOn = lease.lastDay().isNull() || lease.lastDay() >= today;
            if (!lease.cancelled && runsOn && (m_current.id == 0 || lease.start > m_current.start))
                m_current = lease;
        }
    }
    m_currentLease->setVisible(m_current.id != 0);
    m_changeLease->setVisible(m_current.id != 0);
    if (m_current.id == 0) {
        m_currentLease->clear();
        return;
    }
    const Format format;
    const std::optional<Office> office = store().office(m_current.officeId);
    const QString place = office ? store().officeName(*office) : QString();
    const QString company = m_company->currentText();
    m_currentLease->setText(m_current.lastDay().isValid()
                                ? tr("%1 already has a %2 of %3 until %4.")
                                      .arg(company, label(m_current.type), place, format.date(m_current.lastDay()))
                                : tr("%1 already has a %2 of %3, with no end date.")
                                      .arg(company, label(m_current.type), place));
}

LeaseChangeDialog *AssignmentDialog::changeCurrentLease()
{
    if (m_current.id == 0)
        return nullptr;
    const LeaseChangeKind kind = m_current.lastDay().isValid() ? LeaseChangeKind::Renew : LeaseChangeKind::Move;
    auto *dialog = new LeaseChangeDialog(m_editing, m_clock, m_current, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AssignmentDialog::refresh);
    dialog->open();
    return dialog;
}

bool AssignmentDialog::chooseOffice(Id officeId)
{
    for (int group = 0; group < m_results->topLevelItemCount(); ++group) {
        QTreeWidgetItem *parent = m_results->topLevelItem(group);
        for (int row = 0; row < parent->childCount(); ++row) {
            QTreeWidgetItem *item = parent->child(row);
            if (item->data(0, FreeRole).toBool() && item->data(0, OfficeIdRole).toLongLong() == officeId) {
                m_results->setCurrentItem(item);
                showChosen();
                return true;
            }
        }
    }
    return false;
}

std::optional<AssignmentCandidate> AssignmentDialog::chosen() const
{
    const QTreeWidgetItem *item = m_results->currentItem();
    if (!item || !item->data(0, FreeRole).toBool())
        return std::nullopt;
    const Id officeId = item->data(0, OfficeIdRole).toLongLong();
    for (const AssignmentCandidate &candidate : m_suggestion.free) {
        if (candidate.office.id == officeId)
            return candidate;
    }
    return std::nullopt;
}

QStringList AssignmentDialog::alertsTriggered() const
{
    const std::optional<AssignmentCandidate> candidate = chosen();
    if (!candidate || !candidate->lease.companyId)
        return {};
    const Portfolio portfolio = Portfolio::load(store());
    AlertSources sources{portfolio.sites, portfolio.offices, portfolio.companies, portfolio.leases};
    const QList<Alert> without = alertSituations(sources);
    Lease lease = candidate->lease;
    Id last = 0;
    for (const Lease &other : std::as_const(sources.leases))
        last = std::max(last, other.id);
    lease.id = last + 1; // an id no stored lease has, for as long as the preview lasts
    sources.leases << lease;
    QStringList triggered;
    for (const Alert &alert : alertSituations(sources)) {
        if (!alreadyThere(alert, without) && alert.leaseIds.contains(lease.id))
            triggered << tr("%1 %2").arg(alert.message, alert.rule);
    }
    return triggered;
}

void AssignmentDialog::showChosen()
{
    const std::optional<AssignmentCandidate> candidate = chosen();
    m_create->setEnabled(candidate.has_value() && candidate->lease.companyId);
    const QTreeWidgetItem *item = m_results->currentItem();
    if (!candidate) {
        // A partly free office says why it is not offered; nothing can be created from it.
        QStringList reasons;
        if (item && item->data(0, OfficeIdRole).isValid()) {
            const Id officeId = item->data(0, OfficeIdRole).toLongLong();
            for (const AssignmentCandidate &partly : std::as_const(m_suggestion.partlyFree)) {
                if (partly.office.id == officeId)
                    reasons = partly.reasons;
            }
        }
        m_details->setText(reasons.isEmpty()
                               ? tr("Choose an office free over the whole period.")
                               : tr("<b>Not free over the whole period</b>") + bullets(reasons));
        return;
    }
    QString html = tr("<b>Why %1</b>").arg(candidate->officeName.toHtmlEscaped()) + bullets(candidate->reasons);
    if (!candidate->lease.companyId) {
        html += tr("Choose the company to see the alerts the lease would bring.");
    } else if (const QStringList alerts = alertsTriggered(); alerts.isEmpty()) {
        html += tr("<b>Alerts:</b> none; the lease breaks no legal or policy limit as the leases stand.");
    } else {
        html += tr("<b>Alerts this lease would bring</b>") + bullets(alerts);
    }
    m_details->setText(html);
}

Status AssignmentDialog::create()
{
    const std::optional<AssignmentCandidate> candidate = chosen();
    if (!candidate || !candidate->lease.companyId)
        return Error(Error::Kind::InvalidInput, tr("Choose a company and an office free over the whole period."));
    const Lease lease = candidate->lease;
    const std::optional<Application> application = m_application ? store().application(m_application->id) : std::nullopt;
    const Status created = m_editing.pushGroup(CommandText::describe(CommandText::Action::Add, store(), lease),
                                               [&](CommandGroup &group) {
        auto add = std::make_unique<AddCommand<Lease>>(m_editing, lease);
        const AddCommand<Lease> *adding = add.get();
        if (Status step = group.run(std::move(add)); !step)
            return step;
        m_created = adding->record();
        if (application && application->status != ApplicationStatus::Housed) {
            Application housed = *application;
            housed.status = ApplicationStatus::Housed;
            if (Status step = group.run(std::make_unique<UpdateCommand<Application>>(m_editing, *application, housed)); !step)
                return step;
        }
        return pepin::done();
    });
    if (!created) {
        m_created = Lease{};
        m_message->setText(tr("The lease was not created: %1").arg(CommandText::sentences(created.error())));
        m_message->show();
        refresh();
        return created;
    }
    m_message->hide();
    accept();
    return pepin::done();
}

} // namespace pepin
