// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <vector>

namespace pepin {

// Records of a list found by their id. The ids a database gives lie close together: they are
// then the places of a table, built in one pass and read without hashing, which matters for the
// hundreds of thousands of companies of a network. Ids spread wider (records made by hand, a
// list filtered down to a few) go into a hash. Two records with one id: the later is found. The
// pointers live as long as the list.
template<typename T>
class IdIndex
{
public:
    IdIndex() = default;

    explicit IdIndex(const QList<T> &records)
        : m_records(records.constData())
        , m_size(records.size())
    {
        if (records.isEmpty())
            return;
        const auto [lowest, highest] = std::minmax_element(records.cbegin(), records.cend(),
                                                           [](const T &a, const T &b) { return a.id < b.id; });
        // Unsigned, so that ids of any sign give their distance without overflow.
        const quint64 span = quint64(highest->id) - quint64(lowest->id);
        if (span < 4 * quint64(records.size()) + 64) {
            m_first = lowest->id;
            m_table.assign(std::size_t(span) + 1, nullptr);
            for (const T &record : records)
                m_table[std::size_t(quint64(record.id) - quint64(m_first))] = &record;
            return;
        }
        m_hash.reserve(records.size());
        for (const T &record : records)
            m_hash.insert(record.id, &record);
    }

    // The record with this id, or null.
    const T *find(Id id) const
    {
        if (m_table.empty())
            return m_hash.value(id);
        const quint64 at = quint64(id) - quint64(m_first);
        return at < m_table.size() ? m_table[std::size_t(at)] : nullptr;
    }

    // Whether this index was made from `records`: the same records in memory, as many. A list
    // sharing the indexed one's records is (Qt's implicit sharing: a list shared cannot change
    // without copying its records first); a copy is not. Whoever keeps an index beside its list
    // drops it when the list changes in place.
    bool isOf(const QList<T> &records) const { return records.constData() == m_records && records.size() == m_size; }

private:
    const T *m_records = nullptr;
    qsizetype m_size = 0;
    Id m_first = 0;
    std::vector<const T *> m_table; // by id − m_first, when the ids lie close together
    QHash<Id, const T *> m_hash;    // otherwise
};

} // namespace pepin
