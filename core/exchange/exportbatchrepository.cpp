#include "exchange/exportbatchrepository.h"

#include <QJsonDocument>

#include "common/dbformat.h"
#include "storage/database.h"

namespace vax {

namespace {
const QString kColumns = QStringLiteral(
    "id, seq, file_name, sha256, previous_sha256, created_at, created_by, cursor, counts, "
    "hl7_messages, bytes, path");

QJsonObject jsonObject(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ExportBatch fromRow(const Query& q)
{
    ExportBatch b;
    b.id = q.value(QStringLiteral("id")).toString();
    b.seq = q.value(QStringLiteral("seq")).toInt();
    b.fileName = q.value(QStringLiteral("file_name")).toString();
    b.sha256 = q.value(QStringLiteral("sha256")).toString();
    b.previousSha256 = q.value(QStringLiteral("previous_sha256")).toString();
    b.createdAt = fromDbTime(q.value(QStringLiteral("created_at")).toString());
    b.createdBy = q.value(QStringLiteral("created_by")).toString();
    b.cursor = jsonObject(q.value(QStringLiteral("cursor")));
    b.counts = jsonObject(q.value(QStringLiteral("counts")));
    b.hl7Messages = q.value(QStringLiteral("hl7_messages")).toInt();
    b.bytes = q.value(QStringLiteral("bytes")).toLongLong();
    b.path = q.value(QStringLiteral("path")).toString();
    return b;
}
}  // namespace

Status ExportBatchRepository::insert(Database& db, const ExportBatch& b)
{
    VAX_TRY(db.exec(
        QStringLiteral("INSERT INTO export_batch(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?)")
            .arg(kColumns),
        {b.id, b.seq, b.fileName, b.sha256, notNull(b.previousSha256), toDbTime(b.createdAt),
         b.createdBy, compact(b.cursor), compact(b.counts), b.hl7Messages, b.bytes, b.path}));
    return {};
}

Result<std::vector<ExportBatch>> ExportBatchRepository::newestFirst(Database& db, int limit)
{
    VAX_TRY_VALUE(
        auto q,
        db.exec(
            QStringLiteral("SELECT %1 FROM export_batch ORDER BY seq DESC LIMIT ?").arg(kColumns),
            {limit}));
    std::vector<ExportBatch> out;
    while (q.next())
        out.push_back(fromRow(q));
    return out;
}

}  // namespace vax
