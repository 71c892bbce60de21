// SPDX-License-Identifier: GPL-3.0-or-later
// add, edit, archive and remove: one generic command of each, instantiated for every kind of
// record, so that every record is written the same way (through the Store, all its rules).
#include "Command.h"
#include "Context.h"
#include "RecordOptions.h"

#include "service/Store.h"
#include "util/Text.h"

#include <functional>

namespace pepin::cli {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::RecordCommands)
};

QCommandLineOption option(const char *name, const QString &description, const char *valueName = nullptr)
{
    return valueName ? QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(valueName))
                     : QCommandLineOption(QString::fromLatin1(name), description);
}

// What the generic commands need to know of one kind of record.
template<typename T>
struct RecordKind
{
    QString word;                        // "office": the command's second word
    QString noun;                        // translated, for summaries: "an office"
    QString identitySynopsis;            // how edit, archive and remove name the record
    QList<QCommandLineOption> options;   // what add and edit set
    QList<QCommandLineOption> identity;  // what edit, archive and remove name it by (besides positionals)
    QList<QCommandLineOption> editExtra; // edit only: renaming and the like
    QStringList requiredForAdd;
    bool positionalName = false; // sites are named by a positional NAME
    // The existing record named by the command line (problems recorded in `options`).
    std::function<std::optional<T>(Store &, RecordOptions &, const QStringList &positionals)> find;
    // Sets the record from the command line; `isNew` for add.
    std::function<void(T &, Store &, RecordOptions &, const QStringList &positionals, QDate today, bool isNew)> fill;
    std::function<Result<T>(Store &, const T &)> add;
    std::function<Result<T>(Store &, const T &)> update;
    std::function<Status(Store &, Id)> remove;
    std::function<QString(Store &, const T &)> describe; // "office B12 (Ateliers numériques)"
    // Options that cannot go together: what is wrong, or empty. Checked before anything is read.
    std::function<QString(const QCommandLineParser &)> misuse;
};

template<typename T>
class AddCommand final : public Command
{
public:
    explicit AddCommand(RecordKind<T> kind)
        : m_kind(std::move(kind))
    {
    }
    QString name() const override { return QStringLiteral("add ") + m_kind.word; }
    QString summary() const override { return Strings::tr("Add %1.").arg(m_kind.noun); }
    QString synopsis() const override
    {
        return m_kind.positionalName ? QStringLiteral("NAME [options]") : QStringLiteral("[options]");
    }
    QList<QCommandLineOption> options() const override { return m_kind.options; }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        Store *store = context.store();
        if (!store)
            return context.failureCode();
        RecordOptions options(parser, *store);
        const QStringList positionals = parser.positionalArguments();
        if (m_kind.positionalName && positionals.size() != 1)
            return context.usage(Strings::tr("%1: give the name, and only the name, before the options.").arg(name()));
        if (!m_kind.positionalName && !positionals.isEmpty())
            return context.usage(Strings::tr("%1: unexpected '%2'.").arg(name(), positionals.first()));
        if (const QString misuse = m_kind.misuse ? m_kind.misuse(parser) : QString(); !misuse.isEmpty())
            return context.usage(QStringLiteral("%1: %2").arg(name(), misuse));
        options.require(m_kind.requiredForAdd);
        T record;
        if (options.ok())
            m_kind.fill(record, *store, options, positionals, context.today(), true);
        if (!options.ok())
            return context.invalid(options.problems());
        Result<T> stored = m_kind.add(*store, record);
        if (!stored)
            return context.fail(stored.error(), name());
        for (const QString &notice : options.notices())
            context.out() << printable(notice) << Qt::endl;
        context.out() << printable(Strings::tr("Added %1 (id %2).").arg(m_kind.describe(*store, *stored), QString::number(stored->id)))
                      << Qt::endl;
        return ExitOk;
    }

private:
    RecordKind<T> m_kind;
};

template<typename T>
class EditCommand final : public Command
{
public:
    explicit EditCommand(RecordKind<T> kind)
        : m_kind(std::move(kind))
    {
    }
    QString name() const override { return QStringLiteral("edit ") + m_kind.word; }
    QString summary() const override { return Strings::tr("Change %1; only the options given change.").arg(m_kind.noun); }
    QString synopsis() const override { return m_kind.identitySynopsis + QStringLiteral(" [options]"); }

    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> all = m_kind.identity;
        for (const QCommandLineOption &candidate : m_kind.options) {
            const bool duplicate = std::any_of(all.begin(), all.end(), [&](const QCommandLineOption &known) {
                return known.names() == candidate.names();
            });
            if (!duplicate)
                all << candidate;
        }
        return all << m_kind.editExtra;
    }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        Store *store = context.store();
        if (!store)
            return context.failureCode();
        if (const QString misuse = m_kind.misuse ? m_kind.misuse(parser) : QString(); !misuse.isEmpty())
            return context.usage(QStringLiteral("%1: %2").arg(name(), misuse));
        RecordOptions options(parser, *store);
        const QStringList positionals = parser.positionalArguments();
        std::optional<T> record = m_kind.find(*store, options, positionals);
        if (record)
            m_kind.fill(*record, *store, options, positionals, context.today(), false);
        if (!options.ok() || !record)
            return context.invalid(options.problems());
        Result<T> stored = m_kind.update(*store, *record);
        if (!stored)
            return context.fail(stored.error(), name());
        for (const QString &notice : options.notices())
            context.out() << printable(notice) << Qt::endl;
        context.out() << printable(Strings::tr("Updated %1.").arg(m_kind.describe(*store, *stored))) << Qt::endl;
        return ExitOk;
    }

private:
    RecordKind<T> m_kind;
};

template<typename T>
class ArchiveCommand final : public Command
{
public:
    explicit ArchiveCommand(RecordKind<T> kind)
        : m_kind(std::move(kind))
    {
    }
    QString name() const override { return QStringLiteral("archive ") + m_kind.word; }
    QString summary() const override
    {
        return Strings::tr("Archive %1: hidden from current lists, its history kept (--restore brings it back).").arg(m_kind.noun);
    }
    QString synopsis() const override { return m_kind.identitySynopsis + QStringLiteral(" [--restore]"); }
    QList<QCommandLineOption> options() const override
    {
        return QList<QCommandLineOption>(m_kind.identity) << option("restore", Strings::tr("Bring the record back from the archive."));
    }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        Store *store = context.store();
        if (!store)
            return context.failureCode();
        RecordOptions options(parser, *store);
        std::optional<T> record = m_kind.find(*store, options, parser.positionalArguments());
        if (!record)
            return context.invalid(options.problems());
        const bool restore = parser.isSet(QStringLiteral("restore"));
        record->archived = !restore;
        Result<T> stored = m_kind.update(*store, *record);
        if (!stored)
            return context.fail(stored.error(), name());
        context.out() << printable((restore ? Strings::tr("Restored %1.") : Strings::tr("Archived %1.")).arg(m_kind.describe(*store, *stored)))
                      << Qt::endl;
        return ExitOk;
    }

private:
    RecordKind<T> m_kind;
};

template<typename T>
class RemoveCommand final : public Command
{
public:
    explicit RemoveCommand(RecordKind<T> kind)
        : m_kind(std::move(kind))
    {
    }
    QString name() const override { return QStringLiteral("remove ") + m_kind.word; }
    QString summary() const override { return Strings::tr("Remove %1 that has no history.").arg(m_kind.noun); }
    QString synopsis() const override { return m_kind.identitySynopsis; }
    QList<QCommandLineOption> options() const override { return m_kind.identity; }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        Store *store = context.store();
        if (!store)
            return context.failureCode();
        RecordOptions options(parser, *store);
        std::optional<T> record = m_kind.find(*store, options, parser.positionalArguments());
        if (!record)
            return context.invalid(options.problems());
        const QString described = m_kind.describe(*store, *record);
        if (Status removed = m_kind.remove(*store, record->id); !removed)
            return context.fail(removed.error(), name());
        context.out() << printable(Strings::tr("Removed %1.").arg(described)) << Qt::endl;
        return ExitOk;
    }

private:
    RecordKind<T> m_kind;
};

// ---- the kinds of record ---------------------------------------------------------------------

template<typename T>
std::optional<T> byId(Store &store, RecordOptions &options, std::optional<T> (Store::*get)(Id))
{
    options.require({QStringLiteral("id")});
    if (!options.ok())
        return std::nullopt;
    const std::optional<int> id = options.integer(QStringLiteral("id"));
    if (!id)
        return std::nullopt;
    std::optional<T> found = (store.*get)(*id);
    if (!found)
        options.problem(QStringLiteral("id"), Strings::tr("There is no record with id %1.").arg(*id));
    return found;
}

RecordKind<Site> siteKind()
{
    RecordKind<Site> kind;
    kind.word = QStringLiteral("site");
    kind.noun = Strings::tr("a site");
    kind.identitySynopsis = QStringLiteral("NAME");
    kind.options = RecordOptions::siteOptions();
    kind.editExtra = {option("name", Strings::tr("A new name for the site."), "NEW")};
    kind.positionalName = true;
    kind.find = [](Store &store, RecordOptions &options, const QStringList &positionals) -> std::optional<Site> {
        if (positionals.size() != 1) {
            options.problem(QString(), Strings::tr("give the site's name."));
            return std::nullopt;
        }
        std::optional<Site> site = store.siteByName(positionals.first());
        if (!site)
            options.problem(QString(), Strings::tr("There is no site named '%1'.").arg(positionals.first()));
        return site;
    };
    kind.fill = [](Site &site, Store &, RecordOptions &options, const QStringList &positionals, QDate, bool isNew) {
        if (isNew)
            site.name = positionals.first().trimmed();
        else if (options.isSet(QStringLiteral("name")))
            site.name = options.text(QStringLiteral("name")).trimmed();
        options.apply(site);
    };
    kind.add = &Store::addSite;
    kind.update = &Store::updateSite;
    kind.remove = &Store::removeSite;
    kind.describe = [](Store &, const Site &site) { return Strings::tr("site %1").arg(site.name); };
    return kind;
}

RecordKind<Office> officeKind()
{
    RecordKind<Office> kind;
    kind.word = QStringLiteral("office");
    kind.noun = Strings::tr("an office");
    kind.identitySynopsis = QStringLiteral("--site NAME --code CODE");
    kind.options = RecordOptions::officeOptions();
    kind.identity = {kind.options[0], kind.options[1]};
    kind.editExtra = {option("new-code", Strings::tr("A new code for the office."), "CODE")};
    kind.requiredForAdd = {QStringLiteral("site"), QStringLiteral("code"), QStringLiteral("area"), QStringLiteral("workstations")};
    kind.find = [](Store &store, RecordOptions &options, const QStringList &) -> std::optional<Office> {
        options.require({QStringLiteral("site"), QStringLiteral("code")});
        if (!options.ok())
            return std::nullopt;
        const std::optional<Site> site = options.site();
        if (!site)
            return std::nullopt;
        const QString code = options.text(QStringLiteral("code"));
        std::optional<Office> office = store.officeByCode(site->id, code);
        if (!office)
            options.problem(QStringLiteral("code"), Strings::tr("%1 has no office '%2'.").arg(site->name, code));
        return office;
    };
    kind.fill = [](Office &office, Store &, RecordOptions &options, const QStringList &, QDate, bool isNew) {
        if (isNew) {
            if (const std::optional<Site> site = options.site())
                office.siteId = site->id;
            office.code = options.text(QStringLiteral("code")).trimmed();
        } else if (options.isSet(QStringLiteral("new-code"))) {
            office.code = options.text(QStringLiteral("new-code")).trimmed();
        }
        options.apply(office);
    };
    kind.add = &Store::addOffice;
    kind.update = &Store::updateOffice;
    kind.remove = &Store::removeOffice;
    kind.describe = [](Store &store, const Office &office) { return Strings::tr("office %1").arg(store.officeName(office)); };
    return kind;
}

RecordKind<Company> companyKind()
{
    RecordKind<Company> kind;
    kind.word = QStringLiteral("company");
    kind.noun = Strings::tr("a company");
    kind.identitySynopsis = QStringLiteral("--company NAME|SIRET");
    kind.options = RecordOptions::companyOptions();
    kind.identity = {option("company", Strings::tr("The company: its name or SIRET."), "NAME|SIRET")};
    kind.requiredForAdd = {QStringLiteral("name")};
    kind.find = [](Store &, RecordOptions &options, const QStringList &) -> std::optional<Company> {
        options.require({QStringLiteral("company")});
        return options.ok() ? options.company() : std::nullopt;
    };
    kind.fill = [](Company &company, Store &, RecordOptions &options, const QStringList &, QDate today, bool) {
        options.apply(company, today);
    };
    kind.add = &Store::addCompany;
    kind.update = &Store::updateCompany;
    kind.remove = &Store::removeCompany;
    kind.describe = [](Store &, const Company &company) { return Strings::tr("company %1").arg(company.name); };
    return kind;
}

RecordKind<Lease> leaseKind()
{
    RecordKind<Lease> kind;
    kind.word = QStringLiteral("lease");
    kind.noun = Strings::tr("a lease");
    kind.identitySynopsis = QStringLiteral("--id N");
    kind.options = RecordOptions::leaseOptions();
    kind.identity = {option("id", Strings::tr("The lease's id (see 'pepin-cli leases')."), "N")};
    kind.editExtra = {option("cancelled", Strings::tr("yes: the lease is cancelled and never counts; no: it counts again."), "yes|no")};
    kind.requiredForAdd = {QStringLiteral("company"), QStringLiteral("site"), QStringLiteral("office"), QStringLiteral("start")};
    kind.find = [](Store &store, RecordOptions &options, const QStringList &) {
        return byId<Lease>(store, options, &Store::lease);
    };
    kind.fill = [](Lease &lease, Store &, RecordOptions &options, const QStringList &, QDate, bool isNew) {
        const bool moves = options.isSet(QStringLiteral("company")) || options.isSet(QStringLiteral("office"));
        if (isNew || options.isSet(QStringLiteral("company"))) {
            if (const std::optional<Company> company = options.company())
                lease.companyId = company->id;
        }
        if (isNew || moves) {
            if (!options.isSet(QStringLiteral("site")) || !options.isSet(QStringLiteral("office")))
                options.problem(QStringLiteral("office"), Strings::tr("name the office with --site and --office."));
            else if (const std::optional<Office> office = options.office())
                lease.officeId = office->id;
        }
        if (!isNew && options.isSet(QStringLiteral("cancelled"))) {
            const QString value = options.text(QStringLiteral("cancelled")).toLower();
            if (value == QLatin1String("yes") || value == QLatin1String("oui"))
                lease.cancelled = true;
            else if (value == QLatin1String("no") || value == QLatin1String("non"))
                lease.cancelled = false;
            else
                options.problem(QStringLiteral("cancelled"), Strings::tr("answer yes or no."));
        }
        options.apply(lease);
        options.applyRent(lease, isNew);
    };
    kind.misuse = [](const QCommandLineParser &parser) {
        const QStringList rents{QStringLiteral("monthly-rent"), QStringLiteral("progression"), QStringLiteral("no-rent")};
        QStringList given;
        for (const QString &rent : rents) {
            if (parser.isSet(rent))
                given << QStringLiteral("--") + rent;
        }
        return given.size() > 1 ? Strings::tr("%1 each set the rent: give only one.").arg(given.join(QStringLiteral(", "))) : QString();
    };
    kind.add = &Store::addLease;
    kind.update = &Store::updateLease;
    kind.remove = &Store::removeLease;
    kind.describe = [](Store &store, const Lease &lease) {
        const QString company = store.company(lease.companyId).value_or(Company{}).name;
        const std::optional<Office> office = store.office(lease.officeId);
        return Strings::tr("lease of %1 in %2 from %3")
            .arg(company, office ? store.officeName(*office) : QString(), Format().date(lease.start));
    };
    return kind;
}

RecordKind<Application> applicationKind()
{
    RecordKind<Application> kind;
    kind.word = QStringLiteral("application");
    kind.noun = Strings::tr("an application to the waiting list");
    kind.identitySynopsis = QStringLiteral("--id N");
    kind.options = RecordOptions::applicationOptions();
    kind.identity = {option("id", Strings::tr("The application's id (see 'pepin-cli applications')."), "N")};
    kind.requiredForAdd = {QStringLiteral("company")};
    kind.find = [](Store &store, RecordOptions &options, const QStringList &) {
        return byId<Application>(store, options, &Store::application);
    };
    kind.fill = [](Application &application, Store &, RecordOptions &options, const QStringList &, QDate today, bool isNew) {
        if (isNew) {
            if (const std::optional<Company> company = options.company())
                application.companyId = company->id;
            application.receivedOn = today;
        }
        options.apply(application);
    };
    kind.add = &Store::addApplication;
    kind.update = &Store::updateApplication;
    kind.remove = &Store::removeApplication;
    kind.describe = [](Store &store, const Application &application) {
        return Strings::tr("application of %1").arg(store.company(application.companyId).value_or(Company{}).name);
    };
    return kind;
}

template<typename T>
void addEditRemove(Commands &commands, const RecordKind<T> &kind)
{
    commands.push_back(std::make_unique<AddCommand<T>>(kind));
    commands.push_back(std::make_unique<EditCommand<T>>(kind));
    commands.push_back(std::make_unique<RemoveCommand<T>>(kind));
}

} // namespace

void addRecordCommands(Commands &commands)
{
    const RecordKind<Site> sites = siteKind();
    const RecordKind<Office> offices = officeKind();
    const RecordKind<Company> companies = companyKind();
    addEditRemove(commands, sites);
    addEditRemove(commands, offices);
    addEditRemove(commands, companies);
    addEditRemove(commands, leaseKind());
    addEditRemove(commands, applicationKind());
    commands.push_back(std::make_unique<ArchiveCommand<Site>>(sites));
    commands.push_back(std::make_unique<ArchiveCommand<Office>>(offices));
    commands.push_back(std::make_unique<ArchiveCommand<Company>>(companies));
}

} // namespace pepin::cli
