#pragma once

// The site day close (docs/site.md 3.7): one day close and one signed bundle per site and day,
// made at any joined desk once every desk has pushed up to the close.
//
// A desk has pushed up to the close when its high-water mark on the server is at or above the
// highest change number of its own rows it reported at its last contact (every sync round
// reports it: vaxsite.report_outbox, server schema 8). The close syncs this desk first, asks the
// server, pulls once more (rows pushed while it asked), claims the close on the server
// (vaxsite.claim_site_close: refused while another desk holds a live claim; a claim older than
// 10 minutes, or a site administrator's forced close, takes it over), then runs the day close and
// the export over this desk's database, which after a complete pull holds the whole site's rows
// (its export chain moves only now), proves the bundle on disk and records it closed
// (vaxsite.finish_site_close); a failed export releases the claim. Refused, naming the desks that
// have not pushed, unless a site administrator forces it with a reason; after a forced close the
// rows that arrive late go into a follow-up bundle of the same chain, made at the same desk.
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

#include "common/result.h"
#include "exchange/exporter.h"

namespace vax {
class Clock;
class Database;
class SecretStore;
}  // namespace vax

namespace vax::sitesync {

// One joined desk as the close sees it.
struct SiteCloseDesk {
    int desk = 0;
    qint64 highWater = 0;                  // pushed, on the server
    std::optional<qint64> ownMax;          // its own rows reach this change number (last report)
    std::optional<qint64> waiting;         // records waiting at its last report
    std::optional<QDateTime> lastContact;  // its last push, pull or report
    bool pushed = false;                   // highWater >= ownMax
};

// A close of the day recorded on the server: part 1 the close, 2… follow-ups.
struct SiteCloseRecord {
    int part = 0;
    int desk = 0;
    bool forced = false;
    QString reason;
    QJsonObject desks;  // "<desk>" → {high_water, own_max, waiting, pushed} at the close
    QString bundleFile;
    QString bundleSha256;
    int bundleSeq = 0;
    QDateTime closedAt;
};

// What the server says about a day: the desks and the closes made.
struct SiteCloseState {
    QDate day;
    int thisDesk = 0;
    QList<SiteCloseDesk> desks;
    QList<SiteCloseRecord> closes;
    QList<SiteCloseDesk> notPushed() const;
    // Desks not pushed at the last close whose high-water has risen since: a follow-up is due.
    QList<int> lateDesks() const;
};

struct SiteCloseRequest {
    QDate day;
    QString outDir;
    QString actorId;       // Permission::Export; forcing also needs ChangeSettings
    QByteArray secretKey;  // Ed25519 (signingkey::load)
    bool force = false;
    QString reason;  // required with force
    ReportRenderer renderReport = {};
    ExportProgress progress = {};
    int timeoutSeconds = 2;
};

struct SiteCloseReceipt {
    QDate day;
    int part = 1;  // > 1: a follow-up
    bool forced = false;
    QDateTime closedAt;
    ExportReceipt exported;
    QList<SiteCloseDesk> desks;
    bool followUp() const { return part > 1; }
};

QJsonObject toJson(const SiteCloseDesk& desk);

class SiteDayClose {
public:
    // Syncs this desk (push, pull, its outbox report) and asks the server about `day`; records
    // nothing of a close.
    static Result<SiteCloseState> check(Database& db, const Clock& clock, SecretStore& secrets,
                                        const QDate& day, int timeoutSeconds = 2);
    // The close (or the follow-up of a forced close) of request.day. Refused with
    // stock.reason_required (field "force") naming the desks (desk, last contact, records waiting)
    // unless forced; with already_exists when the day is closed (naming the desk) and nothing is
    // late, or when another desk holds a live claim of its close (naming it; nothing closed,
    // exported or recorded here). `seen` (optional) receives what the server said, also when the
    // close is refused.
    static Result<SiteCloseReceipt> close(Database& db, const Clock& clock, SecretStore& secrets,
                                          const SiteCloseRequest& request,
                                          SiteCloseState* seen = nullptr);
    // "desk 2 (last contact 10:31, 3 record(s) waiting)", one per desk, in the site's zone.
    static QString describe(Database& db, const Clock& clock, const QList<SiteCloseDesk>& desks);
};

}  // namespace vax::sitesync
