// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace pepin {

// A page whose content is not built yet: its name and what it will hold, so that the sidebar
// already shows the whole application and nobody takes an empty page for a fault.
class ComingSoonPage : public QWidget
{
    Q_OBJECT

public:
    // `title` and `promise` are English source texts, translated on display.
    ComingSoonPage(const char *title, const char *promise, QWidget *parent = nullptr);

    QString titleText() const;
    QString promiseText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const char *m_titleSource;
    const char *m_promiseSource;
    QLabel *m_title;
    QLabel *m_soon;
    QLabel *m_promise;
};

} // namespace pepin
