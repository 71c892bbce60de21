// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "storage/ServerAddress.h"

using namespace pepin;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("a server address is read as libpq writes it, and written back without its password", "[server-address]")
{
    SECTION("every part")
    {
        const Result<ServerAddress> address = ServerAddress::parse(u"postgresql://anne:secret@db.cci-valenciennes.fr:5433/pepin?sslmode=verify-full"_s);
        REQUIRE(address);
        CHECK(address->host == u"db.cci-valenciennes.fr"_s);
        CHECK(address->port == 5433);
        CHECK(address->user == u"anne"_s);
        CHECK(address->password == u"secret"_s);
        CHECK(address->database == u"pepin"_s);
        CHECK(address->sslMode == u"verify-full"_s);
        CHECK(address->url() == u"postgresql://anne@db.cci-valenciennes.fr:5433/pepin?sslmode=verify-full"_s);
        CHECK(address->shown() == u"the database pepin on db.cci-valenciennes.fr:5433"_s);
    }
    SECTION("the short scheme, the default port, no user")
    {
        const Result<ServerAddress> address = ServerAddress::parse(u"postgres://serveur/ateliers"_s);
        REQUIRE(address);
        CHECK(address->host == u"serveur"_s);
        CHECK(address->port == 0);
        CHECK(address->user.isEmpty());
        CHECK(address->url() == u"postgresql://serveur/ateliers"_s);
        CHECK(address->shown() == u"the database ateliers on serveur"_s);
    }
    SECTION("a local socket's folder, in the query")
    {
        const Result<ServerAddress> address = ServerAddress::parse(u"postgresql://pepin@/essai?host=/run/postgresql&port=5434"_s);
        REQUIRE(address);
        CHECK(address->host == u"/run/postgresql"_s);
        CHECK(address->port == 5434);
        CHECK(address->url() == u"postgresql://pepin@:5434/essai?host=/run/postgresql"_s);
        const Result<ServerAddress> again = ServerAddress::parse(address->url());
        REQUIRE(again);
        CHECK(*again == *address);
    }
    SECTION("no host at all: this computer's socket")
    {
        const Result<ServerAddress> address = ServerAddress::parse(u"postgresql:///pepin"_s);
        REQUIRE(address);
        CHECK(address->host.isEmpty());
        CHECK(address->shown() == u"the database pepin on this computer"_s);
    }
}

TEST_CASE("what is not a server address is said plainly, and files are not taken for one", "[server-address]")
{
    CHECK_FALSE(ServerAddress::isServerLocation(u"/home/anne/pepin.db"_s));
    CHECK_FALSE(ServerAddress::isServerLocation(u"C:\\Users\\anne\\pepin.db"_s));
    CHECK_FALSE(ServerAddress::isServerLocation(u"postgresql.db"_s));
    CHECK(ServerAddress::isServerLocation(u"PostgreSQL://db/pepin"_s));

    const auto refusal = [](const QString &location) {
        const Result<ServerAddress> address = ServerAddress::parse(location);
        REQUIRE_FALSE(address);
        CHECK(address.error().kind() == Error::Kind::InvalidInput);
        return address.error().message();
    };
    CHECK(refusal(u"postgresql://db.cci.fr"_s).contains(u"names no database"_s));
    CHECK(refusal(u"postgresql://db.cci.fr/"_s).contains(u"names no database"_s));
    CHECK(refusal(u"postgresql://db.cci.fr/a/b"_s).contains(u"cannot hold"_s));
    CHECK(refusal(u"postgresql://db.cci.fr:0/pepin"_s).contains(u"port"_s));
    CHECK(refusal(u"postgresql://db/pepin?port=70000"_s).contains(u"port"_s));
    CHECK(refusal(u"postgresql://db/pepin?sslmode=maybe"_s).contains(u"sslmode is one of disable, allow, prefer"_s));
    CHECK(refusal(u"postgresql://db/pepin?application_name=x"_s).contains(u"application_name"_s));
    // Every refusal quotes the address and shows how to write one.
    CHECK(refusal(u"postgresql://db.cci.fr"_s).contains(u"postgresql://user@host:port/database"_s));
}
