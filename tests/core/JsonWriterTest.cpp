// SPDX-License-Identifier: GPL-3.0-or-later
// The change history's JSON (util/JsonWriter.h, storage/Tables.h snapshotJson): written value by
// value, it must be the very text QJsonDocument writes for the same document, so that entries
// written before and after read and compare alike; every text comes back as it was given.
#include "CatchQt.h"

#include "Builders.h"
#include "HostileText.h"

#include "storage/Tables.h"
#include "util/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <functional>
#include <limits>

using namespace pepin;
using namespace pepin::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray qtJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// One value under the key "value", as the writer writes it.
QByteArray written(const std::function<void(JsonWriter &)> &write)
{
    JsonWriter json;
    json.beginObject();
    json.key(u"value");
    write(json);
    json.endObject();
    return json.text();
}

// The texts whose escaping and encoding differ: every control character, the characters JSON
// escapes, two- three- and four-byte UTF-8, and halves of a surrogate pair, alone.
QList<QString> edgeTexts()
{
    QList<QString> texts{u""_s, u"\""_s, u"\\"_s, u"/"_s, u"\u007f"_s, u"é"_s, u"€"_s, u"\uffff"_s, u"😀"_s,
                         u"a\"b\\c"_s, u"ligne 1\r\nligne 2\ttab"_s};
    for (char16_t unit = 1; unit < 0x20; ++unit)
        texts << u"x"_s + QChar(unit) + u"y"_s;
    const QChar high(char16_t(0xd83d)), low(char16_t(0xde00));
    texts << QString(high) << QString(low) << (QString(high) + u"a"_s) << (QString(low) + QString(high))
          << (u"a"_s + QString(high)) << (QString(high) + QString(high) + QString(low));
    return texts;
}

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (text.at(i).isSurrogate())
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("texts are written as QJsonDocument writes them, and read back as given", "[audit][json]")
{
    QList<QString> texts = edgeTexts();
    for (const HostileText &hostile : hostileTexts())
        texts << hostile.text;
    for (const QString &text : std::as_const(texts)) {
        INFO("a text of " << text.size() << " UTF-16 units");
        const QByteArray json = written([&text](JsonWriter &writer) { writer.string(text); });
        CHECK(json == qtJson(QJsonObject{{u"value"_s, text}}));
        if (!hasLoneSurrogate(text)) // not a character: escaped, and read back as Qt likes
            CHECK(textDifference(QJsonDocument::fromJson(json).object().value(u"value"_s).toString(), text).isEmpty());
    }
}

TEST_CASE("numbers, nulls, flags and nesting are written as QJsonDocument writes them", "[audit][json]")
{
    const double reals[] = {0.0, -0.0, 0.5, -2.25, 1.0 / 3.0, 20.0, 18.75, 27358.0, 100000.0, -100000.0,
                            123456789012.0, 9007199254740992.0, 1e16, 1e20, 1e-7, std::numeric_limits<double>::max(),
                            std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN()};
    for (const double real : reals) {
        INFO(real);
        CHECK(written([real](JsonWriter &json) { json.number(real); }) == qtJson(QJsonObject{{u"value"_s, real}}));
    }
    const qint64 wholes[] = {0, 7, -7, 1234567890123, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()};
    for (const qint64 whole : wholes) {
        INFO(whole);
        CHECK(written([whole](JsonWriter &json) { json.integer(whole); }) == qtJson(QJsonObject{{u"value"_s, whole}}));
    }

    // Variants as a record's row holds them; an object in an array in an object.
    JsonWriter json;
    json.beginObject();
    json.key(u"a_null");
    json.value(QVariant(QMetaType::fromType<QString>()));
    json.key(u"b_text");
    json.value(u"Café « B12 »"_s);
    json.key(u"c_int");
    json.value(42);
    json.key(u"d_long");
    json.value(qint64(-9000000000));
    json.key(u"e_real");
    json.value(20.5);
    json.key(u"f_flag");
    json.value(true);
    json.key(u"g_list");
    json.beginArray();
    json.beginObject();
    json.key(u"from");
    json.string(u"2026-01-01"_s);
    json.endObject();
    json.beginObject();
    json.endObject();
    json.endArray();
    json.key(u"h_empty");
    json.beginArray();
    json.endArray();
    json.key(u"i_date");
    json.value(QDate(2026, 11, 29)); // a type of its own: as Qt writes it
    json.endObject();
    const QJsonObject expected{{u"a_null"_s, QJsonValue::Null},
                               {u"b_text"_s, u"Café « B12 »"_s},
                               {u"c_int"_s, 42},
                               {u"d_long"_s, qint64(-9000000000)},
                               {u"e_real"_s, 20.5},
                               {u"f_flag"_s, true},
                               {u"g_list"_s, QJsonArray{QJsonObject{{u"from"_s, u"2026-01-01"_s}}, QJsonObject()}},
                               {u"h_empty"_s, QJsonArray()},
                               {u"i_date"_s, QJsonValue::fromVariant(QDate(2026, 11, 29))}};
    CHECK(json.text() == qtJson(expected));
}

TEST_CASE("a record's snapshot is the text QJsonDocument writes for it, every field in it", "[audit][json]")
{
    for (const HostileText &hostile : hostileTexts()) {
        INFO(describe(hostile));
        const QString &text = hostile.text;

        Company company;
        company.id = 12;
        company.name = company.naf = company.contact = company.phone = company.notes = text;
        company.siret = u"73282932000074"_s;
        company.sectorId = 3;
        company.createdOn = d("2024-02-29");
        company.stage = CompanyStage::Young;
        company.headcounts = {{d("2025-01-01"), 3}, {d("2026-01-01"), 0}};
        const QByteArray companyJson = snapshotJson(company);
        const QJsonObject companyObject = QJsonDocument::fromJson(companyJson).object();
        CHECK(companyJson == qtJson(companyObject));
        CHECK(textDifference(companyObject.value(u"name"_s).toString(), text).isEmpty());
        CHECK(textDifference(companyObject.value(u"notes"_s).toString(), text).isEmpty());
        CHECK(companyObject.value(u"created_on"_s) == u"2024-02-29"_s);
        CHECK(companyObject.value(u"exit_date"_s).isNull());
        CHECK(companyObject.value(u"sector_id"_s).toInteger() == 3);
        CHECK(!companyObject.contains(u"name_key"_s)); // derived, left out
        CHECK(companyObject.value(u"headcounts"_s).toArray()
              == QJsonArray{QJsonObject{{u"as_of"_s, u"2025-01-01"_s}, {u"headcount"_s, 3}},
                            QJsonObject{{u"as_of"_s, u"2026-01-01"_s}, {u"headcount"_s, 0}}});

        Lease lease = leaseOf(12, 4, d("2026-01-01"), d("2027-12-31"));
        lease.notes = text;
        lease.rentSteps = {{d("2026-01-01"), 17150}, {d("2027-01-01"), 100000}};
        lease.depositCents = 34300;
        const QByteArray leaseJson = snapshotJson(lease);
        const QJsonObject leaseObject = QJsonDocument::fromJson(leaseJson).object();
        CHECK(leaseJson == qtJson(leaseObject));
        CHECK(textDifference(leaseObject.value(u"notes"_s).toString(), text).isEmpty());
        CHECK(leaseObject.value(u"end_date"_s) == u"2027-12-31"_s);
        CHECK(leaseObject.value(u"terminated_on"_s).isNull());
        CHECK(leaseObject.value(u"deposit_cents"_s).toInteger() == 34300);
        const QJsonArray steps = leaseObject.value(u"rent_steps"_s).toArray();
        REQUIRE(steps.size() == 2);
        CHECK(steps.at(1).toObject().value(u"monthly_rent_cents"_s).toDouble() == 100000.0);

        Office office;
        office.siteId = 2;
        office.code = office.floor = office.notes = text;
        office.areaM2 = 18.75;
        office.workstations = 3;
        const QByteArray officeJson = snapshotJson(office);
        const QJsonObject officeObject = QJsonDocument::fromJson(officeJson).object();
        CHECK(officeJson == qtJson(officeObject));
        CHECK(officeObject.value(u"area_m2"_s).toDouble() == 18.75);
        CHECK(textDifference(officeObject.value(u"code"_s).toString(), text).isEmpty());
        CHECK(snapshotOf(office) == officeObject);
    }
}
