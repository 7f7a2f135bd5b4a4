#include "checkin/consent.h"

#include <QCoreApplication>

namespace vax {

namespace {
struct ConsentText {
    Q_DECLARE_TR_FUNCTIONS(Consent)
};
}  // namespace

int ageInYears(const QDate& birthDate, const QDate& onDate)
{
    int age = onDate.year() - birthDate.year();
    if (onDate.month() < birthDate.month() ||
        (onDate.month() == birthDate.month() && onDate.day() < birthDate.day()))
        --age;
    return age;
}

Status checkConsent(const ConsentInput& consent, const QDate& birthDate, const QDate& today)
{
    if (consent.textVersion.trimmed().isEmpty())
        return makeError(ErrorCode::ConsentMissing,
                         ConsentText::tr("Consent is not recorded. Show the consent text and "
                                         "record its version and who signed."),
                         QStringLiteral("consent"));
    const bool minor = ageInYears(birthDate, today) < 18;
    if (minor && consent.signer != ConsentSigner::Guardian)
        return makeError(ErrorCode::ConsentGuardianRequired,
                         ConsentText::tr("The person is under 18: a guardian must sign the "
                                         "consent. Record the guardian's name and relation."),
                         QStringLiteral("consent_signer"));
    if (consent.signer == ConsentSigner::Guardian &&
        (consent.guardianName.trimmed().isEmpty() || consent.guardianRelation.trimmed().isEmpty()))
        return makeError(ErrorCode::ConsentGuardianRequired,
                         ConsentText::tr("A guardian signed: enter the guardian's name and "
                                         "relation to the person."),
                         consent.guardianName.trimmed().isEmpty()
                             ? QStringLiteral("guardian_name")
                             : QStringLiteral("guardian_relation"));
    return {};
}

}  // namespace vax
