// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuideWindow.h"

#include <QEvent>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPixmap>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace pepin {

namespace {

// A QTextBrowser whose Markdown headings are link targets, named as GitHub names them, so that
// the guide's "[…](#anchor)" links work the same here and on the repository's pages: Qt's
// Markdown reader names none.
class GuideBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

protected:
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override
    {
        QTextBrowser::doSetSource(name, type);
        const bool read = nameHeadings();
        fitPictures();
        if (read && name.hasFragment())
            scrollToAnchor(name.fragment());
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QTextBrowser::resizeEvent(event);
        fitPictures();
    }

private:
    // Pictures wider than the page are shown as wide as it, their proportions kept and scaled
    // smoothly; the files stay large enough to read on the repository's pages.
    void fitPictures()
    {
        const qreal room = viewport()->width() - 2 * document()->documentMargin() - 2;
        if (room <= 0)
            return;
        // Found first, then changed: a change of format may split or merge the fragments.
        struct Picture
        {
            int position;
            int length;
            QTextImageFormat format;
        };
        QList<Picture> pictures;
        for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.charFormat().isImageFormat())
                    pictures << Picture{fragment.position(), fragment.length(), fragment.charFormat().toImageFormat()};
            }
        }
        for (Picture &found : pictures) {
            QTextImageFormat &picture = found.format;
            const QUrl name(picture.name());
            const QImage original = originalOf(name);
            if (original.isNull())
                continue;
            const qreal width = std::min<qreal>(original.width(), room);
            if (qFuzzyCompare(picture.width(), width))
                continue;
            const qreal height = width * original.height() / original.width();
            QImage shown = original;
            if (width < original.width()) {
                const qreal ratio = devicePixelRatioF();
                shown = original.scaled(QSize(qRound(width * ratio), qRound(height * ratio)), Qt::IgnoreAspectRatio,
                                        Qt::SmoothTransformation);
                shown.setDevicePixelRatio(ratio);
            }
            // The document looks a picture up by its name as written, or resolved against the page.
            document()->addResource(QTextDocument::ImageResource, name, shown);
            document()->addResource(QTextDocument::ImageResource, document()->baseUrl().resolved(name), shown);
            picture.setWidth(width);
            picture.setHeight(height);
            QTextCursor cursor(document());
            cursor.setPosition(found.position);
            cursor.setPosition(found.position + found.length, QTextCursor::KeepAnchor);
            cursor.setCharFormat(picture);
        }
    }

    // A picture as its file holds it, read once.
    QImage originalOf(const QUrl &name)
    {
        const QUrl url = source().resolved(name);
        if (const auto known = m_originals.constFind(url); known != m_originals.cend())
            return *known;
        const QVariant resource = QTextBrowser::loadResource(QTextDocument::ImageResource, url);
        QImage image;
        if (resource.typeId() == QMetaType::QImage)
            image = resource.value<QImage>();
        else if (resource.typeId() == QMetaType::QPixmap)
            image = resource.value<QPixmap>().toImage();
        else
            image = QImage::fromData(resource.toByteArray());
        m_originals.insert(url, image);
        return image;
    }

    // Names the headings of a document just read; false when they were named already.
    bool nameHeadings()
    {
        QHash<QString, int> seen;
        QList<std::pair<QTextBlock, QString>> headings;
        for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 0)
                continue;
            if (!block.begin().atEnd() && !block.begin().fragment().charFormat().anchorNames().isEmpty())
                return false;
            const QString anchor = GuideWindow::anchorOf(block.text());
            const int repeat = seen.value(anchor, 0);
            seen.insert(anchor, repeat + 1);
            headings << std::pair{block, repeat == 0 ? anchor : QStringLiteral("%1-%2").arg(anchor).arg(repeat)};
        }
        for (const auto &[block, anchor] : std::as_const(headings)) {
            QTextCursor cursor(block);
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            QTextCharFormat target;
            target.setAnchor(true); // what QTextBrowser::scrollToAnchor looks for, with the name
            target.setAnchorNames({anchor});
            cursor.mergeCharFormat(target);
        }
        return true;
    }

    QHash<QUrl, QImage> m_originals;
};

} // namespace

QString GuideWindow::anchorOf(const QString &heading)
{
    QString anchor;
    for (const QChar c : heading.toLower()) {
        if (c == QLatin1Char(' '))
            anchor += QLatin1Char('-');
        else if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            anchor += c;
    }
    return anchor;
}

GuideWindow::GuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new GuideBrowser(this))
{
    setObjectName(QStringLiteral("guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(24);
    // The images sit beside the guides; links between chapters stay inside the window.
    m_browser->setSearchPaths({QStringLiteral(":/pepin/guide")});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    resize(860, 760);
    load();
}

QString GuideWindow::sourceOf(const QString &language)
{
    return QStringLiteral(":/pepin/guide/guide.%1.md").arg(language == QLatin1String("fr") ? language : QStringLiteral("en"));
}

void GuideWindow::load()
{
    m_language = QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    m_browser->setSource(QUrl(QStringLiteral("qrc") + sourceOf(m_language)), QTextDocument::MarkdownResource);
    setWindowTitle(tr("Pépin user guide"));
}

void GuideWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QWidget::changeEvent(event);
}

} // namespace pepin
