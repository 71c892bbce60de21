// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsPage.h"

#include "ReportDocument.h"
#include "ReportLanguage.h"
#include "dialogs/MessageBox.h"
#include "figures/Portfolio.h"
#include "service/Store.h"
#include "storage/Database.h"
#include "util/Format.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace pepin {

namespace {

const QList<ReportPreset> presets{ReportPreset::LastMonth, ReportPreset::LastQuarter, ReportPreset::LastTwelveMonths,
                                  ReportPreset::LastYear, ReportPreset::Custom};

// Whether the dates chosen make a period a report can cover.
bool isPeriod(const DateRange &range)
{
    return range.start.isValid() && range.end.isValid() && range.start <= range.end;
}

} // namespace

ReportsPage::ReportsPage(Store &store, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    preparePrinter(*m_printer);
    build();
    fillSites();
    retranslate();
    setPreset(ReportPreset::LastTwelveMonths);
    // After every committed change, an undo or redo too.
    connect(&m_store.database(), &Database::changed, this, [this] {
        fillSites();
        refresh();
    });
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::build()
{
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("reportPreset"));
    m_from = new DateField(this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = new DateField(this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("reportSite"));
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    // Each language in its own words.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(ReportLanguage::current() == QLatin1String("en") ? 1 : 0);
    m_presetLabel = new QLabel(this);
    m_presetLabel->setBuddy(m_preset);
    m_fromLabel = new QLabel(this);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_to);
    m_siteLabel = new QLabel(this);
    m_siteLabel->setBuddy(m_site);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_exportPdf = new QPushButton(this);
    m_exportPdf->setObjectName(QStringLiteral("reportExportPdf"));
    m_exportPdf->setDefault(true);
    m_exportHtml = new QPushButton(this);
    m_exportHtml->setObjectName(QStringLiteral("reportExportHtml"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("reportPrint"));

    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportsPage::paint);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_presetLabel, m_preset);
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
    form->addRow(m_siteLabel, m_site);
    form->addRow(m_languageLabel, m_language);

    auto *side = new QVBoxLayout;
    side->addWidget(m_heading);
    side->addSpacing(8);
    side->addLayout(form);
    side->addSpacing(8);
    side->addWidget(m_summary);
    side->addSpacing(12);
    side->addWidget(m_exportPdf);
    side->addWidget(m_exportHtml);
    side->addWidget(m_print);
    side->addStretch(1);

    auto *sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    sideWidget->setMaximumWidth(fontMetrics().averageCharWidth() * 46);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(sideWidget);
    layout->addWidget(m_preview, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportsPage::presetChosen);
    for (DateField *field : {m_from, m_to}) {
        connect(field, &DateField::dateChanged, this, [this] {
            if (preset() != ReportPreset::Custom) {
                const QSignalBlocker blocker(m_preset);
                m_preset->setCurrentIndex(int(presets.indexOf(ReportPreset::Custom)));
            }
            refresh();
        });
    }
    connect(m_site, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_exportPdf, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    connect(m_exportHtml, &QPushButton::clicked, this, &ReportsPage::exportHtml);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);
}

void ReportsPage::retranslate()
{
    m_heading->setText(tr("Occupancy report"));
    m_presetLabel->setText(tr("&Period:"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_siteLabel->setText(tr("&Site:"));
    m_languageLabel->setText(tr("&Language:"));
    m_exportPdf->setText(tr("Export &PDF…"));
    m_exportHtml->setText(tr("Export &HTML…"));
    m_print->setText(tr("P&rint…"));
    const QStringList names{tr("Last month"), tr("Last quarter"), tr("Last 12 months"), tr("Last calendar year"), tr("Custom")};
    const QSignalBlocker blocker(m_preset);
    const int current = m_preset->currentIndex();
    m_preset->clear();
    m_preset->addItems(names);
    m_preset->setCurrentIndex(std::max(current, 0));
    if (m_site->count() > 0)
        m_site->setItemText(0, tr("All sites"));
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportsPage::fillSites()
{
    const Id chosen = m_site->count() > 0 ? m_site->currentData().value<Id>() : 0;
    const QSignalBlocker blocker(m_site);
    m_site->clear();
    m_site->addItem(tr("All sites"), QVariant(Id(0)));
    for (const Site &site : m_store.sites()) {
        if (!site.archived || site.id == chosen)
            m_site->addItem(site.name, QVariant(site.id));
    }
    const int index = chosen ? m_site->findData(QVariant(chosen)) : 0;
    m_site->setCurrentIndex(std::max(index, 0));
}

void ReportsPage::setPreset(ReportPreset preset)
{
    m_preset->setCurrentIndex(int(presets.indexOf(preset)));
    presetChosen();
}

ReportPreset ReportsPage::preset() const
{
    return presets.value(m_preset->currentIndex(), ReportPreset::Custom);
}

void ReportsPage::presetChosen()
{
    const DateRange range = presetPeriod(preset(), m_clock.today());
    if (range.start.isValid()) {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(range.start);
        m_to->setDate(range.end);
    }
    refresh();
}

void ReportsPage::setPeriod(const DateRange &period)
{
    {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(int(presets.indexOf(ReportPreset::Custom)));
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(period.start);
        m_to->setDate(period.end);
    }
    refresh();
}

DateRange ReportsPage::period() const
{
    return {m_from->date(), m_to->date()};
}

bool ReportsPage::setSite(std::optional<Id> siteId)
{
    const int index = m_site->findData(QVariant(siteId.value_or(0)));
    if (index < 0)
        return false;
    m_site->setCurrentIndex(index);
    return true;
}

void ReportsPage::setLanguage(const QString &language)
{
    m_language->setCurrentIndex(language == QLatin1String("en") ? 1 : 0);
}

ReportRequest ReportsPage::request() const
{
    ReportRequest request;
    request.period = period();
    const Id site = m_site->currentData().value<Id>();
    if (site)
        request.siteId = site;
    request.language = m_language->currentData().toString();
    request.produced = m_clock.today();
    const Store::Identity identity = m_store.identity();
    request.incubatorName = identity.name;
    request.incubatorLogo = identity.logo;
    return request;
}

void ReportsPage::refresh()
{
    m_stale = true;
    m_document.reset();
    const bool valid = isPeriod(period());
    for (QPushButton *button : {m_exportPdf, m_exportHtml, m_print})
        button->setEnabled(valid);
    if (isVisible())
        showReport();
}

void ReportsPage::ensureDocument()
{
    const ReportRequest chosen = request();
    const bool valid = isPeriod(chosen.period);
    if (!m_stale && (m_document || !valid))
        return;
    // Not stale: the report shown was let go when the page was hidden, and is laid out again
    // the same for an export or a print; the preview and the summary already show it.
    const bool changed = std::exchange(m_stale, false);
    if (!valid) {
        m_document.reset();
        m_summary->setText(tr("The period ends before it starts: choose its first and last day."));
        return;
    }
    m_document = std::make_unique<ReportDocument>(ReportData::compute(Portfolio::load(m_store), chosen));
    if (!changed)
        return;
    m_coverDue = true;
    const Format format;
    const int pages = m_document->pageCount();
    m_summary->setText((pages == 1 ? tr("1 page") : tr("%1 pages").arg(pages)) + QStringLiteral(" · ")
                       + tr("%1 days, compared with the %1 days before").arg(format.integer(chosen.period.days())));
}

const ReportDocument *ReportsPage::document()
{
    ensureDocument();
    return m_document.get();
}

void ReportsPage::showReport()
{
    ensureDocument();
    m_preview->updatePreview();
    // A new report is read from its cover, not from where the last one was scrolled to.
    m_preview->setCurrentPage(1);
    m_coverDue = false;
}

void ReportsPage::showEvent(QShowEvent *event)
{
    // The preview, shown first, may already have asked for the report (paint()).
    QWidget::showEvent(event);
    if (m_stale)
        showReport();
    // Laid out at its final size only now, the preview moves its pages as it fits them to its
    // width: the cover of a new report is brought into view after that.
    if (std::exchange(m_coverDue, false))
        QTimer::singleShot(0, m_preview, [preview = m_preview] { preview->setCurrentPage(1); });
}

void ReportsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // The preview keeps the pages it drew; the laid-out report behind them (some 60 MB for a
    // network's year) is let go until an export or a print asks for it again.
    if (!m_stale)
        m_document.reset();
}

void ReportsPage::paint(QPrinter *printer)
{
    ensureDocument();
    if (m_document)
        m_document->print(*printer);
}

QString ReportsPage::suggestedName(const QString &suffix) const
{
    const ReportRequest chosen = request();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("occupancy-report") + QStringLiteral("-%1-%2.%3").arg(isoDate(chosen.period.start), isoDate(chosen.period.end), suffix);
    return QDir(folder).filePath(name);
}

bool ReportsPage::exportTo(const QString &path)
{
    if (!document())
        return false;
    QString error;
    if (!ReportDocument::write(m_document->data(), path, &error)) {
        MessageBox::warning(this, tr("Export the report"), tr("The report could not be written."), error);
        return false;
    }
    return true;
}

void ReportsPage::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as PDF"), suggestedName(QStringLiteral("pdf")),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ReportsPage::exportHtml()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as HTML"), suggestedName(QStringLiteral("html")),
                                                      tr("Web pages (*.html)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ReportsPage::preparePrinter(QPrinter &printer)
{
    // The report carries its own margins, header and page numbers: the printer gives the whole sheet.
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
}

void ReportsPage::print()
{
    if (!document())
        return;
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print the report"));
    if (dialog.exec() == QDialog::Accepted)
        m_document->print(*m_printer);
}

} // namespace pepin
