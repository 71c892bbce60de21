// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pepin {

// A key for matching names typed by people: case and accents ignored, spaces, '-' and '_'
// folded into one '_', ends trimmed. "Début", "debut " and "DEBUT" give the same key.
QString foldForMatching(const QString &text);

// The text with every run of white space (including no-break spaces) removed.
QString withoutSpaces(const QString &text);

} // namespace pepin
