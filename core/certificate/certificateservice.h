#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

#include "certificate/certificate.h"
#include "certificate/certificaterepository.h"
#include "common/result.h"
#include "common/sitecalendar.h"
#include "site/servicecontext.h"

namespace vax {

class Clock;
class Database;

// A dose of a certificate as it stands now.
struct CertificateDoseState {
    QString doseId;
    QString status;  // a doseStatusText(), or "missing" when no such dose is on record
    QString errorReason;
};

// What a verifier learns about a certificate.
struct CertificateVerification {
    CertificateRecord record;
    std::vector<CertificateDoseState> doses;
    // False when a dose on it was corrected after issuing: the certificate is superseded.
    bool valid = true;
    QStringList laterNumbers;  // the person's certificates issued after this one
    QString summary;           // translated: "Valid …" or "Superseded: …"

    QString status() const
    {
        return valid ? QStringLiteral("valid") : QStringLiteral("superseded");
    }
};

// Issues, records and verifies vaccination certificates (docs/certificate.md). issue() is one
// write transaction with an audit row; verification only reads.
class CertificateService {
public:
    // Calendar rules use ctx.calendar (the site's zone). ctx.actorId is not used: the acting staff
    // member is named per call, as this object may outlive a login (the desk keeps it).
    explicit CertificateService(const ServiceContext& ctx);

    // Numbers the next certificate of the site's day and records it with the person's valid
    // doses (not entered-in-error), oldest first. Needs Permission::IssueCertificate; a person
    // without a valid dose (certificate.no_dose) or without an identity document
    // (certificate.no_document) is refused and nothing is written. Issuing again for the same
    // person is a reprint: a new number, audited as certificate.reprint.
    Result<CertificateRecord> issue(const QString& actorId, const QString& personId);

    // The certificate numbered `number` and whether its doses still stand (not_found when the
    // site issued no such number). With `idNumber`: refused (certificate.person_mismatch) unless
    // it is the number of the document the certificate was issued against.
    Result<CertificateVerification> verify(const QString& number, const QString& idNumber = {});
    // A scanned QR checked against the records and the ID document shown: refused when the
    // payload is malformed, the number unknown, the code differs from the one issued, or the ID
    // number is not the person's (certificate.person_mismatch).
    Result<CertificateVerification> verifyPayload(const QString& qrText, const QString& idNumber);

    Result<std::optional<CertificateRecord>> find(const QString& number);
    // The person's certificates, oldest first.
    Result<std::vector<CertificateRecord>> ofPerson(const QString& personId);

private:
    Database& m_db;
    const Clock& m_clock;
    SiteCalendar m_calendar;
};

}  // namespace vax
