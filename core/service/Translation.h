// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace pepin {

// Chooses the interface language for the whole process: Pépin's own messages, Qt's (dialog
// buttons), and the locale that dates, numbers and money are written in.
//   "fr" or "en", or empty for the system's language (French when the system is French,
//   English otherwise).
// Returns the language applied ("fr" or "en"). Can be called again to switch.
QString applyLanguage(QCoreApplication &app, const QString &requested);

// The language an empty request resolves to on this system.
QString systemLanguage();

} // namespace pepin
