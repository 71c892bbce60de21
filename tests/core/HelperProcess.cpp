// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelperProcess.h"

#include "CatchQt.h"

#include <QDeadlineTimer>
#include <QFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace pepin::test {

QString storageHelper()
{
    return QStringLiteral(PEPIN_STORAGE_HELPER);
}

QString cliProgram()
{
    return QStringLiteral(PEPIN_CLI_PATH);
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

QStringList asOrdinaryUser()
{
    return runningAsRoot() ? QStringList{QStringLiteral("--as-nobody")} : QStringList{};
}

void giveToOrdinaryUser(const QString &path)
{
#ifdef Q_OS_UNIX
    if (runningAsRoot())
        REQUIRE(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
#else
    Q_UNUSED(path);
#endif
}

HelperProcess::HelperProcess(const QString &program, const QStringList &arguments)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, arguments);
    REQUIRE(m_process.waitForStarted(30000));
}

HelperProcess::~HelperProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(30000);
    }
}

void HelperProcess::readAvailable()
{
    m_pending += m_process.readAll();
    qsizetype end;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        m_lines << QString::fromUtf8(m_pending.left(end));
        m_pending.remove(0, end + 1);
    }
}

QString HelperProcess::nextLine(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    readAvailable();
    while (m_consumed >= m_lines.size()) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
            return {};
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        readAvailable();
    }
    return m_lines.at(m_consumed++);
}

void HelperProcess::send(const QString &line)
{
    m_process.write((line + QLatin1Char('\n')).toUtf8());
    m_process.waitForBytesWritten(30000);
}

int HelperProcess::finish(int timeoutMs)
{
    REQUIRE(m_process.waitForFinished(timeoutMs));
    readAvailable();
    if (!m_pending.isEmpty())
        m_lines << QString::fromUtf8(std::exchange(m_pending, {}));
    INFO("output: " << m_lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(m_process.exitStatus() == QProcess::NormalExit);
    return m_process.exitCode();
}

bool HelperProcess::stillRunningAfter(int ms)
{
    return !m_process.waitForFinished(ms);
}

void HelperProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(30000);
    readAvailable();
}

} // namespace pepin::test
