// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeaseChangeDialog.h"

#include "commands/AddCommand.h"
#include "commands/CommandGroup.h"
#include "commands/CommandText.h"
#include "commands/Editing.h"
#include "commands/UpdateCommand.h"
#include "dialogs/RecordEditor.h"
#include "figures/Stays.h"
#include "service/Store.h"
#include "util/Format.h"
#include "widgets/Choices.h"
#include "widgets/DateField.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace pepin {

namespace {

// The colours of the editors' problems (dialogs/RecordEditor.h), and an amber for warnings.
const QColor &problemColour = RecordEditor::problemColour;
const QColor &problemBase = RecordEditor::problemBase;
const QColor warningColour(0x8a, 0x53, 0x00);
const QColor warningBase(0xff, 0xf4, 0xdc);
const QColor infoColour(0x1f, 0x5f, 0xa8);

const QString noticeField = QStringLiteral("notice");

QColor severityColour(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Critical:
        return problemColour;
    case AlertSeverity::Warning:
        return warningColour;
    case AlertSeverity::Info:
        break;
    }
    return infoColour;
}

QString bullets(const QStringList &itemsHtml)
{
    QString html = QStringLiteral("<ul style=\"margin-left: -20px; margin-top: 2px; margin-bottom: 4px;\">");
    for (const QString &item : itemsHtml)
        html += QStringLiteral("<li style=\"margin-bottom: 3px;\">%1</li>").arg(item);
    return html + QStringLiteral("</ul>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<p style=\"margin-top: 8px; margin-bottom: 0px;\"><b>%1</b></p>").arg(text.toHtmlEscaped());
}

const QList<LeaseChangeKind> allKinds{LeaseChangeKind::Renew, LeaseChangeKind::Extend, LeaseChangeKind::Move,
                                      LeaseChangeKind::EndEarly};

} // namespace

LeaseChangeDialog::LeaseChangeDialog(Editing &editing, const Clock &clock, const Lease &lease, LeaseChangeKind kind,
                                     QWidget *parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_clock(clock)
    , m_lease(lease)
    , m_kind(kind)
    , m_title(new QLabel(this))
    , m_current(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_kinds(new QButtonGroup(this))
    , m_form(new QFormLayout)
    , m_type(new QComboBox(this))
    , m_months(new QSpinBox(this))
    , m_until(new QLabel(this))
    , m_monthsRow(new QWidget(this))
    , m_end(new DateField(this))
    , m_moveOn(new DateField(this))
    , m_office(new QComboBox(this))
    , m_area(new QDoubleSpinBox(this))
    , m_workstations(new QSpinBox(this))
    , m_lastDay(new DateField(this))
    , m_notice(new QLabel(this))
    , m_rent(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("leaseChangeDialog"));
    m_filling = true;
    m_portfolio = Portfolio::load(store());
    const Format format;
    const QDate today = m_clock.today();

    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_current->setWordWrap(true);
    m_current->setForegroundRole(QPalette::PlaceholderText);

    RecordEditor::styleProblemBanner(m_banner);

    auto *kindsLine = new QHBoxLayout;
    for (const LeaseChangeKind each : allKinds) {
        auto *button = new QRadioButton(label(each), this);
        button->setObjectName(code(each));
        m_kinds->addButton(button, int(each));
        kindsLine->addWidget(button);
    }
    kindsLine->addStretch(1);

    // The fields, each filled with what the change most often is.
    choices::fill(m_type, QList<LeaseType>{LeaseType::Precaire, LeaseType::Derogatoire, LeaseType::Commercial,
                                           LeaseType::Coworking});
    choices::select(m_type, std::optional<LeaseType>(m_lease.type));
    m_months->setRange(1, 1200);
    m_months->setSuffix(tr(" months"));
    m_months->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *monthsLine = new QHBoxLayout(m_monthsRow);
    monthsLine->setContentsMargins(0, 0, 0, 0);
    monthsLine->addWidget(m_months);
    monthsLine->addWidget(m_until, 1);

    const QDate last = m_lease.lastDay();
    m_end->setDate(last.isValid() ? last.addYears(1) : today.addYears(1));
    // A move most often happens on the first of a month: the next one, inside the lease.
    QDate moveOn = QDate(today.year(), today.month(), 1).addMonths(1);
    if (last.isValid() && moveOn > last)
        moveOn = last;
    if (moveOn <= m_lease.start)
        moveOn = m_lease.start.addDays(1);
    m_moveOn->setDate(moveOn);

    m_office->addItem(tr("Choose an office"), Id(0));
    QHash<Id, QString> siteNames;
    for (const Site &site : std::as_const(m_portfolio.sites))
        siteNames.insert(site.id, site.name);
    for (const Office &office : std::as_const(m_portfolio.offices)) {
        if (office.archived || office.id == m_lease.officeId)
            continue;
        const QString space = office.kind == OfficeKind::Shared
            ? tr("shared, %1 workstations").arg(office.workstations)
            : (office.workstations == 1 ? tr("%1, 1 workstation").arg(format.area(office.areaM2))
                                        : tr("%1, %2 workstations").arg(format.area(office.areaM2)).arg(office.workstations));
        m_office->addItem(tr("%1 – %2 (%3)", "an office to move to: site – code (space)")
                              .arg(siteNames.value(office.siteId), office.code, space),
                          office.id);
    }
    // What the company has now, which it needs at least unless told otherwise.
    Office current;
    for (const Office &office : std::as_const(m_portfolio.offices)) {
        if (office.id == m_lease.officeId)
            current = office;
    }
    const bool shared = current.kind == OfficeKind::Shared;
    m_area->setRange(0, 100000);
    m_area->setDecimals(1);
    m_area->setSuffix(QStringLiteral(" m²"));
    m_area->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_area->setValue(shared && current.workstations > 0 ? current.areaM2 * m_lease.workstations / current.workstations
                                                        : current.areaM2);
    m_workstations->setRange(0, 9999);
    m_workstations->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_workstations->setValue(shared ? m_lease.workstations : current.workstations);

    // Ending early: by default the first day notice given today allows; when that is no longer
    // before the term, the end of this month, as tenants most often leave.
    QDate lastDay = earliestLastDay(today, m_lease.noticeMonths);
    if (m_lease.end.isValid() && lastDay >= m_lease.end) {
        lastDay = QDate(today.year(), today.month(), today.daysInMonth());
        if (lastDay >= m_lease.end)
            lastDay = m_lease.end.addDays(-1);
    }
    if (lastDay < m_lease.start)
        lastDay = m_lease.start;
    m_lastDay->setDate(lastDay);
    m_notice->setWordWrap(true);

    m_rent->addItem(tr("Continue the site's progressive schedule"), int(RentFollows::Schedule));
    m_rent->addItem(tr("Keep the rent in force"), int(RentFollows::CurrentRent));

    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setOpenLinks(false);
    // Room for the form first: the preview scrolls.
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 6);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    addRow(tr("New lease's type"), m_type, changeField::type);
    addRow(tr("Duration"), m_monthsRow, changeField::months);
    addRow(tr("New end"), m_end, changeField::end);
    addRow(tr("Moves in on"), m_moveOn, changeField::start);
    addRow(tr("To the office"), m_office, changeField::office);
    addRow(tr("Area needed"), m_area, changeField::area);
    addRow(tr("Workstations needed"), m_workstations, changeField::workstations);
    addRow(tr("Last day"), m_lastDay, changeField::terminatedOn);
    addRow(tr("Notice"), m_notice, noticeField);
    addRow(tr("Rent"), m_rent, changeField::rent);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_current);
    layout->addSpacing(4);
    layout->addLayout(kindsLine);
    layout->addWidget(m_banner);
    layout->addLayout(m_form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] { (void)save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kinds, &QButtonGroup::idClicked, this, [this](int id) { setKind(LeaseChangeKind(id)); });
    const auto changed = [this] { refresh(); };
    connect(m_type, &QComboBox::currentIndexChanged, this, changed);
    connect(m_months, &QSpinBox::valueChanged, this, changed);
    connect(m_end, &DateField::dateChanged, this, changed);
    connect(m_moveOn, &DateField::dateChanged, this, changed);
    connect(m_office, &QComboBox::currentIndexChanged, this, changed);
    connect(m_area, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_workstations, &QSpinBox::valueChanged, this, changed);
    connect(m_lastDay, &DateField::dateChanged, this, changed);
    connect(m_rent, &QComboBox::currentIndexChanged, this, changed);
    // Another window's change (or an undo) moves what the preview says.
    connect(&store().database(), &Database::changed, this, &LeaseChangeDialog::reload);

    suggestMonths();
    m_filling = false;
    setKind(kind);
    resize(760, 600);
}

Store &LeaseChangeDialog::store() const
{
    return m_editing.store();
}

void LeaseChangeDialog::addRow(const QString &label, QWidget *editor, const QString &field)
{
    auto *message = new QLabel(this);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    message->hide();
    m_form->addRow(label, editor);
    m_form->addRow(QString(), message);
    // The message's row has no label of its own.
    if (QLayoutItem *item = m_form->itemAt(m_form->rowCount() - 1, QFormLayout::LabelRole)) {
        if (QWidget *empty = item->widget())
            empty->hide();
    }
    m_rows.insert(field, Row{editor, message});
}

void LeaseChangeDialog::setKind(LeaseChangeKind kind)
{
    m_kind = kind;
    if (QAbstractButton *button = m_kinds->button(int(kind)); button && !button->isChecked())
        button->setChecked(true);
    showKind();
    refresh();
}

bool LeaseChangeDialog::selectOffice(Id officeId)
{
    const int index = m_office->findData(officeId);
    if (index < 0)
        return false;
    m_office->setCurrentIndex(index);
    return true;
}

// The rows of the change chosen; the others hidden.
void LeaseChangeDialog::showKind()
{
    const QList<QWidget *> rowsOf[] = {
        {m_type, m_monthsRow, m_rent},                         // renew
        {m_end, m_rent},                                       // extend
        {m_moveOn, m_office, m_area, m_workstations, m_rent},  // move
        {m_lastDay, m_notice},                                 // end early
    };
    const QList<QWidget *> &shown = rowsOf[int(m_kind)];
    for (const Row &row : std::as_const(m_rows)) {
        const bool visible = shown.contains(row.editor);
        m_form->setRowVisible(row.editor, visible);
        // The message's row stays in the form, its label hidden, as in the record editors.
        row.message->setVisible(visible && !row.message->text().isEmpty());
    }
    m_title->setText(headline());
    setWindowTitle(tr("%1: %2").arg(label(m_kind), CommandText::leaseName(store(), m_lease)));
}

QString LeaseChangeDialog::headline() const
{
    const QString company = store().company(m_lease.companyId).value_or(Company{}).name;
    const std::optional<Office> office = store().office(m_lease.officeId);
    const QString place = office ? store().officeName(*office) : QString();
    switch (m_kind) {
    case LeaseChangeKind::Renew:
        return tr("Renew the lease of %1 in %2").arg(company, place);
    case LeaseChangeKind::Extend:
        return tr("Extend the lease of %1 in %2").arg(company, place);
    case LeaseChangeKind::Move:
        return tr("Move %1 out of %2 to another office").arg(company, place);
    case LeaseChangeKind::EndEarly:
        return tr("End the lease of %1 in %2 early").arg(company, place);
    }
    return QString();
}

// The site's maximum stay, or the lease's own length, unless the user chose.
void LeaseChangeDialog::suggestMonths()
{
    const bool filling = m_filling;
    m_filling = true;
    m_months->setValue(defaultRenewalMonths(m_portfolio, m_lease));
    m_filling = filling;
}

void LeaseChangeDialog::reload()
{
    m_portfolio = Portfolio::load(store());
    for (const Lease &lease : std::as_const(m_portfolio.leases)) {
        if (lease.id == m_lease.id)
            m_lease = lease;
    }
    refresh();
}

LeaseChangeRequest LeaseChangeDialog::request() const
{
    LeaseChangeRequest asked;
    asked.kind = m_kind;
    asked.leaseId = m_lease.id;
    asked.rent = RentFollows(m_rent->currentData().toInt());
    asked.months = m_months->value();
    asked.type = choices::chosen<LeaseType>(m_type);
    asked.end = m_end->date();
    asked.moveOn = m_moveOn->date();
    asked.officeId = m_office->currentData().toLongLong();
    asked.neededAreaM2 = m_area->value();
    asked.neededWorkstations = m_workstations->value();
    asked.lastDay = m_lastDay->date();
    return asked;
}

void LeaseChangeDialog::refresh()
{
    if (m_filling)
        return;
    const Format format;
    m_change = proposeLeaseChange(m_portfolio, request(), m_clock.today());

    // What the lease is now.
    QStringList now;
    now << (m_lease.end.isValid()
                ? tr("%1 from %2 to %3").arg(choices::capitalised(label(m_lease.type)), format.date(m_lease.start),
                                             format.date(m_lease.end))
                : tr("%1 from %2, with no end date").arg(choices::capitalised(label(m_lease.type)), format.date(m_lease.start)));
    if (m_lease.terminatedOn.isValid())
        now << tr("ended early on %1").arg(format.date(m_lease.terminatedOn));
    // The rent of today, or of the lease's first or last day when today is outside it.
    QDate rentDay = std::max(m_clock.today(), m_lease.start);
    if (m_lease.lastDay().isValid() && rentDay > m_lease.lastDay())
        rentDay = m_lease.lastDay();
    if (const std::optional<Cents> rent = m_lease.monthlyRentOn(rentDay))
        now << tr("%1 a month").arg(format.money(*rent));
    now << (m_lease.noticeMonths == 0   ? tr("no notice period")
                : m_lease.noticeMonths == 1 ? tr("1 month's notice")
                                            : tr("%1 months' notice").arg(m_lease.noticeMonths));
    m_current->setText(now.join(tr(" · ")));

    const QDate last = m_lease.lastDay();
    m_until->setText(last.isValid() ? tr("until %1").arg(format.date(lastDayWithin(last.addDays(1), m_months->value())))
                                    : QString());
    const NoticeCheck &notice = m_change.notice;
    if (notice.months == 0) {
        m_notice->setText(tr("The lease has no notice period."));
    } else if (notice.deadline.isValid()) {
        const QString period = notice.months == 1 ? tr("1 month") : tr("%1 months").arg(notice.months);
        m_notice->setText(notice.passed ? tr("%1: notice had to be given by %2, already past.")
                                              .arg(period, format.date(notice.deadline))
                                        : tr("%1: notice to be given by %2.").arg(period, format.date(notice.deadline)));
    } else {
        m_notice->clear();
    }
    showFields();
    showPreview();
    m_save->setEnabled(m_change.accepted());
}

QStringList LeaseChangeDialog::markedFields() const
{
    QStringList fields = m_problems.keys() + m_warnings.keys();
    fields.removeAll(QString());
    fields.removeDuplicates();
    fields.sort();
    return fields;
}

// Each problem and warning under its field, the field tinted; what concerns no field shown
// above them.
void LeaseChangeDialog::showFields()
{
    m_problems.clear();
    m_warnings.clear();
    QStringList general;
    const auto place = [&](const Problem &problem, QHash<QString, QString> &into) {
        const auto row = m_rows.constFind(problem.field);
        const bool shown = row != m_rows.cend() && m_form->isRowVisible(row->editor);
        if (problem.field.isEmpty() || !shown) {
            if (&into == &m_problems)
                general << problem.message;
            else
                into[QString()] += (into[QString()].isEmpty() ? QString() : QStringLiteral("\n")) + problem.message;
            return;
        }
        QString &text = into[problem.field];
        if (!text.split(QLatin1Char('\n')).contains(problem.message))
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + problem.message;
    };
    for (const Problem &problem : m_change.problems)
        place(problem, m_problems);
    for (const Problem &warning : m_change.warnings)
        place(warning, m_warnings);

    for (auto row = m_rows.cbegin(); row != m_rows.cend(); ++row) {
        const QString &field = row.key();
        const bool problem = m_problems.contains(field);
        const bool warning = !problem && m_warnings.contains(field);
        QPalette palette = QPalette();
        if (problem || warning) {
            palette = row->editor->palette();
            palette.setColor(QPalette::Base, problem ? problemBase : warningBase);
            palette.setColor(QPalette::Button, problem ? problemBase : warningBase);
        }
        row->editor->setPalette(palette);
        const QString text = problem ? m_problems.value(field) : m_warnings.value(field);
        row->editor->setToolTip(text);
        QPalette messagePalette = row->message->palette();
        messagePalette.setColor(QPalette::WindowText, problem ? problemColour : warningColour);
        row->message->setPalette(messagePalette);
        row->message->setForegroundRole(QPalette::WindowText);
        row->message->setText(text);
        row->message->setVisible(!text.isEmpty() && m_form->isRowVisible(row->editor));
    }
    general.removeDuplicates();
    if (!general.isEmpty())
        m_problems.insert(QString(), general.join(QLatin1Char('\n')));
    m_banner->setText(general.join(QLatin1Char('\n')));
    m_banner->setVisible(!general.isEmpty());
}

void LeaseChangeDialog::showPreview()
{
    const Format format;
    QString html;
    if (!m_change.problems.isEmpty()) {
        html += QStringLiteral("<p style=\"color: %1;\"><b>%2</b></p>")
                    .arg(problemColour.name(), tr("This change cannot be saved: put right what is marked.").toHtmlEscaped());
        if (!m_change.summary.isEmpty()) {
            QStringList asked;
            for (const QString &sentence : m_change.summary)
                asked << sentence.toHtmlEscaped();
            html += heading(tr("What was asked")) + bullets(asked);
        }
        m_preview->setHtml(html);
        return;
    }

    QStringList written;
    for (const QString &sentence : m_change.summary)
        written << sentence.toHtmlEscaped();
    html += heading(tr("What will be written")) + bullets(written);

    if (const QString general = m_warnings.value(QString()); !general.isEmpty()) {
        QStringList items;
        for (const QString &line : general.split(QLatin1Char('\n')))
            items << QStringLiteral("<span style=\"color: %1;\">%2</span>").arg(warningColour.name(), line.toHtmlEscaped());
        html += heading(tr("To know before saving")) + bullets(items);
    }

    if (m_change.alerts.isEmpty()) {
        html += heading(tr("Alerts")) + QStringLiteral("<p style=\"margin-top: 2px;\">%1</p>")
                    .arg(tr("None: the change breaks no legal or policy limit as the leases stand.").toHtmlEscaped());
    } else {
        QStringList items;
        for (const TriggeredAlert &triggered : m_change.alerts) {
            const Alert &alert = triggered.alert;
            const QString when = alert.daysAhead <= 0 ? tr("already on %1").arg(format.date(alert.date))
                                                      : tr("on %1").arg(format.date(alert.date));
            items << QStringLiteral("<span style=\"color: %1;\"><b>%2</b> (%3)</span> %4<br><i>%5</i>")
                         .arg(severityColour(alert.severity).name(),
                              choices::capitalised(label(alert.severity)).toHtmlEscaped(), when.toHtmlEscaped(),
                              triggered.text.toHtmlEscaped(), alert.rule.toHtmlEscaped());
        }
        html += heading(tr("Alerts this change would trigger")) + bullets(items);
    }
    if (!m_change.resolved.isEmpty()) {
        QStringList items;
        for (const Alert &alert : m_change.resolved)
            items << alert.message.toHtmlEscaped();
        html += heading(tr("Alerts this change puts an end to")) + bullets(items);
    }
    m_preview->setHtml(html);
}

Status LeaseChangeDialog::save()
{
    refresh();
    if (!m_change.accepted()) {
        QList<Problem> problems = m_change.problems;
        if (problems.isEmpty())
            problems << Problem{QString(), tr("There is nothing to save.")};
        return Error(Error::Kind::InvalidInput, problems);
    }
    const LeaseChange change = m_change;
    const QString name = CommandText::leaseName(store(), change.lease);
    QString destination;
    for (const Lease &added : change.added) {
        if (added.officeId != change.lease.officeId)
            destination = store().office(added.officeId).value_or(Office{}).code;
    }
    const LeaseChangeKind kind = change.kind;
    // The Edit menu's name of the change, said again after a change of language.
    auto describe = [kind, name, destination] {
        switch (kind) {
        case LeaseChangeKind::Renew:
            return tr("Renew lease %1").arg(name);
        case LeaseChangeKind::Extend:
            return tr("Extend lease %1").arg(name);
        case LeaseChangeKind::Move:
            return tr("Move lease %1 to %2").arg(name, destination);
        case LeaseChangeKind::EndEarly:
            return tr("End lease %1 early").arg(name);
        }
        return QString();
    };
    const Status written = m_editing.pushGroup(describe, [&](CommandGroup &group) {
        for (const Lease &updated : change.updated) {
            if (Status step = group.run(std::make_unique<UpdateCommand<Lease>>(m_editing, change.lease, updated)); !step)
                return step;
        }
        for (const Lease &added : change.added) {
            if (Status step = group.run(std::make_unique<AddCommand<Lease>>(m_editing, added)); !step)
                return step;
        }
        return pepin::done();
    });
    if (!written) {
        // Shown as things are now, with the Store's reason on top.
        reload();
        const QString reason = tr("Nothing was saved: %1").arg(CommandText::sentences(written.error()));
        m_banner->setText(m_banner->text().isEmpty() ? reason : reason + QLatin1Char('\n') + m_banner->text());
        m_banner->show();
        return written;
    }
    accept();
    return pepin::done();
}

} // namespace pepin
