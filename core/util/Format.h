// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace pepin {

// How figures are written for people, in one place for the GUI, the CLI's text tables and the
// report: "31/12/2026", "1 234,5 m²", "1 234,56 €", "87,5 %" in French.
class Format
{
public:
    explicit Format(const QLocale &locale = QLocale());

    const QLocale &locale() const { return m_locale; }

    QString date(QDate day) const;                // empty for a null date
    QString money(Cents cents) const;             // "1 234,56 €"
    QString area(double m2) const;                // "1 234,5 m²"
    QString number(double value, int maxDecimals = 2) const; // "1 234,5" (trailing zeros dropped)
    QString integer(qint64 value) const;          // "1 234"
    QString percent(std::optional<double> fraction) const; // "87,5 %", or "—" when null

    // The dash shown for a figure that has no value (a rate over a total of zero).
    static QString none();

private:
    QLocale m_locale;
    QString m_dateFormat;
};

// Machine formats: ISO dates, '.' decimals, no grouping. Used by CSV (standard preset), JSON
// and the database.
QString isoDate(QDate day);
QString plainNumber(double value);
QString plainMoney(Cents cents); // "1234.56"

} // namespace pepin
