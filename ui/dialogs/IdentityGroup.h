// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/Store.h"
#include "util/Result.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pepin {

// The part of Preferences that names the incubator: the name and the logo the occupancy report
// puts on its cover and running header (Store::Identity). Written to the database by apply(),
// for everyone who opens it and for pepin-cli report alike.
class IdentityGroup : public QGroupBox
{
    Q_OBJECT

public:
    explicit IdentityGroup(Store &store, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *chooseLogoButton() const { return m_choose; }
    QPushButton *removeLogoButton() const { return m_remove; }
    QLabel *logoPreview() const { return m_preview; }
    // The labels of the form's rows, to line up with those of the other groups.
    QList<QLabel *> labels() const;

    // The identity as the form has it now.
    Store::Identity identity() const;
    // Takes the logo from a picture file (PNG, JPEG or SVG, at most 2 MB); refused, with the
    // reason, when the file cannot be read or is no picture. The form keeps its logo then.
    Status setLogoFile(const QString &path);
    void removeLogo();

    // Writes the identity if it changed.
    Status apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showLogo();
    void chooseLogo();

    Store &m_store;
    Store::Identity m_stored;
    QByteArray m_logo;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_logoLabel;
    QLabel *m_preview;
    QPushButton *m_choose;
    QPushButton *m_remove;
    QLabel *m_note;
};

} // namespace pepin
