// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordDetails.h"

#include "figures/Alerts.h"
#include "figures/Expiries.h"
#include "figures/Occupancy.h"
#include "figures/Stays.h"
#include "service/Store.h"
#include "util/Format.h"

#include <QHash>

#include <algorithm>

namespace pepin {

namespace {

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

// A small builder for the panel's rich text: a title, sections, label–value lines and tables,
// all escaped, in the few tags QTextBrowser renders well.
class Html
{
public:
    void title(const QString &text, const QString &subtitle = {})
    {
        m_html += QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2>").arg(escaped(text));
        if (!subtitle.isEmpty())
            m_html += QStringLiteral("<p style=\"margin-top:0\">%1</p>").arg(subtitle);
    }
    void section(const QString &text) { closeFields(), m_html += QStringLiteral("<h3>%1</h3>").arg(escaped(text)); }
    // A line "label: value"; an empty value is left out. `value` is rich text already.
    void field(const QString &label, const QString &value)
    {
        if (value.isEmpty())
            return;
        if (!m_inFields) {
            m_html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
            m_inFields = true;
        }
        m_html += QStringLiteral("<tr><td style=\"padding-right:12px\">%1</td><td>%2</td></tr>").arg(escaped(label), value);
    }
    void paragraph(const QString &text) { closeFields(), m_html += QStringLiteral("<p>%1</p>").arg(text); }
    // A table with a header row; cells are rich text already; `right` lists the columns of figures.
    void table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &right = {})
    {
        closeFields();
        m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\"><tr>");
        for (int c = 0; c < headers.size(); ++c)
            m_html += QStringLiteral("<th align=\"%1\">%2</th>").arg(align(right, c), escaped(headers.at(c)));
        m_html += QStringLiteral("</tr>");
        for (const QStringList &row : rows) {
            m_html += QStringLiteral("<tr>");
            // Dates and figures are never broken across lines; the first column may wrap.
            for (int c = 0; c < row.size(); ++c)
                m_html += QStringLiteral("<td align=\"%1\"%2>%3</td>").arg(align(right, c), c > 0 ? QStringLiteral(" nowrap") : QString(), row.at(c));
            m_html += QStringLiteral("</tr>");
        }
        m_html += QStringLiteral("</table>");
    }
    // Rich text made elsewhere, as it is.
    void raw(const QString &html) { closeFields(), m_html += html; }
    void notes(const QString &text)
    {
        if (text.isEmpty())
            return;
        section(RecordDetails::tr("Notes"));
        paragraph(escaped(text).replace(u'\n', QStringLiteral("<br>")));
    }
    QString text()
    {
        closeFields();
        return m_html;
    }

private:
    static QString align(const QList<int> &right, int column)
    {
        return right.contains(column) ? QStringLiteral("right") : QStringLiteral("left");
    }
    void closeFields()
    {
        if (m_inFields)
            m_html += QStringLiteral("</table>");
        m_inFields = false;
    }

    QString m_html;
    bool m_inFields = false;
};

// The rent a list shows for a lease: the one in force today, else the last one of a lease ended,
// or the first one of a lease to come.
std::optional<Cents> rentShown(const Lease &lease, QDate today)
{
    QDate day = std::max(today, lease.start);
    if (lease.lastDay().isValid())
        day = std::min(day, lease.lastDay());
    return lease.monthlyRentOn(day);
}

// "1 month", "3 months": English has no plural forms to take from the translations.
QString months(int n)
{
    return n == 1 ? RecordDetails::tr("1 month") : RecordDetails::tr("%1 months").arg(n);
}

QString days(int n)
{
    return n == 1 ? RecordDetails::tr("1 day") : RecordDetails::tr("%1 days").arg(n);
}

QString swatch(const QString &colour)
{
    return QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;").arg(colour.toHtmlEscaped());
}

} // namespace

RecordDetails::RecordDetails(Store &store, QDate today)
    : m_store(store)
    , m_today(today)
{
}

QString RecordDetails::alertList(Id companyId, const std::function<bool(const Alert &)> &concerns)
{
    // A company's alerts come from its own leases, their offices and sites: no need to read
    // every company's.
    const std::optional<Company> company = m_store.company(companyId);
    const AlertSources sources{m_store.sites(), m_store.offices(), company ? QList<Company>{*company} : QList<Company>{},
                               m_store.leasesOfCompany(companyId)};
    QStringList items;
    for (const Alert &alert : alertsOn(sources, m_today)) {
        if (concerns(alert))
            items << QStringLiteral("<li><b>%1</b> — %2</li>").arg(escaped(label(alert.severity)), escaped(alert.message));
    }
    if (items.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(escaped(tr("None in the next %1.").arg(months(defaultAlertMonths))));
    return QStringLiteral("<ul style=\"margin-left:0\">%1</ul>").arg(items.join(QString()));
}

QString RecordDetails::company(const Company &company)
{
    const Format format;
    Html html;
    const std::optional<Sector> sector = company.sectorId ? m_store.sector(company.sectorId) : std::nullopt;
    html.title(company.name, sector ? swatch(sector->color) + escaped(sector->name) : QString());

    const QList<Lease> leases = m_store.leasesOfCompany(company.id);
    const QHash<Id, Stay> stays = staysOf(leases);
    html.section(tr("Stay"));
    if (const auto it = stays.constFind(company.id); it != stays.cend()) {
        const Stay &stay = *it;
        if (stay.first > m_today)
            html.field(tr("Arrives on"), format.date(stay.first));
        else if (stay.ongoingOn(m_today))
            html.field(tr("Tenant since"), format.date(stay.first));
        else
            html.field(tr("Stayed"), escaped(tr("from %1 to %2").arg(format.date(stay.first), format.date(stay.last))));
        if (stay.last.isValid() && stay.last >= m_today)
            html.field(tr("Until"), format.date(stay.last));
        else if (stay.last.isNull())
            html.field(tr("Until"), escaped(tr("no end date")));
        const QDate end = stay.last.isValid() ? std::min(stay.last, std::max(m_today, stay.first)) : std::max(m_today, stay.first);
        const MonthsAndDays so = durationOf(stay.first, end);
        if (stay.first <= m_today)
            html.field(tr("Time in the incubator"),
                       escaped(so.days ? tr("%1 and %2").arg(months(so.months), days(so.days)) : months(so.months)));
        // The maximum of the site of its first office: the policy its stay is measured against.
        if (const std::optional<Office> office = m_store.office(leases.value(0).officeId)) {
            if (const std::optional<Site> site = m_store.site(office->siteId)) {
                const QDate limit = lastDayWithin(stay.first, site->maxStayMonths);
                html.field(tr("Maximum stay"), escaped(tr("%1, to %2").arg(months(site->maxStayMonths), format.date(limit))));
            }
        }
    } else {
        html.paragraph(escaped(tr("Not housed: no lease yet.")));
    }
    if (company.exitDate.isValid())
        html.field(tr("Left on"), escaped(format.date(company.exitDate)
                                          + (company.exitReason ? QStringLiteral(" (%1)").arg(label(*company.exitReason)) : QString())));

    html.section(tr("Company"));
    html.field(tr("SIRET"), escaped(company.siret));
    html.field(tr("NAF code"), escaped(company.naf));
    html.field(tr("Created on"), format.date(company.createdOn));
    html.field(tr("Stage"), company.stage ? escaped(label(*company.stage)) : QString());
    html.field(tr("Contact"), escaped(company.contact));
    if (!company.email.isEmpty())
        html.field(tr("Email"), QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(escaped(company.email)));
    html.field(tr("Phone"), escaped(company.phone));

    html.section(tr("Leases"));
    if (leases.isEmpty()) {
        html.paragraph(escaped(tr("No lease.")));
    } else {
        // Narrow enough for a side panel: the office's code (its site too when there are
        // several), the dates, the rent; the lease's own details say the rest.
        const bool oneSite = m_store.sites().size() <= 1;
        QList<QStringList> rows;
        for (const Lease &lease : leases) {
            const std::optional<Office> office = m_store.office(lease.officeId);
            const std::optional<Cents> rent = rentShown(lease, m_today);
            QString where = office ? (oneSite ? office->code : m_store.officeName(*office)) : QString();
            if (lease.cancelled)
                where += tr(" (cancelled)");
            rows << QStringList{escaped(where), format.date(lease.start),
                                lease.lastDay().isValid() ? format.date(lease.lastDay()) : escaped(tr("no end")),
                                rent ? escaped(format.money(*rent)) : QString()};
        }
        html.table({tr("Office"), tr("From"), tr("To"), tr("Rent")}, rows, {3});
    }

    html.section(tr("Headcount"));
    if (company.headcounts.isEmpty()) {
        html.paragraph(escaped(tr("Not known.")));
    } else {
        QList<QStringList> rows;
        for (const HeadcountEntry &entry : company.headcounts)
            rows << QStringList{format.date(entry.asOf), escaped(format.integer(entry.headcount))};
        html.table({tr("As of"), tr("Jobs")}, rows, {1});
    }

    html.section(tr("Alerts"));
    html.raw(alertList(company.id, [](const Alert &) { return true; }));
    html.notes(company.notes);
    return html.text();
}

QString RecordDetails::office(const Office &office)
{
    const Format format;
    Html html;
    html.title(m_store.officeName(office), escaped(label(office.kind)));

    const QList<Lease> leases = m_store.leasesOfOffice(office.id);
    html.section(tr("Today"));
    QStringList tenants;
    const Lease *next = nullptr;
    for (const Lease &lease : leases) {
        if (lease.activeOn(m_today))
            tenants << escaped(m_store.company(lease.companyId).value_or(Company{}).name);
        else if (!lease.cancelled && lease.start > m_today && (!next || lease.start < next->start))
            next = &lease;
    }
    if (!office.inService(m_today))
        html.field(tr("Status"), escaped(tr("not in service")));
    else if (tenants.isEmpty())
        html.field(tr("Status"), escaped(tr("free")));
    else
        html.field(tr("Let to"), tenants.join(QStringLiteral(", ")));
    if (next)
        html.field(tr("Next lease"), escaped(tr("%1 from %2").arg(m_store.company(next->companyId).value_or(Company{}).name,
                                                                 format.date(next->start))));

    // The occupancy of this office alone over the last twelve months, as the figures count it.
    const OccupancyPeriod year = Occupancy({office}, leases).over(m_today.addYears(-1).addDays(1), m_today);
    html.field(tr("Occupied, last 12 months"), escaped(format.percent(year.offices.rate)));
    if (office.kind == OfficeKind::Shared)
        html.field(tr("Workstations let, last 12 months"), escaped(format.percent(year.workstations.rate)));

    html.section(tr("Office"));
    html.field(tr("Floor"), escaped(office.floor));
    html.field(tr("Area"), escaped(format.area(office.areaM2)));
    html.field(tr("Workstations"), escaped(format.integer(office.workstations)));
    if (office.rentM2YearCents > 0)
        html.field(tr("Reference rent"), escaped(tr("%1 per m² per year").arg(format.money(office.rentM2YearCents))));
    if (office.availableFrom.isValid() || office.availableUntil.isValid())
        html.field(tr("In service"), escaped(office.availableUntil.isValid()
                                                 ? tr("from %1 to %2").arg(format.date(office.availableFrom), format.date(office.availableUntil))
                                                 : tr("from %1").arg(format.date(office.availableFrom))));

    html.section(tr("History"));
    if (leases.isEmpty()) {
        html.paragraph(escaped(tr("Never let.")));
    } else {
        QList<QStringList> rows;
        // The latest first: what a manager looks for.
        for (auto it = leases.crbegin(); it != leases.crend(); ++it) {
            if (it->cancelled)
                continue;
            QStringList row{escaped(m_store.company(it->companyId).value_or(Company{}).name), format.date(it->start),
                            it->lastDay().isValid() ? format.date(it->lastDay()) : escaped(tr("no end"))};
            if (office.kind == OfficeKind::Shared)
                row << escaped(format.integer(it->workstations));
            rows << row;
        }
        QStringList headers{tr("Company"), tr("From"), tr("To")};
        if (office.kind == OfficeKind::Shared)
            headers << tr("Workstations");
        html.table(headers, rows, {3});
    }
    html.notes(office.notes);
    return html.text();
}

QString RecordDetails::lease(const Lease &lease)
{
    const Format format;
    Html html;
    const QString company = m_store.company(lease.companyId).value_or(Company{}).name;
    const std::optional<Office> office = m_store.office(lease.officeId);
    html.title(company, escaped(office ? m_store.officeName(*office) : QString()));

    html.section(tr("Terms"));
    html.field(tr("Type"), escaped(label(lease.type)));
    html.field(tr("Start"), format.date(lease.start));
    html.field(tr("End"), lease.end.isValid() ? format.date(lease.end) : escaped(tr("no end date")));
    html.field(tr("Ended early on"), format.date(lease.terminatedOn));
    if (lease.cancelled)
        html.field(tr("Status"), escaped(tr("cancelled: it never counts")));
    if (lease.workstations > 0)
        html.field(tr("Workstations"), escaped(format.integer(lease.workstations)));
    html.field(tr("Notice"), escaped(months(lease.noticeMonths)));
    if (lease.end.isValid() && !lease.terminatedOn.isValid()) {
        const QDate deadline = noticeDeadline(lease.end, lease.noticeMonths);
        html.field(tr("Notice to be given by"),
                   escaped(format.date(deadline) + (deadline < m_today ? tr(" (passed)") : QString())));
    }
    html.field(tr("Monthly charges"), escaped(format.money(lease.monthlyChargesCents)));
    html.field(tr("Deposit"), escaped(format.money(lease.depositCents)));

    html.section(tr("Rent steps"));
    if (lease.rentSteps.isEmpty()) {
        html.paragraph(escaped(tr("No rent.")));
    } else {
        const std::optional<Cents> now = lease.activeOn(m_today) ? lease.monthlyRentOn(m_today) : std::nullopt;
        QList<QStringList> rows;
        bool marked = false;
        for (auto it = lease.rentSteps.crbegin(); it != lease.rentSteps.crend(); ++it) {
            // The step in force is the latest one started by today.
            const bool inForce = now && !marked && it->from <= m_today;
            marked = marked || inForce;
            const QString from = format.date(it->from);
            const QString rent = escaped(format.money(it->monthlyRentCents));
            rows.prepend(inForce ? QStringList{QStringLiteral("<b>%1</b>").arg(from), QStringLiteral("<b>%1</b>").arg(rent),
                                               escaped(tr("in force"))}
                                 : QStringList{from, rent, QString()});
        }
        html.table({tr("From"), tr("Rent excl. VAT"), QString()}, rows, {1});
    }

    html.section(tr("Alerts"));
    html.raw(alertList(lease.companyId, [&](const Alert &alert) { return alert.leaseIds.contains(lease.id); }));
    html.notes(lease.notes);
    return html.text();
}

QString RecordDetails::application(const Application &application)
{
    const Format format;
    Html html;
    const Company company = m_store.company(application.companyId).value_or(Company{});
    html.title(company.name, escaped(label(application.status)));
    html.section(tr("Needs"));
    html.field(tr("Area"), application.neededAreaM2 > 0 ? escaped(format.area(application.neededAreaM2)) : QString());
    html.field(tr("Workstations"), application.neededWorkstations > 0 ? escaped(format.integer(application.neededWorkstations)) : QString());
    html.field(tr("Wished start"), format.date(application.wishedStart));
    html.section(tr("Application"));
    html.field(tr("Received on"), format.date(application.receivedOn));
    html.field(tr("Committee"), format.date(application.committeeDate));
    html.field(tr("Decision"), escaped(application.decision));
    html.field(tr("Priority"), escaped(format.integer(application.priority)));
    html.field(tr("Contact"), escaped(company.contact));
    if (!company.email.isEmpty())
        html.field(tr("Email"), QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(escaped(company.email)));
    html.field(tr("Phone"), escaped(company.phone));
    html.notes(application.notes);
    return html.text();
}

} // namespace pepin
