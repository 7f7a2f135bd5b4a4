#pragma once

// The site's conflicts on this desk (docs/site.md 4): the person merges and double doses the
// site server found when rows of different desks met, read at every sync into this desk's own
// copy (site_conflict, migration 0017), so `vaxctl site conflicts` works offline and says when
// the copy was read. A person merge is also applied here: the merged person's rows that are
// still this desk's go to the kept person, the duplicate documents and the merged person go (the
// server has done the same to its record, and its re-pointed rows are pulled as any other).
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

#include "common/result.h"

namespace vax {
class Clock;
class Database;
}  // namespace vax

namespace vax::sitesync {

class PgConnection;
struct SiteLink;

struct SiteConflict {
    qint64 id = 0;  // the server's
    QString kind;   // person_merge, double_dose, foreign_owner
    QString table;
    QString rowId;
    int desk = 0;  // the desk whose push raised it
    QJsonObject detail;
    QDateTime raisedAt;
    std::optional<QDateTime> resolvedAt;
    std::optional<QDateTime> appliedAt;  // person_merge: applied to this desk's rows
    QString applyError;                  // person_merge: why it could not be applied yet
};

struct ConflictRefresh {
    int read = 0;     // conflicts the server holds
    int applied = 0;  // person merges applied to this desk's rows now
};

// The series a dose counts in, as the site server groups double doses: its product's disease
// (the checklist's series, DOMAIN.md 3), or the product code for a product the catalog lacks.
QString doseSeries(const QString& productCode);

class SiteConflicts {
public:
    // Reads every conflict of the server into this desk's copy and applies the person merges
    // not applied yet, in one transaction. A merge that cannot be applied yet (the kept person
    // not pulled yet) keeps its reason and is tried again at the next refresh.
    static Result<ConflictRefresh> refresh(Database& db, const Clock& clock, PgConnection& c,
                                           const SiteLink& link);
    // The conflicts waiting for review (not resolved), oldest first, from this desk's copy.
    static Result<QList<SiteConflict>> open(Database& db);
    static Result<qint64> openCount(Database& db);
    // When the copy was last read from the server (none: never).
    static Result<std::optional<QDateTime>> readAt(Database& db);
};

}  // namespace vax::sitesync
