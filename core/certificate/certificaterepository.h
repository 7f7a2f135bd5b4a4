#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "certificate/certificate.h"
#include "common/result.h"

namespace vax {

class Database;

// A certificate as recorded when it was issued (the `certificate` table).
struct CertificateRecord {
    QString id;
    QString number;
    QString personId;
    QString siteCode;
    QDateTime issuedAt;
    QString issuedBy;  // staff id
    QStringList doseIds;
    QString personRef;
    QString payload;        // the exact QR text
    QString contentSha256;  // of content.canonicalJson()
    QString replaces;       // the person's previous certificate number, empty for the first
    CertificateContent content;
};

// The certificate table (migration 10): owns its SQL and maps rows by column name. A certificate
// has no state: its rows are never changed or deleted (the schema's triggers refuse it), and
// whether one still stands is judged from its doses. Call insert() inside a WriteTransaction: it
// writes no audit row of its own.
class CertificateRepository {
public:
    // `record` as numbered: the `daySeq`-th certificate of the site's day `issueDay`.
    static Status insert(Database& db, const CertificateRecord& record, const QDate& issueDay,
                         int daySeq);
    // The sequence number the next certificate of `issueDay` gets (1 for the first).
    static Result<int> nextDaySeq(Database& db, const QDate& issueDay);
    // The number of the person's latest certificate; empty when none.
    static Result<QString> latestNumberOf(Database& db, const QString& personId);

    static Result<std::optional<CertificateRecord>> byNumber(Database& db, const QString& number);
    // The person's certificates in the order of issue.
    static Result<std::vector<CertificateRecord>> ofPerson(Database& db, const QString& personId);
    // The numbers of the person's certificates issued after the one with id `certificateId`, in
    // the order of issue (rowids only grow: rows are never deleted), whatever the clock said.
    static Result<QStringList> numbersIssuedAfter(Database& db, const QString& personId,
                                                  const QString& certificateId);
};

}  // namespace vax
