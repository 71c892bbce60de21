// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficeEditor.h"

#include "commands/SaveCommand.h"

#include "commands/AddCommand.h"
#include "commands/CommandGroup.h"
#include "commands/Editing.h"
#include "commands/UpdateCommand.h"
#include "service/Rules.h"
#include "service/Store.h"
#include "widgets/Choices.h"
#include "widgets/DateField.h"
#include "widgets/MoneyEdit.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace pepin {

namespace {

// The combo's data of the "New site…" item; sites have positive ids.
constexpr qint64 newSiteItem = -1;

// The site step of a group answers for the office's site field.
Status asSiteProblem(Status status)
{
    if (status)
        return status;
    QList<Problem> problems = status.error().problems();
    for (Problem &problem : problems)
        problem.field = QStringLiteral("site");
    return Error(status.error().kind(), problems);
}

} // namespace

OfficeEditor::OfficeEditor(Editing &editing, const Clock &clock, std::optional<Office> office, QWidget *parent)
    : RecordEditor(editing, clock, parent)
    , m_before(std::move(office))
    , m_site(new QComboBox(this))
    , m_newSite(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_floor(new QLineEdit(this))
    , m_area(new QDoubleSpinBox(this))
    , m_workstations(new QSpinBox(this))
    , m_kind(new QComboBox(this))
    , m_rentRow(new QWidget(this))
    , m_rent(new MoneyEdit(m_rentRow))
    , m_from(new DateField(this))
    , m_until(new DateField(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("officeEditor"));
    setWindowTitle(isNew() ? tr("New office") : tr("Office %1").arg(store().officeName(*m_before)));

    for (const Site &site : store().sites()) {
        if (site.archived && (isNew() || m_before->siteId != site.id))
            continue;
        m_site->addItem(site.name, site.id);
    }
    if (m_site->count() > 0)
        m_site->insertSeparator(m_site->count());
    m_site->addItem(tr("New site…"), newSiteItem);
    m_newSite->setPlaceholderText(tr("Name of the new site"));
    m_code->setPlaceholderText(tr("e.g. B12"));
    m_code->setMaximumWidth(m_code->fontMetrics().averageCharWidth() * 16);
    m_floor->setMaximumWidth(m_floor->fontMetrics().averageCharWidth() * 16);
    m_area->setRange(0, 100000);
    m_area->setDecimals(2);
    m_area->setSuffix(QStringLiteral("\u00A0m²"));
    m_area->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_workstations->setRange(0, 9999);
    m_workstations->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Numbers get the width of numbers, not of the form.
    m_area->setMaximumWidth(m_area->fontMetrics().horizontalAdvance(QStringLiteral("100 000,00 m²")) + 40);
    m_workstations->setMaximumWidth(m_area->maximumWidth());
    choices::fill(m_kind, QList<OfficeKind>{OfficeKind::Private, OfficeKind::Shared});
    m_kind->setToolTip(tr("A private office is let whole to one company at a time; a shared space is let by workstation."));
    auto *rentLayout = new QHBoxLayout(m_rentRow);
    rentLayout->setContentsMargins(0, 0, 0, 0);
    rentLayout->addWidget(m_rent);
    rentLayout->addWidget(new QLabel(tr("per m² per year, excluding VAT"), m_rentRow));
    rentLayout->addStretch(1);
    m_from->setOptional(tr("no limit"));
    m_until->setOptional(tr("no limit"));
    m_from->setSuggestedDate(today());
    m_until->setSuggestedDate(today());
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    addRow(tr("Site"), m_site, {QStringLiteral("site")}, true);
    addRow(tr("New site"), m_newSite, {});
    addRow(tr("Code"), m_code, {QStringLiteral("code")}, true);
    addRow(tr("Floor"), m_floor, {QStringLiteral("floor")});
    addRow(tr("Area"), m_area, {QStringLiteral("area_m2")}, true);
    addRow(tr("Workstations"), m_workstations, {QStringLiteral("workstations")}, true);
    addRow(tr("Kind"), m_kind, {QStringLiteral("kind")});
    addRow(tr("Reference rent"), m_rentRow, {QStringLiteral("rent_m2_year")});
    addRow(tr("Available from"), m_from, {QStringLiteral("available_from")});
    addRow(tr("Available until"), m_until, {QStringLiteral("available_until")});
    addRow(tr("Notes"), m_notes, {QStringLiteral("notes")});

    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        setRowVisible(m_newSite, newSiteChosen());
        if (newSiteChosen())
            m_newSite->setFocus();
    });

    if (m_before)
        fill(*m_before);
    setRowVisible(m_newSite, newSiteChosen());
    resize(sizeHint().width() * 5 / 4, sizeHint().height());
}

bool OfficeEditor::reload()
{
    if (!m_before)
        return false;
    const std::optional<Office> current = store().office(m_before->id);
    if (!current)
        return false;
    m_before = current;
    fill(*current);
    return true;
}

void OfficeEditor::fill(const Office &office)
{
    selectSite(office.siteId);
    m_code->setText(office.code);
    m_floor->setText(office.floor);
    m_area->setValue(office.areaM2);
    m_workstations->setValue(office.workstations);
    choices::select(m_kind, std::optional<OfficeKind>(office.kind));
    if (office.rentM2YearCents > 0)
        m_rent->setCents(office.rentM2YearCents);
    m_from->setDate(office.availableFrom);
    m_until->setDate(office.availableUntil);
    m_notes->setPlainText(office.notes);
}

void OfficeEditor::selectSite(Id siteId)
{
    const int index = m_site->findData(siteId);
    m_site->setCurrentIndex(index >= 0 ? index : 0);
}

void OfficeEditor::chooseNewSite(const QString &name)
{
    m_site->setCurrentIndex(m_site->findData(newSiteItem));
    m_newSite->setText(name);
}

bool OfficeEditor::newSiteChosen() const
{
    return m_site->currentData().toLongLong() == newSiteItem;
}

QList<Problem> OfficeEditor::check()
{
    Office office = m_before.value_or(Office{});
    // A new site has no id yet: the rules are told one is chosen, and it is created on save.
    office.siteId = newSiteChosen() ? std::numeric_limits<Id>::max() : m_site->currentData().toLongLong();
    office.code = m_code->text().trimmed();
    office.floor = m_floor->text().trimmed();
    office.areaM2 = m_area->value();
    office.workstations = m_workstations->value();
    office.kind = choices::chosen<OfficeKind>(m_kind).value_or(OfficeKind::Private);
    office.availableFrom = m_from->date();
    office.availableUntil = m_until->date();
    office.notes = notesText(m_notes, office.notes);

    QList<Problem> problems;
    if (newSiteChosen() && m_newSite->text().trimmed().isEmpty())
        problems << Problem{QStringLiteral("site"), tr("Type the name of the new site, or choose one in the list.")};
    if (const std::optional<Cents> rent = m_rent->cents())
        office.rentM2YearCents = *rent;
    else
        problems << Problem{QStringLiteral("rent_m2_year"),
                            tr("“%1” is not an amount in euros; type it like 150 or 150,50.").arg(m_rent->text())};
    problems << Rules::checkOffice(office);
    m_record = office;
    return problems;
}

Status OfficeEditor::write()
{
    if (!newSiteChosen())
        return pushSave(editing(), m_before, m_record);

    // A new site is created with the office, and goes with it on undo.
    const QString siteName = m_newSite->text().trimmed();
    const CommandText::Describe text = CommandText::describe(isNew() ? CommandText::Action::Add : CommandText::Action::Edit, store(), m_record);
    return editing().pushGroup(text, [&](CommandGroup &group) -> Status {
        if (const std::optional<Site> existing = store().siteByName(siteName)) {
            m_record.siteId = existing->id;
        } else {
            Site site;
            site.name = siteName;
            auto add = std::make_unique<AddCommand<Site>>(editing(), site);
            const AddCommand<Site> *added = add.get();
            if (Status made = asSiteProblem(group.run(std::move(add))); !made)
                return made;
            m_record.siteId = added->record().id;
        }
        std::unique_ptr<StoreCommand> step = saveCommand(editing(), m_before, m_record);
        if (!step)
            return pepin::done();
        const StoreCommand *made = step.get();
        if (Status ran = group.run(std::move(step)); !ran)
            return ran;
        m_record = storedBy<Office>(*made);
        return pepin::done();
    });
}

} // namespace pepin
