// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pepin {

// A SIRET as people write it ("123 456 789 00012") reduced to its digits; other characters kept
// so that validation can report them.
QString normalizeSiret(const QString &text);

// 14 digits whose Luhn sum is a multiple of 10. La Poste's establishments (SIREN 356000000) are
// numbered outside the Luhn scheme: their digits sum to a multiple of 5 instead.
bool isValidSiret(const QString &siret);

} // namespace pepin
