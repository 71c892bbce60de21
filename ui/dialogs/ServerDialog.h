// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ServerAddress.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pepin {

// File ▸ Connect to a server…: where a shared Pépin database is (the server, its port, the
// database, the user, how the connection is encrypted), and the user's password when the server
// wants one and ~/.pgpass does not hold it. The password is never kept: not in the settings, not
// in the list of recent databases. Connect asks the window to open the database
// (connectRequested); when it cannot, the window says why here (setProblem) and the dialog stays
// open to be corrected; when it can, the window closes it.
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerDialog(const ServerAddress &address = {}, QWidget *parent = nullptr);

    // The address the fields describe, with the password typed, if any.
    ServerAddress address() const;
    // Whether an empty database is to be made a Pépin database.
    bool createsEmptyDatabase() const;
    // Says why the last attempt failed, and puts the cursor where the user is likely to act.
    void setProblem(const QString &message);

    QLineEdit *hostField() const { return m_host; }
    QSpinBox *portField() const { return m_port; }
    QLineEdit *databaseField() const { return m_database; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QComboBox *securityField() const { return m_security; }
    QCheckBox *createField() const { return m_create; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *connectButton() const { return m_connect; }

signals:
    void connectRequested(const pepin::ServerAddress &address, bool createIfEmpty);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    QLabel *m_intro;
    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_databaseLabel;
    QLineEdit *m_database;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_securityLabel;
    QComboBox *m_security;
    QCheckBox *m_create;
    QLabel *m_problem;
    QPushButton *m_connect;
    QDialogButtonBox *m_buttons;
};

} // namespace pepin
