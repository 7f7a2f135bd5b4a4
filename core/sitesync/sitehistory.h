#pragma once

// Site history at the desk (docs/site.md 5, "Site history at the desk"). A desk pulls the other
// desks' rows every few seconds, but a dose given at desk 1 a minute ago may not be here yet:
// before the checklist of a visit a joined desk asks the server, with a short timeout, for the
// person's rows (person, documents, visits, contraindications, doses, and the lots and stock
// movements of those doses) and applies them through the pull's apply path, so the local rule
// engine judges the site's whole history with no change to the rules and nothing enters the
// outbox. At check-in it asks for the people matching a document, a phone or a name with a birth
// date, so that a person registered at another desk is checked in as that person.
//
// What was judged is recorded in the desk's meta: when the server last answered for a person
// (site.history_fetched, the most recent few persons) and since when it has not answered
// (site.unreachable_since, shared with `vaxctl site status`). The checklist reads it
// (historyScope), inside the administration's transaction too, so a dose is never given on a
// history nobody asked for without the nurse confirming she asked about other doses.
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

#include "checkin/checkinservice.h"
#include "common/result.h"
#include "identity/document.h"
#include "verification/checklist.h"

namespace vax {
class Clock;
class Database;
class SecretStore;
}  // namespace vax

namespace vax::sitesync {

struct HistoryOptions {
    // The TCP probe before connecting and the statements' statement_timeout. The connect itself
    // is bounded by libpq's connect_timeout (2 s at least); the GUI never waits for it.
    int timeoutMs = 1000;
};

// One ask of the server.
struct HistoryFetch {
    bool joined = false;           // false: a desk not joined, nothing asked, scope Desk
    bool answered = false;         // the server answered
    qint64 rows = 0;               // rows the server gave
    qint64 written = 0;            // inserted or changed here
    qint64 setAside = 0;           // could not be applied (waiting in site_pending)
    std::optional<Error> problem;  // why the server could not be asked
    HistoryScope scope;            // what the checklist judges now
};

// Who check-in looks for on the server; empty fields are not matched.
struct PersonQuery {
    std::optional<IdentityDocument> document;
    QString phone;
    QString name;
    QDate birthDate;
};

// The query of a check-in's draft: its document (when it checks), phone, name and birth date.
PersonQuery personQueryOf(const PersonDraft& draft, const QDate& today);

class SiteHistoryService {
public:
    // Asks the server for the person's rows and applies them here (site_apply raised; rows that
    // cannot be applied wait in site_pending). A server that cannot be asked is no error: the
    // fetch says why and its scope is "this desk only". Errors are this desk's own database's.
    static Result<HistoryFetch> refresh(Database& db, const Clock& clock, SecretStore& secrets,
                                        const QString& personId,
                                        const HistoryOptions& options = {});
    // Check-in: the site's people matching `query`, their person and document rows applied here
    // (then the desk's own search finds them). `rows` counts the persons' rows the server gave.
    static Result<HistoryFetch> findPersons(Database& db, const Clock& clock, SecretStore& secrets,
                                            const PersonQuery& query,
                                            const HistoryOptions& options = {});
    // What the checklist of `personId` judges at `now`, from what refresh recorded: Desk when not
    // joined; Site when the server answered for the person within kFreshMinutes and has not
    // failed since; else DeskOnly. Reads only.
    static Result<HistoryScope> scope(Database& db, const QDateTime& now, const QString& personId);

    // A site history older than this is not judged as the site's: the desk asks again.
    static constexpr int kFreshMinutes = 30;
};

}  // namespace vax::sitesync
