#include "checkin/consent.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "common/age.h"
#include "common/inputpolicy.h"
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
    VAX_TRY_VALUE(auto text, readMeta(db, key, QString::number(kDefaultAdultAgeYears)));
    bool ok = false;
    const int years = text.trimmed().toInt(&ok);
    if (!ok || years < 1 || years > 30)
        return makeError(ErrorCode::InvalidArgument,
                         ConsentText::tr("Site setting desk.adult_age_years is \"%1\"; set it to "
                                         "the age in whole years from which people sign their "
                                         "own consent, e.g. 18.")
                             .arg(text),
                         key);
    return years;
}

Result<QStringList> loadConsentVersions(Database& db)
{
    VAX_TRY_VALUE(auto text, readMeta(db, QString::fromLatin1(kConsentVersionsKey)));
    QStringList versions{QString::fromLatin1(kConsentTextVersion)};
    static const QRegularExpression separators(QStringLiteral("[,\\n]"));
    for (const QString& part : text.split(separators)) {
        const QString v = part.trimmed();
        if (!v.isEmpty() && !versions.contains(v))
            versions << v;
    }
    return versions;
}

Status checkConsentVersion(Database& db, const QString& version)
{
    const QString label = ConsentText::tr("Consent text version");
    VAX_TRY(input::checkText(version.trimmed(), QStringLiteral("consent_version"), label,
                             input::kIdentifier));
    if (version.trimmed().isEmpty())
        return makeError(ErrorCode::ConsentMissing,
                         ConsentText::tr("Consent is not recorded. Show the consent text and "
                                         "record its version and who signed."),
                         QStringLiteral("consent_version"));
    VAX_TRY_VALUE(auto known, loadConsentVersions(db));
    if (!known.contains(version.trimmed()))
        return makeError(ErrorCode::ConsentVersionUnknown,
                         ConsentText::tr("Consent text version \"%1\" is not one this site "
                                         "uses (%2). Record the version printed on the consent "
                                         "text that was shown; a site administrator adds a new "
                                         "text with \"vaxctl setting set %3\".")
                             .arg(version.trimmed(), known.join(QStringLiteral(", ")),
                                  QString::fromLatin1(kConsentVersionsKey)),
                         QStringLiteral("consent_version"));
    return {};
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
    if (consent.signer == ConsentSigner::Guardian) {
        VAX_TRY(input::checkText(consent.guardianName.trimmed(), QStringLiteral("guardian_name"),
                                 ConsentText::tr("Guardian's name"), input::kPersonName));
        VAX_TRY(input::checkText(consent.guardianRelation.trimmed(),
                                 QStringLiteral("guardian_relation"),
                                 ConsentText::tr("Guardian's relation"), input::kShortText));
    }
    return {};
}

}  // namespace vax
