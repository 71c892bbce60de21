// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "util/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace pepin {
class Store;
}

namespace pepin::cli {

// Reads the options of a record command into a record. The same options serve `add` (a new
// record) and `edit` (only the options given change), so both go through one path. Every value
// that does not parse becomes a Problem naming its option; nothing is written while any remain.
class RecordOptions
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::RecordOptions)

public:
    RecordOptions(const QCommandLineParser &parser, Store &store);

    static QList<QCommandLineOption> siteOptions();
    static QList<QCommandLineOption> officeOptions();
    static QList<QCommandLineOption> companyOptions();
    static QList<QCommandLineOption> leaseOptions();
    static QList<QCommandLineOption> applicationOptions();

    void apply(Site &site);
    void apply(Office &office);
    void apply(Company &company, QDate today);
    void apply(Lease &lease);
    // The rent steps from --progression or --no-rent; for a new lease without --monthly-rent, the
    // site's progression over the office's reference rent (stepsForNewLease). The steps chosen
    // are told as a notice.
    void applyRent(Lease &lease, bool isNew);
    void apply(Application &application);

    // The records named by --site, --site with --office, --company (name or SIRET).
    std::optional<Site> site(const QString &option = QStringLiteral("site"));
    std::optional<Office> office();
    std::optional<Company> company(const QString &option = QStringLiteral("company"));

    // Options that must be given; each missing one becomes a Problem.
    void require(const QStringList &names);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString text(const QString &name) const { return m_parser.value(name); }
    std::optional<QDate> date(const QString &name);
    std::optional<double> decimal(const QString &name);
    std::optional<Cents> money(const QString &name);
    std::optional<int> integer(const QString &name);
    // "70,85,100" (a % sign allowed after each).
    std::optional<QList<int>> percentages(const QString &name);
    void problem(const QString &option, const QString &message);

    const QList<Problem> &problems() const { return m_problems; }
    bool ok() const { return m_problems.isEmpty(); }

    // Whether a private office's lease or a sector named in --sector was created on the way.
    QStringList notices() const { return m_notices; }

private:
    template<typename E>
    std::optional<E> choice(const QString &name, std::optional<E> (*parse)(const QString &), const QStringList &codes);

    const QCommandLineParser &m_parser;
    Store &m_store;
    QList<Problem> m_problems;
    QStringList m_notices;
};

} // namespace pepin::cli
