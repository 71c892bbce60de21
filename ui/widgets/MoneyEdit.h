// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"

#include <QLineEdit>

#include <optional>

namespace pepin {

// An amount in euros, typed as people write it ("1 234,56", "1234.5 €") and shown in the
// locale's way once typed. The amount is read exactly, in cents, never through floating point.
class MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget *parent = nullptr);

    // The amount, 0 when the field is empty, nullopt when the text is not an amount.
    std::optional<Cents> cents() const;
    void setCents(Cents cents);

    // An amount as this field reads it: empty is 0, the euro sign may come first or last.
    static std::optional<Cents> parseAmount(const QString &text);
};

} // namespace pepin
