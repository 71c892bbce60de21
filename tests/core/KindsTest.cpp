// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "domain/Entities.h"
#include "domain/Kinds.h"
#include "service/Translation.h"

#include <QCoreApplication>
#include <QLocale>

using namespace pepin;
using namespace Qt::Literals::StringLiterals;

namespace {

// Switches the interface language for one test, and back to English with the formats it had.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language)
    {
        applied = applyLanguage(*QCoreApplication::instance(), language);
    }
    ~LanguageScope()
    {
        applyLanguage(*QCoreApplication::instance(), u"en"_s);
        QLocale::setDefault(m_previous);
    }
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

    QString applied;

private:
    QLocale m_previous;
};

// Every value of each vocabulary, for round trips.
const QList<OfficeKind> allOfficeKinds{OfficeKind::Private, OfficeKind::Shared};
const QList<LeaseType> allLeaseTypes{LeaseType::Precaire, LeaseType::Derogatoire, LeaseType::Commercial, LeaseType::Coworking};
const QList<CompanyStage> allStages{CompanyStage::Project, CompanyStage::Young, CompanyStage::Developing,
                                    CompanyStage::Established};
const QList<ExitReason> allExitReasons{ExitReason::GraduatedLocal, ExitReason::MovedAway, ExitReason::Closed,
                                       ExitReason::Other};
const QList<ApplicationStatus> allStatuses{ApplicationStatus::Received, ApplicationStatus::Committee,
                                           ApplicationStatus::Accepted, ApplicationStatus::Housed,
                                           ApplicationStatus::Declined};

void checkLabelsReadBack()
{
    for (OfficeKind value : allOfficeKinds) {
        INFO(label(value).toStdString());
        CHECK(parseOfficeKind(label(value)) == value);
        CHECK(parseOfficeKind(label(value).toUpper()) == value);
    }
    for (LeaseType value : allLeaseTypes) {
        INFO(label(value).toStdString());
        CHECK(parseLeaseType(label(value)) == value);
        CHECK(parseLeaseType(label(value).toUpper()) == value);
    }
    for (CompanyStage value : allStages) {
        INFO(label(value).toStdString());
        CHECK(parseCompanyStage(label(value)) == value);
    }
    for (ExitReason value : allExitReasons) {
        INFO(label(value).toStdString());
        CHECK(parseExitReason(label(value)) == value);
    }
    for (ApplicationStatus value : allStatuses) {
        INFO(label(value).toStdString());
        CHECK(parseApplicationStatus(label(value)) == value);
    }
}

} // namespace

TEST_CASE("every vocabulary has its stable codes, in order", "[kinds]")
{
    CHECK(officeKindCodes() == QStringList{u"private"_s, u"shared"_s});
    CHECK(leaseTypeCodes() == QStringList{u"precaire"_s, u"derogatoire"_s, u"commercial"_s, u"coworking"_s});
    CHECK(companyStageCodes() == QStringList{u"project"_s, u"young"_s, u"developing"_s, u"established"_s});
    CHECK(exitReasonCodes() == QStringList{u"graduated_local"_s, u"moved_away"_s, u"closed"_s, u"other"_s});
    CHECK(applicationStatusCodes()
          == QStringList{u"received"_s, u"committee"_s, u"accepted"_s, u"housed"_s, u"declined"_s});

    CHECK(code(OfficeKind::Shared) == u"shared"_s);
    CHECK(code(LeaseType::Derogatoire) == u"derogatoire"_s);
    CHECK(code(CompanyStage::Established) == u"established"_s);
    CHECK(code(ExitReason::GraduatedLocal) == u"graduated_local"_s);
    CHECK(code(ApplicationStatus::Committee) == u"committee"_s);
}

TEST_CASE("every code reads back as its value", "[kinds]")
{
    for (OfficeKind value : allOfficeKinds)
        CHECK(parseOfficeKind(code(value)) == value);
    for (LeaseType value : allLeaseTypes)
        CHECK(parseLeaseType(code(value)) == value);
    for (CompanyStage value : allStages)
        CHECK(parseCompanyStage(code(value)) == value);
    for (ExitReason value : allExitReasons)
        CHECK(parseExitReason(code(value)) == value);
    for (ApplicationStatus value : allStatuses)
        CHECK(parseApplicationStatus(code(value)) == value);
}

TEST_CASE("English labels are shown and read back", "[kinds]")
{
    CHECK(label(OfficeKind::Private) == u"private office"_s);
    CHECK(label(OfficeKind::Shared) == u"shared space"_s);
    CHECK(label(LeaseType::Precaire) == u"precarious occupancy agreement"_s);
    CHECK(label(LeaseType::Derogatoire) == u"short-term lease (L145-5)"_s);
    CHECK(label(ExitReason::GraduatedLocal) == u"graduated, stayed in the area"_s);
    CHECK(label(ApplicationStatus::Committee) == u"selection committee"_s);
    checkLabelsReadBack();
    CHECK(parseOfficeKind(u"Shared Space"_s) == OfficeKind::Shared);
    CHECK(parseLeaseType(u"Commercial Lease"_s) == LeaseType::Commercial);
}

TEST_CASE("codes are read whatever their case, accents and separators", "[kinds]")
{
    CHECK(parseLeaseType(u"Précaire"_s) == LeaseType::Precaire);
    CHECK(parseLeaseType(u"PRÉCAIRE"_s) == LeaseType::Precaire);
    CHECK(parseLeaseType(u"Dérogatoire"_s) == LeaseType::Derogatoire);
    CHECK(parseLeaseType(u" coworking "_s) == LeaseType::Coworking);
    CHECK(parseOfficeKind(u"PRIVATE"_s) == OfficeKind::Private);
    CHECK(parseExitReason(u"Graduated-Local"_s) == ExitReason::GraduatedLocal);
    CHECK(parseExitReason(u"moved away"_s) == ExitReason::MovedAway);
    CHECK(parseApplicationStatus(u"Accepted"_s) == ApplicationStatus::Accepted);
    CHECK(parseCompanyStage(u"Young Company"_s) == CompanyStage::Young);
}

TEST_CASE("unknown or empty words are not read as any value", "[kinds]")
{
    CHECK(parseOfficeKind(u""_s) == std::nullopt);
    CHECK(parseOfficeKind(u"   "_s) == std::nullopt);
    CHECK(parseOfficeKind(u"villa"_s) == std::nullopt);
    CHECK(parseOfficeKind(u"priv"_s) == std::nullopt);
    CHECK(parseLeaseType(u"bail"_s) == std::nullopt);
    CHECK(parseLeaseType(u"precaires"_s) == std::nullopt);
    CHECK(parseCompanyStage(u"old"_s) == std::nullopt);
    CHECK(parseExitReason(u"graduated"_s) == std::nullopt);
    CHECK(parseApplicationStatus(u"pending"_s) == std::nullopt);
}

TEST_CASE("labels in French read back, and the codes and English labels still do", "[kinds][french]")
{
    LanguageScope french(u"fr"_s);
    REQUIRE(french.applied == u"fr"_s);
    checkLabelsReadBack();
    for (LeaseType value : allLeaseTypes)
        CHECK(parseLeaseType(code(value)) == value);
    CHECK(parseLeaseType(u"precarious occupancy agreement"_s) == LeaseType::Precaire);
    CHECK(parseOfficeKind(u"shared space"_s) == OfficeKind::Shared);
    CHECK(parseLeaseType(u"Précaire"_s) == LeaseType::Precaire);
}

TEST_CASE("switching to French and back leaves English labels and formats", "[kinds][french]")
{
    const QLocale before;
    {
        LanguageScope french(u"fr"_s);
        CHECK(QLocale().language() == QLocale::French);
    }
    CHECK(QLocale() == before);
    CHECK(label(LeaseType::Precaire) == u"precarious occupancy agreement"_s);
}

TEST_CASE("An office is named by its code and its site, in English and in French", "[kinds][french]")
{
    Office office;
    office.code = u"A12"_s;
    Site site;
    site.name = u"Pépinière de Valenciennes"_s;
    CHECK(officeName(office, &site) == u"A12 (Pépinière de Valenciennes)"_s);
    CHECK(officeName(office, nullptr) == u"A12"_s);
    LanguageScope french(u"fr"_s);
    REQUIRE(french.applied == u"fr"_s);
    CHECK(officeName(office, &site) == u"A12 (Pépinière de Valenciennes)"_s);
    CHECK(officeName(office, nullptr) == u"A12"_s);
}
