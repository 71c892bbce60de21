// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoneyEdit.h"

#include "util/Format.h"
#include "util/Parse.h"

namespace pepin {

MoneyEdit::MoneyEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(Format().money(0));
    setMaximumWidth(fontMetrics().horizontalAdvance(Format().money(99999999)) + 40);
    // What was typed is written back the locale's way, so that the amount read is visible.
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (const std::optional<Cents> amount = cents(); amount && !text().trimmed().isEmpty())
            setCents(*amount);
    });
}

std::optional<Cents> MoneyEdit::cents() const
{
    return parseAmount(text());
}

std::optional<Cents> MoneyEdit::parseAmount(const QString &text)
{
    QString amount = text.trimmed();
    if (amount.isEmpty())
        return Cents(0);
    // English writes the euro sign first ("€1,234.56"); the parser takes it after only.
    if (amount.startsWith(QStringLiteral("€")))
        amount = amount.mid(1).trimmed();
    return parseCents(amount);
}

void MoneyEdit::setCents(Cents cents)
{
    setText(Format().money(cents));
}

} // namespace pepin
