#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "common/result.h"
#include "storage/clockguard.h"

namespace vax {

class Database;

struct AuditEntry {
    QDateTime at;        // UTC
    QString actor;       // staff id, or "system"
    QString action;      // e.g. "login", "login.failed", "site.init", "backup"
    QString entity;      // table or domain object, may be empty
    QString entityId;    // its id, may be empty
    QJsonObject detail;  // what else matters (no passwords, no full ID numbers)
};

struct AuditVerifyReport {
    bool ok = true;
    qint64 rowsChecked = 0;
    qint64 firstBrokenId = 0;  // 0 when ok
    QString problem;           // translated, names the row and what is wrong
    QString headHash;          // hash of the last row (the chain head)
    // Rows whose time runs backwards by more than the clock tolerance (see ClockGuard): the
    // first few, and how many in all. A warning, not a broken chain.
    std::vector<AuditTimeStep> timeBackwards;
    qint64 timeBackwardsCount = 0;
};

// The append-only audit log: each row stores the SHA-256 of the previous row, and audit_head the
// last id and hash, so an edited, deleted or inserted row breaks the chain. Call append inside
// the write transaction of the action it records. append also applies the clock rule
// (ClockGuard::admit): an action stamped well before the latest time written is refused with
// ClockWentBack, so the caller's transaction rolls back and nothing is written.
class AuditLog {
public:
    static Status append(Database& db, const AuditEntry& entry);
    static Result<AuditVerifyReport> verify(Database& db);
    static QString rowHash(qint64 id, const QString& at, const QString& actor,
                           const QString& action, const QString& entity, const QString& entityId,
                           const QString& detail, const QString& prevHash);
};

}  // namespace vax
