// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace pepin {

// The questions and warnings of the application, in one place so that tests can answer them
// (as KeePassXC's MessageBox::setNextAnswer does): a test states the next answer, or receives
// the messages through a sink, and no test ever waits on a dialog. Without a display, where a
// modal dialog could never be answered, nothing is shown: questions are answered "no" and
// messages go to the log.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(pepin::MessageBox)

public:
    struct Message
    {
        bool question = false;
        QString title;
        QString text;
        QString details;
    };
    using Sink = std::function<void(const Message &message)>;

    // Asks before something that cannot be taken back easily; `action` names the button that
    // goes ahead ("Remove"). The other button cancels, and is the default.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &action,
                        const QString &details = {});

    // Says that something could not be done, and why (`details`).
    static void warning(QWidget *parent, const QString &title, const QString &text, const QString &details = {});

    // Says that something was done, and where or how (`details`).
    static void information(QWidget *parent, const QString &title, const QString &text, const QString &details = {});

    // Tests: the answer of the next question, given without showing it.
    static void setNextAnswer(bool goAhead);
    // Tests: every message and question, to `sink` instead of a dialog (null: dialogs again).
    static void setSink(Sink sink);

private:
    static bool headless();
};

} // namespace pepin
