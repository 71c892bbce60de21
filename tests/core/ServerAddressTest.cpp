// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "storage/ServerAddress.h"

using namespace pepin;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("a server address is read as libpq writes it, and written back without its password", "[server-address]")
{
    struct Case
    {
        QString location;
        ServerAddress expected;
        QString url;   // written back
        QString shown; // in messages
    };
    const Case cases[] = {
        // every part
        {u"postgresql://anne:secret@db.cci-valenciennes.fr:5433/pepin?sslmode=verify-full"_s,
         {.host = u"db.cci-valenciennes.fr"_s, .port = 5433, .database = u"pepin"_s, .user = u"anne"_s, .password = u"secret"_s,
          .sslMode = u"verify-full"_s},
         u"postgresql://anne@db.cci-valenciennes.fr:5433/pepin?sslmode=verify-full"_s,
         u"the database pepin on db.cci-valenciennes.fr:5433"_s},
        // the short scheme, the default port, no user
        {u"postgres://serveur/ateliers"_s, {.host = u"serveur"_s, .database = u"ateliers"_s}, u"postgresql://serveur/ateliers"_s,
         u"the database ateliers on serveur"_s},
        // a local socket's folder and a port, in the query
        {u"postgresql://pepin@/essai?host=/run/postgresql&port=5434"_s,
         {.host = u"/run/postgresql"_s, .port = 5434, .database = u"essai"_s, .user = u"pepin"_s},
         u"postgresql://pepin@:5434/essai?host=/run/postgresql"_s, u"the database essai on /run/postgresql:5434"_s},
        // no host at all: this computer's socket
        {u"postgresql:///pepin"_s, {.database = u"pepin"_s}, u"postgresql:///pepin"_s,
         u"the database pepin on this computer"_s},
    };
    for (const Case &c : cases) {
        INFO(c.location.toStdString());
        const Result<ServerAddress> parsed = ServerAddress::parse(c.location);
        REQUIRE(parsed);
        CHECK(*parsed == c.expected);
        CHECK(parsed->url() == c.url);
        CHECK(parsed->shown() == c.shown);
        // What is written back reads the same, the password aside.
        const Result<ServerAddress> again = ServerAddress::parse(parsed->url());
        REQUIRE(again);
        ServerAddress withoutPassword = c.expected;
        withoutPassword.password.clear();
        CHECK(*again == withoutPassword);
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

TEST_CASE("a password typed by the user reaches the server, and no message or kept address holds it", "[server-address]")
{
    ServerAddress address;
    address.host = u"db.cci-valenciennes.fr"_s;
    address.database = u"pepin"_s;
    address.user = u"anne"_s;
    address.password = u"p@ss:w/rd é%"_s;

    const QString withPassword = address.url(ServerAddress::Password::Included);
    const Result<ServerAddress> back = ServerAddress::parse(withPassword);
    REQUIRE(back);
    CHECK(back->password == address.password);
    CHECK(back->user == u"anne"_s);
    CHECK(back->url() == u"postgresql://anne@db.cci-valenciennes.fr/pepin"_s);
    CHECK_FALSE(back->url().contains(u"rd"_s));

    const Result<ServerAddress> refused = ServerAddress::parse(u"postgresql://anne:secret@db.cci.fr"_s);
    REQUIRE_FALSE(refused);
    CHECK_FALSE(refused.error().message().contains(u"secret"_s));
    CHECK(refused.error().message().contains(u"postgresql://anne:…@db.cci.fr"_s));
}
