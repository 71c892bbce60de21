// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile text in the occupancy report (issue 10): names of the incubator, the site, the office,
// the sector and the company are escaped in the HTML, where they stay text (no markup of theirs
// gets through), appear whole in the messages that quote them, and are in the PDF's text.
#include "CatchQt.h"

#include "Builders.h"
#include "HostileText.h"
#include "TestDatabase.h"

#include "ReportData.h"
#include "ReportDocument.h"

#include "figures/Portfolio.h"
#include "service/Store.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <set>
#include <string>

using namespace pepin;
using namespace pepin::test;

namespace {

// A site of one office whose tenant has stayed past the site's maximum of 12 months and whose
// lease ends within six months of the period: its names are in the tenant list, the entries,
// the leases ending and the alerts. Every name is `text`.
struct Fixture
{
    TestDatabase db;
    Office office;

    explicit Fixture(const QString &text)
    {
        Site site;
        site.name = text;
        site.maxStayMonths = 12;
        site = db->addSite(site).value();
        office = addOffice(db.store(), site.id, text, 20, 2);
        const Company company = addCompany(db.store(), text, text);
        addLease(db.store(), company.id, office.id, d("2025-03-01"), d("2026-09-30"));
    }

    ReportData data(const QString &incubator)
    {
        ReportRequest request;
        request.period = {d("2026-01-01"), d("2026-06-30")};
        request.language = QStringLiteral("en");
        request.produced = d("2026-07-02");
        request.incubatorName = incubator;
        return ReportData::compute(Portfolio::load(db.store()), request);
    }
};

QString pdftotext(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool havePdftotext()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

// What is left of a text to compare in a PDF's text: its letters, digits, punctuation and
// symbols, composed, with ligatures split (pdftotext may give "ﬀ" for "ff"); white space, controls
// and format characters (bidi marks, joiners) are not
// drawn, and a line may break anywhere in a long text.
QString drawn(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            continue;
        out += c;
    }
    return out;
}

const std::set<std::string> textLabels{"SQL quote injection", "SQL double quote", "SQL comment and quotes", "printf formats", "Qt arg markers",
                             "backslashes", "10,000 characters", "composed accents (NFC)", "decomposed accents (NFD)",
                             "CSV separators and quotes", "formula =", "formula +", "formula -", "formula @", "quoted formula",
                             "twice quoted formula", "HTML"};

} // namespace

TEST_CASE("Hostile names are escaped in the report's HTML and whole in its messages", "[hostile][report]")
{
    for (const HostileText &hostile : hostileTexts()) {
        INFO(describe(hostile));
        Fixture f(hostile.text);
        const ReportData data = f.data(hostile.text);
        REQUIRE(data.tenantRows.size() == 1);
        REQUIRE(data.alerts.size() >= 1);
        const QString html = ReportDocument::html(data);
        const QString escaped = hostile.text.toHtmlEscaped();

        // The template's own markup and no other.
        CHECK_FALSE(html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        CHECK_FALSE(html.contains(QStringLiteral("<b>bold</b>")));
        CHECK(html.count(QStringLiteral("<table")) == ReportDocument::html(Fixture(QStringLiteral("Plain")).data(QStringLiteral("Plain"))).count(QStringLiteral("<table")));
        // The incubator on the cover and in the title, the company in the tenants, the entries and
        // the leases ending.
        CHECK(html.count(escaped) >= 5);
        CHECK(html.contains(QStringLiteral("<title>Occupancy report — ") + escaped + QStringLiteral("</title>")));
        // The alert and its rule quote the names whole (no %1 of theirs replaced).
        const QString officeName = f.db->officeName(f.office).toHtmlEscaped();
        CHECK(html.contains(escaped + QStringLiteral(" in ") + officeName + QStringLiteral(": its stay, from ")));
        CHECK(html.contains(QStringLiteral("Policy of the site ") + escaped + QStringLiteral(": a company stays at most 12 months")));
    }
}

TEST_CASE("Hostile names are in the report's PDF", "[hostile][report][pdf]")
{
    if (!havePdftotext()) {
        WARN("pdftotext is not installed (poppler-utils): the PDF's text is not checked");
        return;
    }
    for (const HostileText &hostile : hostileTexts()) {
        INFO(describe(hostile));
        Fixture f(hostile.text);
        const ReportDocument document(f.data(QStringLiteral("Ateliers")));
        const QString pdf = f.db.file(QStringLiteral("report.pdf"));
        QString error;
        REQUIRE(document.writePdf(pdf, &error));
        const QString text = drawn(pdftotext(pdf));
        CHECK(text.contains(drawn(QStringLiteral("Occupancy report"))));
        // Text that a PDF draws as it is written; right-to-left text, emoji and control characters
        // come out of pdftotext reordered, as glyph names or not at all.
        if (textLabels.count(hostile.label) == 1) {
            const QString expected = drawn(hostile.text);
            CHECK(text.contains(expected.left(2000)));
        }
    }
}
