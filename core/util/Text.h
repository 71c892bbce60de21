// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <compare>
#include <vector>

namespace pepin {

// A key for matching names typed by people: case and accents ignored, spaces, '-' and '_'
// folded into one '_', ends trimmed. "Début", "debut " and "DEBUT" give the same key.
QString foldForMatching(const QString &text);

// The text with every run of white space (including no-break spaces) removed.
QString withoutSpaces(const QString &text);

// The text as a terminal may be given it, on one line: tabs and line breaks (CR, LF, VT, FF,
// U+0085, U+2028, U+2029) become spaces, and every other control character a visible stand-in
// (␁…␟ and ␡ for C0 and DEL, � for C1), so that a stored text can neither break a line of a table
// or a message nor send the terminal an escape sequence. Everything else is kept as it is.
QString printable(const QString &text);

// How `a` and `b` compare in the order of their code points, which is the order of their UTF-8
// bytes, SQLite's BINARY collation (UTF-16 code units alone put U+E000…U+FFFF after the
// characters beyond U+FFFF). One pass over the two, for sorts.
std::strong_ordering codePointOrder(QStringView a, QStringView b);

// Whether `a` comes before `b` in that order.
bool codePointLess(QStringView a, QStringView b);

// The first sixteen UTF-16 units of `text`, each ranked in that order, packed four to a number,
// zero past its end. Two texts whose heads differ compare as their heads do; texts whose heads
// are equal must be compared whole (codePointOrder). For sorts that compare each text many
// times: the heads compare without reading the texts, and few names share sixteen units.
std::array<quint64, 4> codePointHead(QStringView text);

// Each text's rank in the language's alphabet (the current locale's collation, with the case
// sensitivity given): the place of the first of its equals once they are sorted. Equal texts
// ("Nova" and "nova", case ignored) share a rank, so that a stable sort on the ranks keeps them
// in the order they had. Ranks are below the number
// of texts. Each text's collation key is made once, not at every comparison.
std::vector<std::size_t> alphabetRanks(const QStringList &texts, Qt::CaseSensitivity caseSensitivity);

} // namespace pepin
