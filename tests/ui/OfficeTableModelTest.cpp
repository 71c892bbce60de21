// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "ScopedLanguage.h"
#include "TestDatabase.h"
#include "models/OfficeTableModel.h"
#include "util/Format.h"

#include <QAbstractItemModelTester>

using namespace pepin;
using namespace pepin::test;

namespace {

// On 2026-03-01: A01 let to Alpha, A02 vacant, C01 opening in June, the open space S10 shared
// by Alpha and Beta, and A00 closed since the end of 2025.
struct Incubator
{
    TestDatabase db;
    Clock clock = Clock::fixed(d("2026-03-01"));
    Site site;
    Office a01, a02, c01, s10;

    Incubator()
    {
        site = addSite(db.store(), QStringLiteral("Ateliers"));
        a01 = addOffice(db.store(), site.id, QStringLiteral("A01"), 24.5, 2);
        a01.floor = QStringLiteral("0");
        a01.rentM2YearCents = 12000;
        a01 = db->updateOffice(a01).value();
        a02 = addOffice(db.store(), site.id, QStringLiteral("A02"), 1234.5, 3);
        c01 = addOffice(db.store(), site.id, QStringLiteral("C01"), 45, 5, OfficeKind::Private, d("2026-06-01"));
        s10 = addOffice(db.store(), site.id, QStringLiteral("S10"), 80, 12, OfficeKind::Shared);
        addOffice(db.store(), site.id, QStringLiteral("A00"), 10, 1, OfficeKind::Private, {}, d("2025-12-31"));

        const Company alpha = addCompany(db.store(), QStringLiteral("Alpha"));
        const Company beta = addCompany(db.store(), QStringLiteral("Beta"));
        addLease(db.store(), alpha.id, a01.id, d("2025-01-01"), d("2027-12-31"));
        addLease(db.store(), beta.id, s10.id, d("2025-06-01"), {}, 4);
        addLease(db.store(), alpha.id, s10.id, d("2026-01-01"), d("2026-12-31"), 2);
        // Over before today: not a tenant any more.
        addLease(db.store(), beta.id, a02.id, d("2024-01-01"), d("2025-12-31"));
    }
};

int rowOf(const OfficeTableModel &model, const QString &code)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, OfficeTableModel::Code).data().toString() == code)
            return row;
    }
    return -1;
}

QVariant value(const OfficeTableModel &model, const QString &code, int column, int role = Qt::DisplayRole)
{
    return model.index(rowOf(model, code), column).data(role);
}

QString cell(const OfficeTableModel &model, const QString &code, int column)
{
    return value(model, code, column).toString();
}

} // namespace

TEST_CASE("The office model passes the item model checks", "[ui][OfficeTableModel]")
{
    Incubator incubator;
    OfficeTableModel model(incubator.db.store(), incubator.clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 5);
    CHECK(model.columnCount() == OfficeTableModel::ColumnCount);
    addOffice(incubator.db.store(), incubator.site.id, QStringLiteral("B01"));
    CHECK(model.rowCount() == 6);
}

TEST_CASE("The office model shows each office and who occupies it today", "[ui][OfficeTableModel]")
{
    Incubator incubator;
    OfficeTableModel model(incubator.db.store(), incubator.clock);
    const Format format;

    CHECK(cell(model, QStringLiteral("A01"), OfficeTableModel::Site) == QStringLiteral("Ateliers"));
    CHECK(cell(model, QStringLiteral("A01"), OfficeTableModel::Floor) == QStringLiteral("0"));
    CHECK(cell(model, QStringLiteral("A01"), OfficeTableModel::Area) == format.area(24.5));
    CHECK(cell(model, QStringLiteral("A01"), OfficeTableModel::Workstations) == QStringLiteral("2"));
    CHECK(cell(model, QStringLiteral("A01"), OfficeTableModel::Kind) == QStringLiteral("Private office"));
    CHECK(cell(model, QStringLiteral("S10"), OfficeTableModel::Kind) == QStringLiteral("Shared space"));
    CHECK(cell(model, QStringLiteral("A01"), OfficeTableModel::ReferenceRent) == format.money(12000));
    CHECK(cell(model, QStringLiteral("C01"), OfficeTableModel::AvailableFrom) == format.date(d("2026-06-01")));
    CHECK(cell(model, QStringLiteral("C01"), OfficeTableModel::AvailableUntil).isEmpty());

    CHECK(cell(model, QStringLiteral("A01"), OfficeTableModel::TenantToday) == QStringLiteral("Alpha"));
    CHECK(cell(model, QStringLiteral("S10"), OfficeTableModel::TenantToday) == QStringLiteral("Alpha, Beta"));
    CHECK(cell(model, QStringLiteral("A02"), OfficeTableModel::TenantToday) == QStringLiteral("Vacant"));
    CHECK(cell(model, QStringLiteral("C01"), OfficeTableModel::TenantToday)
          == QStringLiteral("Opens on %1").arg(format.date(d("2026-06-01"))));
    CHECK(cell(model, QStringLiteral("A00"), OfficeTableModel::TenantToday)
          == QStringLiteral("Closed since %1").arg(format.date(d("2026-01-01"))));
    CHECK(model.tenantsToday(rowOf(model, QStringLiteral("S10"))) == QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")});

    // Figures line up on the right.
    const auto alignment = value(model, QStringLiteral("A01"), OfficeTableModel::Area, Qt::TextAlignmentRole).value<Qt::Alignment>();
    CHECK((alignment & Qt::AlignRight));

    // Three offices in service today (C01 opens later, A00 is closed), two of them occupied.
    CHECK(model.summary(model.rowCount()) == QStringLiteral("Offices: 5 · occupied today: 2 of 3 in service"));
}

TEST_CASE("The office model's sort role gives raw values", "[ui][OfficeTableModel]")
{
    Incubator incubator;
    OfficeTableModel model(incubator.db.store(), incubator.clock);
    const QVariant area = value(model, QStringLiteral("A01"), OfficeTableModel::Area, OfficeTableModel::SortRole);
    CHECK(area.typeId() == QMetaType::Double);
    CHECK(area.toDouble() == 24.5);
    CHECK(value(model, QStringLiteral("A01"), OfficeTableModel::Workstations, OfficeTableModel::SortRole).toInt() == 2);
    CHECK(value(model, QStringLiteral("A01"), OfficeTableModel::ReferenceRent, OfficeTableModel::SortRole).toLongLong() == 12000);
    const QVariant from = value(model, QStringLiteral("C01"), OfficeTableModel::AvailableFrom, OfficeTableModel::SortRole);
    CHECK(from.typeId() == QMetaType::QDate);
    CHECK(from.toDate() == d("2026-06-01"));
}

TEST_CASE("A change made through the store reaches the office model by itself", "[ui][OfficeTableModel]")
{
    Incubator incubator;
    OfficeTableModel model(incubator.db.store(), incubator.clock);
    const Company gamma = addCompany(incubator.db.store(), QStringLiteral("Gamma"));
    addLease(incubator.db.store(), gamma.id, incubator.a02.id, d("2026-02-01"), d("2027-01-31"));
    CHECK(cell(model, QStringLiteral("A02"), OfficeTableModel::TenantToday) == QStringLiteral("Gamma"));

    // A company renamed is renamed where it is a tenant.
    Company renamed = incubator.db->company(gamma.id).value();
    renamed.name = QStringLiteral("Gamma Studio");
    REQUIRE(incubator.db->updateCompany(renamed));
    CHECK(cell(model, QStringLiteral("A02"), OfficeTableModel::TenantToday) == QStringLiteral("Gamma Studio"));
}

TEST_CASE("The office model writes areas and money the French way", "[ui][OfficeTableModel]")
{
    Incubator incubator;
    OfficeTableModel model(incubator.db.store(), incubator.clock);
    ScopedLanguage french(QStringLiteral("fr"));
    model.retranslate();

    const QChar nbsp(0x00A0);
    const QChar narrowNbsp(0x202F);
    CHECK(cell(model, QStringLiteral("A01"), OfficeTableModel::Area) == QStringLiteral("24,5") + nbsp + QStringLiteral("m²"));
    // Thousands are grouped with the locale's separator (a no-break space of some width).
    const QString large = cell(model, QStringLiteral("A02"), OfficeTableModel::Area);
    CHECK((large == QStringLiteral("1") + nbsp + QStringLiteral("234,5") + nbsp + QStringLiteral("m²")
           || large == QStringLiteral("1") + narrowNbsp + QStringLiteral("234,5") + nbsp + QStringLiteral("m²")));
    CHECK(cell(model, QStringLiteral("A01"), OfficeTableModel::ReferenceRent).startsWith(QStringLiteral("120,00")));
    CHECK(cell(model, QStringLiteral("C01"), OfficeTableModel::AvailableFrom) == QStringLiteral("01/06/2026"));
    CHECK(model.headerData(OfficeTableModel::Code, Qt::Horizontal).toString() == QStringLiteral("Bureau"));
    CHECK(model.headerData(OfficeTableModel::Area, Qt::Horizontal).toString() == QStringLiteral("Surface"));
    CHECK(cell(model, QStringLiteral("A02"), OfficeTableModel::TenantToday) == QStringLiteral("Vacant"));
}
