// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Text.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace pepin {

QString foldForMatching(const QString &text)
{
    // NFKD splits "é" into "e" and a combining accent, which is then dropped. ASCII text is its
    // own NFKD form: most names and codes skip the normalisation (a search folds every cell).
    const QString trimmed = text.trimmed();
    const bool ascii = std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const QString decomposed = ascii ? trimmed : trimmed.normalized(QString::NormalizationForm_KD);
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

QString printable(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if ((u >= 0x09 && u <= 0x0D) || u == 0x85 || u == 0x2028 || u == 0x2029)
            c = QLatin1Char(' ');
        else if (u < 0x20)
            c = QChar(char16_t(0x2400 + u)); // the Control Pictures block: U+2400 SYMBOL FOR NULL…
        else if (u == 0x7F)
            c = QChar(char16_t(0x2421));
        else if (u >= 0x80 && u <= 0x9F)
            c = QChar::ReplacementCharacter;
    }
    return out;
}

namespace {

// A UTF-16 unit's place in the order of code points. Surrogates (U+D800…U+DFFF) stand for code
// points above every other unit's: they move past U+E000…U+FFFF.
char16_t rank(QChar unit)
{
    const char16_t u = unit.unicode();
    return char16_t(u < 0xD800 ? u : (u < 0xE000 ? u + 0x2000 : u - 0x800));
}

} // namespace

std::strong_ordering codePointOrder(QStringView a, QStringView b)
{
    const auto mismatch = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
    if (mismatch.first == a.end())
        return mismatch.second == b.end() ? std::strong_ordering::equal : std::strong_ordering::less;
    if (mismatch.second == b.end())
        return std::strong_ordering::greater;
    return rank(*mismatch.first) <=> rank(*mismatch.second);
}

std::array<quint64, 4> codePointHead(QStringView text)
{
    std::array<quint64, 4> head{};
    const qsizetype units = std::min<qsizetype>(text.size(), 4 * qsizetype(head.size()));
    for (qsizetype i = 0; i < units; ++i)
        head[i / 4] |= quint64(rank(text[i])) << (16 * (3 - i % 4));
    return head;
}

bool codePointLess(QStringView a, QStringView b)
{
    return std::is_lt(codePointOrder(a, b));
}

std::vector<std::size_t> alphabetRanks(const QStringList &texts, Qt::CaseSensitivity caseSensitivity)
{
    QCollator collator;
    collator.setCaseSensitivity(caseSensitivity);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(std::size_t(texts.size()));
    for (const QString &text : texts)
        keys.push_back(collator.sortKey(text));
    std::vector<std::size_t> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&keys](std::size_t a, std::size_t b) { return keys[a].compare(keys[b]) < 0; });
    std::vector<std::size_t> ranks(keys.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const bool tie = i > 0 && keys[order[i - 1]].compare(keys[order[i]]) == 0;
        ranks[order[i]] = tie ? ranks[order[i - 1]] : i;
    }
    return ranks;
}

} // namespace pepin
