#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include "common/age.h"
#include "common/result.h"

namespace vax {

enum class ConsentSigner { Self, Guardian };

// The version of the informed-consent text the desk shows in this release; recorded with every
// consent so a later change of wording is traceable.
inline constexpr const char* kConsentTextVersion = "2021-03-cn-covid19-v1";

// Consent is its own record (DOMAIN.md §4): the version of the text shown, who signed, when.
struct ConsentInput {
    QString textVersion;
    ConsentSigner signer = ConsentSigner::Self;
    QString guardianName;
    QString guardianRelation;  // e.g. "mother", "father", "legal guardian"
};

class Database;

// The age from which a person signs their own consent: the site setting desk.adult_age_years
// (default kDefaultAdultAgeYears). The checklist and check-in both read it here.
inline constexpr int kDefaultAdultAgeYears = 18;
Result<int> loadAdultAgeYears(Database& db);

// The versions of the consent text this site uses: the one the screens of this release show
// (kConsentTextVersion) and the site's printed consent forms (meta "checkin.consent_versions",
// comma-separated). A consent naming any other version is refused (consent.version_unknown): a
// typo would make the record point at a text no one showed.
inline constexpr const char* kConsentVersionsKey = "checkin.consent_versions";
Result<QStringList> loadConsentVersions(Database& db);
// Refuses a version the site does not know, naming the known ones.
Status checkConsentVersion(Database& db, const QString& version);

// Under `adultAgeYears` (whole years by the age rule of common/age.h) a guardian signs, with name
// and relation; a text version is always required.
Status checkConsent(const ConsentInput& consent, const QDate& birthDate, const QDate& today,
                    int adultAgeYears);

}  // namespace vax
