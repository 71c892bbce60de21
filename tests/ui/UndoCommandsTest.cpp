// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "EditingSupport.h"
#include "Records.h"
#include "TestDatabase.h"
#include "commands/AddCommand.h"
#include "commands/CommandGroup.h"
#include "commands/Editing.h"
#include "commands/RemoveCommand.h"
#include "commands/UpdateCommand.h"

#include <QUndoStack>

using namespace pepin;
using namespace pepin::test;

namespace {

// An Editing session whose failures are kept for the test to read.
struct Session
{
    TestDatabase db;
    Editing editing{db.store()};
    QStringList reports;

    Session()
    {
        editing.setMessageSink([this](const QString &message) { reports << message; });
    }

    QUndoStack &stack() { return *editing.undoStack(); }
};

} // namespace

TEST_CASE("An add is made before it is pushed, and undone and redone with the same id", "[ui][commands]")
{
    Session session;
    Company praxys;
    praxys.name = QStringLiteral("Praxys");
    auto command = std::make_unique<AddCommand<Company>>(session.editing, praxys);
    const AddCommand<Company> *added = command.get();
    REQUIRE(session.editing.push(std::move(command)));
    CHECK(session.stack().count() == 1);
    CHECK(session.stack().undoText() == QStringLiteral("Add company Praxys"));
    const Id id = added->record().id;
    REQUIRE(id > 0);
    REQUIRE(session.db->company(id));

    session.stack().undo();
    CHECK_FALSE(session.db->company(id));
    session.stack().redo();
    const std::optional<Company> back = session.db->company(id);
    REQUIRE(back);
    CHECK(back->name == QStringLiteral("Praxys"));
    CHECK(session.reports.isEmpty());
}

TEST_CASE("A refused add is not pushed and gives the core's problems", "[ui][commands]")
{
    Session session;
    Company nameless;
    const Status pushed = session.editing.push(std::make_unique<AddCommand<Company>>(session.editing, nameless));
    REQUIRE_FALSE(pushed);
    CHECK(fieldsOf(pushed.error()) == QStringList{QStringLiteral("name")});
    CHECK(session.stack().count() == 0);
    CHECK(session.db->companies().isEmpty());
}

TEST_CASE("An update is undone back to the record as it was, whatever the row version became", "[ui][commands]")
{
    Session session;
    const Company before = addCompany(session.db.store(), QStringLiteral("Praxys"));
    Company first = before;
    first.contact = QStringLiteral("Claire Dumont");
    REQUIRE(session.editing.push(std::make_unique<UpdateCommand<Company>>(session.editing, before, first)));
    Company second = *session.db->company(before.id);
    second.phone = QStringLiteral("03 27 00 11 22");
    REQUIRE(session.editing.push(std::make_unique<UpdateCommand<Company>>(session.editing, *session.db->company(before.id), second)));
    CHECK(session.stack().undoText() == QStringLiteral("Edit company Praxys"));

    session.stack().undo();
    session.stack().undo();
    checkSameContent(*session.db->company(before.id), before);
    session.stack().redo();
    session.stack().redo();
    checkSameContent(*session.db->company(before.id), second);
    session.stack().undo();
    checkSameContent(*session.db->company(before.id), first);
    CHECK(session.reports.isEmpty());
}

TEST_CASE("An edit made from stale data is refused the first time and nothing is pushed", "[ui][commands]")
{
    Session session;
    const Company read = addCompany(session.db.store(), QStringLiteral("Praxys"));
    Company elsewhere = read;
    elsewhere.contact = QStringLiteral("Changed in another window");
    REQUIRE(session.db->updateCompany(elsewhere));

    Company mine = read;
    mine.phone = QStringLiteral("03 27 00 11 22");
    const Status pushed = session.editing.push(std::make_unique<UpdateCommand<Company>>(session.editing, read, mine));
    REQUIRE_FALSE(pushed);
    CHECK(pushed.error().kind() == Error::Kind::Stale);
    CHECK(session.stack().count() == 0);
    CHECK(session.db->company(read.id)->contact == QStringLiteral("Changed in another window"));
    CHECK(session.db->company(read.id)->phone.isEmpty());
}

TEST_CASE("An undo that finds the record changed elsewhere reports it, writes nothing and is dropped", "[ui][commands]")
{
    Session session;
    const Company before = addCompany(session.db.store(), QStringLiteral("Praxys"));
    Company after = before;
    after.contact = QStringLiteral("Claire Dumont");
    REQUIRE(session.editing.push(std::make_unique<UpdateCommand<Company>>(session.editing, before, after)));

    Company elsewhere = *session.db->company(before.id);
    elsewhere.email = QStringLiteral("claire@praxys.example.org");
    REQUIRE(session.db->updateCompany(elsewhere));

    session.stack().undo();
    REQUIRE(session.reports.size() == 1);
    CHECK(session.reports.first().contains(QStringLiteral("“Edit company Praxys” cannot be undone")));
    CHECK(session.reports.first().contains(QStringLiteral("changed elsewhere")));
    CHECK(session.stack().count() == 0);
    const Company now = *session.db->company(before.id);
    CHECK(now.contact == QStringLiteral("Claire Dumont"));
    CHECK(now.email == QStringLiteral("claire@praxys.example.org"));
}

TEST_CASE("A removed company comes back with its id, headcounts and applications", "[ui][commands]")
{
    Session session;
    Company praxys = addCompany(session.db.store(), QStringLiteral("Praxys"), QStringLiteral("IT services"));
    praxys.headcounts = {HeadcountEntry{d("2025-01-01"), 3}, HeadcountEntry{d("2026-01-01"), 5}};
    praxys = session.db->updateCompany(praxys).value();
    Application application;
    application.companyId = praxys.id;
    application.neededAreaM2 = 25;
    application.neededWorkstations = 3;
    application.wishedStart = d("2026-06-01");
    application = session.db->addApplication(application).value();

    REQUIRE(session.editing.push(std::make_unique<RemoveCommand<Company>>(session.editing, praxys)));
    CHECK(session.stack().undoText() == QStringLiteral("Remove company Praxys"));
    CHECK_FALSE(session.db->company(praxys.id));
    CHECK(session.db->applications().isEmpty());

    session.stack().undo();
    const std::optional<Company> back = session.db->company(praxys.id);
    REQUIRE(back);
    checkSameContent(*back, praxys);
    REQUIRE(session.db->applications().size() == 1);
    checkSameContent(session.db->applications().first(), application);

    session.stack().redo();
    CHECK_FALSE(session.db->company(praxys.id));
    CHECK(session.reports.isEmpty());
}

TEST_CASE("A removed lease comes back with its id and rent steps", "[ui][commands]")
{
    Session session;
    const Site site = addSite(session.db.store(), QStringLiteral("Ateliers"));
    const Office b12 = addOffice(session.db.store(), site.id, QStringLiteral("B12"));
    const Company praxys = addCompany(session.db.store(), QStringLiteral("Praxys"));
    Lease lease = leaseOf(praxys.id, b12.id, d("2025-01-01"), d("2027-12-31"));
    lease.rentSteps = {RentStep{d("2025-01-01"), 30000}, RentStep{d("2026-01-01"), 36000}};
    lease.monthlyChargesCents = 4500;
    lease = session.db->addLease(lease).value();

    REQUIRE(session.editing.push(std::make_unique<RemoveCommand<Lease>>(session.editing, lease)));
    CHECK(session.stack().undoText() == QStringLiteral("Remove lease Praxys – B12"));
    CHECK(session.db->leases().isEmpty());
    session.stack().undo();
    const std::optional<Lease> back = session.db->lease(lease.id);
    REQUIRE(back);
    checkSameContent(*back, lease);
}

TEST_CASE("A removal that would lose history is refused and not pushed", "[ui][commands]")
{
    Session session;
    const Site site = addSite(session.db.store(), QStringLiteral("Ateliers"));
    const Office b12 = addOffice(session.db.store(), site.id, QStringLiteral("B12"));
    const Company praxys = addCompany(session.db.store(), QStringLiteral("Praxys"));
    addLease(session.db.store(), praxys.id, b12.id, d("2025-01-01"));
    const Status pushed = session.editing.push(std::make_unique<RemoveCommand<Office>>(session.editing, b12));
    REQUIRE_FALSE(pushed);
    CHECK(pushed.error().problems().first().message.contains(QStringLiteral("archive it instead")));
    CHECK(session.stack().count() == 0);
    CHECK(session.db->office(b12.id));
}

TEST_CASE("A redo that finds the id taken reports it and is dropped", "[ui][commands]")
{
    Session session;
    Company praxys;
    praxys.name = QStringLiteral("Praxys");
    auto command = std::make_unique<AddCommand<Company>>(session.editing, praxys);
    const AddCommand<Company> *added = command.get();
    REQUIRE(session.editing.push(std::move(command)));
    const Id id = added->record().id;
    session.stack().undo();
    // Another program adds a company, which takes the free number.
    Company other;
    other.id = id;
    other.name = QStringLiteral("Other");
    REQUIRE(session.db->addCompany(other));

    session.stack().redo();
    REQUIRE(session.reports.size() == 1);
    CHECK(session.reports.first().contains(QStringLiteral("cannot be redone")));
    CHECK(session.stack().count() == 0);
    CHECK(session.db->company(id)->name == QStringLiteral("Other"));
}

TEST_CASE("A group of steps is done, undone and redone as one, in one notification", "[ui][commands]")
{
    Session session;
    const Site site = addSite(session.db.store(), QStringLiteral("Ateliers"));
    const Office a = addOffice(session.db.store(), site.id, QStringLiteral("A01"));
    const Office b = addOffice(session.db.store(), site.id, QStringLiteral("A02"));
    Office archivedA = a;
    archivedA.archived = true;
    Office archivedB = b;
    archivedB.archived = true;

    const Status pushed = session.editing.pushGroup(QStringLiteral("Archive 2 records"), [&](CommandGroup &group) -> Status {
        if (Status step = group.run(std::make_unique<UpdateCommand<Office>>(session.editing, a, archivedA,
                                                                            CommandText::Action::Archive));
            !step)
            return step;
        return group.run(std::make_unique<UpdateCommand<Office>>(session.editing, b, archivedB, CommandText::Action::Archive));
    });
    REQUIRE(pushed);
    CHECK(session.stack().count() == 1);
    CHECK(session.db->office(a.id)->archived);
    CHECK(session.db->office(b.id)->archived);
    session.stack().undo();
    CHECK_FALSE(session.db->office(a.id)->archived);
    CHECK_FALSE(session.db->office(b.id)->archived);
    session.stack().redo();
    CHECK(session.db->office(b.id)->archived);
}

TEST_CASE("A group whose second step is refused writes nothing", "[ui][commands]")
{
    Session session;
    Sector sector{0, QStringLiteral("Robotics"), QStringLiteral("#123456"), false, 1};
    Company nameless;
    const Status pushed = session.editing.pushGroup(QStringLiteral("Add company"), [&](CommandGroup &group) -> Status {
        if (Status step = group.run(std::make_unique<AddCommand<Sector>>(session.editing, sector)); !step)
            return step;
        return group.run(std::make_unique<AddCommand<Company>>(session.editing, nameless));
    });
    REQUIRE_FALSE(pushed);
    CHECK_FALSE(session.db->sectorByName(QStringLiteral("Robotics")));
    CHECK(session.stack().count() == 0);
}
