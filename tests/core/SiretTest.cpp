// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "util/Siret.h"

using namespace pepin;
using namespace Qt::Literals::StringLiterals;

// Luhn over 14 digits, counting from the left: the digits at even positions (0, 2, … 12) are
// doubled (less 9 past 9), and the sum must be a multiple of 10.
//   7 3 2 8 2 9 3 2 0 0 0 0 7 4  →  5+3+4+8+4+9+6+2+0+0+0+0+5+4 = 50
//   4 4 3 0 6 1 8 4 1 0 0 0 4 7  →  8+4+6+0+3+1+7+4+2+0+0+0+8+7 = 50
//   1 2 3 4 5 6 7 8 9 0 0 0 1 5  →  2+2+6+4+1+6+5+8+9+0+0+0+2+5 = 50
//   3 5 6 0 0 0 0 0 0 0 0 0 4 8  →  6+5+3+0+…+0+8+8          = 30 (La Poste, head office)

TEST_CASE("a SIRET whose Luhn sum is a multiple of 10 is valid", "[siret]")
{
    CHECK(isValidSiret(u"73282932000074"_s));
    CHECK(isValidSiret(u"44306184100047"_s));
    CHECK(isValidSiret(u"12345678900015"_s));
    CHECK(isValidSiret(u"35600000000048"_s));
    CHECK(isValidSiret(u"00000000000000"_s));
}

TEST_CASE("a SIRET with a wrong check digit is invalid", "[siret]")
{
    CHECK_FALSE(isValidSiret(u"73282932000075"_s));
    CHECK_FALSE(isValidSiret(u"44306184100048"_s));
    CHECK_FALSE(isValidSiret(u"12345678900016"_s));
    // Two neighbouring digits swapped: 8 + 2×2 = 12 at positions 3 and 4 becomes 2 + 8×2−9 = 9.
    CHECK_FALSE(isValidSiret(u"73228932000074"_s));
    // The digits sum to 50, a multiple of 5, but only La Poste may use that rule.
    CHECK_FALSE(isValidSiret(u"73282932000077"_s));
}

TEST_CASE("a SIRET must have exactly 14 digits and nothing else", "[siret]")
{
    CHECK_FALSE(isValidSiret(u""_s));
    CHECK_FALSE(isValidSiret(u"7328293200007"_s));   // 13 digits
    CHECK_FALSE(isValidSiret(u"732829320000740"_s)); // 15 digits
    CHECK_FALSE(isValidSiret(u"732829320"_s));       // a SIREN
    CHECK_FALSE(isValidSiret(u"7328293200007A"_s));
    CHECK_FALSE(isValidSiret(u"A3282932000074"_s));
    CHECK_FALSE(isValidSiret(u"732 829 320 00074"_s));
    CHECK_FALSE(isValidSiret(u"7328293200-074"_s));
    // Arabic-Indic digits are digits for Unicode, not for INSEE.
    QString eastern = u"73282932000074"_s;
    eastern[13] = QChar(0x0664);
    CHECK_FALSE(isValidSiret(eastern));
}

TEST_CASE("La Poste's establishments are valid when their digits sum to a multiple of 5", "[siret]")
{
    // 3+5+6+0+…+0+1 = 15: a multiple of 5, while the Luhn sum is 6+5+3+1 = 15.
    CHECK(isValidSiret(u"35600000000001"_s));
    // 3+5+6+1+2+3 = 20.
    CHECK(isValidSiret(u"35600000012300"_s));
    // 3+5+6+2 = 16: neither rule holds (Luhn sum 6+5+3+2 = 16).
    CHECK_FALSE(isValidSiret(u"35600000000002"_s));
    // Under another SIREN a digit sum of 15 is not enough: the Luhn sum is 6+5+5 = 16.
    CHECK_FALSE(isValidSiret(u"35700000000000"_s));
    // La Poste's head office follows the Luhn rule (sum 30) though its digits sum to 26.
    CHECK(isValidSiret(u"35600000000048"_s));
    CHECK_FALSE(isValidSiret(u"3560000000001"_s));  // 13 digits, even for La Poste
}

TEST_CASE("a SIRET written with spaces is reduced to its digits", "[siret]")
{
    CHECK(normalizeSiret(u"732 829 320 00074"_s) == u"73282932000074"_s);
    CHECK(normalizeSiret(u" 732\u00A0829\u00A0320\u202F00074 "_s) == u"73282932000074"_s);
    CHECK(isValidSiret(normalizeSiret(u"732 829 320 00074"_s)));
    // Other characters are kept, so that validation can report them.
    CHECK(normalizeSiret(u"732-829-320-00074"_s) == u"732-829-320-00074"_s);
    CHECK(normalizeSiret(u""_s) == u""_s);
}
