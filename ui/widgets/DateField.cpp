// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateField.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace pepin {

namespace {

// Before any date of the domain: the value that stands for "no date", shown as the special
// value text.
const QDate noDate(1900, 1, 1);

QString fullYearFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QDateEdit(this))
    , m_clear(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    setFocusProxy(m_edit);

    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(fullYearFormat());
    m_edit->setMinimumDate(noDate);
    m_edit->setDate(QDate::currentDate());
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 48);
    m_edit->installEventFilter(this);
    // A click on the text goes to the spin box's line edit, not to the spin box.
    if (QLineEdit *text = m_edit->findChild<QLineEdit *>())
        text->installEventFilter(this);

    m_clear->setText(QStringLiteral("×"));
    m_clear->setAutoRaise(true);
    m_clear->setToolTip(tr("No date"));
    m_clear->hide();
    connect(m_clear, &QToolButton::clicked, this, [this] { setDate({}); });

    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        showState();
        emit dateChanged(date());
    });
}

void DateField::setOptional(const QString &noneText)
{
    m_optional = true;
    m_clear->show();
    m_edit->setSpecialValueText(noneText);
    m_edit->setMinimumWidth(std::max(m_edit->minimumWidth(), m_edit->fontMetrics().horizontalAdvance(noneText) + 48));
    // An optional date starts empty.
    m_edit->setDate(noDate);
    showState();
}

bool DateField::isEmpty() const
{
    return m_edit->date() == noDate;
}

QDate DateField::date() const
{
    return isEmpty() ? QDate() : m_edit->date();
}

void DateField::setDate(QDate date)
{
    if (!date.isValid() && !m_optional)
        return;
    m_edit->setDate(date.isValid() ? date : noDate);
    showState();
}

void DateField::fillSuggested()
{
    m_edit->setDate(m_suggested.isValid() ? m_suggested : QDate::currentDate());
}

void DateField::showState()
{
    m_clear->setEnabled(m_optional && !isEmpty());
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    // An empty field shows a text, not a date: the first click or key that means to choose one
    // starts from the suggested date, so that the calendar does not open in 1900.
    if (isEmpty() && (watched == m_edit || watched->parent() == m_edit)) {
        if (event->type() == QEvent::MouseButtonPress) {
            fillSuggested();
        } else if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            const bool moves = key == Qt::Key_Tab || key == Qt::Key_Backtab || key == Qt::Key_Escape
                || key == Qt::Key_Return || key == Qt::Key_Enter;
            if (!moves)
                fillSuggested();
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pepin
