// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QGroupBox>

class QLabel;
class QSpinBox;

namespace pepin {

class Store;

// The part of Preferences that sets how long the incubator keeps the personal data of a company
// that left (Store::personalDataKeepYears), after which File ▸ Personal data of former tenants
// lists it for erasure. The incubator's policy: written to the database by apply(), for everyone
// who opens it and for pepin-cli alike.
class PrivacyGroup : public QGroupBox
{
    Q_OBJECT

public:
    explicit PrivacyGroup(Store &store, QWidget *parent = nullptr);

    QSpinBox *keepYearsSpin() const { return m_keepYears; }
    // The labels of the form's rows, to line up with those of the other groups.
    QList<QLabel *> labels() const;

    // Writes the policy if it changed.
    Status apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSuffix();

    Store &m_store;
    int m_stored;
    QLabel *m_keepYearsLabel;
    QSpinBox *m_keepYears;
    QLabel *m_note;
};

} // namespace pepin
