// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "dialogs/GuideWindow.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>

using namespace pepin;

namespace {

QString guideText(const QString &language)
{
    QFile file(GuideWindow::sourceOf(language));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// The targets of the "[…](#anchor)" links, and the pictures, that a guide refers to.
QStringList matches(const QString &text, const QString &pattern)
{
    QStringList found;
    QRegularExpressionMatchIterator it = QRegularExpression(pattern).globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(1);
    found.removeDuplicates();
    return found;
}

QSet<QString> anchorNames(const QTextDocument &document)
{
    QSet<QString> names;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString &name : it.fragment().charFormat().anchorNames())
                names.insert(name);
        }
    }
    return names;
}

void showGuide(GuideWindow &guide, const QString &language)
{
    guide.browser()->setSource(QUrl(QStringLiteral("qrc") + GuideWindow::sourceOf(language)), QTextDocument::MarkdownResource);
    QCoreApplication::processEvents();
}

// What a click on a "[…](#anchor)" link does: the browser goes to the anchor of the page shown.
void followLink(GuideWindow &guide, const QString &anchor)
{
    QTextBrowser *browser = guide.browser();
    browser->setSource(browser->source().resolved(QUrl(QStringLiteral("#") + anchor)));
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("A heading's link target is the one GitHub gives it", "[ui][guide]")
{
    CHECK(GuideWindow::anchorOf(QStringLiteral("Le rapport d’occupation")) == QStringLiteral("le-rapport-doccupation"));
    CHECK(GuideWindow::anchorOf(QStringLiteral("Appendix: how the figures are computed"))
          == QStringLiteral("appendix-how-the-figures-are-computed"));
    // French typography's no-break space before the colon is dropped, like the colon.
    CHECK(GuideWindow::anchorOf(QStringLiteral("Annexe\u00a0: mode de calcul des chiffres"))
          == QStringLiteral("annexe-mode-de-calcul-des-chiffres"));
    CHECK(GuideWindow::anchorOf(QStringLiteral("Renouveler, prolonger, déménager"))
          == QStringLiteral("renouveler-prolonger-déménager"));
    CHECK(GuideWindow::anchorOf(QStringLiteral("The command line, pepin-cli")) == QStringLiteral("the-command-line-pepin-cli"));
}

TEST_CASE("Every link of each guide leads to one of its headings, and every picture is in the program", "[ui][guide]")
{
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        CAPTURE(language);
        const QString text = guideText(language);
        const QStringList links = matches(text, QStringLiteral(R"(\]\(#([^)\s]+)\))"));
        const QStringList pictures = matches(text, QStringLiteral(R"(!\[[^\]]*\]\(([^)\s]+)\))"));
        CHECK(links.size() >= 10);
        CHECK(pictures.size() >= 6);

        GuideWindow guide;
        showGuide(guide, language);
        const QSet<QString> anchors = anchorNames(*guide.browser()->document());
        for (const QString &link : links) {
            CAPTURE(link);
            CHECK(anchors.contains(link));
        }
        for (const QString &picture : pictures) {
            CAPTURE(picture);
            CHECK(picture.startsWith(QStringLiteral("images/")));
            CHECK_FALSE(QImage(QStringLiteral(":/pepin/guide/") + picture).isNull());
        }
    }
}

TEST_CASE("Following a link of the guide's contents scrolls to its chapter", "[ui][guide]")
{
    GuideWindow guide;
    guide.show();
    showGuide(guide, QStringLiteral("en"));
    QScrollBar *scroll = guide.browser()->verticalScrollBar();
    const QString text = guide.browser()->toPlainText();
    REQUIRE(scroll->value() == 0);
    followLink(guide, QStringLiteral("appendix-how-the-figures-are-computed"));
    CHECK(scroll->value() > scroll->maximum() / 2); // the last chapter
    CHECK(guide.browser()->toPlainText() == text);   // the same page, not read again
    // The screenshots are drawn no wider than the window: no sideways scrolling.
    int pictures = 0;
    for (QTextBlock block = guide.browser()->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().isImageFormat())
                continue;
            ++pictures;
            const QTextImageFormat picture = it.fragment().charFormat().toImageFormat();
            CHECK(picture.width() > 100);
            CHECK(picture.width() <= guide.browser()->viewport()->width());
        }
    }
    CHECK(pictures >= 6);
    CHECK(guide.browser()->horizontalScrollBar()->maximum() == 0);
    // Back to the top, then to a chapter of the French guide.
    showGuide(guide, QStringLiteral("fr"));
    REQUIRE(scroll->value() == 0);
    followLink(guide, QStringLiteral("le-tableau-de-bord"));
    CHECK(scroll->value() > 0);
}
