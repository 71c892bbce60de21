// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordOptions.h"

#include "figures/RentSchedule.h"
#include "service/Rules.h"
#include "service/Store.h"
#include "util/Format.h"
#include "util/Parse.h"
#include "util/Siret.h"

namespace pepin::cli {

namespace {

QString field(const QString &option)
{
    QString name = option;
    return name.replace(QLatin1Char('-'), QLatin1Char('_'));
}

QCommandLineOption option(const char *name, const QString &description, const char *valueName = nullptr)
{
    return valueName ? QCommandLineOption(QString::fromLatin1(name), description, QString::fromUtf8(valueName))
                     : QCommandLineOption(QString::fromLatin1(name), description);
}

} // namespace

RecordOptions::RecordOptions(const QCommandLineParser &parser, Store &store)
    : m_parser(parser)
    , m_store(store)
{
}

QList<QCommandLineOption> RecordOptions::siteOptions()
{
    return {
        option("address", tr("Postal address."), "TEXT"),
        option("max-stay-months", tr("Maximum stay of a company, in months (default 48)."), "N"),
        option("rent-progression", tr("Progressive rent, in percent of the reference rent for years 1, 2, 3… (default 70,85,100)."),
               "P1,P2,…"),
        option("notes", tr("Free notes."), "TEXT"),
    };
}

QList<QCommandLineOption> RecordOptions::officeOptions()
{
    return {
        option("site", tr("The site the office belongs to."), "NAME"),
        option("code", tr("The office's code, unique within its site."), "CODE"),
        option("floor", tr("Floor."), "F"),
        option("area", tr("Area in m²."), "M2"),
        option("workstations", tr("Number of workstations."), "N"),
        option("kind", tr("private (one tenant at a time) or shared (let by workstation)."), "KIND"),
        option("rent-m2-year", tr("Reference rent, in € per m² per year."), "EUR"),
        option("from", tr("First day the office can be let."), "DATE"),
        option("until", tr("Last day the office can be let."), "DATE"),
        option("notes", tr("Free notes."), "TEXT"),
    };
}

QList<QCommandLineOption> RecordOptions::companyOptions()
{
    return {
        option("name", tr("The company's name."), "NAME"),
        option("siret", tr("SIRET number (14 digits)."), "N"),
        option("naf", tr("NAF (APE) activity code."), "CODE"),
        option("sector", tr("Sector of activity; a new sector is created if needed."), "S"),
        option("created-on", tr("Date the company was created."), "DATE"),
        option("stage", tr("project, young, developing or established."), "STAGE"),
        option("headcount", tr("Number of people employed, as of today."), "N"),
        option("contact", tr("Contact person."), "NAME"),
        option("email", tr("Contact e-mail."), "ADDRESS"),
        option("phone", tr("Contact telephone."), "NUMBER"),
        option("notes", tr("Free notes."), "TEXT"),
        option("exit-date", tr("Date the company left the incubator."), "DATE"),
        option("exit-reason", tr("graduated_local, moved_away, closed or other."), "REASON"),
    };
}

QList<QCommandLineOption> RecordOptions::leaseOptions()
{
    return {
        option("company", tr("The tenant: its name or SIRET."), "NAME|SIRET"),
        option("site", tr("The site of the office."), "NAME"),
        option("office", tr("The office's code."), "CODE"),
        option("start", tr("First day of the lease."), "DATE"),
        option("end", tr("Last day of the term (none: open-ended)."), "DATE"),
        option("terminated-on", tr("Last day, when the lease is ended before its term."), "DATE"),
        option("workstations", tr("Workstations taken (shared offices)."), "N"),
        option("type", tr("precaire, derogatoire, commercial or coworking."), "TYPE"),
        option("monthly-rent", tr("Monthly rent excluding VAT, in €."), "EUR"),
        option("progression",
               tr("Rent steps from this progression, in percent of the office's reference rent for years 1, 2, 3… of the "
                  "company's stay (a new lease without --monthly-rent takes the site's)."),
               "P1,P2,…"),
        option("no-rent", tr("Store no rent for this lease.")),
        option("monthly-charges", tr("Monthly charges, in €."), "EUR"),
        option("deposit", tr("Deposit, in €."), "EUR"),
        option("notice-months", tr("Notice period, in months."), "N"),
        option("notes", tr("Free notes."), "TEXT"),
    };
}

QList<QCommandLineOption> RecordOptions::applicationOptions()
{
    return {
        option("company", tr("The applicant: its name or SIRET."), "NAME|SIRET"),
        option("area", tr("Area needed, in m²."), "M2"),
        option("workstations", tr("Workstations needed."), "N"),
        option("wished-start", tr("Wished start date."), "DATE"),
        option("status", tr("received, committee, accepted, housed or declined."), "STATUS"),
        option("committee-date", tr("Date of the selection committee."), "DATE"),
        option("decision", tr("The committee's decision."), "TEXT"),
        option("priority", tr("Priority on the waiting list (higher first)."), "N"),
        option("notes", tr("Free notes."), "TEXT"),
    };
}

void RecordOptions::problem(const QString &option, const QString &message)
{
    m_problems << Problem{field(option), message};
}

void RecordOptions::require(const QStringList &names)
{
    for (const QString &name : names) {
        if (!m_parser.isSet(name) || m_parser.value(name).trimmed().isEmpty())
            problem(name, tr("is required."));
    }
}

std::optional<QDate> RecordOptions::date(const QString &name)
{
    const QString value = m_parser.value(name);
    if (value.isEmpty())
        return QDate();
    std::optional<QDate> parsed = parseDate(value);
    if (!parsed)
        problem(name, tr("'%1' is not a date: %2.").arg(value, dateFormatsHint()));
    return parsed;
}

std::optional<double> RecordOptions::decimal(const QString &name)
{
    const QString value = m_parser.value(name);
    std::optional<double> parsed = parseDecimal(value);
    if (!parsed)
        problem(name, tr("'%1' is not a number (write 24.5 or 24,5).").arg(value));
    return parsed;
}

std::optional<Cents> RecordOptions::money(const QString &name)
{
    const QString value = m_parser.value(name);
    std::optional<Cents> parsed = parseCents(value);
    if (!parsed)
        problem(name, tr("'%1' is not an amount in euros (write 1234.56 or 1 234,56).").arg(value));
    return parsed;
}

std::optional<int> RecordOptions::integer(const QString &name)
{
    const QString value = m_parser.value(name);
    std::optional<qint64> parsed = parseInteger(value);
    if (!parsed || *parsed < INT_MIN || *parsed > INT_MAX) {
        problem(name, tr("'%1' is not a whole number.").arg(value));
        return std::nullopt;
    }
    return int(*parsed);
}

std::optional<QList<int>> RecordOptions::percentages(const QString &name)
{
    QList<int> list;
    for (const QString &part : text(name).split(QLatin1Char(','))) {
        std::optional<qint64> percent = parseInteger(part.trimmed().remove(QLatin1Char('%')));
        if (!percent || *percent < INT_MIN || *percent > INT_MAX) {
            problem(name, tr("write percentages separated by commas, such as 70,85,100."));
            return std::nullopt;
        }
        list << int(*percent);
    }
    return list;
}

template<typename E>
std::optional<E> RecordOptions::choice(const QString &name, std::optional<E> (*parse)(const QString &), const QStringList &codes)
{
    const QString value = m_parser.value(name);
    std::optional<E> parsed = parse(value);
    if (!parsed)
        problem(name, tr("'%1' is not one of: %2.").arg(value, codes.join(QStringLiteral(", "))));
    return parsed;
}

std::optional<Site> RecordOptions::site(const QString &option)
{
    const QString name = m_parser.value(option);
    std::optional<Site> found = m_store.siteByName(name);
    if (!found)
        problem(option, tr("There is no site named '%1'.").arg(name));
    return found;
}

std::optional<Office> RecordOptions::office()
{
    const std::optional<Site> owner = site();
    if (!owner)
        return std::nullopt;
    const QString code = m_parser.value(QStringLiteral("office"));
    std::optional<Office> found = m_store.officeByCode(owner->id, code);
    if (!found)
        problem(QStringLiteral("office"), tr("%1 has no office '%2'.").arg(owner->name, code));
    return found;
}

std::optional<Company> RecordOptions::company(const QString &option)
{
    const QString key = m_parser.value(option);
    std::optional<Company> found = m_store.companyBySiret(normalizeSiret(key));
    if (!found)
        found = m_store.companyByName(key);
    if (!found)
        problem(option, tr("There is no company named '%1' or with that SIRET.").arg(key));
    return found;
}

void RecordOptions::apply(Site &site)
{
    if (isSet(QStringLiteral("address")))
        site.address = text(QStringLiteral("address"));
    if (isSet(QStringLiteral("max-stay-months"))) {
        if (auto months = integer(QStringLiteral("max-stay-months")))
            site.maxStayMonths = *months;
    }
    if (isSet(QStringLiteral("rent-progression"))) {
        if (auto steps = percentages(QStringLiteral("rent-progression")))
            site.rentProgression = *steps;
    }
    if (isSet(QStringLiteral("notes")))
        site.notes = text(QStringLiteral("notes"));
}

void RecordOptions::apply(Office &office)
{
    if (isSet(QStringLiteral("floor")))
        office.floor = text(QStringLiteral("floor")).trimmed();
    if (isSet(QStringLiteral("area"))) {
        if (auto area = decimal(QStringLiteral("area")))
            office.areaM2 = *area;
    }
    if (isSet(QStringLiteral("workstations"))) {
        if (auto count = integer(QStringLiteral("workstations")))
            office.workstations = *count;
    }
    if (isSet(QStringLiteral("kind"))) {
        if (auto kind = choice(QStringLiteral("kind"), &parseOfficeKind, officeKindCodes()))
            office.kind = *kind;
    }
    if (isSet(QStringLiteral("rent-m2-year"))) {
        if (auto rent = money(QStringLiteral("rent-m2-year")))
            office.rentM2YearCents = *rent;
    }
    if (isSet(QStringLiteral("from"))) {
        if (auto from = date(QStringLiteral("from")))
            office.availableFrom = *from;
    }
    if (isSet(QStringLiteral("until"))) {
        if (auto until = date(QStringLiteral("until")))
            office.availableUntil = *until;
    }
    if (isSet(QStringLiteral("notes")))
        office.notes = text(QStringLiteral("notes"));
}

void RecordOptions::apply(Company &company, QDate today)
{
    if (isSet(QStringLiteral("name")))
        company.name = text(QStringLiteral("name")).trimmed();
    if (isSet(QStringLiteral("siret")))
        company.siret = normalizeSiret(text(QStringLiteral("siret")));
    if (isSet(QStringLiteral("naf")))
        company.naf = text(QStringLiteral("naf")).trimmed().toUpper();
    if (isSet(QStringLiteral("sector"))) {
        const QString name = text(QStringLiteral("sector")).trimmed();
        if (name.isEmpty()) {
            company.sectorId = 0;
        } else {
            bool created = false;
            Result<Sector> sector = m_store.ensureSector(name, &created);
            if (!sector) {
                m_problems << sector.error().problems();
            } else {
                company.sectorId = sector->id;
                if (created)
                    m_notices << tr("New sector '%1' created.").arg(sector->name);
            }
        }
    }
    if (isSet(QStringLiteral("created-on"))) {
        if (auto created = date(QStringLiteral("created-on")))
            company.createdOn = *created;
    }
    if (isSet(QStringLiteral("stage"))) {
        if (text(QStringLiteral("stage")).isEmpty())
            company.stage.reset();
        else
            company.stage = choice(QStringLiteral("stage"), &parseCompanyStage, companyStageCodes());
    }
    if (isSet(QStringLiteral("headcount"))) {
        if (auto people = integer(QStringLiteral("headcount"))) {
            // The history keeps one figure per date: today's replaces any earlier one of today.
            company.headcounts.removeIf([today](const HeadcountEntry &entry) { return entry.asOf == today; });
            company.headcounts << HeadcountEntry{today, *people};
            std::sort(company.headcounts.begin(), company.headcounts.end(),
                      [](const HeadcountEntry &a, const HeadcountEntry &b) { return a.asOf < b.asOf; });
        }
    }
    const std::pair<const char *, QString Company::*> texts[] = {
        {"contact", &Company::contact}, {"email", &Company::email}, {"phone", &Company::phone}, {"notes", &Company::notes}};
    for (const auto &[name, member] : texts) {
        if (isSet(QString::fromLatin1(name)))
            company.*member = text(QString::fromLatin1(name)).trimmed();
    }
    if (isSet(QStringLiteral("exit-date"))) {
        if (auto exit = date(QStringLiteral("exit-date")))
            company.exitDate = *exit;
    }
    if (isSet(QStringLiteral("exit-reason"))) {
        if (text(QStringLiteral("exit-reason")).isEmpty())
            company.exitReason.reset();
        else
            company.exitReason = choice(QStringLiteral("exit-reason"), &parseExitReason, exitReasonCodes());
    }
}

void RecordOptions::apply(Lease &lease)
{
    const QDate previousStart = lease.start;
    if (isSet(QStringLiteral("start"))) {
        if (auto start = date(QStringLiteral("start")))
            lease.start = *start;
    }
    if (isSet(QStringLiteral("end"))) {
        if (auto end = date(QStringLiteral("end")))
            lease.end = *end;
    }
    if (isSet(QStringLiteral("terminated-on"))) {
        if (auto terminated = date(QStringLiteral("terminated-on")))
            lease.terminatedOn = *terminated;
    }
    if (isSet(QStringLiteral("workstations"))) {
        if (auto count = integer(QStringLiteral("workstations")))
            lease.workstations = *count;
    }
    if (isSet(QStringLiteral("type"))) {
        if (auto type = choice(QStringLiteral("type"), &parseLeaseType, leaseTypeCodes()))
            lease.type = *type;
    }
    if (isSet(QStringLiteral("monthly-rent"))) {
        // One rent from the start; a progressive schedule is replaced by it.
        if (auto rent = money(QStringLiteral("monthly-rent")))
            lease.rentSteps = {RentStep{lease.start, *rent}};
    } else if (lease.rentSteps.size() == 1 && lease.rentSteps.first().from == previousStart) {
        // A single rent from the start follows the start when it moves.
        lease.rentSteps.first().from = lease.start;
    }
    if (isSet(QStringLiteral("monthly-charges"))) {
        if (auto charges = money(QStringLiteral("monthly-charges")))
            lease.monthlyChargesCents = *charges;
    }
    if (isSet(QStringLiteral("deposit"))) {
        if (auto deposit = money(QStringLiteral("deposit")))
            lease.depositCents = *deposit;
    }
    if (isSet(QStringLiteral("notice-months"))) {
        if (auto months = integer(QStringLiteral("notice-months")))
            lease.noticeMonths = *months;
    }
    if (isSet(QStringLiteral("notes")))
        lease.notes = text(QStringLiteral("notes"));
}

void RecordOptions::applyRent(Lease &lease, bool isNew)
{
    const QString progressionOption = QStringLiteral("progression");
    if (isSet(QStringLiteral("no-rent"))) {
        lease.rentSteps.clear();
        return;
    }
    const bool chosen = isSet(progressionOption);
    if (!chosen && (!isNew || isSet(QStringLiteral("monthly-rent"))))
        return;
    const std::optional<Office> office = m_store.office(lease.officeId);
    if (!office)
        return; // --office is wrong, and already reported

    QList<int> progression;
    if (chosen) {
        const std::optional<QList<int>> given = percentages(progressionOption);
        if (!given)
            return;
        // The same bounds as a site's progression.
        Site check;
        check.name = QStringLiteral("-");
        check.rentProgression = *given;
        for (const Problem &wrong : Rules::checkSite(check)) {
            if (wrong.field == QLatin1String("rent_progression"))
                problem(progressionOption, wrong.message);
        }
        if (!ok())
            return;
        progression = *given;
    } else {
        progression = m_store.site(office->siteId).value_or(Site{}).rentProgression;
    }

    const QString officeName = m_store.officeName(*office);
    if (office->rentM2YearCents <= 0) {
        if (chosen)
            problem(progressionOption, tr("%1 has no reference rent to apply a progression to: give --monthly-rent, or set "
                                          "the office's --rent-m2-year.")
                                           .arg(officeName));
        else
            m_notices << tr("No rent stored: %1 has no reference rent (give --monthly-rent).").arg(officeName);
        return;
    }
    lease.rentSteps = stepsForNewLease(*office, progression, m_store.leasesOfCompany(lease.companyId), lease);
    if (lease.rentSteps.isEmpty())
        return; // a shared office's lease without workstations, which the rules report
    const Format format;
    QStringList steps;
    for (const RentStep &step : lease.rentSteps)
        steps << format.date(step.from) + QLatin1Char(' ') + format.money(step.monthlyRentCents);
    m_notices << tr("Rent steps: %1").arg(steps.join(QStringLiteral("; ")));
}

void RecordOptions::apply(Application &application)
{
    if (isSet(QStringLiteral("area"))) {
        if (auto area = decimal(QStringLiteral("area")))
            application.neededAreaM2 = *area;
    }
    if (isSet(QStringLiteral("workstations"))) {
        if (auto count = integer(QStringLiteral("workstations")))
            application.neededWorkstations = *count;
    }
    if (isSet(QStringLiteral("wished-start"))) {
        if (auto start = date(QStringLiteral("wished-start")))
            application.wishedStart = *start;
    }
    if (isSet(QStringLiteral("status"))) {
        if (auto status = choice(QStringLiteral("status"), &parseApplicationStatus, applicationStatusCodes()))
            application.status = *status;
    }
    if (isSet(QStringLiteral("committee-date"))) {
        if (auto day = date(QStringLiteral("committee-date")))
            application.committeeDate = *day;
    }
    if (isSet(QStringLiteral("decision")))
        application.decision = text(QStringLiteral("decision"));
    if (isSet(QStringLiteral("priority"))) {
        if (auto priority = integer(QStringLiteral("priority")))
            application.priority = *priority;
    }
    if (isSet(QStringLiteral("notes")))
        application.notes = text(QStringLiteral("notes"));
}

} // namespace pepin::cli
