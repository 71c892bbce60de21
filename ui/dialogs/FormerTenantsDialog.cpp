// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormerTenantsDialog.h"

#include "commands/CommandText.h"
#include "commands/Editing.h"
#include "commands/PersonalDataErasure.h"
#include "dialogs/MessageBox.h"
#include "service/PersonalData.h"
#include "service/Store.h"
#include "util/Format.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pepin {

namespace {

enum Column { CompanyColumn, LeftColumn, SinceColumn, ColumnCount };
constexpr int IdRole = Qt::UserRole;

QString yearsText(int years)
{
    if (years <= 0)
        return FormerTenantsDialog::tr("less than a year");
    return years == 1 ? FormerTenantsDialog::tr("1 year") : FormerTenantsDialog::tr("%1 years").arg(years);
}

} // namespace

FormerTenantsDialog::FormerTenantsDialog(Editing &editing, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_clock(clock)
    , m_intro(new QLabel(this))
    , m_policy(new QLabel(this))
    , m_changePolicy(new QPushButton(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_result(new QLabel(this))
    , m_erase(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("formerTenants"));
    m_intro->setWordWrap(true);
    m_policy->setWordWrap(true);
    m_policy->setObjectName(QStringLiteral("policy"));
    m_changePolicy->setObjectName(QStringLiteral("changePolicy"));
    m_empty->setWordWrap(true);
    m_readOnly->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->hide();
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(CompanyColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(LeftColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SinceColumn, QHeaderView::ResizeToContents);
    m_erase->setObjectName(QStringLiteral("erase"));
    m_buttons->addButton(m_erase, QDialogButtonBox::ActionRole);

    auto *policyRow = new QHBoxLayout;
    policyRow->addWidget(m_policy, 1);
    policyRow->addWidget(m_changePolicy, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(policyRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_result);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_buttons);

    connect(m_changePolicy, &QPushButton::clicked, this, &FormerTenantsDialog::policyChangeRequested);
    connect(m_erase, &QPushButton::clicked, this, &FormerTenantsDialog::erase);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemChanged, this, &FormerTenantsDialog::updateButtons);

    // A read-only database: the list is there to read.
    if (const Database &db = m_editing.store().database(); db.isReadOnly()) {
        m_readOnly->setText(tr("This database is read-only: %1. Nothing can be erased from it.").arg(db.readOnlyReason()));
        m_changePolicy->setEnabled(false);
    } else {
        m_readOnly->hide();
    }

    reload();
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 100), fontMetrics().height() * 24);
}

int FormerTenantsDialog::yearsSince(QDate left, QDate today)
{
    if (!left.isValid() || !today.isValid() || today < left)
        return 0;
    int years = today.year() - left.year();
    if (left.addYears(years) > today)
        --years;
    return years;
}

void FormerTenantsDialog::reload()
{
    Store &store = m_editing.store();
    m_keepYears = store.personalDataKeepYears();
    const QDate today = m_clock.today();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const Format format;
    for (const PersonalData::Candidate &candidate : PersonalData::dueForErasure(store, today, m_keepYears)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(CompanyColumn, candidate.company.name);
        item->setData(CompanyColumn, IdRole, candidate.company.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(CompanyColumn, Qt::Checked);
        item->setText(LeftColumn, format.date(candidate.leftOn));
        item->setText(SinceColumn, yearsText(yearsSince(candidate.leftOn, today)));
        item->setTextAlignment(SinceColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->setVisible(m_list->topLevelItemCount() > 0);
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    retranslate();
}

QList<Id> FormerTenantsDialog::listedCompanies() const
{
    QList<Id> ids;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        ids << m_list->topLevelItem(row)->data(CompanyColumn, IdRole).value<Id>();
    return ids;
}

QList<Id> FormerTenantsDialog::checkedCompanies() const
{
    QList<Id> ids;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->checkState(CompanyColumn) == Qt::Checked)
            ids << item->data(CompanyColumn, IdRole).value<Id>();
    }
    return ids;
}

bool FormerTenantsDialog::erase()
{
    Store &store = m_editing.store();
    if (store.database().isReadOnly())
        return false;
    QList<Company> companies;
    for (const Id id : checkedCompanies()) {
        if (std::optional<Company> company = store.company(id))
            companies << *company;
    }
    if (companies.isEmpty() || !PersonalDataErasure::confirm(this, store, companies, m_clock.today()))
        return false;
    QList<Id> ids;
    for (const Company &company : std::as_const(companies))
        ids << company.id;
    const Result<int> erased = PersonalDataErasure::erase(m_editing, ids);
    if (!erased) {
        MessageBox::warning(this, tr("Erase personal data"), tr("Nothing was erased."), CommandText::sentences(erased.error()));
        return false;
    }
    reload();
    m_result->setText(companies.size() == 1 ? tr("The personal data of %1 was erased.").arg(companies.first().name)
                                            : tr("The personal data of %1 companies was erased.").arg(companies.size()));
    m_result->show();
    return true;
}

void FormerTenantsDialog::updateButtons()
{
    m_erase->setEnabled(!m_editing.store().database().isReadOnly() && !checkedCompanies().isEmpty());
}

void FormerTenantsDialog::retranslate()
{
    setWindowTitle(tr("Personal data of former tenants"));
    m_intro->setText(tr("The companies that left the incubator longer ago than personal data is kept, and about which some "
                        "is still held: the contact, email, phone and notes. Erasing it keeps their figures."));
    m_policy->setText(m_keepYears == 0 ? tr("The incubator keeps personal data until a company leaves.")
                      : m_keepYears == 1
                          ? tr("The incubator keeps personal data 1 year after a company leaves.")
                          : tr("The incubator keeps personal data %1 years after a company leaves.").arg(m_keepYears));
    m_changePolicy->setText(tr("&Change…"));
    m_changePolicy->setToolTip(tr("Edit ▸ Preferences, where the incubator's policy is set for everyone who opens this database"));
    m_empty->setText(tr("No former tenant's personal data is due for erasure."));
    m_list->setHeaderLabels({tr("Company"), tr("Left on"), tr("Gone for")});
    m_list->headerItem()->setTextAlignment(SinceColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_erase->setText(tr("&Erase…"));
    updateButtons();
}

void FormerTenantsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace pepin
