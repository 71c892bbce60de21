// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace pepin {

// The closed vocabularies of the domain. Each has a stable code (stored in the database,
// written in CSV and JSON) and a translated label for people.

enum class OfficeKind { Private, Shared };
enum class LeaseType { Precaire, Derogatoire, Commercial, Coworking };
enum class CompanyStage { Project, Young, Developing, Established };
enum class ExitReason { GraduatedLocal, MovedAway, Closed, Other };
enum class ApplicationStatus { Received, Committee, Accepted, Housed, Declined };

QString code(OfficeKind kind);
QString code(LeaseType type);
QString code(CompanyStage stage);
QString code(ExitReason reason);
QString code(ApplicationStatus status);

QString label(OfficeKind kind);
QString label(LeaseType type);
QString label(CompanyStage stage);
QString label(ExitReason reason);
QString label(ApplicationStatus status);

// Parsing accepts the code, the English label or the French label, case and accents ignored,
// so that spreadsheets written by hand are understood.
std::optional<OfficeKind> parseOfficeKind(const QString &text);
std::optional<LeaseType> parseLeaseType(const QString &text);
std::optional<CompanyStage> parseCompanyStage(const QString &text);
std::optional<ExitReason> parseExitReason(const QString &text);
std::optional<ApplicationStatus> parseApplicationStatus(const QString &text);

// The codes, in order, for help texts and error messages ("one of: private, shared").
QStringList officeKindCodes();
QStringList leaseTypeCodes();
QStringList companyStageCodes();
QStringList exitReasonCodes();
QStringList applicationStatusCodes();

} // namespace pepin
