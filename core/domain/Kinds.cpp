// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Kinds.h"

#include "util/Text.h"

#include <QCoreApplication>

#include <array>

namespace pepin {

namespace {

// One row per value: the code, and the English source of its label. The French label comes
// from the translation of that source, and both are accepted when parsing.
template<typename E>
struct Entry
{
    E value;
    const char *code;
    const char *label;
};

constexpr std::array officeKinds{
    Entry<OfficeKind>{OfficeKind::Private, "private", QT_TRANSLATE_NOOP("pepin::Kinds", "private office")},
    Entry<OfficeKind>{OfficeKind::Shared, "shared", QT_TRANSLATE_NOOP("pepin::Kinds", "shared space")},
};

constexpr std::array leaseTypes{
    Entry<LeaseType>{LeaseType::Precaire, "precaire", QT_TRANSLATE_NOOP("pepin::Kinds", "precarious occupancy agreement")},
    Entry<LeaseType>{LeaseType::Derogatoire, "derogatoire", QT_TRANSLATE_NOOP("pepin::Kinds", "short-term lease (L145-5)")},
    Entry<LeaseType>{LeaseType::Commercial, "commercial", QT_TRANSLATE_NOOP("pepin::Kinds", "commercial lease")},
    Entry<LeaseType>{LeaseType::Coworking, "coworking", QT_TRANSLATE_NOOP("pepin::Kinds", "coworking")},
};

constexpr std::array companyStages{
    Entry<CompanyStage>{CompanyStage::Project, "project", QT_TRANSLATE_NOOP("pepin::Kinds", "project")},
    Entry<CompanyStage>{CompanyStage::Young, "young", QT_TRANSLATE_NOOP("pepin::Kinds", "young company")},
    Entry<CompanyStage>{CompanyStage::Developing, "developing", QT_TRANSLATE_NOOP("pepin::Kinds", "developing")},
    Entry<CompanyStage>{CompanyStage::Established, "established", QT_TRANSLATE_NOOP("pepin::Kinds", "established")},
};

constexpr std::array exitReasons{
    Entry<ExitReason>{ExitReason::GraduatedLocal, "graduated_local", QT_TRANSLATE_NOOP("pepin::Kinds", "graduated, stayed in the area")},
    Entry<ExitReason>{ExitReason::MovedAway, "moved_away", QT_TRANSLATE_NOOP("pepin::Kinds", "moved away")},
    Entry<ExitReason>{ExitReason::Closed, "closed", QT_TRANSLATE_NOOP("pepin::Kinds", "closed down")},
    Entry<ExitReason>{ExitReason::Other, "other", QT_TRANSLATE_NOOP("pepin::Kinds", "other")},
};

constexpr std::array applicationStatuses{
    Entry<ApplicationStatus>{ApplicationStatus::Received, "received", QT_TRANSLATE_NOOP("pepin::Kinds", "received")},
    Entry<ApplicationStatus>{ApplicationStatus::Committee, "committee", QT_TRANSLATE_NOOP("pepin::Kinds", "selection committee")},
    Entry<ApplicationStatus>{ApplicationStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("pepin::Kinds", "accepted")},
    Entry<ApplicationStatus>{ApplicationStatus::Housed, "housed", QT_TRANSLATE_NOOP("pepin::Kinds", "housed")},
    Entry<ApplicationStatus>{ApplicationStatus::Declined, "declined", QT_TRANSLATE_NOOP("pepin::Kinds", "declined")},
};

template<typename Table, typename E>
const auto &entryFor(const Table &table, E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry;
    }
    return table.front(); // unreachable: every enumerator has a row
}

template<typename Table, typename E>
QString codeIn(const Table &table, E value)
{
    return QString::fromLatin1(entryFor(table, value).code);
}

template<typename Table, typename E>
QString labelIn(const Table &table, E value)
{
    return QCoreApplication::translate("pepin::Kinds", entryFor(table, value).label);
}

template<typename Table>
auto parseIn(const Table &table, const QString &text) -> std::optional<decltype(table.front().value)>
{
    // The code itself, as the database and the exports write it, is found without folding:
    // every row read from the database goes through here.
    for (const auto &entry : table) {
        if (text == QLatin1String(entry.code))
            return entry.value;
    }
    const QString key = foldForMatching(text);
    if (key.isEmpty())
        return std::nullopt;
    for (const auto &entry : table) {
        const QString english = QString::fromLatin1(entry.label);
        if (key == foldForMatching(QString::fromLatin1(entry.code))
            || key == foldForMatching(english)
            || key == foldForMatching(QCoreApplication::translate("pepin::Kinds", entry.label)))
            return entry.value;
    }
    return std::nullopt;
}

template<typename Table>
QStringList codesIn(const Table &table)
{
    QStringList codes;
    for (const auto &entry : table)
        codes << QString::fromLatin1(entry.code);
    return codes;
}

} // namespace

QString code(OfficeKind kind) { return codeIn(officeKinds, kind); }
QString code(LeaseType type) { return codeIn(leaseTypes, type); }
QString code(CompanyStage stage) { return codeIn(companyStages, stage); }
QString code(ExitReason reason) { return codeIn(exitReasons, reason); }
QString code(ApplicationStatus status) { return codeIn(applicationStatuses, status); }

QString label(OfficeKind kind) { return labelIn(officeKinds, kind); }
QString label(LeaseType type) { return labelIn(leaseTypes, type); }
QString label(CompanyStage stage) { return labelIn(companyStages, stage); }
QString label(ExitReason reason) { return labelIn(exitReasons, reason); }
QString label(ApplicationStatus status) { return labelIn(applicationStatuses, status); }

std::optional<OfficeKind> parseOfficeKind(const QString &text) { return parseIn(officeKinds, text); }
std::optional<LeaseType> parseLeaseType(const QString &text) { return parseIn(leaseTypes, text); }
std::optional<CompanyStage> parseCompanyStage(const QString &text) { return parseIn(companyStages, text); }
std::optional<ExitReason> parseExitReason(const QString &text) { return parseIn(exitReasons, text); }
std::optional<ApplicationStatus> parseApplicationStatus(const QString &text) { return parseIn(applicationStatuses, text); }

QStringList officeKindCodes() { return codesIn(officeKinds); }
QStringList leaseTypeCodes() { return codesIn(leaseTypes); }
QStringList companyStageCodes() { return codesIn(companyStages); }
QStringList exitReasonCodes() { return codesIn(exitReasons); }
QStringList applicationStatusCodes() { return codesIn(applicationStatuses); }

} // namespace pepin
