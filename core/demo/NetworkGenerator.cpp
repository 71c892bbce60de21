// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/NetworkGenerator.h"

#include "figures/RentSchedule.h"
#include "service/Store.h"

#include <algorithm>
#include <array>

namespace pepin {

namespace {

// SplitMix64: a small generator whose sequence is the same everywhere, and draws made from it
// by plain arithmetic, so that a seed always gives the same network.
class Draw
{
public:
    explicit Draw(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // An integer in [low, high], both included.
    int between(int low, int high)
    {
        if (high <= low)
            return low;
        return low + int(next() % quint64(high - low + 1));
    }

    bool chance(int percent) { return between(1, 100) <= percent; }

    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[std::size_t(between(0, int(N) - 1))];
    }

private:
    quint64 m_state;
};

// Towns of the Hauts-de-France, which a regional network would cover.
constexpr std::array<const char *, 24> towns = {
    "Valenciennes", "Lille",       "Douai",     "Cambrai",   "Maubeuge",   "Arras",
    "Lens",         "Béthune",     "Dunkerque", "Calais",    "Boulogne-sur-Mer", "Saint-Omer",
    "Amiens",       "Saint-Quentin", "Beauvais", "Compiègne", "Laon",       "Roubaix",
    "Tourcoing",    "Denain",      "Avesnes-sur-Helpe", "Hazebrouck", "Armentières", "Soissons",
};

constexpr std::array<const char *, 32> namePrefixes = {
    "Nord", "Data", "Pixel", "Vallée", "Escaut", "Hainaut", "Opale", "Techni", "Logi", "Nova",
    "Alti", "Ciel", "Volta", "Onde", "Sambre", "Flandre", "Artois", "Brique", "Lumen", "Argo",
    "Cobalt", "Hexa", "Kéra", "Lyra", "Méta", "Numé", "Orbi", "Quanta", "Rivo", "Sylva", "Terra", "Vega",
};
constexpr std::array<const char *, 24> nameSuffixes = {
    "soft", "lab", "data", "tech", "net", "sys", "média", "studio", "print", "log", "web", "cloud",
    "sens", "com", "line", "mind", "forge", "craft", "vision", "motion", "works", "link", "wave", "scope",
};
constexpr std::array<const char *, 20> firstNames = {
    "Claire", "Julien", "Nadia", "Thomas", "Sophie", "Karim", "Isabelle", "Marc", "Léa", "Hugo",
    "Amélie", "Paul", "Emma", "Lucas", "Chloé", "Antoine", "Manon", "Nicolas", "Camille", "Maxime",
};
constexpr std::array<const char *, 20> lastNames = {
    "Dumont", "Lefebvre", "Benali", "Moreau", "Lambert", "Haddad", "Roussel", "Delattre", "Vandamme",
    "Carpentier", "Desmet", "Lemaire", "Caron", "Petit", "Martin", "Dubois", "Leroy", "Fontaine",
    "Girard", "Bonnet",
};

constexpr int maxStayMonths = 48;
constexpr std::array<int, 3> progression = {70, 85, 100};

QDate firstOfMonth(QDate day) { return QDate(day.year(), day.month(), 1); }

QString siteName(int n)
{
    const QString town = QString::fromUtf8(towns[std::size_t(n) % towns.size()]);
    const int round = n / int(towns.size());
    // French elides the article's vowel before a vowel: "Pépinière d'Arras".
    const bool elided = QStringLiteral("AEIOUÉ").contains(town.front());
    // The network is a French one: its names are data, in French whatever the interface's language.
    QString name = (elided ? QStringLiteral("Pépinière d'%1") : QStringLiteral("Pépinière de %1")).arg(town);
    if (round > 0)
        name += QStringLiteral(" %1").arg(round + 1);
    return name;
}

// An office code as people read them on the doors: the floor's letter, then its number.
QString officeCode(int indexInSite)
{
    const int floor = indexInSite / 20;
    return QStringLiteral("%1%2").arg(QChar(u'A' + floor % 26)).arg(indexInSite % 20 + 1, 2, 10, QLatin1Char('0'));
}

// 14 digits whose last one makes the Luhn sum a multiple of 10, distinct for each n.
QString siretFor(int n)
{
    const QString body = QStringLiteral("8%1").arg(n, 12, 10, QLatin1Char('0'));
    int sum = 0;
    // Digits counted from the right once the check digit is appended: the body's last digit is
    // the second from the right, and is doubled.
    for (int i = 0; i < body.size(); ++i) {
        int digit = body.at(body.size() - 1 - i).digitValue();
        if (i % 2 == 0) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
    }
    return body + QString::number((10 - sum % 10) % 10);
}

QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
    }
    return out;
}

// One place that a tenant rents: a private office whole, or some workstations of a shared one.
struct Place
{
    int office = 0;       // index in the generated offices
    int workstations = 0; // 0 for a private office
};

// One lease before it is stored.
struct Term
{
    int place = 0;
    QDate start;
    QDate end;
    QDate terminatedOn;
    QDate lastDay() const { return terminatedOn.isValid() ? terminatedOn : end; }
};

// A company's stay: its leases one after the other in one place (renewals).
struct Stay
{
    QList<Term> terms;
    QDate start() const { return terms.first().start; }
    QDate lastDay() const { return terms.last().lastDay(); }
};

} // namespace

NetworkGenerator::Spec NetworkGenerator::stressSpec()
{
    Spec spec;
    spec.sites *= 10;
    spec.offices *= 10;
    spec.companies *= 10;
    return spec;
}

QList<Problem> NetworkGenerator::check(const Spec &spec)
{
    QList<Problem> problems;
    if (spec.sites < 1)
        problems << Problem{QStringLiteral("sites"), tr("A network has at least one site.")};
    if (spec.offices < spec.sites)
        problems << Problem{QStringLiteral("offices"), tr("Each site needs at least one office: give at least %n office(s).", nullptr, std::max(spec.sites, 1))};
    if (spec.companies < 1)
        problems << Problem{QStringLiteral("companies"), tr("A network has at least one company.")};
    if (spec.years < 1 || spec.years > 60)
        problems << Problem{QStringLiteral("years"), tr("The history covers 1 to 60 years.")};
    // Beyond this, office codes and sites would no longer read as a real network's.
    if (spec.offices > 26 * 20 * std::max(spec.sites, 1))
        problems << Problem{QStringLiteral("offices"), tr("At most 520 offices per site.")};
    return problems;
}

Result<NetworkGenerator::Counts> NetworkGenerator::populate(Store &store, const Spec &spec, const Clock &clock,
                                                            const std::function<void(double)> &progress)
{
    if (QList<Problem> problems = check(spec); !problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);
    if (!store.sites().isEmpty())
        return Error::invalid(QString(), tr("The database already holds sites; a network is generated only into an empty one."));

    Draw draw(spec.seed);
    const QDate today = clock.today();
    const QDate firstMonth = firstOfMonth(today).addYears(-spec.years);
    // Leases are signed up to six months ahead.
    const QDate horizon = firstOfMonth(today).addMonths(6);
    const int historyMonths = spec.years * 12;

    Database::Transaction tx(store.database());
    if (!tx.ok())
        return tx.error();
    Counts counts;
    const auto report = [&](int done, int total) {
        if (progress && total > 0 && done % 500 == 0)
            progress(double(done) / total);
    };

    QList<Id> sectors;
    for (const Sector &sector : store.sectors())
        sectors << sector.id;

    // Sites: the first from the start of the history, the others opened over its first half.
    QList<Site> sites;
    QList<QDate> siteOpened;
    for (int s = 0; s < spec.sites; ++s) {
        Site site;
        site.name = siteName(s);
        site.address = QString::fromUtf8(towns[std::size_t(s) % towns.size()]);
        site.maxStayMonths = maxStayMonths;
        site.rentProgression = QList<int>(progression.begin(), progression.end());
        Result<Site> stored = store.addSite(site);
        if (!stored)
            return stored.error();
        sites << *stored;
        siteOpened << firstMonth.addMonths(s == 0 ? 0 : draw.between(0, historyMonths / 2));
        ++counts.sites;
    }

    // Offices, dealt to the sites in turn; one in ten a shared space let by workstation, some
    // opened years after their site (an extension).
    QList<Office> offices;
    QList<Place> places;
    QList<int> perSite(spec.sites, 0);
    for (int o = 0; o < spec.offices; ++o) {
        const int s = o % spec.sites;
        const int k = perSite[s]++;
        Office office;
        office.siteId = sites.at(s).id;
        office.code = officeCode(k);
        office.floor = QString::number(k / 20);
        const bool shared = k % 10 == 9;
        office.kind = shared ? OfficeKind::Shared : OfficeKind::Private;
        office.areaM2 = shared ? draw.between(120, 240) / 2.0 : draw.between(24, 90) / 2.0;
        office.workstations = shared ? draw.between(8, 16) : std::max(1, int(office.areaM2 / 9));
        office.rentM2YearCents = Cents(draw.between(90, 160)) * 100;
        office.availableFrom = siteOpened.at(s);
        if (draw.chance(15))
            office.availableFrom = std::min(firstOfMonth(today), office.availableFrom.addMonths(draw.between(12, 120)));
        Result<Office> stored = store.addOffice(office);
        if (!stored)
            return stored.error();
        offices << *stored;
        if (shared) {
            for (int left = office.workstations; left > 0;) {
                const int taken = std::min(left, draw.between(1, 4));
                places << Place{o, taken};
                left -= taken;
            }
        } else {
            places << Place{o, 0};
        }
        ++counts.offices;
    }

    // Each place's succession of stays: one to four years, sometimes renewed up to the maximum
    // stay, sometimes ended early, with gaps between tenants.
    QList<Stay> stays;
    for (int n = 0; n < places.size(); ++n) {
        QDate cursor = offices.at(places.at(n).office).availableFrom.addMonths(draw.between(0, 3));
        while (cursor <= horizon) {
            Stay stay;
            int months = draw.between(12, maxStayMonths);
            int stayed = 0;
            for (;;) {
                Term term{n, cursor, cursor.addMonths(months).addDays(-1), QDate()};
                if (draw.chance(12))
                    term.terminatedOn = cursor.addMonths(draw.between(1, months - 1)).addDays(-1);
                stay.terms << term;
                stayed += months;
                cursor = term.lastDay().addDays(1);
                const int left = maxStayMonths - stayed;
                if (term.terminatedOn.isValid() || left < 6 || !draw.chance(30))
                    break;
                months = draw.between(6, std::min(24, left));
            }
            stays << stay;
            cursor = draw.chance(40) ? cursor : cursor.addMonths(draw.between(1, 6));
        }
    }
    // The earliest stays first; a network with fewer companies than stays keeps its history and
    // leaves the latest places unlet.
    std::stable_sort(stays.begin(), stays.end(), [](const Stay &a, const Stay &b) { return a.start() < b.start(); });
    if (stays.size() > spec.companies)
        stays.resize(spec.companies);

    const int total = spec.companies;
    // How many companies bear each generated name; the second one is "Nordsoft 2".
    QHash<QString, int> names;
    const auto makeCompany = [&](int n, QDate since) {
        Company company;
        const QString base = QString::fromUtf8(draw.pick(namePrefixes)) + QString::fromUtf8(draw.pick(nameSuffixes));
        const int bearers = ++names[base];
        const QString name = bearers == 1 ? base : QStringLiteral("%1 %2").arg(base).arg(bearers);
        company.name = name;
        company.siret = siretFor(n + 1);
        company.sectorId = sectors.isEmpty() ? 0 : sectors.at(draw.between(0, int(sectors.size()) - 1));
        company.createdOn = since.addMonths(-draw.between(0, 30));
        company.stage = draw.chance(60) ? CompanyStage::Young : CompanyStage::Project;
        const QString first = QString::fromUtf8(draw.pick(firstNames));
        company.contact = first + QLatin1Char(' ') + QString::fromUtf8(draw.pick(lastNames));
        company.email = QStringLiteral("%1@%2.example.org").arg(slug(first), slug(name));
        company.phone = QStringLiteral("03 27 %1 %2 %3")
                            .arg(draw.between(10, 99))
                            .arg(draw.between(10, 99))
                            .arg(draw.between(10, 99));
        company.headcounts << HeadcountEntry{since, draw.between(1, 4)};
        const QDate later = since.addYears(1);
        if (later <= today && draw.chance(50))
            company.headcounts << HeadcountEntry{later, company.headcounts.first().headcount + draw.between(0, 3)};
        return company;
    };

    // The housed companies, their leases and how they left. The leases are written after the
    // companies, all at once through the Store's bulk path (the same rules as one by one, what
    // they check against read once), in the order they were made.
    QList<Lease> leases;
    for (const Stay &stay : std::as_const(stays)) {
        Company company = makeCompany(counts.companies, stay.start());
        if (stay.lastDay() < today) {
            company.exitDate = stay.lastDay();
            const int outcome = draw.between(1, 100);
            company.exitReason = outcome <= 55 ? ExitReason::GraduatedLocal
                : outcome <= 75               ? ExitReason::MovedAway
                : outcome <= 90               ? ExitReason::Closed
                                              : ExitReason::Other;
        }
        Result<Company> storedCompany = store.addCompany(company);
        if (!storedCompany)
            return storedCompany.error();
        ++counts.companies;

        QList<Lease> earlier;
        for (const Term &term : stay.terms) {
            const Place &place = places.at(term.place);
            const Office &office = offices.at(place.office);
            Lease lease;
            lease.companyId = storedCompany->id;
            lease.officeId = office.id;
            lease.type = office.kind == OfficeKind::Shared ? LeaseType::Coworking
                : draw.chance(80)                          ? LeaseType::Derogatoire
                                                           : LeaseType::Precaire;
            lease.start = term.start;
            lease.end = term.end;
            lease.terminatedOn = term.terminatedOn;
            lease.workstations = place.workstations;
            lease.noticeMonths = office.kind == OfficeKind::Shared ? 1 : 3;
            lease.monthlyChargesCents = office.kind == OfficeKind::Shared ? Cents(place.workstations) * 3000
                                                                          : Cents(office.areaM2 * 250);
            lease.rentSteps = stepsForNewLease(office, sites.at(int(place.office % spec.sites)).rentProgression, earlier, lease);
            lease.depositCents = lease.rentSteps.isEmpty() ? 0 : 2 * lease.rentSteps.first().monthlyRentCents;
            earlier << lease;
            leases << lease;
        }
        report(counts.companies, total);
    }
    Result<QList<Lease>> storedLeases = store.addLeases(std::move(leases));
    if (!storedLeases)
        return storedLeases.error();
    counts.leases = int(storedLeases->size());

    // The companies the network did not house: declined applications over the years, and
    // today's waiting list for those who applied in the last six months.
    const QDate waitingSince = today.addMonths(-6);
    while (counts.companies < spec.companies) {
        const QDate received = firstMonth.addDays(draw.between(0, int(firstMonth.daysTo(today))));
        Company company = makeCompany(counts.companies, received);
        Result<Company> storedCompany = store.addCompany(company);
        if (!storedCompany)
            return storedCompany.error();
        ++counts.companies;

        Application application;
        application.companyId = storedCompany->id;
        application.receivedOn = received;
        application.neededAreaM2 = draw.between(24, 80) / 2.0;
        application.neededWorkstations = draw.between(1, 4);
        application.wishedStart = firstOfMonth(received).addMonths(draw.between(2, 6));
        application.priority = draw.between(0, 5);
        if (received < waitingSince) {
            application.status = ApplicationStatus::Declined;
            application.committeeDate = received.addMonths(1);
            application.decision = QStringLiteral("Pas de bureau libre à la date souhaitée");
        } else {
            const int stage = draw.between(1, 100);
            application.status = stage <= 50 ? ApplicationStatus::Received
                : stage <= 80                ? ApplicationStatus::Committee
                                             : ApplicationStatus::Accepted;
            if (application.status != ApplicationStatus::Received)
                application.committeeDate = received.addMonths(1);
        }
        Result<Application> stored = store.addApplication(application);
        if (!stored)
            return stored.error();
        ++counts.applications;
        report(counts.companies, total);
    }

    if (Status committed = tx.commit(); !committed)
        return committed.error();
    if (progress)
        progress(1.0);
    return counts;
}

} // namespace pepin
