#include "certificate/certificateservice.h"

#include <QCoreApplication>
#include <QJsonObject>

#include "catalog/catalog.h"
#include "checkin/person.h"
#include "common/clock.h"
#include "common/i18n.h"
#include "common/ids.h"
#include "desk/doserepository.h"
#include "identity/masking.h"
#include "security/permissions.h"
#include "site/site.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct CertificateServiceText {
    Q_DECLARE_TR_FUNCTIONS(Certificate)
};

// The document whose number the person reference is made from: the resident ID when the person
// has one, else the first document recorded.
std::optional<IdentityDocument> referenceDocument(const std::vector<IdentityDocument>& documents)
{
    for (const IdentityDocument& d : documents)
        if (d.type == DocumentType::ResidentId)
            return d;
    if (documents.empty())
        return std::nullopt;
    return documents.front();
}

QString productName(const QString& code)
{
    const Product* p = Catalog::builtIn().find(code);
    return p ? p->name.forLocale(currentLanguage()) : code;
}

Error unknownNumber(const QString& number)
{
    return makeError(ErrorCode::NotFound,
                     CertificateServiceText::tr("Certificate number: this site issued no "
                                                "certificate \"%1\". Check the number on the "
                                                "paper (like C20261122-0042) and the site that "
                                                "issued it.")
                         .arg(number),
                     QStringLiteral("number"));
}
Error personMismatch(const QString& number)
{
    return makeError(ErrorCode::CertificatePersonMismatch,
                     CertificateServiceText::tr("ID number: certificate %1 was not issued to the "
                                                "holder of this ID document. Check the number "
                                                "typed against the document, or ask for the "
                                                "document used at the vaccination.")
                         .arg(number),
                     QStringLiteral("id_number"));
}
}  // namespace

CertificateService::CertificateService(const ServiceContext& ctx)
    : m_db(ctx.db), m_clock(ctx.clock), m_calendar(ctx.calendar)
{
}

Result<CertificateRecord> CertificateService::issue(const QString& actorId, const QString& personId)
{
    VAX_TRY_VALUE(auto actor, requirePermission(m_db, actorId, Permission::IssueCertificate));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(m_db));

    VAX_TRY_VALUE(auto person, PersonRepository::byId(m_db, personId));
    if (!person.has_value())
        return makeError(ErrorCode::NotFound,
                         CertificateServiceText::tr("Person: no person with the id \"%1\". Find "
                                                    "them by their document or name first.")
                             .arg(personId),
                         QStringLiteral("person"));
    const Person& p = *person;

    VAX_TRY_VALUE(auto documents, PersonRepository::documents(m_db, p.id));
    const auto document = referenceDocument(documents);
    if (!document)
        return makeError(ErrorCode::CertificateNoDocument,
                         CertificateServiceText::tr("%1 has no identity document on record, and "
                                                    "a certificate is checked against one. Add "
                                                    "their document at check-in, then print.")
                             .arg(maskName(p.name)),
                         QStringLiteral("person"));

    VAX_TRY_VALUE(auto doses, DoseRepository::completedOfPerson(m_db, p.id));
    const QDateTime now = m_clock.nowUtc();
    CertificateContent content;
    for (const DoseRecord& d : doses)
        content.doses.push_back({d.id, d.productCode, productName(d.productCode), d.doseNumber,
                                 m_calendar.dateOf(d.administeredAt), d.lotNumber});
    if (content.doses.empty())
        return makeError(ErrorCode::CertificateNoDose,
                         CertificateServiceText::tr("%1 has no valid dose on record, so there is "
                                                    "nothing to certify (doses entered in error "
                                                    "do not count). Record the dose at the "
                                                    "injection desk first, then print.")
                             .arg(maskName(p.name)),
                         QStringLiteral("person"));

    VAX_TRY_VALUE(auto site, SiteService::load(m_db));
    const QDate day = m_calendar.dateOf(now);
    VAX_TRY_VALUE(auto seq, CertificateRepository::nextDaySeq(m_db, day));
    const int daySeq = seq;
    VAX_TRY_VALUE(auto previous, CertificateRepository::latestNumberOf(m_db, p.id));

    CertificateRecord r;
    r.id = newId();
    r.number = certificateNumber(day, daySeq);
    r.personId = p.id;
    r.siteCode = site.code;
    r.issuedAt = now;
    r.issuedBy = actor.id;
    r.personRef = personReference(document->number, r.number);
    r.replaces = previous;
    content.number = r.number;
    content.siteCode = site.code;
    content.siteName = site.name;
    content.personName = p.name;
    content.maskedIdNumber = maskDocumentNumber(document->number);
    content.personRef = r.personRef;
    content.issuedAt = now;
    r.doseIds = content.doseIds();
    r.payload = content.payload();
    r.contentSha256 = content.sha256();
    r.content = content;

    VAX_TRY(CertificateRepository::insert(m_db, r, day, daySeq));
    QJsonObject detail{{QStringLiteral("number"), r.number},
                       {QStringLiteral("person_id"), r.personId},
                       {QStringLiteral("doses"), static_cast<int>(r.doseIds.size())},
                       {QStringLiteral("content_sha256"), r.contentSha256}};
    if (!r.replaces.isEmpty())
        detail.insert(QStringLiteral("replaces"), r.replaces);
    VAX_TRY(AuditLog::append(m_db, {now, actor.id,
                                    r.replaces.isEmpty() ? QStringLiteral("certificate.issue")
                                                         : QStringLiteral("certificate.reprint"),
                                    QStringLiteral("certificate"), r.id, detail}));
    VAX_TRY(tx.commit());
    return r;
}

Result<std::optional<CertificateRecord>> CertificateService::find(const QString& number)
{
    return CertificateRepository::byNumber(m_db, number.trimmed());
}

Result<std::vector<CertificateRecord>> CertificateService::ofPerson(const QString& personId)
{
    return CertificateRepository::ofPerson(m_db, personId);
}

Result<CertificateVerification> CertificateService::verify(const QString& number,
                                                           const QString& idNumber)
{
    VAX_TRY_VALUE(auto found, find(number));
    if (!found.has_value())
        return unknownNumber(number.trimmed());
    CertificateVerification v;
    v.record = std::move(*found);
    if (!idNumber.trimmed().isEmpty() &&
        personReference(idNumber, v.record.number) != v.record.personRef)
        return personMismatch(v.record.number);
    QStringList corrected;
    for (const QString& id : v.record.doseIds) {
        VAX_TRY_VALUE(auto dose, DoseRepository::byId(m_db, id, /*withChecklist=*/false));
        CertificateDoseState s{id, QStringLiteral("missing"), {}};
        if (dose) {
            s.status = dose->status;
            s.errorReason = dose->errorReason;
        }
        if (doseStatusFromText(s.status) != DoseStatus::Completed) {
            v.valid = false;
            corrected << id;
        }
        v.doses.push_back(s);
    }
    // "Later" is the order of issue (rows are never deleted, so rowids only grow), not the
    // clock: a clock set back (or a training clock restarted per command) must not reorder them.
    VAX_TRY_VALUE(auto later,
                  CertificateRepository::numbersIssuedAfter(m_db, v.record.personId, v.record.id));
    v.laterNumbers = later;
    const QString issued = m_calendar.minuteText(v.record.issuedAt);
    if (v.valid)
        v.summary = CertificateServiceText::tr(
                        "Valid: certificate %1, issued %2, lists %n "
                        "dose(s), all still on record.",
                        nullptr, static_cast<int>(v.doses.size()))
                        .arg(v.record.number, issued);
    else
        v.summary = CertificateServiceText::tr(
                        "Superseded: certificate %1 (issued %2) lists a dose "
                        "corrected since (%3). Issue a new certificate from the "
                        "current record%4.")
                        .arg(v.record.number, issued, corrected.join(QStringLiteral(", ")),
                             v.laterNumbers.isEmpty()
                                 ? QString()
                                 : CertificateServiceText::tr("; issued since: %1")
                                       .arg(v.laterNumbers.join(QStringLiteral(", "))));
    return v;
}

Result<CertificateVerification> CertificateService::verifyPayload(const QString& qrText,
                                                                  const QString& idNumber)
{
    VAX_TRY_VALUE(auto parsed, parseCertificatePayload(qrText));
    if (idNumber.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         CertificateServiceText::tr("ID number: type the number of the ID "
                                                    "document the person shows; the code is "
                                                    "checked against it."),
                         QStringLiteral("id_number"));
    VAX_TRY_VALUE(auto site, SiteService::load(m_db));
    if (parsed.siteCode != site.code)
        return makeError(ErrorCode::CertificatePayloadMismatch,
                         CertificateServiceText::tr("Certificate QR code: it was issued by the "
                                                    "site %1, not by this site (%2). Verify it "
                                                    "with that site's records.")
                             .arg(parsed.siteCode, site.code),
                         QStringLiteral("payload"));
    VAX_TRY_VALUE(auto verified, verify(parsed.number));
    if (verified.record.payload != qrText.trimmed())
        return makeError(ErrorCode::CertificatePayloadMismatch,
                         CertificateServiceText::tr("Certificate QR code: it does not match "
                                                    "certificate %1 as issued (the person "
                                                    "reference or the doses differ). The paper "
                                                    "may be altered: check it by its number.")
                             .arg(parsed.number),
                         QStringLiteral("payload"));
    if (personReference(idNumber, parsed.number) != verified.record.personRef)
        return personMismatch(parsed.number);
    return verified;
}

}  // namespace vax
