#include "certificate/certificaterepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "common/dbformat.h"
#include "storage/database.h"
#include "storage/queryread.h"

namespace vax {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, number, person_id, site_code, issued_at, issued_by, dose_ids, person_ref, "
    "payload, content_sha256, COALESCE(replaces, '') AS replaces, content FROM certificate ");

CertificateRecord recordFromRow(const Query& q)
{
    CertificateRecord r;
    r.id = text(q, "id");
    r.number = text(q, "number");
    r.personId = text(q, "person_id");
    r.siteCode = text(q, "site_code");
    r.issuedAt = fromDbTime(text(q, "issued_at"));
    r.issuedBy = text(q, "issued_by");
    for (const QJsonValue& v : QJsonDocument::fromJson(text(q, "dose_ids").toUtf8()).array())
        r.doseIds << v.toString();
    r.personRef = text(q, "person_ref");
    r.payload = text(q, "payload");
    r.contentSha256 = text(q, "content_sha256");
    r.replaces = text(q, "replaces");
    r.content =
        CertificateContent::fromJson(QJsonDocument::fromJson(text(q, "content").toUtf8()).object());
    return r;
}

Result<std::vector<CertificateRecord>> selectRecords(Database& db, const QString& where,
                                                     const QVariantList& args)
{
    VAX_TRY_VALUE(auto q, db.exec(kSelect + where, args));
    std::vector<CertificateRecord> out;
    while (q.next())
        out.push_back(recordFromRow(q));
    return out;
}
}  // namespace

Status CertificateRepository::insert(Database& db, const CertificateRecord& r,
                                     const QDate& issueDay, int daySeq)
{
    const QByteArray doseIdsJson =
        QJsonDocument(QJsonArray::fromStringList(r.doseIds)).toJson(QJsonDocument::Compact);
    VAX_TRY(db.exec(
        QStringLiteral("INSERT INTO certificate(id, number, issue_day, day_seq, person_id, "
                       "site_code, issued_at, issued_by, dose_ids, person_ref, payload, content, "
                       "content_sha256, replaces) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {r.id, r.number, issueDay.toString(Qt::ISODate), daySeq, r.personId, r.siteCode,
         toDbTime(r.issuedAt), r.issuedBy, QString::fromUtf8(doseIdsJson), r.personRef, r.payload,
         QString::fromUtf8(r.content.canonicalJson()), r.contentSha256,
         r.replaces.isEmpty() ? QVariant() : QVariant(r.replaces)}));
    return {};
}

Result<int> CertificateRepository::nextDaySeq(Database& db, const QDate& issueDay)
{
    VAX_TRY_VALUE(auto seq,
                  db.exec(QStringLiteral("SELECT COALESCE(MAX(day_seq), 0) + 1 FROM certificate "
                                         "WHERE issue_day = ?"),
                          {issueDay.toString(Qt::ISODate)}));
    return seq.scalar().toInt();
}

Result<QString> CertificateRepository::latestNumberOf(Database& db, const QString& personId)
{
    VAX_TRY_VALUE(auto previous,
                  db.exec(QStringLiteral("SELECT number FROM certificate WHERE person_id = ? "
                                         "ORDER BY rowid DESC LIMIT 1"),
                          {personId}));
    return previous.scalar().toString();
}

Result<std::optional<CertificateRecord>> CertificateRepository::byNumber(Database& db,
                                                                         const QString& number)
{
    VAX_TRY_VALUE(auto found, selectRecords(db, QStringLiteral("WHERE number = ?"), {number}));
    if (found.empty())
        return std::optional<CertificateRecord>();
    return std::optional<CertificateRecord>(found.front());
}

Result<std::vector<CertificateRecord>> CertificateRepository::ofPerson(Database& db,
                                                                       const QString& personId)
{
    return selectRecords(db, QStringLiteral("WHERE person_id = ? ORDER BY rowid"), {personId});
}

Result<QStringList> CertificateRepository::numbersIssuedAfter(Database& db, const QString& personId,
                                                              const QString& certificateId)
{
    VAX_TRY_VALUE(
        auto later,
        db.exec(
            QStringLiteral("SELECT number FROM certificate WHERE person_id = ? AND "
                           "rowid > (SELECT rowid FROM certificate WHERE id = ?) ORDER BY rowid"),
            {personId, certificateId}));
    QStringList out;
    while (later.next())
        out << later.value(QStringLiteral("number")).toString();
    return out;
}

}  // namespace vax
