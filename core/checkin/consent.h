#pragma once

#include <QDate>
#include <QString>

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

// Under `adultAgeYears` (whole years by the age rule of common/age.h) a guardian signs, with name
// and relation; a text version is always required.
Status checkConsent(const ConsentInput& consent, const QDate& birthDate, const QDate& today,
                    int adultAgeYears);

}  // namespace vax
