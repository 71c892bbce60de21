// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>

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
    box.setInformativeText(details);
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
    box.setInformativeText(details);
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
    box.setInformativeText(details);
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
