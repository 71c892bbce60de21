// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatchQt.h"

#include "Records.h"
#include "TestDatabase.h"
#include "util/Clock.h"
#include "dialogs/MessageBox.h"

#include <QDate>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>

namespace pepin::test {

// The settings of one test, in a folder of its own: the user's are never read nor written,
// and tests running side by side do not share recent files.
class ScopedSettings
{
public:
    ScopedSettings()
    {
        REQUIRE(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
    }
    ~ScopedSettings() { QSettings().clear(); }

private:
    QTemporaryDir m_dir;
};

// Every question and warning of the application for one test, recorded instead of shown;
// questions are answered "no" unless an answer is given first.
class RecordedMessages
{
public:
    RecordedMessages()
    {
        MessageBox::setSink([this](const MessageBox::Message &message) { m_messages << message; });
    }
    ~RecordedMessages() { MessageBox::setSink({}); }
    RecordedMessages(const RecordedMessages &) = delete;
    RecordedMessages &operator=(const RecordedMessages &) = delete;

    const QList<MessageBox::Message> &all() const { return m_messages; }
    int questions() const
    {
        return int(std::count_if(m_messages.cbegin(), m_messages.cend(), [](const MessageBox::Message &m) { return m.question; }));
    }
    int warnings() const { return int(m_messages.size()) - questions(); }
    // The text and details of the last message, for CHECKs on what it says.
    QString last() const
    {
        return m_messages.isEmpty() ? QString() : m_messages.last().text + QLatin1Char('\n') + m_messages.last().details;
    }
    void clear() { m_messages.clear(); }

private:
    QList<MessageBox::Message> m_messages;
};

// What a test of the window starts from: settings and messages of its own, an empty database,
// and the day it runs on. Its fixture adds the records it needs.
struct GuiFixture
{
    explicit GuiFixture(QDate today)
        : clock(Clock::fixed(today))
    {
    }

    ScopedSettings settings;
    RecordedMessages messages;
    TestDatabase db;
    Clock clock;
};

// Field by field, leaving out the row version, which every write moves on.
template<typename T>
void checkSameContent(const T &actual, T expected)
{
    expected.version = actual.version;
    checkSame(actual, expected);
}

} // namespace pepin::test
