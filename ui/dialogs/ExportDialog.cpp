// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "Settings.h"
#include "commands/CommandText.h"
#include "dialogs/MessageBox.h"
#include "export/ViewExport.h"
#include "service/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pepin {

namespace {

// Long enough that a small export never flashes a progress bar, short enough that a long one
// shows at once that it runs and can be stopped.
constexpr int progressDelayMs = 500;

// The kind combo's data for the current view, which no Exporter::Kind is.
constexpr int viewChoice = -1;

bool takesDay(Exporter::Kind kind)
{
    return kind == Exporter::Kind::Tenants || kind == Exporter::Kind::Sectors;
}

} // namespace

ExportDialog::ExportDialog(Store &store, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_clock(clock)
    , m_kind(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_site(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_explanation(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export"));

    m_kind->addItem(tr("Tenant list"), int(Exporter::Kind::Tenants));
    m_kind->addItem(tr("Companies"), int(Exporter::Kind::Companies));
    m_kind->addItem(tr("Offices"), int(Exporter::Kind::Offices));
    m_kind->addItem(tr("Leases"), int(Exporter::Kind::Leases));
    m_kind->addItem(tr("Occupancy by month"), int(Exporter::Kind::Occupancy));
    m_kind->addItem(tr("Sector mix"), int(Exporter::Kind::Sectors));

    const QDate today = m_clock.today();
    m_date->setCalendarPopup(true);
    m_date->setDate(today);
    // The twelve months up to this one, this one whole: what a board looks at.
    m_from->setCalendarPopup(true);
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-11));
    m_to->setCalendarPopup(true);
    m_to->setDate(QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1));

    m_site->addItem(tr("All sites"));
    for (const Site &site : m_store.sites())
        m_site->addItem(site.name, site.id);

    m_preset->addItem(tr("Excel (France)"), int(CsvFormat::Preset::ExcelFrance));
    m_preset->addItem(tr("Standard"), int(CsvFormat::Preset::Standard));
    // The preset chosen in the preferences, else the one a spreadsheet of the user's language opens
    // as numbers and dates.
    setPreset(Settings().csvPreset());
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    auto *presetBox = new QVBoxLayout;
    presetBox->setContentsMargins(0, 0, 0, 0);
    presetBox->addWidget(m_preset);
    presetBox->addWidget(m_explanation);

    m_path->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48);
    auto *fileBox = new QHBoxLayout;
    fileBox->setContentsMargins(0, 0, 0, 0);
    fileBox->addWidget(m_path, 1);
    fileBox->addWidget(m_browse);

    auto *periodBox = new QHBoxLayout;
    periodBox->setContentsMargins(0, 0, 0, 0);
    periodBox->addWidget(m_from, 1);
    periodBox->addWidget(new QLabel(tr("to", "a period: from a date to another"), this));
    periodBox->addWidget(m_to, 1);
    m_period = periodBox;

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Export:"), m_kind);
    form->addRow(tr("&Date:"), m_date);
    // Rows holding a layout get their label made here: only a label with a buddy turns its '&'
    // into a shortcut instead of showing it.
    auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(labelFor(tr("&Period:"), m_from), periodBox);
    form->addRow(tr("&Site:"), m_site);
    form->addRow(labelFor(tr("&Format:"), m_preset), presetBox);
    form->addRow(labelFor(tr("F&ile:"), m_path), fileBox);

    m_export = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::updateChoices);
    connect(m_date, &QDateEdit::dateChanged, this, &ExportDialog::updateChoices);
    connect(m_from, &QDateEdit::dateChanged, this, &ExportDialog::updateChoices);
    connect(m_to, &QDateEdit::dateChanged, this, &ExportDialog::updateChoices);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::updateChoices);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &text) { m_export->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { (void)exportNow(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateChoices();
}

Exporter::Kind ExportDialog::kind() const
{
    const int chosen = m_kind->currentData().toInt();
    return chosen == viewChoice ? Exporter::Kind::Tenants : Exporter::Kind(chosen);
}

void ExportDialog::setView(QTableView *view, const QString &title, const QString &fileName)
{
    m_view = view;
    m_viewFileName = fileName;
    const QString text = tr("The current table as shown (%1)").arg(title);
    if (const int index = m_kind->findData(viewChoice); index >= 0)
        m_kind->setItemText(index, text);
    else
        m_kind->addItem(text, viewChoice);
}

bool ExportDialog::chooseView()
{
    const int index = m_kind->findData(viewChoice);
    if (index < 0)
        return false;
    m_kind->setCurrentIndex(index);
    return true;
}

bool ExportDialog::viewChosen() const
{
    return m_kind->currentData().toInt() == viewChoice;
}

void ExportDialog::setKind(Exporter::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

CsvFormat::Preset ExportDialog::preset() const
{
    return CsvFormat::Preset(m_preset->currentData().toInt());
}

void ExportDialog::setPreset(CsvFormat::Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::updateChoices()
{
    // The tenant list and the sector mix are taken at a date, the occupancy over a period, both
    // over every site or one; the other lists hold every record.
    const bool view = viewChosen();
    const bool day = !view && takesDay(kind());
    const bool period = !view && kind() == Exporter::Kind::Occupancy;
    const bool site = !view && (kind() == Exporter::Kind::Occupancy || kind() == Exporter::Kind::Sectors);
    m_form->setRowVisible(m_date, day);
    m_form->setRowVisible(m_period, period);
    m_form->setRowVisible(m_site, site);
    m_date->setEnabled(day);
    m_from->setEnabled(period);
    m_to->setEnabled(period);
    m_site->setEnabled(site);
    // A dialog on screen grows to the rows shown: its wrapped explanation is not cut.
    if (isVisible() && layout()) {
        layout()->activate();
        const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
    m_explanation->setText(preset() == CsvFormat::Preset::ExcelFrance
                               ? tr("; separator, BOM, decimal commas, DD/MM/YYYY, rates as 87,5%, French headers")
                               : tr(", separator, ISO dates, rates as fractions (0.875), English headers"));

    const QString suggested = QFileInfo(m_store.database().path()).absoluteDir().filePath(suggestedFileName());
    if (m_path->text().isEmpty() || m_path->text() == m_suggested)
        m_path->setText(QDir::toNativeSeparators(suggested));
    m_suggested = QDir::toNativeSeparators(suggested);
}

QString ExportDialog::suggestedFileName() const
{
    if (viewChosen())
        return QStringLiteral("%1-%2.csv").arg(m_viewFileName, m_clock.today().toString(Qt::ISODate));
    QString name;
    switch (kind()) {
    case Exporter::Kind::Tenants:
        name = tr("tenants", "the name of an exported tenant list's file");
        break;
    case Exporter::Kind::Companies:
        name = tr("companies", "the name of an exported file");
        break;
    case Exporter::Kind::Offices:
        name = tr("offices", "the name of an exported file");
        break;
    case Exporter::Kind::Leases:
        name = tr("leases", "the name of an exported file");
        break;
    case Exporter::Kind::Occupancy:
        return tr("occupancy", "the name of an exported file")
            + QStringLiteral("-%1-%2.csv").arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    case Exporter::Kind::Sectors:
        name = tr("sectors", "the name of an exported file");
        break;
    }
    const QDate day = takesDay(kind()) ? m_date->date() : m_clock.today();
    return QStringLiteral("%1-%2.csv").arg(name, day.toString(Qt::ISODate));
}

void ExportDialog::chooseFile()
{
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), path(), tr("CSV files (*.csv)"));
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += QStringLiteral(".csv");
    m_path->setText(QDir::toNativeSeparators(chosen));
}

Status ExportDialog::exportNow()
{
    const QString title = tr("Export");
    const QString target = QDir::fromNativeSeparators(path());
    if (target.isEmpty()) {
        const Error missing(Error::Kind::InvalidInput, tr("Choose the file to export to."));
        MessageBox::warning(this, title, tr("Nothing was exported."), CommandText::sentences(missing));
        return missing;
    }
    const bool view = viewChosen();
    if (view && !m_view) {
        const Error gone(Error::Kind::InvalidInput, tr("The table to export is no longer shown."));
        MessageBox::warning(this, title, tr("Nothing was exported."), CommandText::sentences(gone));
        return gone;
    }
    if (!view && kind() == Exporter::Kind::Occupancy && m_to->date() < m_from->date()) {
        const Error backwards(Error::Kind::InvalidInput, tr("The period ends before it starts."));
        MessageBox::warning(this, title, tr("Nothing was exported."), CommandText::sentences(backwards));
        return backwards;
    }

    // The export runs here, in the interface's thread: a window-modal progress dialog handles
    // the events at each step, so that its Cancel button is heard between two rows.
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(progressDelayMs);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    m_progress = &progress;

    qint64 written = 0;
    Exporter::Options options;
    options.format = CsvFormat::preset(preset());
    options.at = takesDay(kind()) ? m_date->date() : m_clock.today();
    options.today = m_clock.today();
    options.period = DateRange{m_from->date(), m_to->date()};
    options.step = PeriodStep::Month;
    if (m_site->currentData().isValid())
        options.filter.siteId = m_site->currentData().value<Id>();
    options.progress = [this, &progress, &written](qint64 done, qint64 total) {
        written = done;
        if (progress.maximum() != total)
            progress.setMaximum(int(total));
        progress.setValue(int(done));
        emit progressed(done, total);
    };
    options.cancelled = [&progress] { return progress.wasCanceled(); };

    // The progress dialog shows only after a moment, and events are handled meanwhile: nothing
    // here may change, nor start a second export, until this one is over. The progress dialog
    // is a window of its own, which disabling these does not reach.
    const QList<QWidget *> inputs{m_kind, m_date, m_from, m_to, m_site, m_preset, m_path, m_browse, m_buttons};
    QList<bool> wasEnabled;
    for (QWidget *input : inputs) {
        wasEnabled << input->isEnabled();
        input->setEnabled(false);
    }
    Status status = view ? ViewExport(*m_view, ViewExport::Options{options.format, options.progress, options.cancelled}).writeFile(target)
                         : Exporter(m_store, options).writeFile(kind(), target);
    for (qsizetype i = 0; i < inputs.size(); ++i)
        inputs.at(i)->setEnabled(wasEnabled.at(i));
    m_progress = nullptr;
    const bool cancelled = progress.wasCanceled();
    progress.close();

    // Cancelled after the last row, the file is complete and written: that is reported below.
    if (!status && cancelled)
        return status;
    if (!status) {
        MessageBox::warning(this, title, tr("Nothing was exported."), CommandText::sentences(status.error()));
        return status;
    }
    MessageBox::information(this, title, tr("%n row(s) written to %1.", nullptr, int(written)).arg(QDir::toNativeSeparators(target)));
    accept();
    return pepin::done();
}

} // namespace pepin
