#pragma once

// The site's conflicts on this desk (docs/site.md 4): the person merges and double doses the
// site server found when rows of different desks met, read at every sync into this desk's own
// copy (site_conflict, migration 0017), so `vaxctl site conflicts` works offline and says when
// the copy was read. A person merge is also applied here: the merged person's rows that are
// still this desk's go to the kept person, the duplicate documents and the merged person go (the
// server has done the same to its record, and its re-pointed rows are pulled as any other).
// A site administrator resolves a conflict on the server (server schema 10), so that every desk's
// copy shows it resolved after its next sync; the pulled rows this desk could not apply
// (site_pending) are listed with the conflicts.
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

#include "common/result.h"
#include "site/servicecontext.h"
#include "sitesync/pendingrows.h"

namespace vax {
class Clock;
class Database;
class SecretStore;
}  // namespace vax

namespace vax::sitesync {

class PgConnection;
struct SiteLink;

// A site administrator's review that closed a conflict (server schema 10). Kept in the desk's
// copy under the detail's "resolution" key (no desk migration: site_conflict has resolved_at).
struct ConflictResolution {
    QString staffId;  // staff replicate: every desk can name them
    QString staffName;
    int desk = 0;  // the desk it was resolved at
    QString note;
};

struct SiteConflict {
    qint64 id = 0;  // the server's
    QString kind;   // person_merge, double_dose, foreign_owner
    QString table;
    QString rowId;
    int desk = 0;  // the desk whose push raised it
    QJsonObject detail;
    QDateTime raisedAt;
    std::optional<QDateTime> resolvedAt;
    // Who resolved it and why; none when open or resolved by the server itself (a correction
    // left one dose of a double dose).
    std::optional<ConflictResolution> resolution;
    std::optional<QDateTime> appliedAt;  // person_merge: applied to this desk's rows
    QString applyError;                  // person_merge: why it could not be applied yet
};

struct ConflictRefresh {
    int read = 0;     // conflicts the server holds
    int applied = 0;  // person merges applied to this desk's rows now
};

// What `vaxctl site conflicts` and the Site conflicts page list, from this desk alone.
struct ConflictList {
    QList<SiteConflict> conflicts;  // open ones, oldest first (resolved ones too when asked)
    QList<PendingRow> pending;      // pulled rows waiting in site_pending, with their reason
    std::optional<QDateTime> readAt;
    qint64 open = 0;  // conflicts not resolved
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
    // Every conflict of the copy, open and resolved, oldest first.
    static Result<QList<SiteConflict>> all(Database& db);
    // The conflicts (open, or all), the rows waiting in site_pending and when the copy was read.
    static Result<ConflictList> list(Database& db, bool includeResolved);
    // A site administrator (ResolveSiteConflicts, ctx.actorId) closes conflict `id` after review,
    // with a note saying what was checked and decided. The resolution is made on the site server
    // (vaxsite.resolve_conflict, once: a conflict resolved already is refused, AlreadyExists,
    // naming who resolved it, when and why), so every desk's copy shows it after its next sync.
    // This desk's copy and its audit row are written in one transaction around the server's
    // answer; every refusal writes nothing on either side: no note (field "note"), an unknown
    // id (NotFound, field "id"), the server unreachable (SiteUnreachable, field "server": a
    // resolution is never made offline, so that every desk agrees), a desk not joined.
    static Result<SiteConflict> resolve(const ServiceContext& ctx, SecretStore& secrets, qint64 id,
                                        const QString& note, int timeoutSeconds = 2);
    static Result<qint64> openCount(Database& db);
    // When the copy was last read from the server (none: never).
    static Result<std::optional<QDateTime>> readAt(Database& db);
};

}  // namespace vax::sitesync
