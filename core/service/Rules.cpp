// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/Rules.h"

#include "util/Format.h"
#include "util/Siret.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace pepin {

namespace {

// The message is written only when the rule is broken: checking an import's every row must not
// cost a translated sentence per rule.
template<typename Message>
void require(QList<Problem> &problems, bool ok, const char *field, Message &&message)
{
    if (!ok)
        problems << Problem{QString::fromLatin1(field), message()};
}

// U+0000 ends a text for SQLite's C interface, for spreadsheets and for most programs that read a
// CSV file: a text holding one would come back cut from them, so it is refused where it comes in.
// Every other character, control characters included, is kept as given.
void requireNoNul(QList<Problem> &problems, const char *field, const QString &text)
{
    require(problems, !text.contains(QChar(char16_t(0))), field,
            [] { return Rules::tr("The text holds a NUL character (U+0000), which other programs would cut it at: remove it."); });
}

QString period(QDate from, QDate to)
{
    const Format format;
    if (!to.isValid())
        return Rules::tr("from %1, with no end").arg(format.date(from));
    return Rules::tr("from %1 to %2").arg(format.date(from), format.date(to));
}

} // namespace

QList<Problem> Rules::checkIncubatorName(const QString &name)
{
    QList<Problem> problems;
    requireNoNul(problems, "name", name);
    return problems;
}

QList<Problem> Rules::checkSector(const Sector &sector)
{
    QList<Problem> problems;
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    require(problems, !sector.name.trimmed().isEmpty(), "name", [&] { return tr("A sector needs a name."); });
    requireNoNul(problems, "name", sector.name);
    require(problems, colour.match(sector.color).hasMatch(), "color",
            [&] { return tr("The colour must be written #rrggbb (for example #1f77b4)."); });
    return problems;
}

QList<Problem> Rules::checkSite(const Site &site)
{
    QList<Problem> problems;
    require(problems, !site.name.trimmed().isEmpty(), "name", [&] { return tr("A site needs a name."); });
    requireNoNul(problems, "name", site.name);
    requireNoNul(problems, "address", site.address);
    requireNoNul(problems, "notes", site.notes);
    require(problems, site.maxStayMonths > 0, "max_stay_months",
            [&] { return tr("The maximum stay must be at least one month."); });
    const bool progressionOk = !site.rentProgression.isEmpty()
        && std::all_of(site.rentProgression.begin(), site.rentProgression.end(),
                       [](int percent) { return percent > 0 && percent <= 300; });
    require(problems, progressionOk, "rent_progression",
            [&] { return tr("The rent progression is a list of percentages of the reference rent, one per year, "
               "each between 1 and 300 (for example 70, 85, 100)."); });
    return problems;
}

QList<Problem> Rules::checkOffice(const Office &office)
{
    QList<Problem> problems;
    require(problems, office.siteId > 0, "site", [&] { return tr("An office belongs to a site: choose one."); });
    require(problems, !office.code.trimmed().isEmpty(), "code", [&] { return tr("An office needs a code (for example B12)."); });
    requireNoNul(problems, "code", office.code);
    requireNoNul(problems, "floor", office.floor);
    requireNoNul(problems, "notes", office.notes);
    require(problems, office.areaM2 > 0, "area_m2", [&] { return tr("The area must be more than 0 m²."); });
    require(problems, office.workstations > 0, "workstations", [&] { return tr("An office has at least one workstation."); });
    require(problems, office.rentM2YearCents >= 0, "rent_m2_year", [&] { return tr("The reference rent cannot be negative."); });
    require(problems,
            office.availableFrom.isNull() || office.availableUntil.isNull() || office.availableFrom <= office.availableUntil,
            "available_until", [&] { return tr("The office cannot stop being available before it starts being available."); });
    return problems;
}

QList<Problem> Rules::checkCompany(const Company &company)
{
    QList<Problem> problems;
    require(problems, !company.name.trimmed().isEmpty(), "name", [&] { return tr("A company needs a name."); });
    requireNoNul(problems, "name", company.name);
    requireNoNul(problems, "naf", company.naf);
    requireNoNul(problems, "contact", company.contact);
    requireNoNul(problems, "email", company.email);
    requireNoNul(problems, "phone", company.phone);
    requireNoNul(problems, "notes", company.notes);
    if (!company.siret.isEmpty()) {
        require(problems, isValidSiret(company.siret), "siret",
                [&] { return tr("The SIRET %1 is not valid: it has 14 digits and its check digit must match "
                   "(check it on the Kbis or the INSEE notice).")
                    .arg(company.siret); });
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    require(problems, company.email.isEmpty() || email.match(company.email).hasMatch(), "email",
            [&] { return tr("The e-mail address %1 is not valid.").arg(company.email); });
    require(problems, !company.exitReason || company.exitDate.isValid(), "exit_date",
            [&] { return tr("An exit reason goes with an exit date."); });
    require(problems, !company.exitDate.isValid() || !company.createdOn.isValid() || company.createdOn <= company.exitDate,
            "exit_date", [&] { return tr("The exit date cannot come before the company's creation."); });
    QDate previous;
    for (const HeadcountEntry &entry : company.headcounts) {
        require(problems, entry.asOf.isValid() && entry.headcount >= 0, "headcount",
                [&] { return tr("A headcount is a number of people (0 or more) at a date."); });
        require(problems, !previous.isValid() || previous < entry.asOf, "headcount",
                [&] { return tr("The headcount history has two entries for %1.").arg(Format().date(entry.asOf)); });
        previous = entry.asOf;
    }
    return problems;
}

QList<Problem> Rules::checkApplication(const Application &application)
{
    QList<Problem> problems;
    require(problems, application.companyId > 0, "company", [&] { return tr("An application is made by a company: choose one."); });
    require(problems, application.neededAreaM2 >= 0, "needed_area_m2", [&] { return tr("The area needed cannot be negative."); });
    require(problems, application.neededWorkstations >= 0, "needed_workstations",
            [&] { return tr("The number of workstations needed cannot be negative."); });
    requireNoNul(problems, "decision", application.decision);
    requireNoNul(problems, "notes", application.notes);
    return problems;
}

QList<Problem> Rules::checkLease(const Lease &lease, const Office &office, const QString &officeName)
{
    QList<Problem> problems;
    const Format format;
    require(problems, lease.companyId > 0, "company", [&] { return tr("A lease is signed by a company: choose one."); });
    requireNoNul(problems, "notes", lease.notes);
    require(problems, lease.start.isValid(), "start", [&] { return tr("The lease needs a start date."); });
    if (!lease.start.isValid())
        return problems;
    require(problems, !lease.end.isValid() || lease.start <= lease.end, "end",
            [&] { return tr("The lease ends (%1) before it starts (%2).").arg(format.date(lease.end), format.date(lease.start)); });
    if (lease.terminatedOn.isValid()) {
        require(problems, lease.start <= lease.terminatedOn, "terminated_on",
                [&] { return tr("The lease is ended early (%1) before it starts (%2).")
                    .arg(format.date(lease.terminatedOn), format.date(lease.start)); });
        require(problems, !lease.end.isValid() || lease.terminatedOn <= lease.end, "terminated_on",
                [&] { return tr("An early end (%1) comes before the term (%2); to go past the term, change the end date.")
                    .arg(format.date(lease.terminatedOn), format.date(lease.end)); });
    }

    if (office.kind == OfficeKind::Shared) {
        require(problems, lease.workstations > 0, "workstations",
                [&] {
                    return tr("%1 is a shared space let by workstation: say how many workstations the lease takes.")
                        .arg(officeName);
                });
        require(problems, lease.workstations <= office.workstations, "workstations",
                [&] { return tr("%1 has %n workstation(s); the lease asks for %2.", nullptr, office.workstations)
                    .arg(officeName, QString::number(lease.workstations)); });
    } else {
        require(problems, lease.workstations == 0 || lease.workstations == office.workstations, "workstations",
                [&] { return tr("%1 is a private office, let whole with its %n workstation(s).", nullptr, office.workstations)
                    .arg(officeName); });
    }

    require(problems, office.availableFrom.isNull() || office.availableFrom <= lease.start, "start",
            [&] { return tr("%1 can be let only from %2; the lease starts on %3.")
                .arg(officeName, format.date(office.availableFrom), format.date(lease.start)); });
    if (office.availableUntil.isValid()) {
        const QDate last = lease.lastDay();
        require(problems, last.isValid(), "end",
                [&] {
                    return tr("%1 can be let only until %2: the lease needs an end date.")
                        .arg(officeName, format.date(office.availableUntil));
                });
        require(problems, !last.isValid() || last <= office.availableUntil, "end",
                [&] { return tr("%1 can be let only until %2; the lease runs to %3.")
                    .arg(officeName, format.date(office.availableUntil), format.date(last)); });
    }

    require(problems, lease.monthlyChargesCents >= 0, "monthly_charges", [&] { return tr("Charges cannot be negative."); });
    require(problems, lease.depositCents >= 0, "deposit", [&] { return tr("The deposit cannot be negative."); });
    require(problems, lease.noticeMonths >= 0, "notice_months", [&] { return tr("The notice period cannot be negative."); });

    QDate previous;
    for (const RentStep &step : lease.rentSteps) {
        const bool inside = step.from.isValid() && step.from >= lease.start
            && (!lease.lastDay().isValid() || step.from <= lease.lastDay());
        require(problems, inside, "monthly_rent",
                [&] { return tr("A rent step starts on %1, outside the lease (%2).")
                    .arg(format.date(step.from), period(lease.start, lease.lastDay())); });
        require(problems, step.monthlyRentCents >= 0, "monthly_rent", [&] { return tr("A rent cannot be negative."); });
        require(problems, !previous.isValid() || previous < step.from, "monthly_rent",
                [&] { return tr("Two rent steps start on %1.").arg(format.date(step.from)); });
        previous = step.from;
    }
    return problems;
}

Rules::Peak Rules::peakWorkstations(const Lease &lease, const QList<Lease> &others)
{
    // Sweep over the days where the count changes, inside the lease's own period.
    std::map<QDate, int> delta;
    for (const Lease &other : others) {
        if (other.cancelled || other.id == lease.id || !other.overlaps(lease))
            continue;
        const QDate from = std::max(other.start, lease.start);
        delta[from] += other.workstations;
        QDate last = other.lastDay();
        if (lease.lastDay().isValid() && (!last.isValid() || last > lease.lastDay()))
            last = lease.lastDay();
        if (last.isValid())
            delta[last.addDays(1)] -= other.workstations;
    }
    Peak peak;
    int current = 0;
    for (const auto &[day, change] : delta) {
        current += change;
        if (current > peak.workstations)
            peak = Peak{current, day};
    }
    return peak;
}

QList<Problem> Rules::checkLeaseAgainstOthers(const Lease &lease, const Office &office, const QString &officeName,
                                              const QList<Lease> &others, const CompanyName &companyName)
{
    QList<Problem> problems;
    if (lease.cancelled || !lease.start.isValid())
        return problems;
    const Format format;
    if (office.kind == OfficeKind::Private) {
        for (const Lease &other : others) {
            if (other.cancelled || other.id == lease.id || !other.overlaps(lease))
                continue;
            problems << Problem{QStringLiteral("start"),
                                tr("%1 is already let to %2 %3: a private office has one tenant at a time.")
                                    .arg(officeName, companyName(other.companyId), period(other.start, other.lastDay()))};
        }
        return problems;
    }
    // A lease too big for the office on its own is reported by checkLease; here, the others.
    const Peak peak = peakWorkstations(lease, others);
    if (peak.workstations > 0 && peak.workstations + lease.workstations > office.workstations) {
        problems << Problem{QStringLiteral("workstations"),
                            tr("On %1, %2 of the %3 workstations of %4 are already let: %5 more do not fit.")
                                .arg(format.date(peak.day), QString::number(peak.workstations),
                                     QString::number(office.workstations), officeName, QString::number(lease.workstations))};
    }
    return problems;
}

} // namespace pepin
