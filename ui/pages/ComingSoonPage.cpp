// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComingSoonPage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pepin {

ComingSoonPage::ComingSoonPage(const char *title, const char *promise, QWidget *parent)
    : QWidget(parent)
    , m_titleSource(title)
    , m_promiseSource(promise)
    , m_title(new QLabel(this))
    , m_soon(new QLabel(this))
    , m_promise(new QLabel(this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_soon->setForegroundRole(QPalette::PlaceholderText);
    m_promise->setWordWrap(true);
    // A measure that reads easily; wrapped lines need a width of their own to get their height.
    m_promise->setFixedWidth(m_promise->fontMetrics().averageCharWidth() * 70);
    for (QLabel *label : {m_title, m_soon, m_promise})
        label->setAlignment(Qt::AlignHCenter);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_soon, 0, Qt::AlignHCenter);
    layout->addSpacing(m_promise->fontMetrics().height());
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(m_promise);
    centred->addStretch(1);
    layout->addLayout(centred);
    layout->addStretch(3);
    retranslate();
}

QString ComingSoonPage::titleText() const
{
    return m_title->text();
}

QString ComingSoonPage::promiseText() const
{
    return m_promise->text();
}

void ComingSoonPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComingSoonPage::retranslate()
{
    // The texts are given in the main window's context, where they are marked.
    m_title->setText(QCoreApplication::translate("pepin::MainWindow", m_titleSource));
    m_soon->setText(tr("Coming in a next version"));
    m_promise->setText(QCoreApplication::translate("pepin::MainWindow", m_promiseSource));
}

} // namespace pepin
