// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocument>

namespace pepin {

namespace {

struct State
{
    std::optional<bool> nextAnswer;
    MessageBox::Sink sink;
};

State &state()
{
    static State instance;
    return instance;
}

// The details line of a box has no format of its own to set: given as rich text that shows the
// plain text as it is.
QString asText(const QString &details)
{
    return details.isEmpty() ? details : Qt::convertFromPlainText(details, Qt::WhiteSpaceNormal);
}

} // namespace

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text, const QString &action,
                         const QString &details)
{
    State &s = state();
    if (s.sink)
        s.sink(Message{true, title, text, details});
    if (s.nextAnswer) {
        const bool answer = *s.nextAnswer;
        s.nextAnswer.reset();
        return answer;
    }
    if (s.sink || headless()) {
        qWarning("%s (not asked: no one to answer)", qUtf8Printable(text));
        return false;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    // Messages quote names people typed: "<b>" in one is text, not markup.
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(asText(details));
    QPushButton *goAhead = box.addButton(action, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == goAhead;
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    State &s = state();
    if (s.sink) {
        s.sink(Message{false, title, text, details});
        return;
    }
    if (headless()) {
        qWarning("%s %s", qUtf8Printable(text), qUtf8Printable(details));
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    // Messages quote names people typed: "<b>" in one is text, not markup.
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(asText(details));
    box.exec();
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    State &s = state();
    if (s.sink) {
        s.sink(Message{false, title, text, details});
        return;
    }
    if (headless()) {
        qInfo("%s %s", qUtf8Printable(text), qUtf8Printable(details));
        return;
    }
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    // Messages quote names people typed: "<b>" in one is text, not markup.
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(asText(details));
    box.exec();
}

void MessageBox::setNextAnswer(bool goAhead)
{
    state().nextAnswer = goAhead;
}

void MessageBox::setSink(Sink sink)
{
    state().sink = std::move(sink);
}

bool MessageBox::headless()
{
    return QGuiApplication::platformName() == QLatin1String("offscreen")
        || QGuiApplication::platformName() == QLatin1String("minimal");
}

} // namespace pepin
