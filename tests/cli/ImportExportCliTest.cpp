// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "CliRunner.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;

namespace {

// A database and a folder for the files that go in and out of it.
struct Workspace
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("pepin.db"));

    explicit Workspace(bool demo = false)
    {
        QStringList init{QStringLiteral("init")};
        if (demo)
            init << QStringLiteral("--demo");
        REQUIRE(cli(db, init).code == 0);
    }

    QString fixture(const char *name)
    {
        const QString target = dir.filePath(QString::fromLatin1(name));
        QFile::remove(target);
        REQUIRE(QFile::copy(QStringLiteral(PEPIN_TEST_DATA "/csv/") + QString::fromLatin1(name), target));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }

    CliRun run(const QStringList &arguments, int expected)
    {
        CliRun result = cli(db, arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\nstdout: " << result.out.toStdString()
                                                             << "\nstderr: " << result.err.toStdString());
        REQUIRE(result.code == expected);
        return result;
    }

    // What an import could change, as the list commands print it.
    QString state()
    {
        QString text;
        for (const char *list : {"sites", "offices", "companies", "leases"})
            text += cli(db, {QString::fromLatin1(list), QStringLiteral("--format"), QStringLiteral("csv")}).out;
        return text;
    }
};

QStringList args(std::initializer_list<QString> list)
{
    return QStringList(list);
}

} // namespace

TEST_CASE("import: each error on its own line of stderr, naming file, line and column, exit 2, nothing written", "[cli][csv]")
{
    Workspace space;
    const QString file = space.fixture("bad-values.csv");
    const QString before = space.state();
    const CliRun run = space.run(args({QStringLiteral("import"), QStringLiteral("offices"), file}), 2);
    CHECK(run.err.contains(QStringLiteral("bad-values.csv, line 3, column area_m2: 'vingt' is not a number")));
    CHECK(run.err.contains(QStringLiteral("bad-values.csv, line 4, column kind: 'cabin' is not one of: private, shared.")));
    CHECK(run.err.contains(QStringLiteral("bad-values.csv, line 5, column available_until:")));
    CHECK(run.err.contains(QStringLiteral("Nothing was written")));
    CHECK(run.err.contains(QStringLiteral("--skip-invalid")));
    for (const QString &line : run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        CHECK(line.startsWith(QStringLiteral("pepin-cli: ")));
    CHECK(run.out.isEmpty());
    CHECK(space.state() == before);
}

TEST_CASE("import --format json: created, updated, unchanged, errors and warnings", "[cli][csv]")
{
    Workspace space;
    SECTION("with errors")
    {
        const CliRun run = space.run(args({QStringLiteral("import"), QStringLiteral("offices"), space.fixture("bad-ragged.csv"),
                                           QStringLiteral("--format"), QStringLiteral("json")}),
                                     2);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        CHECK(json.keys() == QStringList{QStringLiteral("created"), QStringLiteral("errors"), QStringLiteral("unchanged"),
                                         QStringLiteral("updated"), QStringLiteral("warnings")});
        CHECK(json.value(QStringLiteral("created")).toInt(-1) == 0);
        const QJsonArray errors = json.value(QStringLiteral("errors")).toArray();
        REQUIRE(errors.size() == 2);
        CHECK(errors[0].toObject().value(QStringLiteral("line")).toInt() == 3);
        CHECK(errors[0].toObject().value(QStringLiteral("column")).toString().isEmpty());
        CHECK_FALSE(errors[0].toObject().value(QStringLiteral("message")).toString().isEmpty());
        CHECK(errors[1].toObject().value(QStringLiteral("line")).toInt() == 5);
        CHECK(run.err.contains(QStringLiteral("Nothing was written")));
    }
    SECTION("without")
    {
        const CliRun run = space.run(args({QStringLiteral("import"), QStringLiteral("offices"), space.fixture("offices-excel-fr.csv"),
                                           QStringLiteral("--format"), QStringLiteral("json")}),
                                     0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        CHECK(json.value(QStringLiteral("created")).toInt() == 3);
        CHECK(json.value(QStringLiteral("updated")).toInt(-1) == 0);
        CHECK(json.value(QStringLiteral("unchanged")).toInt(-1) == 0);
        CHECK(json.value(QStringLiteral("errors")).toArray().isEmpty());
        const QJsonArray warnings = json.value(QStringLiteral("warnings")).toArray();
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0].toObject().value(QStringLiteral("column")).toString() == QStringLiteral("Site"));
        CHECK(run.err.isEmpty());
    }
}

TEST_CASE("import --dry-run and --skip-invalid", "[cli][csv]")
{
    Workspace space;
    const QString file = space.fixture("bad-ragged.csv");
    const QString before = space.state();

    const CliRun dry = space.run(args({QStringLiteral("import"), QStringLiteral("offices"), file, QStringLiteral("--dry-run"),
                                       QStringLiteral("--skip-invalid")}),
                                 0);
    CHECK(dry.out.contains(QStringLiteral("dry run, nothing written")));
    CHECK(dry.out.contains(QStringLiteral("2 created")));
    CHECK(space.state() == before);

    const CliRun skip = space.run(args({QStringLiteral("import"), QStringLiteral("offices"), file, QStringLiteral("--skip-invalid")}), 0);
    CHECK(skip.out.contains(QStringLiteral("2 created, 0 updated, 0 unchanged.")));
    CHECK(skip.out.contains(QStringLiteral("2 invalid row(s) skipped")));
    CHECK(skip.err.contains(QStringLiteral("bad-ragged.csv, line 3: This row has 3 fields where the header has 4 columns")));
    const CliRun offices = space.run(args({QStringLiteral("offices"), QStringLiteral("--format"), QStringLiteral("csv")}), 0);
    CHECK(offices.out.contains(QStringLiteral(",A01,")));
    CHECK(offices.out.contains(QStringLiteral(",A03,")));
    CHECK_FALSE(offices.out.contains(QStringLiteral(",A02,")));

    // Again: the valid rows are there already.
    const CliRun again = space.run(args({QStringLiteral("import"), QStringLiteral("offices"), file, QStringLiteral("--skip-invalid")}), 0);
    CHECK(again.out.contains(QStringLiteral("0 created, 0 updated, 2 unchanged.")));
}

TEST_CASE("import: encoding and delimiter, detected or given", "[cli][csv]")
{
    Workspace space;
    const QString file = space.fixture("companies-windows-1252.csv");
    const QString before = space.state();
    const CliRun utf8 = space.run(args({QStringLiteral("import"), QStringLiteral("companies"), file, QStringLiteral("--encoding"),
                                        QStringLiteral("utf-8")}),
                                  2);
    CHECK(utf8.err.contains(QStringLiteral("companies-windows-1252.csv, line 1: Some bytes are not valid UTF-8")));
    CHECK(space.state() == before);

    space.run(args({QStringLiteral("import"), QStringLiteral("companies"), file, QStringLiteral("--encoding"), QStringLiteral("windows-1252"),
                    QStringLiteral("--delimiter"), QStringLiteral(";")}),
              0);
    const CliRun companies = space.run(args({QStringLiteral("companies"), QStringLiteral("--format"), QStringLiteral("csv")}), 0);
    CHECK(companies.out.contains(QStringLiteral("Société d'Études Numériques,73282932000074,6201Z")));
    CHECK(companies.out.contains(QStringLiteral("Œuvres Sonores")));

    // The wrong delimiter, forced: the header is one column and the required one is missing.
    const CliRun comma = space.run(args({QStringLiteral("import"), QStringLiteral("companies"), file, QStringLiteral("--delimiter"),
                                         QStringLiteral(",")}),
                                   2);
    CHECK(comma.err.contains(QStringLiteral("line 1, column name: This column is required")));
}

TEST_CASE("import and export: bad usage is exit 1, a bad file 2, a missing database 3", "[cli][csv]")
{
    Workspace space;
    const QString file = space.fixture("offices-excel-fr.csv");
    CHECK(cli(space.db, {QStringLiteral("import"), QStringLiteral("offices")}).code == 1);
    CHECK(cli(space.db, {QStringLiteral("import"), QStringLiteral("offices"), file, file}).code == 1);
    CHECK(cli(space.db, {QStringLiteral("import"), QStringLiteral("sites"), file}).code == 1);
    CHECK(cli(space.db, {QStringLiteral("import"), QStringLiteral("offices"), file, QStringLiteral("--encoding"), QStringLiteral("latin9")})
              .code
          == 1);
    CHECK(cli(space.db, {QStringLiteral("import"), QStringLiteral("offices"), file, QStringLiteral("--delimiter"), QStringLiteral("ab")})
              .code
          == 1);
    CHECK(cli(space.db, {QStringLiteral("import"), QStringLiteral("offices"), file, QStringLiteral("--format"), QStringLiteral("csv")})
              .code
          == 1);
    CHECK(cli(space.db, {QStringLiteral("export"), QStringLiteral("tenants"), QStringLiteral("--preset"), QStringLiteral("excel")}).code
          == 1);
    CHECK(cli(space.db, {QStringLiteral("export"), QStringLiteral("tenants"), QStringLiteral("extra")}).code == 1);

    const CliRun missing = cli(space.db, {QStringLiteral("import"), QStringLiteral("offices"), space.path("nowhere.csv")});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("nowhere.csv: The file cannot be opened")));
    const CliRun badDate = cli(space.db, {QStringLiteral("export"), QStringLiteral("tenants"), QStringLiteral("--at"), QStringLiteral("31/02/2026")});
    CHECK(badDate.code == 2);
    CHECK(badDate.err.contains(QStringLiteral("--at")));

    const QString noDb = space.path("missing.db");
    CHECK(cli(noDb, {QStringLiteral("import"), QStringLiteral("offices"), file}).code == 3);
    CHECK(cli(noDb, {QStringLiteral("export"), QStringLiteral("offices")}).code == 3);
    CHECK_FALSE(QFile::exists(noDb));
}

TEST_CASE("export: standard and Excel (France) presets, to standard output or a file", "[cli][csv]")
{
    Workspace space(true);
    const CliRun standard = space.run(args({QStringLiteral("export"), QStringLiteral("tenants")}), 0);
    CHECK(standard.out.startsWith(QStringLiteral("company,siret,sector,site,offices,area_m2,workstations,type,start,end,monthly_rent,"
                                                 "contact,email,phone\r\n")));
    CHECK(standard.out.contains(QStringLiteral("Praxys,,IT services,Ateliers numériques de Valenciennes,A01,24.5,2,")));
    CHECK(standard.out.count(QStringLiteral("\r\n")) == 12); // the header and the eleven tenants

    const CliRun excel = space.run(args({QStringLiteral("export"), QStringLiteral("tenants"), QStringLiteral("--preset"),
                                         QStringLiteral("excel-fr")}),
                                   0);
    CHECK(excel.out.startsWith(QChar(QChar::ByteOrderMark) + QStringLiteral("Entreprise;SIRET;Secteur;")));
    CHECK(excel.out.contains(QStringLiteral("Praxys;;IT services;Ateliers numériques de Valenciennes;A01;24,5;2;")));

    // At a date before the demo's first tenants, the list is the header alone.
    const CliRun early = space.run(args({QStringLiteral("export"), QStringLiteral("tenants"), QStringLiteral("--at"),
                                         QStringLiteral("01/01/2000")}),
                                   0);
    CHECK(early.out.count(QStringLiteral("\r\n")) == 1);

    const QString path = space.path("offices.csv");
    const CliRun file = space.run(args({QStringLiteral("export"), QStringLiteral("offices"), QStringLiteral("-o"), path,
                                        QStringLiteral("--delimiter"), QStringLiteral("tab"), QStringLiteral("--bom")}),
                                  0);
    CHECK(file.out.contains(QStringLiteral("15 row(s) written")));
    const QByteArray bytes = fileBytes(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBFsite\tcode\tfloor\tarea_m2\t"));
}

TEST_CASE("export then import into an empty database, through the command line, round-trips", "[cli][csv]")
{
    Workspace demo(true);
    for (const char *preset : {"standard", "excel-fr"}) {
        INFO(preset);
        Workspace target;
        QList<QByteArray> first, second;
        for (const char *kind : {"offices", "companies", "leases"}) {
            const QString out = demo.path(kind) + QLatin1Char('-') + QString::fromLatin1(preset) + QStringLiteral(".csv");
            demo.run(args({QStringLiteral("export"), QString::fromLatin1(kind), QStringLiteral("--preset"), QString::fromLatin1(preset),
                           QStringLiteral("-o"), out}),
                     0);
            target.run(args({QStringLiteral("import"), QString::fromLatin1(kind), out}), 0);
            first << fileBytes(out);
            second << target.run(args({QStringLiteral("export"), QString::fromLatin1(kind), QStringLiteral("--preset"),
                                       QString::fromLatin1(preset)}),
                                 0)
                          .out.toUtf8();
            const CliRun again = target.run(args({QStringLiteral("import"), QString::fromLatin1(kind), out}), 0);
            CHECK(again.out.contains(QStringLiteral(" 0 created, 0 updated, ")));
        }
        CHECK(second == first);
    }
}

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result << QString::fromUtf8(word);
    return result;
}

} // namespace

TEST_CASE("export occupancy: the series of the occupancy command, month by month, to a file in either preset", "[cli][csv][figures]")
{
    Workspace space(true);
    // In the Standard preset, the very cells of `occupancy --step month --format csv`: the same
    // figures from the same place, nothing recomputed.
    const QString path = space.path("occupancy.csv");
    const CliRun written = space.run(words({"export", "occupancy", "--from", "2026-01-01", "--to", "2026-12-31", "-o"}) << path, 0);
    CHECK(written.out.contains(QStringLiteral("12 row(s) written")));
    const CliRun series =
        space.run(words({"occupancy", "--from", "2026-01-01", "--to", "2026-12-31", "--step", "month", "--format", "csv"}), 0);
    CHECK(QString::fromUtf8(fileBytes(path)) == series.out);

    // Excel (France): French headers, DD/MM/YYYY, decimal commas, rates as percentages.
    const QString excel = space.path("occupation.csv");
    space.run(words({"export", "occupancy", "--from", "01/01/2026", "--to", "31/12/2026", "--preset", "excel-fr", "-o"}) << excel, 0);
    const QString text = QString::fromUtf8(fileBytes(excel));
    CHECK(text.startsWith(QStringLiteral("Début;Fin;Bureaux occupés;Bureaux en service;Taux d'occupation des bureaux;")));
    CHECK(text.count(QStringLiteral("\r\n")) == 13);
    CHECK(text.contains(QStringLiteral("\r\n01/11/2026;30/11/2026;")));
    CHECK(text.contains(QLatin1Char('%')));
    CHECK_FALSE(text.contains(QStringLiteral("2026-11-01")));

    // --step and --site as the occupancy command reads them.
    const CliRun quarters = space.run(words({"export", "occupancy", "--from", "2026-01-01", "--to", "2026-12-31", "--step", "quarter",
                                             "--site", "Ateliers numériques de Valenciennes"}),
                                      0);
    CHECK(quarters.out.count(QStringLiteral("\r\n")) == 5);
    CHECK(quarters.out.contains(QStringLiteral("\r\n2026-10-01,2026-12-31,")));
}

TEST_CASE("export sectors: the sector mix on a day with its shares, as the sectors command counts it", "[cli][csv][figures]")
{
    Workspace space(true);
    const CliRun mix = space.run(words({"export", "sectors", "--at", "2026-11-29"}), 0);
    const QJsonObject day = QJsonDocument::fromJson(
                                space.run(words({"sectors", "--at", "2026-11-29", "--format", "json"}), 0).out.toUtf8())
                                .object();
    const QJsonArray sectors = day.value(QStringLiteral("sectors")).toArray();
    REQUIRE_FALSE(sectors.isEmpty());
    QStringList lines = mix.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.takeFirst()
          == QStringLiteral("date,sector,companies,companies_share,area_m2,area_m2_share,workstations,workstations_share"));
    REQUIRE(lines.size() == sectors.size());
    int companies = 0;
    for (const QJsonValue &sector : sectors)
        companies += sector.toObject().value(QStringLiteral("companies")).toInt();
    CHECK(companies == 11); // the demo's eleven tenants
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject sector = sectors.at(i).toObject();
        const QStringList cells = lines.at(i).split(QLatin1Char(','));
        INFO(lines.at(i).toStdString());
        REQUIRE(cells.size() == 8);
        CHECK(cells[0] == QStringLiteral("2026-11-29"));
        CHECK(cells[1] == sector.value(QStringLiteral("sector")).toString());
        CHECK(cells[2].toInt() == sector.value(QStringLiteral("companies")).toInt());
        CHECK(cells[3].toDouble() == Approx(sector.value(QStringLiteral("companies")).toDouble() / companies));
        CHECK(cells[4].toDouble() == sector.value(QStringLiteral("area_m2")).toDouble());
        CHECK(cells[6].toInt() == sector.value(QStringLiteral("workstations")).toInt());
    }

    const CliRun excel = space.run(words({"export", "sectors", "--preset", "excel-fr"}), 0);
    CHECK(excel.out.startsWith(QChar(QChar::ByteOrderMark) + QStringLiteral("Date;Secteur;Entreprises;Part des entreprises;")));
    CHECK(excel.out.contains(QStringLiteral("\r\n29/11/2026;")));
}

TEST_CASE("export occupancy and sectors: bad usage is exit 1, bad dates or an unknown site 2", "[cli][csv][figures]")
{
    Workspace space(true);
    const QString out = space.path("never.csv");
    CHECK(cli(space.db, words({"export", "occupancy", "-o"}) << out).code == 1); // no period
    CHECK(cli(space.db, words({"export", "occupancy", "--from", "2026-01-01", "-o"}) << out).code == 1);
    CHECK(cli(space.db, words({"export", "occupancy", "--at", "2026-01-01", "-o"}) << out).code == 1);
    CHECK(cli(space.db, words({"export", "occupancy", "--from", "2026-01-01", "--to", "2026-12-31", "--step", "week", "-o"}) << out).code
          == 1);
    CHECK(cli(space.db, words({"export", "sectors", "--from", "2026-01-01", "--to", "2026-12-31", "-o"}) << out).code == 1);
    const CliRun backwards = cli(space.db, words({"export", "occupancy", "--from", "2026-12-31", "--to", "2026-01-01", "-o"}) << out);
    CHECK(backwards.code == 2);
    CHECK(backwards.err.contains(QStringLiteral("--to")));
    const CliRun site = cli(space.db, words({"export", "sectors", "--site", "Nowhere", "-o"}) << out);
    CHECK(site.code == 2);
    CHECK(site.err.contains(QStringLiteral("Nowhere")));
    CHECK(cli(space.db, words({"export", "sectors", "--at", "31/02/2026", "-o"}) << out).code == 2);
    CHECK_FALSE(QFile::exists(out));
}
