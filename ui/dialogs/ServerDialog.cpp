// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerDialog.h"

#include "dialogs/RecordEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pepin {

namespace {

// The encryptions offered, by libpq's sslmode; "" is libpq's default (prefer).
const QStringList offeredModes{QString(), QStringLiteral("require"), QStringLiteral("verify-full"), QStringLiteral("disable")};

} // namespace

ServerDialog::ServerDialog(const ServerAddress &address, QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(address.host, this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_databaseLabel(new QLabel(this))
    , m_database(new QLineEdit(address.database, this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(address.user, this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_securityLabel(new QLabel(this))
    , m_security(new QComboBox(this))
    , m_create(new QCheckBox(this))
    , m_problem(new QLabel(this))
    , m_connect(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("serverDialog"));
    m_intro->setWordWrap(true);
    m_port->setRange(1, 65535);
    m_port->setValue(address.port > 0 ? address.port : ServerAddress::defaultPort);
    m_port->setGroupSeparatorShown(false);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setText(address.password);
    for (const QString &mode : offeredModes)
        m_security->addItem(QString(), mode);
    // An address written by hand may ask for a mode not offered above: it is kept as it is.
    if (m_security->findData(address.sslMode) < 0)
        m_security->addItem(address.sslMode, address.sslMode);
    m_security->setCurrentIndex(m_security->findData(address.sslMode));
    RecordEditor::styleProblemBanner(m_problem);
    setMinimumWidth(460);
    m_connect->setObjectName(QStringLiteral("connect"));
    m_connect->setDefault(true);
    m_buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);

    auto *form = new QFormLayout;
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_securityLabel, m_security);
    form->addRow(QString(), m_create);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_databaseLabel->setBuddy(m_database);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_securityLabel->setBuddy(m_security);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_database, &QLineEdit::textChanged, this, &ServerDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The dialog stays open until the window says the database is open (it then accepts it).
    connect(m_connect, &QPushButton::clicked, this, [this] {
        m_problem->hide();
        emit connectRequested(this->address(), createsEmptyDatabase());
    });
    retranslate();
    updateButtons();
    if (m_host->text().isEmpty() && m_database->text().isEmpty())
        m_host->setFocus();
    else
        m_password->setFocus();
}

ServerAddress ServerDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value() == ServerAddress::defaultPort ? 0 : m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.password = m_password->text();
    address.sslMode = m_security->currentData().toString();
    return address;
}

bool ServerDialog::createsEmptyDatabase() const
{
    return m_create->isChecked();
}

void ServerDialog::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    // Most often the password is wanted, or was mistyped: it is typed again.
    m_password->selectAll();
    m_password->setFocus();
}

void ServerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ServerDialog::retranslate()
{
    setWindowTitle(tr("Connect to a server"));
    m_intro->setText(tr("A Pépin database on a PostgreSQL server is shared by everyone who connects to it: what one "
                        "person changes, the others see at once."));
    m_hostLabel->setText(tr("&Server:"));
    m_host->setPlaceholderText(tr("db.example.fr; empty: this computer"));
    m_portLabel->setText(tr("Po&rt:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_database->setPlaceholderText(tr("pepin"));
    m_userLabel->setText(tr("&User:"));
    m_user->setPlaceholderText(tr("empty: your login name"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setPlaceholderText(tr("empty: the one in ~/.pgpass"));
    m_password->setToolTip(tr("Used for this connection only: Pépin never saves a password."));
    m_securityLabel->setText(tr("&Encryption:"));
    const QStringList texts{tr("When the server offers it"), tr("Always"), tr("Always, and check the server's certificate"),
                            tr("Never (a trusted local network only)")};
    for (int i = 0; i < texts.size(); ++i)
        m_security->setItemText(i, texts.at(i));
    m_create->setText(tr("Set it up for Pépin if it is empty"));
    m_connect->setText(tr("C&onnect"));
}

void ServerDialog::updateButtons()
{
    m_connect->setEnabled(!m_database->text().trimmed().isEmpty());
}

} // namespace pepin
