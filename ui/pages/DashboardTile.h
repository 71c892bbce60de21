// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace pepin {

// One key figure of the dashboard: what it is, the figure in large, and a line that puts it in
// context ("11 / 11 offices"). The whole tile is a button that opens the page behind it, by a
// click or by Enter or Space when it has the focus.
class DashboardTile : public QFrame
{
    Q_OBJECT

public:
    // How the figure calls for attention.
    enum class Tone { Normal, Warning, Critical };

    explicit DashboardTile(QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    void setFigure(const QString &value, const QString &detail, Tone tone = Tone::Normal);

    QString caption() const;
    QString value() const;
    QString detail() const;
    Tone tone() const { return m_tone; }

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyColours();
    // The caption and the detail cut to the tile's width, whole in the tip.
    void fitTexts();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
    QString m_captionText;
    QString m_detailText;
    Tone m_tone = Tone::Normal;
    bool m_hovered = false;
};

} // namespace pepin
