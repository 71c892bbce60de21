// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportData.h"
#include "util/Clock.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;

namespace pepin {

class DateField;
class ReportDocument;
class Store;

// The Reports page: the occupancy report of a period (a preset or dates chosen), for every site
// or one, in French or English, previewed page by page as it will print, and exported to PDF or
// HTML or printed. The report is the one pepin-cli writes (report/): the page chooses and shows.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(Store &store, const Clock &clock, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // The choices, for tests and the screenshots.
    void setPreset(ReportPreset preset);
    ReportPreset preset() const;
    void setPeriod(const DateRange &period); // switches to Custom
    DateRange period() const;
    bool setSite(std::optional<Id> siteId);
    void setLanguage(const QString &language); // "fr" or "en"
    ReportRequest request() const;

    // The report as previewed (none when the period is not one), built again after a choice or
    // the data changed. It is built when asked for or when the page is shown, not before, and
    // let go when the page is hidden (the preview keeps its pages): a network's report takes
    // seconds and tens of megabytes to lay out.
    const ReportDocument *document();
    QPrintPreviewWidget *preview() const { return m_preview; }

    // Sets `printer` as the report needs it: A4 portrait, the whole sheet (the report draws its
    // own margins).
    static void preparePrinter(QPrinter &printer);

    // Write the report without asking where; false after telling the user why.
    bool exportTo(const QString &path);

public slots:
    void refresh();
    void exportPdf();
    void exportHtml();
    void print();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void build();
    void retranslate();
    void fillSites();
    void presetChosen();
    void paint(QPrinter *printer);
    // Builds the report of the current choices if they or the data changed since it was built.
    void ensureDocument();
    void showReport();
    QString suggestedName(const QString &suffix) const;

    Store &m_store;
    Clock m_clock;
    std::unique_ptr<ReportDocument> m_document;
    bool m_stale = true;     // m_document is not the report of the current choices and data
    bool m_coverDue = false; // a new report not yet shown from its cover

    QLabel *m_heading = nullptr;
    QLabel *m_presetLabel = nullptr;
    QComboBox *m_preset = nullptr;
    QLabel *m_fromLabel = nullptr;
    DateField *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    DateField *m_to = nullptr;
    QLabel *m_siteLabel = nullptr;
    QComboBox *m_site = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportHtml = nullptr;
    QPushButton *m_print = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace pepin
