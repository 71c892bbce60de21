// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Siret.h"

#include "util/Text.h"

namespace pepin {

QString normalizeSiret(const QString &text)
{
    return withoutSpaces(text);
}

bool isValidSiret(const QString &siret)
{
    if (siret.size() != 14)
        return false;
    int luhn = 0;
    int digitSum = 0;
    for (qsizetype i = 0; i < siret.size(); ++i) {
        const QChar c = siret.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        const int digit = c.unicode() - '0';
        digitSum += digit;
        // Counting from the right, every second digit is doubled.
        int weighted = (i % 2 == 0) ? digit * 2 : digit;
        if (weighted > 9)
            weighted -= 9;
        luhn += weighted;
    }
    if (siret.startsWith(QLatin1String("356000000")))
        return digitSum % 5 == 0 || luhn % 10 == 0;
    return luhn % 10 == 0;
}

} // namespace pepin
