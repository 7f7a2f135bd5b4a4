#include "storage/audit.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

#include "storage/database.h"

namespace vax {

namespace {
struct AuditText {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

const QString kGenesis = QString(64, QLatin1Char('0'));
constexpr int kReportedSteps = 20;
}  // namespace

QString AuditLog::rowHash(qint64 id, const QString& at, const QString& actor, const QString& action,
                          const QString& entity, const QString& entityId, const QString& detail,
                          const QString& prevHash)
{
    const QChar sep(0x1f);
    const QString canonical = QString::number(id) + sep + at + sep + actor + sep + action + sep +
                              entity + sep + entityId + sep + detail + sep + prevHash;
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Status AuditLog::append(Database& db, const AuditEntry& entry)
{
    if (ClockGuard::appliesTo(entry.action))
        VAX_TRY(ClockGuard::admit(db, entry.at));
    VAX_TRY_VALUE(
        auto head,
        db.exec(QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1")));
    qint64 lastId = 0;
    QString prev = kGenesis;
    if (head.next()) {
        lastId = head.value(0).toLongLong();
        prev = head.value(1).toString();
    }
    const qint64 id = lastId + 1;
    const QString at = entry.at.toUTC().toString(Qt::ISODateWithMs);
    const QString detail =
        QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact));
    const QString hash =
        rowHash(id, at, entry.actor, entry.action, entry.entity, entry.entityId, detail, prev);
    VAX_TRY(db.exec(
        QStringLiteral("INSERT INTO audit(id, at, actor, action, entity, entity_id, "
                       "detail, prev_hash, hash) "
                       // An empty QString binds as NULL; the columns say ''.
                       "VALUES(?,?,?,?,coalesce(?,''),coalesce(?,''),?,?,?)"),
        {id, at, entry.actor, entry.action, entry.entity, entry.entityId, detail, prev, hash}));
    VAX_TRY(db.exec(QStringLiteral("INSERT INTO audit_head(id, last_id, last_hash) "
                                   "VALUES(1, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                                   "last_id = excluded.last_id, last_hash = excluded.last_hash"),
                    {id, hash}));
    return {};
}

Result<AuditVerifyReport> AuditLog::verify(Database& db)
{
    AuditVerifyReport report;
    auto rows =
        db.exec(QStringLiteral("SELECT id, at, actor, action, entity, entity_id, detail, "
                               "prev_hash, hash FROM audit ORDER BY id"));
    if (!rows)
        return rows.error();
    qint64 expectedId = 1;
    QString prev = kGenesis;
    auto fail = [&report](qint64 id, const QString& problem) {
        report.ok = false;
        report.firstBrokenId = id;
        report.problem = problem;
    };
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        ++report.rowsChecked;
        if (id != expectedId) {
            // A gap reports the first missing row, as a deletion at the end does below.
            fail(id > expectedId ? expectedId : id,
                 id > expectedId
                     ? AuditText::tr("Audit row %1 is missing (the next row is %2): a row was "
                                     "deleted.")
                           .arg(expectedId)
                           .arg(id)
                     : AuditText::tr("Audit row %1 is out of sequence: a row was inserted.")
                           .arg(id));
            return report;
        }
        const QString storedPrev = rows->value(7).toString();
        if (storedPrev != prev) {
            fail(id, AuditText::tr("Audit row %1 does not follow row %2: a row was inserted, "
                                   "deleted or replaced before it.")
                         .arg(id)
                         .arg(id - 1));
            return report;
        }
        const QString hash =
            rowHash(id, rows->value(1).toString(), rows->value(2).toString(),
                    rows->value(3).toString(), rows->value(4).toString(), rows->value(5).toString(),
                    rows->value(6).toString(), storedPrev);
        if (hash != rows->value(8).toString()) {
            fail(id, AuditText::tr("Audit row %1 was changed after it was written.").arg(id));
            return report;
        }
        prev = hash;
        ++expectedId;
    }
    VAX_TRY_VALUE(
        auto head,
        db.exec(QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1")));
    const qint64 headId = head.next() ? head.value(0).toLongLong() : 0;
    const QString headHash = headId > 0 ? head.value(1).toString() : kGenesis;
    if (headId != expectedId - 1 || headHash != prev) {
        // Rows beyond the head: the first of them is the foreign one. Same count but another
        // hash: the last row was replaced.
        fail(headId > expectedId - 1 ? expectedId : (headId < expectedId - 1 ? headId + 1 : headId),
             headId > expectedId - 1
                 ? AuditText::tr("The audit log ends at row %1 but its head records row %2: rows "
                                 "were deleted from the end.")
                       .arg(expectedId - 1)
                       .arg(headId)
                 : AuditText::tr("The audit log has rows after its recorded head (row %1): a row "
                                 "was appended outside VaxPoint.")
                       .arg(headId));
        return report;
    }
    report.headHash = prev;
    VAX_TRY_VALUE(auto steps,
                  ClockGuard::backwardSteps(db, kReportedSteps, &report.timeBackwardsCount));
    report.timeBackwards = steps;
    return report;
}

}  // namespace vax
