// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace pepin::test {

// A program run beside the test on the same database (pepin-storage-helper or pepin-cli), whose
// output is read line by line as it comes.
class HelperProcess
{
public:
    HelperProcess(const QString &program, const QStringList &arguments);
    ~HelperProcess();
    HelperProcess(const HelperProcess &) = delete;
    HelperProcess &operator=(const HelperProcess &) = delete;

    // The next line it prints, waiting for it; empty when it ended first.
    QString nextLine(int timeoutMs = 30000);
    // Every line printed so far (and until it ends, once it has).
    QStringList lines() const { return m_lines; }
    void send(const QString &line);
    // Waits for the end; REQUIREs a normal exit and returns its code.
    int finish(int timeoutMs = 30000);
    // Whether it is still running after `ms` milliseconds.
    bool stillRunningAfter(int ms);
    // SIGKILL: no chance to clean up, as in a crash.
    void kill();
    QProcess &process() { return m_process; }

private:
    void readAvailable();

    QProcess m_process;
    QByteArray m_pending;
    QStringList m_lines;
    qsizetype m_consumed = 0;
};

// The storage helper program and pepin-cli, as built with the tests.
QString storageHelper();
QString cliProgram();

// Arguments that run the helper as an account for which file permissions hold: "--as-nobody"
// when the tests run as root (who may write to read-only files), nothing otherwise.
QStringList asOrdinaryUser();
bool runningAsRoot();
// Gives a file or folder to the account asOrdinaryUser() runs as (a no-op unless root).
void giveToOrdinaryUser(const QString &path);

} // namespace pepin::test
