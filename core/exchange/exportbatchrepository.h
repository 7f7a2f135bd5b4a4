#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <vector>

#include "common/result.h"

namespace vax {

class Database;

// One bundle sent (a row of export_batch).
struct ExportBatch {
    QString id;
    int seq = 0;
    QString fileName;
    QString sha256;
    QString previousSha256;
    QDateTime createdAt;
    QString createdBy;
    QJsonObject cursor;  // table → highest change_seq included
    QJsonObject counts;  // what the bundle holds
    int hl7Messages = 0;
    qint64 bytes = 0;
    QString path;
    bool zeroReport() const { return counts.value(QStringLiteral("records")).toInt() == 0; }
    // Sealed for the district (a .zip.sealed file; sha256 is still the zip's).
    bool sealed() const { return fileName.endsWith(u".sealed"); }
};

// The export_batch table: one row per bundle written, never changed or deleted (triggers
// refuse it). Its SQL and its rows (mapped by column name); insert() runs inside the caller's
// WriteTransaction.
class ExportBatchRepository {
public:
    static Status insert(Database& db, const ExportBatch& batch);
    // The newest `limit` batches, newest first.
    static Result<std::vector<ExportBatch>> newestFirst(Database& db, int limit);
};

}  // namespace vax
