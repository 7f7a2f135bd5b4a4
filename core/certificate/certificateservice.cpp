#include "certificate/certificateservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "catalog/catalog.h"
#include "checkin/person.h"
#include "common/clock.h"
#include "common/i18n.h"
#include "common/ids.h"
#include "identity/masking.h"
#include "security/permissions.h"
#include "site/site.h"
#include "stock/dbtime.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct CertificateServiceText {
    Q_DECLARE_TR_FUNCTIONS(Certificate)
};

const QString kSelect = QStringLiteral(
    "SELECT id, number, person_id, site_code, issued_at, issued_by, dose_ids, person_ref, "
    "payload, content_sha256, COALESCE(replaces, ''), content FROM certificate ");

CertificateRecord recordFromRow(const Query& q)
{
    CertificateRecord r;
    r.id = q.value(0).toString();
    r.number = q.value(1).toString();
    r.personId = q.value(2).toString();
    r.siteCode = q.value(3).toString();
    r.issuedAt = fromDbTime(q.value(4).toString());
    r.issuedBy = q.value(5).toString();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
        r.doseIds << v.toString();
    r.personRef = q.value(7).toString();
    r.payload = q.value(8).toString();
    r.contentSha256 = q.value(9).toString();
    r.replaces = q.value(10).toString();
    r.content = CertificateContent::fromJson(
        QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object());
    return r;
}

Result<std::vector<CertificateRecord>> selectRecords(Database& db, const QString& where,
                                                     const QVariantList& args)
{
    auto q = db.exec(kSelect + where, args);
    if (!q)
        return q.error();
    std::vector<CertificateRecord> out;
    while (q->next())
        out.push_back(recordFromRow(*q));
    return out;
}

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

CertificateService::CertificateService(Database& db, const Clock& clock)
    : m_db(db), m_clock(clock), m_calendar(siteCalendar(db, clock))
{
}

Result<CertificateRecord> CertificateService::issue(const QString& actorId, const QString& personId)
{
    auto actor = requirePermission(m_db, actorId, Permission::IssueCertificate);
    if (!actor)
        return actor.error();
    auto tx = WriteTransaction::begin(m_db);
    if (!tx)
        return tx.error();

    auto person = PersonRepository::byId(m_db, personId);
    if (!person)
        return person.error();
    if (!person->has_value())
        return makeError(ErrorCode::NotFound,
                         CertificateServiceText::tr("Person: no person with the id \"%1\". Find "
                                                    "them by their document or name first.")
                             .arg(personId),
                         QStringLiteral("person"));
    const Person& p = **person;

    auto documents = PersonRepository::documents(m_db, p.id);
    if (!documents)
        return documents.error();
    const auto document = referenceDocument(*documents);
    if (!document)
        return makeError(ErrorCode::CertificateNoDocument,
                         CertificateServiceText::tr("%1 has no identity document on record, and "
                                                    "a certificate is checked against one. Add "
                                                    "their document at check-in, then print.")
                             .arg(maskName(p.name)),
                         QStringLiteral("person"));

    auto doses =
        m_db.exec(QStringLiteral("SELECT d.id, d.product_code, d.dose_number, d.administered_at, "
                                 "l.lot_number FROM dose d JOIN lot l ON l.id = d.lot_id "
                                 "WHERE d.person_id = ? AND d.status = 'completed' "
                                 "ORDER BY d.administered_at, d.rowid"),
                  {p.id});
    if (!doses)
        return doses.error();
    const QDateTime now = m_clock.nowUtc();
    CertificateContent content;
    while (doses->next()) {
        const QString code = doses->value(1).toString();
        content.doses.push_back({doses->value(0).toString(), code, productName(code),
                                 doses->value(2).toInt(),
                                 m_calendar.dateOf(fromDbTime(doses->value(3).toString())),
                                 doses->value(4).toString()});
    }
    if (content.doses.empty())
        return makeError(ErrorCode::CertificateNoDose,
                         CertificateServiceText::tr("%1 has no valid dose on record, so there is "
                                                    "nothing to certify (doses entered in error "
                                                    "do not count). Record the dose at the "
                                                    "injection desk first, then print.")
                             .arg(maskName(p.name)),
                         QStringLiteral("person"));

    auto site = SiteService::load(m_db);
    if (!site)
        return site.error();
    const QDate day = m_calendar.dateOf(now);
    auto seq = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(day_seq), 0) + 1 FROM certificate "
                                        "WHERE issue_day = ?"),
                         {day.toString(Qt::ISODate)});
    if (!seq)
        return seq.error();
    const int daySeq = seq->scalar().toInt();
    auto previous = m_db.exec(QStringLiteral("SELECT number FROM certificate WHERE person_id = ? "
                                             "ORDER BY rowid DESC LIMIT 1"),
                              {p.id});
    if (!previous)
        return previous.error();

    CertificateRecord r;
    r.id = newId();
    r.number = certificateNumber(day, daySeq);
    r.personId = p.id;
    r.siteCode = site->code;
    r.issuedAt = now;
    r.issuedBy = actor->id;
    r.personRef = personReference(document->number, r.number);
    r.replaces = previous->scalar().toString();
    content.number = r.number;
    content.siteCode = site->code;
    content.siteName = site->name;
    content.personName = p.name;
    content.maskedIdNumber = maskDocumentNumber(document->number);
    content.personRef = r.personRef;
    content.issuedAt = now;
    r.doseIds = content.doseIds();
    r.payload = content.payload();
    r.contentSha256 = content.sha256();
    r.content = content;

    const QByteArray doseIdsJson =
        QJsonDocument(QJsonArray::fromStringList(r.doseIds)).toJson(QJsonDocument::Compact);
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO certificate(id, number, issue_day, day_seq, person_id, "
                       "site_code, issued_at, issued_by, dose_ids, person_ref, payload, content, "
                       "content_sha256, replaces) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {r.id, r.number, day.toString(Qt::ISODate), daySeq, r.personId, r.siteCode, toDbTime(now),
         r.issuedBy, QString::fromUtf8(doseIdsJson), r.personRef, r.payload,
         QString::fromUtf8(content.canonicalJson()), r.contentSha256,
         r.replaces.isEmpty() ? QVariant() : QVariant(r.replaces)});
    if (!insert)
        return insert.error();
    QJsonObject detail{{QStringLiteral("number"), r.number},
                       {QStringLiteral("person_id"), r.personId},
                       {QStringLiteral("doses"), static_cast<int>(r.doseIds.size())},
                       {QStringLiteral("content_sha256"), r.contentSha256}};
    if (!r.replaces.isEmpty())
        detail.insert(QStringLiteral("replaces"), r.replaces);
    VAX_TRY(AuditLog::append(m_db, {now, actor->id,
                                    r.replaces.isEmpty() ? QStringLiteral("certificate.issue")
                                                         : QStringLiteral("certificate.reprint"),
                                    QStringLiteral("certificate"), r.id, detail}));
    VAX_TRY(tx->commit());
    return r;
}

Result<std::optional<CertificateRecord>> CertificateService::find(const QString& number)
{
    auto found = selectRecords(m_db, QStringLiteral("WHERE number = ?"), {number.trimmed()});
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<CertificateRecord>();
    return std::optional<CertificateRecord>(found->front());
}

Result<std::vector<CertificateRecord>> CertificateService::ofPerson(const QString& personId)
{
    return selectRecords(m_db, QStringLiteral("WHERE person_id = ? ORDER BY rowid"), {personId});
}

Result<CertificateVerification> CertificateService::verify(const QString& number,
                                                           const QString& idNumber)
{
    auto found = find(number);
    if (!found)
        return found.error();
    if (!found->has_value())
        return unknownNumber(number.trimmed());
    CertificateVerification v;
    v.record = std::move(**found);
    if (!idNumber.trimmed().isEmpty() &&
        personReference(idNumber, v.record.number) != v.record.personRef)
        return personMismatch(v.record.number);
    QStringList corrected;
    for (const QString& id : v.record.doseIds) {
        auto q = m_db.exec(
            QStringLiteral("SELECT status, COALESCE(error_reason, '') FROM dose WHERE id = ?"),
            {id});
        if (!q)
            return q.error();
        CertificateDoseState s{id, QStringLiteral("missing"), {}};
        if (q->next()) {
            s.status = q->value(0).toString();
            s.errorReason = q->value(1).toString();
        }
        if (s.status != QLatin1String("completed")) {
            v.valid = false;
            corrected << id;
        }
        v.doses.push_back(s);
    }
    // "Later" is the order of issue (rows are never deleted, so rowids only grow), not the
    // clock: a clock set back (or a training clock restarted per command) must not reorder them.
    auto later = m_db.exec(
        QStringLiteral("SELECT number FROM certificate WHERE person_id = ? AND "
                       "rowid > (SELECT rowid FROM certificate WHERE id = ?) ORDER BY rowid"),
        {v.record.personId, v.record.id});
    if (!later)
        return later.error();
    while (later->next())
        v.laterNumbers << later->value(0).toString();
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
    auto parsed = parseCertificatePayload(qrText);
    if (!parsed)
        return parsed.error();
    if (idNumber.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         CertificateServiceText::tr("ID number: type the number of the ID "
                                                    "document the person shows; the code is "
                                                    "checked against it."),
                         QStringLiteral("id_number"));
    auto site = SiteService::load(m_db);
    if (!site)
        return site.error();
    if (parsed->siteCode != site->code)
        return makeError(ErrorCode::CertificatePayloadMismatch,
                         CertificateServiceText::tr("Certificate QR code: it was issued by the "
                                                    "site %1, not by this site (%2). Verify it "
                                                    "with that site's records.")
                             .arg(parsed->siteCode, site->code),
                         QStringLiteral("payload"));
    auto verified = verify(parsed->number);  // the ID is checked below, after the payload
    if (!verified)
        return verified.error();
    if (verified->record.payload != qrText.trimmed())
        return makeError(ErrorCode::CertificatePayloadMismatch,
                         CertificateServiceText::tr("Certificate QR code: it does not match "
                                                    "certificate %1 as issued (the person "
                                                    "reference or the doses differ). The paper "
                                                    "may be altered: check it by its number.")
                             .arg(parsed->number),
                         QStringLiteral("payload"));
    if (personReference(idNumber, parsed->number) != verified->record.personRef)
        return personMismatch(parsed->number);
    return verified;
}

}  // namespace vax
