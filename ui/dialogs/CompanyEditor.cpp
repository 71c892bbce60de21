// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyEditor.h"

#include "commands/SaveCommand.h"

#include "commands/AddCommand.h"
#include "commands/CommandGroup.h"
#include "commands/Editing.h"
#include "commands/UpdateCommand.h"
#include "service/Rules.h"
#include "service/Store.h"
#include "util/Format.h"
#include "util/Parse.h"
#include "util/Siret.h"
#include "widgets/Choices.h"
#include "widgets/DateField.h"
#include "widgets/DatedValueTable.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace pepin {

namespace {

// The combo's data of the "New sector…" item; sectors have positive ids, "no sector" is 0.
constexpr qint64 newSectorItem = -1;

// The sector step of a group answers for the company's sector field.
Status asSectorProblem(Status status)
{
    if (status)
        return status;
    QList<Problem> problems = status.error().problems();
    for (Problem &problem : problems)
        problem.field = QStringLiteral("sector");
    return Error(status.error().kind(), problems);
}

} // namespace

CompanyEditor::CompanyEditor(Editing &editing, const Clock &clock, std::optional<Company> company, QWidget *parent)
    : RecordEditor(editing, clock, parent)
    , m_before(std::move(company))
    , m_name(new QLineEdit(this))
    , m_siret(new QLineEdit(this))
    , m_naf(new QLineEdit(this))
    , m_sector(new QComboBox(this))
    , m_newSector(new QLineEdit(this))
    , m_createdOn(new DateField(this))
    , m_stage(new QComboBox(this))
    , m_contact(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_headcounts(new DatedValueTable(tr("From"), tr("People"), this))
    , m_exitDate(new DateField(this))
    , m_exitReason(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("companyEditor"));
    setWindowTitle(isNew() ? tr("New company") : tr("Company %1").arg(m_before->name));

    m_siret->setPlaceholderText(tr("14 digits, e.g. 732 829 320 00074"));
    m_naf->setPlaceholderText(tr("e.g. 62.01Z"));
    m_naf->setMaximumWidth(m_naf->fontMetrics().horizontalAdvance(QStringLiteral("00.00Z")) * 3);
    m_newSector->setPlaceholderText(tr("Name of the new sector"));
    m_createdOn->setOptional(tr("not known"));
    m_exitDate->setOptional(tr("still here"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_headcounts->setFirstDate([this] {
        return m_createdOn->date().isValid() ? m_createdOn->date() : today();
    });

    for (const Sector &sector : store().sectors()) {
        // An archived sector stays on the company that has it, and is offered to no other.
        if (sector.archived && (isNew() || m_before->sectorId != sector.id))
            continue;
        m_sector->addItem(choices::swatch(QColor::fromString(sector.color)), sector.name, sector.id);
    }
    m_sector->insertItem(0, tr("No sector"), Id(0));
    m_sector->insertSeparator(m_sector->count());
    m_sector->addItem(tr("New sector…"), newSectorItem);
    choices::fill(m_stage, QList<CompanyStage>{CompanyStage::Project, CompanyStage::Young, CompanyStage::Developing,
                                               CompanyStage::Established},
                  tr("Not known"));
    choices::fill(m_exitReason, QList<ExitReason>{ExitReason::GraduatedLocal, ExitReason::MovedAway, ExitReason::Closed,
                                                  ExitReason::Other},
                  tr("None"));

    addRow(tr("Name"), m_name, {QStringLiteral("name")}, true);
    addRow(tr("SIRET"), m_siret, {QStringLiteral("siret")});
    addRow(tr("NAF code"), m_naf, {QStringLiteral("naf")});
    addRow(tr("Sector"), m_sector, {QStringLiteral("sector")});
    addRow(tr("New sector"), m_newSector, {});
    addRow(tr("Created on"), m_createdOn, {QStringLiteral("created_on")});
    addRow(tr("Stage"), m_stage, {QStringLiteral("stage")});
    addRow(tr("Contact"), m_contact, {QStringLiteral("contact")});
    addRow(tr("E-mail"), m_email, {QStringLiteral("email")});
    addRow(tr("Phone"), m_phone, {QStringLiteral("phone")});
    addRow(tr("Headcount"), m_headcounts, {QStringLiteral("headcount")});
    addRow(tr("Left on"), m_exitDate, {QStringLiteral("exit_date")});
    addRow(tr("Reason for leaving"), m_exitReason, {QStringLiteral("exit_reason")});
    addRow(tr("Notes"), m_notes, {QStringLiteral("notes")});

    connect(m_siret, &QLineEdit::textChanged, this, &CompanyEditor::checkSiretAsTyped);
    connect(m_sector, &QComboBox::currentIndexChanged, this, [this] {
        setRowVisible(m_newSector, newSectorChosen());
        if (newSectorChosen())
            m_newSector->setFocus();
    });
    connect(m_exitDate, &DateField::dateChanged, this,
            [this](QDate day) { m_exitReason->setEnabled(day.isValid()); });

    if (m_before)
        fill(*m_before);
    m_exitReason->setEnabled(m_exitDate->date().isValid());
    setRowVisible(m_newSector, false);
    resize(sizeHint().width() * 5 / 4, sizeHint().height());
}

bool CompanyEditor::reload()
{
    if (!m_before)
        return false;
    const std::optional<Company> current = store().company(m_before->id);
    if (!current)
        return false;
    m_before = current;
    fill(*current);
    return true;
}

void CompanyEditor::fill(const Company &company)
{
    m_name->setText(company.name);
    m_siret->setText(company.siret);
    m_naf->setText(company.naf);
    selectSector(company.sectorId);
    m_createdOn->setDate(company.createdOn);
    choices::select(m_stage, company.stage);
    m_contact->setText(company.contact);
    m_email->setText(company.email);
    m_phone->setText(company.phone);
    const Format format;
    QList<DatedValueTable::Row> rows;
    for (const HeadcountEntry &entry : company.headcounts)
        rows << DatedValueTable::Row{entry.asOf, format.integer(entry.headcount)};
    m_headcounts->setRows(rows);
    m_exitDate->setDate(company.exitDate);
    choices::select(m_exitReason, company.exitReason);
    m_notes->setPlainText(company.notes);
}

void CompanyEditor::selectSector(Id sectorId)
{
    const int index = m_sector->findData(sectorId);
    m_sector->setCurrentIndex(index >= 0 ? index : 0);
}

void CompanyEditor::chooseNewSector(const QString &name)
{
    m_sector->setCurrentIndex(m_sector->findData(newSectorItem));
    m_newSector->setText(name);
}

bool CompanyEditor::newSectorChosen() const
{
    return m_sector->currentData().toLongLong() == newSectorItem;
}

void CompanyEditor::checkSiretAsTyped()
{
    const QString siret = normalizeSiret(m_siret->text());
    QString note;
    if (siret.isEmpty())
        note.clear();
    else if (siret.size() < 14 && std::all_of(siret.cbegin(), siret.cend(), [](QChar c) { return c.isDigit(); }))
        note = tr("%1 digits of 14").arg(siret.size());
    else if (isValidSiret(siret))
        note = tr("Valid SIRET");
    else
        note = tr("Not a valid SIRET: check the digits on the Kbis or the INSEE notice.");
    setNote(QStringLiteral("siret"), note);
}

QList<Problem> CompanyEditor::check()
{
    Company company = m_before.value_or(Company{});
    company.name = m_name->text().trimmed();
    company.siret = normalizeSiret(m_siret->text());
    company.naf = m_naf->text().trimmed().toUpper(); // a code, in capitals as the command line and the import write it
    company.sectorId = newSectorChosen() ? 0 : m_sector->currentData().toLongLong();
    company.createdOn = m_createdOn->date();
    company.stage = choices::chosen<CompanyStage>(m_stage);
    company.contact = m_contact->text().trimmed();
    company.email = m_email->text().trimmed();
    company.phone = m_phone->text().trimmed();
    company.exitDate = m_exitDate->date();
    company.exitReason = company.exitDate.isValid() ? choices::chosen<ExitReason>(m_exitReason) : std::nullopt;
    company.notes = notesText(m_notes, company.notes);

    QList<Problem> problems;
    if (newSectorChosen() && m_newSector->text().trimmed().isEmpty())
        problems << Problem{QStringLiteral("sector"), tr("Type the name of the new sector, or choose one in the list.")};
    company.headcounts.clear();
    int line = 0;
    for (const DatedValueTable::Row &row : m_headcounts->rows()) {
        ++line;
        const std::optional<qint64> people = parseInteger(row.value);
        if (!people || *people < 0) {
            problems << Problem{QStringLiteral("headcount"),
                                tr("Line %1: “%2” is not a number of people; type a whole number, 0 or more.")
                                    .arg(line)
                                    .arg(row.value)};
            continue;
        }
        company.headcounts << HeadcountEntry{row.date, int(*people)};
    }
    std::stable_sort(company.headcounts.begin(), company.headcounts.end(),
                     [](const HeadcountEntry &a, const HeadcountEntry &b) { return a.asOf < b.asOf; });
    problems << Rules::checkCompany(company);
    m_record = company;
    return problems;
}

Status CompanyEditor::write()
{
    if (!newSectorChosen())
        return pushSave(editing(), m_before, m_record);

    // A new sector is created with the company, and goes with it on undo.
    const QString sectorName = m_newSector->text().trimmed();
    const CommandText::Describe text = CommandText::describe(isNew() ? CommandText::Action::Add : CommandText::Action::Edit, store(), m_record);
    return editing().pushGroup(text, [&](CommandGroup &group) -> Status {
        if (const std::optional<Sector> existing = store().sectorByName(sectorName)) {
            m_record.sectorId = existing->id;
        } else {
            auto sector = std::make_unique<AddCommand<Sector>>(
                editing(), Sector{0, sectorName, Store::sectorColour(int(store().sectors().size())), false, 1});
            const AddCommand<Sector> *added = sector.get();
            if (Status made = asSectorProblem(group.run(std::move(sector))); !made)
                return made;
            m_record.sectorId = added->record().id;
        }
        std::unique_ptr<StoreCommand> step = saveCommand(editing(), m_before, m_record);
        if (!step)
            return pepin::done();
        const StoreCommand *made = step.get();
        if (Status ran = group.run(std::move(step)); !ran)
            return ran;
        m_record = storedBy<Company>(*made);
        return pepin::done();
    });
}

} // namespace pepin
