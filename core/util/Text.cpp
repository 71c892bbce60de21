// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Text.h"

namespace pepin {

QString foldForMatching(const QString &text)
{
    // NFKD splits "é" into "e" and a combining accent, which is then dropped.
    const QString decomposed = text.trimmed().normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    bool pendingSeparator = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_')) {
            pendingSeparator = !key.isEmpty();
            continue;
        }
        if (pendingSeparator) {
            key += QLatin1Char('_');
            pendingSeparator = false;
        }
        key += c.toCaseFolded();
    }
    return key;
}

QString withoutSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

} // namespace pepin
