#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

#include "common/result.h"

namespace vax {

class Database;

struct OpenVial {
    QString id;
    QString lotId;
    QString lotNumber;
    QString productCode;
    QString fridgeId;
    QDateTime openedAt;
    QDateTime discardAt;
    int doses = 0;
    int dosesDrawn = 0;
    // The desk of a site that opened the vial when it is another one (its origin_desk, schema
    // 19); 0 when this desk opened it. A vial belongs to the desk that opened it (docs/site.md 4).
    int ownerDesk = 0;
    int dosesLeft() const { return doses - dosesDrawn; }
    bool expiredAt(const QDateTime& now) const { return now >= discardAt; }
};

// Why an opened vial was closed (vial.close_reason, stored as its name; '' while it is open).
enum class VialCloseReason { DayClose };
QString vialCloseReasonName(VialCloseReason reason);  // "day_close"

// The vial table: opened multi-dose vials. A vial is open until closed_at is set; doses_drawn
// counts the doses drawn from it. Its SQL and its rows (mapped by column name, with the lot's
// number and product); writers run inside the caller's WriteTransaction.
class VialRepository {
public:
    static Status insert(Database& db, const OpenVial& vial, const QString& openedBy);
    // The vial by id: open only, or closed too when `includeClosed`.
    static Result<std::optional<OpenVial>> byId(Database& db, const QString& id,
                                                bool includeClosed);
    // Every open vial this desk opened (another desk's is that desk's to draw from and close,
    // docs/site.md 4), the first to be discarded first.
    static Result<std::vector<OpenVial>> listOpen(Database& db);
    // Doses left in the open vials of a lot in a fridge.
    static Result<int> dosesLeftInOpen(Database& db, const QString& lotId, const QString& fridgeId);
    // One dose drawn.
    static Status drawOne(Database& db, const QString& id);
    // The dose drawn last goes back into the vial (a dose entered in error), when one was drawn.
    // Returns the rows changed (0: nothing drawn, or no such vial).
    static Result<int> returnOne(Database& db, const QString& id);
    // Open → closed at `at`.
    static Status close(Database& db, const QString& id, const QDateTime& at,
                        VialCloseReason reason);
};

}  // namespace vax
