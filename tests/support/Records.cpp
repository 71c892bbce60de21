// SPDX-License-Identifier: GPL-3.0-or-later
#include "Records.h"

namespace pepin::test {

void checkSame(const Sector &actual, const Sector &expected)
{
    CHECK(actual.id == expected.id);
    CHECK(actual.name == expected.name);
    CHECK(actual.color == expected.color);
    CHECK(actual.archived == expected.archived);
    CHECK(actual.version == expected.version);
}

void checkSame(const Site &actual, const Site &expected)
{
    CHECK(actual.id == expected.id);
    CHECK(actual.name == expected.name);
    CHECK(actual.address == expected.address);
    CHECK(actual.maxStayMonths == expected.maxStayMonths);
    CHECK(actual.rentProgression == expected.rentProgression);
    CHECK(actual.notes == expected.notes);
    CHECK(actual.archived == expected.archived);
    CHECK(actual.version == expected.version);
}

void checkSame(const Office &actual, const Office &expected)
{
    CHECK(actual.id == expected.id);
    CHECK(actual.siteId == expected.siteId);
    CHECK(actual.code == expected.code);
    CHECK(actual.floor == expected.floor);
    CHECK(actual.areaM2 == expected.areaM2);
    CHECK(actual.workstations == expected.workstations);
    CHECK(actual.kind == expected.kind);
    CHECK(actual.rentM2YearCents == expected.rentM2YearCents);
    CHECK(actual.availableFrom == expected.availableFrom);
    CHECK(actual.availableUntil == expected.availableUntil);
    CHECK(actual.notes == expected.notes);
    CHECK(actual.archived == expected.archived);
    CHECK(actual.version == expected.version);
}

void checkSame(const Company &actual, const Company &expected)
{
    CHECK(actual.id == expected.id);
    CHECK(actual.name == expected.name);
    CHECK(actual.siret == expected.siret);
    CHECK(actual.naf == expected.naf);
    CHECK(actual.sectorId == expected.sectorId);
    CHECK(actual.createdOn == expected.createdOn);
    CHECK(actual.stage == expected.stage);
    CHECK(actual.contact == expected.contact);
    CHECK(actual.email == expected.email);
    CHECK(actual.phone == expected.phone);
    CHECK(actual.notes == expected.notes);
    CHECK(actual.exitDate == expected.exitDate);
    CHECK(actual.exitReason == expected.exitReason);
    REQUIRE(actual.headcounts.size() == expected.headcounts.size());
    for (qsizetype i = 0; i < expected.headcounts.size(); ++i) {
        CHECK(actual.headcounts[i].asOf == expected.headcounts[i].asOf);
        CHECK(actual.headcounts[i].headcount == expected.headcounts[i].headcount);
    }
    CHECK(actual.archived == expected.archived);
    CHECK(actual.version == expected.version);
}

void checkSame(const Lease &actual, const Lease &expected)
{
    CHECK(actual.id == expected.id);
    CHECK(actual.companyId == expected.companyId);
    CHECK(actual.officeId == expected.officeId);
    CHECK(actual.type == expected.type);
    CHECK(actual.start == expected.start);
    CHECK(actual.end == expected.end);
    CHECK(actual.terminatedOn == expected.terminatedOn);
    CHECK(actual.workstations == expected.workstations);
    REQUIRE(actual.rentSteps.size() == expected.rentSteps.size());
    for (qsizetype i = 0; i < expected.rentSteps.size(); ++i) {
        CHECK(actual.rentSteps[i].from == expected.rentSteps[i].from);
        CHECK(actual.rentSteps[i].monthlyRentCents == expected.rentSteps[i].monthlyRentCents);
    }
    CHECK(actual.monthlyChargesCents == expected.monthlyChargesCents);
    CHECK(actual.depositCents == expected.depositCents);
    CHECK(actual.noticeMonths == expected.noticeMonths);
    CHECK(actual.cancelled == expected.cancelled);
    CHECK(actual.notes == expected.notes);
    CHECK(actual.version == expected.version);
}

void checkSame(const Application &actual, const Application &expected)
{
    CHECK(actual.id == expected.id);
    CHECK(actual.companyId == expected.companyId);
    CHECK(actual.neededAreaM2 == expected.neededAreaM2);
    CHECK(actual.neededWorkstations == expected.neededWorkstations);
    CHECK(actual.wishedStart == expected.wishedStart);
    CHECK(actual.status == expected.status);
    CHECK(actual.committeeDate == expected.committeeDate);
    CHECK(actual.decision == expected.decision);
    CHECK(actual.priority == expected.priority);
    CHECK(actual.notes == expected.notes);
    CHECK(actual.receivedOn == expected.receivedOn);
    CHECK(actual.version == expected.version);
}

QStringList fieldsOf(const Error &error)
{
    QStringList fields;
    for (const Problem &problem : error.problems())
        fields << problem.field;
    return fields;
}

} // namespace pepin::test
