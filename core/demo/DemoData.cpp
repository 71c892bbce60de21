// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoData.h"

#include "figures/RentSchedule.h"
#include "service/Store.h"

#include <cmath>

namespace pepin {

namespace {

struct OfficeSpec
{
    const char *code;
    const char *floor;
    double area;
    int workstations;
};

// Eleven offices, 352.5 m² and 40 workstations in all.
constexpr OfficeSpec mainOffices[] = {
    {"A01", "0", 24.5, 2}, {"A02", "0", 28.0, 3}, {"A03", "0", 32.0, 4}, {"A04", "0", 36.0, 4},
    {"A05", "0", 30.0, 3}, {"B01", "1", 40.0, 5}, {"B02", "1", 35.0, 4}, {"B03", "1", 26.0, 3},
    {"B04", "1", 38.0, 4}, {"B05", "1", 33.0, 4}, {"B06", "1", 30.0, 4},
};

// The extension: three offices and an open space let by workstation.
constexpr OfficeSpec extensionOffices[] = {
    {"C01", "2", 45.0, 5}, {"C02", "2", 60.0, 6}, {"C03", "2", 30.0, 3},
};
constexpr OfficeSpec extensionOpenSpace{"C10", "2", 80.0, 12};

struct CompanySpec
{
    const char *name;
    int sector; // index in Store::defaultSectors()
    const char *contact;
    int startedMonthsAgo; // current lease; 0 for a former tenant
};

// Today's tenants, one per office of mainOffices, in that order.
constexpr CompanySpec tenants[] = {
    {"Praxys", 0, "Claire Dumont", 34},
    {"Soleas.Net", 0, "Julien Lefebvre", 27},
    {"E-Software", 1, "Nadia Benali", 14},
    {"PNT", 2, "Thomas Moreau", 35},
    {"Technique et Son", 3, "Sophie Lambert", 20},
    {"3ISN", 4, "Karim Haddad", 9},
    {"Comau Service", 5, "Isabelle Roussel", 44},
    {"Rhonelle Logiciels", 1, "Marc Delattre", 5},
    {"Escaut Interactive", 2, "Léa Vandamme", 23},
    {"Vallée Data", 0, "Hugo Carpentier", 2},
    {"Studio Sambre", 3, "Amélie Desmet", 11},
};

// Former tenants, with how they left.
struct FormerSpec
{
    const char *name;
    int sector;
    const char *contact;
    ExitReason reason;
};

constexpr FormerSpec formerTenants[] = {
    {"Hainaut Numérique", 0, "Paul Lemaire", ExitReason::GraduatedLocal},
    {"Pixel Nord", 2, "Emma Caron", ExitReason::MovedAway},
    {"Codexia", 1, "Lucas Petit", ExitReason::GraduatedLocal},
    {"Archives & Co", 4, "Chloé Martin", ExitReason::Closed},
    {"Mécatronique Valenciennoise", 5, "Antoine Dubois", ExitReason::GraduatedLocal},
    {"Onde Claire", 3, "Manon Leroy", ExitReason::GraduatedLocal},
    {"Datapole", 0, "Nicolas Fontaine", ExitReason::MovedAway},
    {"Ludika", 2, "Camille Girard", ExitReason::Closed},
    {"Scriptura", 4, "Maxime Bonnet", ExitReason::GraduatedLocal},
    {"Logis Soft", 1, "Julie Masson", ExitReason::GraduatedLocal},
    {"Volta Ingénierie", 5, "Romain Garnier", ExitReason::Other},
};

QString slug(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
    }
    return out;
}

QString emailFor(const QString &contact, const QString &company)
{
    const QString first = slug(contact.section(QLatin1Char(' '), 0, 0));
    return QStringLiteral("%1@%2.example.org").arg(first, slug(company));
}

} // namespace

Status DemoData::populate(Store &store, const Clock &clock)
{
    Database::Transaction tx(store.database());
    if (!tx.ok())
        return tx.error();

    const QDate today = clock.today();
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate siteOpened = thisMonth.addYears(-9);
    const QDate extensionOpens = thisMonth.addMonths(4);
    constexpr Cents referenceRent = 12000; // 120 € per m² per year

    QList<Id> sectorIds;
    for (const Sector &sector : Store::defaultSectors()) {
        Result<Sector> s = store.ensureSector(sector.name);
        if (!s)
            return s.error();
        sectorIds << s->id;
    }

    Site site;
    site.name = QStringLiteral("Ateliers numériques de Valenciennes");
    site.address = QStringLiteral("Valenciennes");
    site.notes = tr("Run with the chamber of commerce (CCI) since 2000. Extension of the premises planned.");
    Result<Site> storedSite = store.addSite(site);
    if (!storedSite)
        return storedSite.error();

    auto addOffice = [&](const OfficeSpec &spec, OfficeKind kind, QDate from) -> Result<Office> {
        Office office;
        office.siteId = storedSite->id;
        office.code = QString::fromLatin1(spec.code);
        office.floor = QString::fromLatin1(spec.floor);
        office.areaM2 = spec.area;
        office.workstations = spec.workstations;
        office.kind = kind;
        office.rentM2YearCents = referenceRent;
        office.availableFrom = from;
        if (spec.code[0] == 'C')
            office.notes = tr("Extension");
        return store.addOffice(office);
    };

    auto addCompany = [&](const QString &name, int sector, const QString &contact, QDate created, int people,
                          CompanyStage stage) -> Result<Company> {
        Company company;
        company.name = name;
        company.sectorId = sectorIds.value(sector);
        company.createdOn = created;
        company.stage = stage;
        company.contact = contact;
        company.email = emailFor(contact, name);
        company.phone = QStringLiteral("03 27 00 %1 %2")
                            .arg(10 + int(qHash(name) % 89), 2, 10, QLatin1Char('0'))
                            .arg(10 + int(qHash(contact) % 89), 2, 10, QLatin1Char('0'));
        company.headcounts << HeadcountEntry{created, people};
        return store.addCompany(company);
    };

    auto addLease = [&](const Company &company, const Office &office, LeaseType type, QDate stayStart, QDate start,
                        QDate end, QDate terminated) -> Status {
        Lease lease;
        lease.companyId = company.id;
        lease.officeId = office.id;
        lease.type = type;
        lease.start = start;
        lease.end = end;
        lease.terminatedOn = terminated;
        lease.rentSteps = progressiveRentSteps(office, storedSite->rentProgression, stayStart, start, lease.lastDay());
        lease.monthlyChargesCents = Cents(std::llround(office.areaM2 * 250)); // 2.50 € per m² per month
        lease.depositCents = lease.rentSteps.first().monthlyRentCents * 2;
        lease.noticeMonths = type == LeaseType::Precaire ? 1 : 3;
        Result<Lease> stored = store.addLease(lease);
        return stored ? done() : Status(stored.error());
    };

    int formerIndex = 0;
    int i = 0;
    for (const OfficeSpec &spec : mainOffices) {
        Result<Office> office = addOffice(spec, OfficeKind::Private, siteOpened);
        if (!office)
            return office.error();

        // Today's tenant.
        const CompanySpec &tenant = tenants[i];
        const QDate start = thisMonth.addMonths(-tenant.startedMonthsAgo);
        Result<Company> company = addCompany(QString::fromUtf8(tenant.name), tenant.sector, QString::fromUtf8(tenant.contact),
                                             start.addMonths(-3 - (i % 5) * 4), 2 + i % 4,
                                             tenant.startedMonthsAgo > 24 ? CompanyStage::Developing : CompanyStage::Young);
        if (!company)
            return company.error();
        // Short-term leases run 36 months at most, précaire agreements two years; a tenant still
        // there at the term is renewed on a précaire agreement, as pépinières do.
        LeaseType type = i % 4 == 3 ? LeaseType::Precaire : LeaseType::Derogatoire;
        QDate from = start;
        for (;;) {
            const QDate end = from.addMonths(type == LeaseType::Derogatoire ? 36 : 24).addDays(-1);
            if (Status s = addLease(*company, *office, type, start, from, end, QDate()); !s)
                return s;
            if (end >= today)
                break;
            from = end.addDays(1);
            type = LeaseType::Precaire;
        }
        Company grown = *company;
        grown.headcounts << HeadcountEntry{start.addYears(1) < today ? start.addYears(1) : today, 3 + i % 5};
        if (Result<Company> updated = store.updateCompany(grown); !updated)
            return updated.error();

        // Before it, one former tenant in every office (a second in some), leaving a gap of a
        // few months between them so that the history has vacancies to show.
        QDate nextStart = start.addMonths(-(1 + i % 3));
        const int formersHere = (i % 3 == 0) ? 2 : 1;
        for (int k = 0; k < formersHere && formerIndex < int(std::size(formerTenants)); ++k) {
            const FormerSpec &former = formerTenants[formerIndex++];
            const int months = 22 + (formerIndex * 7) % 24;
            const QDate formerStart = std::max(siteOpened, nextStart.addMonths(-months));
            const QDate formerEnd = nextStart.addDays(-1);
            if (formerEnd <= formerStart)
                break;
            Result<Company> left = addCompany(QString::fromUtf8(former.name), former.sector, QString::fromUtf8(former.contact),
                                              formerStart.addMonths(-6), 1 + formerIndex % 3, CompanyStage::Young);
            if (!left)
                return left.error();
            // One of them left before its term.
            const bool early = former.reason == ExitReason::Closed;
            const QDate term = early ? formerEnd.addMonths(6) : formerEnd;
            if (Status s = addLease(*left, *office, LeaseType::Derogatoire, formerStart, formerStart, term, early ? formerEnd : QDate()); !s)
                return s;
            Company exited = *left;
            exited.exitDate = formerEnd;
            exited.exitReason = former.reason;
            exited.stage = CompanyStage::Developing;
            exited.headcounts << HeadcountEntry{formerEnd, 2 + formerIndex % 6};
            if (Result<Company> updated = store.updateCompany(exited); !updated)
                return updated.error();
            nextStart = formerStart.addMonths(-(2 + k));
        }
        ++i;
    }

    for (const OfficeSpec &spec : extensionOffices) {
        if (Result<Office> office = addOffice(spec, OfficeKind::Private, extensionOpens); !office)
            return office.error();
    }
    if (Result<Office> open = addOffice(extensionOpenSpace, OfficeKind::Shared, extensionOpens); !open)
        return open.error();

    // The waiting list: Amito, accepted by the selection committee, waits for the extension.
    Result<Company> amito = addCompany(QStringLiteral("Amito"), 6, QStringLiteral("Yuki Tanaka"), thisMonth.addYears(-3), 6,
                                       CompanyStage::Developing);
    if (!amito)
        return amito.error();
    Company amitoNotes = *amito;
    amitoNotes.notes = tr("Producer of interactive animation for mobiles; sets up its European 3D production and R&D.");
    if (Result<Company> updated = store.updateCompany(amitoNotes); !updated)
        return updated.error();
    Application application;
    application.companyId = amito->id;
    application.neededAreaM2 = 55;
    application.neededWorkstations = 6;
    application.wishedStart = extensionOpens;
    application.status = ApplicationStatus::Accepted;
    application.receivedOn = today.addMonths(-2);
    application.committeeDate = today.addDays(-20);
    application.decision = tr("Accepted: to be housed in the extension when it opens.");
    application.priority = 10;
    if (Result<Application> stored = store.addApplication(application); !stored)
        return stored.error();

    Result<Company> nord = addCompany(QStringLiteral("Lumière Nord"), 2, QStringLiteral("Inès Mercier"), thisMonth.addMonths(-8), 2,
                                      CompanyStage::Project);
    if (!nord)
        return nord.error();
    Application second;
    second.companyId = nord->id;
    second.neededAreaM2 = 25;
    second.neededWorkstations = 2;
    second.wishedStart = extensionOpens.addMonths(2);
    second.status = ApplicationStatus::Received;
    second.receivedOn = today.addDays(-12);
    if (Result<Application> stored = store.addApplication(second); !stored)
        return stored.error();

    return tx.commit();
}

} // namespace pepin
