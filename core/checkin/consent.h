#pragma once

#include <QDate>
#include <QString>

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

// Age in whole years on `onDate`.
int ageInYears(const QDate& birthDate, const QDate& onDate);

// Under 18 needs a guardian with name and relation; a text version is always required.
Status checkConsent(const ConsentInput& consent, const QDate& birthDate, const QDate& today);

}  // namespace vax
