// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTextBrowser;

namespace pepin {

// The user guide (docs/guide, built into the program), in the interface's language, in a window
// of its own that stays open beside the main one. Follows a switch of language.
class GuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit GuideWindow(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // "fr" or "en": the guide shown.
    QString language() const { return m_language; }

    // The guide's source in the program's resources, for a language ("fr" or "en").
    static QString sourceOf(const QString &language);
    // The link target of a heading, as GitHub makes it: "Le rapport d’occupation" is
    // "le-rapport-doccupation"; a heading repeated gets "-1", "-2"… after it.
    static QString anchorOf(const QString &heading);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();

    QTextBrowser *m_browser;
    QString m_language;
};

} // namespace pepin
