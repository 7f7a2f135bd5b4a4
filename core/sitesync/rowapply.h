#pragma once

// Applying one row pulled from another desk to this desk's copy of its table (docs/site.md 3.6):
// an upsert by id of the row image, with origin_desk set to the desk it came from. Called by the
// replicator inside its apply transaction, with the site_apply flag raised and a savepoint
// around each row, so a row that fails leaves nothing behind.
//
// The replicator passes only the server's current version of a row (the last by arrival at the
// server); the one rule a desk decides alone is kept here: a local version not pushed yet
// (origin_desk NULL, change_seq above the pushed cursor) is kept, as it reaches the server after
// the pulled one. So every desk ends with the server's last version by arrival. The rules of
// docs/site.md 4 that need more (a state that only moves forward, a quarantine beating a
// release, person merge) need the server's view and are not built yet.
#include <QJsonObject>
#include <QString>

#include "common/result.h"

namespace vax {
class Database;
}

namespace vax::sitesync {

class TableColumns;

enum class RowApplied {
    Written,    // inserted or changed
    Unchanged,  // this desk holds the same row already
    KeptLocal,  // this desk's version wins (not pushed yet)
};

// An error is the reason the row cannot be applied now (a foreign key to a row not pulled yet,
// a CHECK or a column of a newer release): the caller sets it aside.
Result<RowApplied> applyPulledRow(Database& db, const TableColumns& columns, const QString& table,
                                  const QString& id, const QJsonObject& image, int originDesk,
                                  qint64 pushedSeq);

// A person merge the site server decided (docs/site.md 4), applied to this desk's rows: the
// duplicate documents `documents` go, every row that names `merged` names `kept` instead, and
// `merged` goes, unless a certificate of this desk (never changed) still names them. Called
// inside the apply transaction with site_apply raised; an error (the kept person not here yet, a
// second visit of the kept person on one day) leaves the caller to roll back and retry later.
Status applyPersonMerge(Database& db, const QString& merged, const QString& kept,
                        const QStringList& documents);

// The same inside a savepoint, so a failure leaves nothing of the row behind (the pull and the
// site history at the desk, core/sitesync/sitehistory.h, apply rows this way).
Result<RowApplied> applyInSavepoint(Database& db, const TableColumns& columns, const QString& table,
                                    const QString& id, const QJsonObject& image, int originDesk,
                                    qint64 pushedSeq);

// A failure of the desk's own database (full, locked, read-only, damaged) stops an apply; any
// other failure is the row's own (a constraint, a trigger's refusal) and sets it aside.
bool isDatabaseFailure(const Error& e);

// This desk's pushed cursor (meta site.pushed_seq): its versions above it are not pushed yet.
Result<qint64> pushedSeq(Database& db);

}  // namespace vax::sitesync
