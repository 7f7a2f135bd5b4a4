#pragma once

// The desk-local tables of the apply path (migration 0016, docs/site.md 3.3 and 3.6):
//   * site_apply, the one-row flag raised as the first statement of an apply transaction and
//     lowered as the last before COMMIT, so the origin triggers leave pulled rows alone;
//   * site_pending, the pulled rows that could not be applied yet, with their reason, retried
//     on every pull.
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "common/result.h"

namespace vax {
class Database;
}

namespace vax::sitesync {

struct PendingRow {
    QString table;
    QString id;
    int desk = 0;  // the desk that wrote it
    qint64 deskSeq = 0;
    QJsonObject image;
    QString reason;
    QDateTime firstAt;
    QDateTime triedAt;
    int tries = 0;
};

class PendingRows {
public:
    static Status setApplying(Database& db, bool active);
    // Keeps `row` aside (a newer version of the same row replaces the one waiting).
    static Status setAside(Database& db, const PendingRow& row, const QDateTime& now);
    // A retry that failed again: its reason and when.
    static Status failedAgain(Database& db, const QString& table, const QString& id,
                              const QString& reason, const QDateTime& now);
    static Status drop(Database& db, const QString& table, const QString& id);
    static Result<QList<PendingRow>> all(Database& db);
    static Result<qint64> count(Database& db);
};

}  // namespace vax::sitesync
