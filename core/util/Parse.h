// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pepin {

// Parsers for what people type and what spreadsheets hold. Each returns nullopt when the
// text is not understood; callers report which field was at fault.

// "2026-11-29" or "29/11/2026" (day and month may have one digit). Nothing else.
std::optional<QDate> parseDate(const QString &text);

// "1234.5", "1234,5", "1 234,5" (any kind of space), "1.234,5" or "1,234.5".
std::optional<double> parseDecimal(const QString &text);

// Whole euros and cents, computed exactly from the text ("1 234,56 €" → 123456): never
// through floating point. More than two decimals (other than zeros) is refused.
std::optional<Cents> parseCents(const QString &text);

// A whole number, spaces allowed ("1 200").
std::optional<qint64> parseInteger(const QString &text);

// What the date parser accepts, for error messages.
QString dateFormatsHint();

} // namespace pepin
