#include "checkin/consent.h"

#include <QCoreApplication>

#include "common/age.h"
#include "storage/meta.h"

namespace vax {

namespace {
struct ConsentText {
    Q_DECLARE_TR_FUNCTIONS(Consent)
};
}  // namespace

Result<int> loadAdultAgeYears(Database& db)
{
    const QString key = QStringLiteral("desk.adult_age_years");
    auto text = readMeta(db, key, QString::number(kDefaultAdultAgeYears));
    if (!text)
        return text.error();
    bool ok = false;
    const int years = text->trimmed().toInt(&ok);
    if (!ok || years < 1 || years > 30)
        return makeError(ErrorCode::InvalidArgument,
                         ConsentText::tr("Site setting desk.adult_age_years is \"%1\"; set it to "
                                         "the age in whole years from which people sign their "
                                         "own consent, e.g. 18.")
                             .arg(*text),
                         key);
    return years;
}

Status checkConsent(const ConsentInput& consent, const QDate& birthDate, const QDate& today,
                    int adultAgeYears)
{
    if (consent.textVersion.trimmed().isEmpty())
        return makeError(ErrorCode::ConsentMissing,
                         ConsentText::tr("Consent is not recorded. Show the consent text and "
                                         "record its version and who signed."),
                         QStringLiteral("consent"));
    const bool minor = ageInWholeYears(birthDate, today) < adultAgeYears;
    if (minor && consent.signer != ConsentSigner::Guardian)
        return makeError(ErrorCode::ConsentGuardianRequired,
                         ConsentText::tr("The person is under %1: a guardian must sign the "
                                         "consent. Record the guardian's name and relation.")
                             .arg(adultAgeYears),
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
