// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "domain/IdIndex.h"

#include <limits>

using namespace pepin;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<Company> companiesWithIds(const QList<Id> &ids)
{
    QList<Company> companies;
    for (const Id id : ids) {
        Company company;
        company.id = id;
        company.name = u"Company %1"_s.arg(id);
        companies << company;
    }
    return companies;
}

// Every id of `companies` finds its own record, the last of those that share it.
void checkFindsEach(const IdIndex<Company> &index, const QList<Company> &companies)
{
    for (qsizetype i = 0; i < companies.size(); ++i) {
        const Id id = companies.at(i).id;
        INFO("id " << id);
        qsizetype last = i;
        for (qsizetype j = i; j < companies.size(); ++j)
            last = companies.at(j).id == id ? j : last;
        CHECK(index.find(id) == &companies.at(last));
    }
}

} // namespace

TEST_CASE("Records are found by their id, whether the ids lie close together or far apart", "[index]")
{
    constexpr Id lowest = std::numeric_limits<Id>::min();
    constexpr Id highest = std::numeric_limits<Id>::max();

    SECTION("ids close together, out of order, with gaps: a table")
    {
        const QList<Company> companies = companiesWithIds({7, 3, 12, 4, 9, 30});
        const IdIndex<Company> index(companies);
        checkFindsEach(index, companies);
        for (const Id missing : {Id(0), Id(1), Id(2), Id(5), Id(29), Id(31), Id(-1), lowest, highest})
            CHECK(index.find(missing) == nullptr);
    }
    SECTION("ids far apart: a hash, found the same")
    {
        const QList<Company> companies = companiesWithIds({5, 1'000'000'000'000, 2, highest, lowest, 0});
        const IdIndex<Company> index(companies);
        checkFindsEach(index, companies);
        for (const Id missing : {Id(1), Id(3), Id(999'999'999'999), highest - 1, lowest + 1})
            CHECK(index.find(missing) == nullptr);
    }
    SECTION("ids of any sign, close together, near the limits")
    {
        for (const QList<Id> &ids : {QList<Id>{-3, 0, 2, -1}, QList<Id>{highest, highest - 2}, QList<Id>{lowest + 1, lowest}}) {
            const QList<Company> companies = companiesWithIds(ids);
            const IdIndex<Company> index(companies);
            checkFindsEach(index, companies);
        }
        const IdIndex<Company> nearTop(companiesWithIds({highest, highest - 2}));
        CHECK(nearTop.find(highest - 1) == nullptr);
        CHECK(nearTop.find(lowest) == nullptr); // wraps to the table's first place if subtracted carelessly
        const IdIndex<Company> nearBottom(companiesWithIds({lowest + 1, lowest}));
        CHECK(nearBottom.find(highest) == nullptr);
        CHECK(nearBottom.find(0) == nullptr);
    }
    SECTION("two records with one id: the later is found, in a table as in a hash")
    {
        const QList<Company> close = companiesWithIds({1, 2, 2, 3});
        checkFindsEach(IdIndex<Company>(close), close);
        CHECK(IdIndex<Company>(close).find(2) == &close.at(2));
        const QList<Company> apart = companiesWithIds({1, highest, highest, 3});
        checkFindsEach(IdIndex<Company>(apart), apart);
        CHECK(IdIndex<Company>(apart).find(highest) == &apart.at(2));
    }
    SECTION("no records: nothing found")
    {
        const IdIndex<Company> none{QList<Company>()};
        CHECK(none.find(0) == nullptr);
        CHECK(none.find(1) == nullptr);
        CHECK(IdIndex<Company>().find(1) == nullptr);
    }
}
