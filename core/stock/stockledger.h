#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

#include "common/result.h"

namespace vax {

class Database;

enum class MovementKind { Receipt, Administered, Wasted, Adjustment, Transfer };
enum class WasteReason { Broken, Expired, OpenVialTime, ColdChain, Other };

QString movementKindName(MovementKind kind);  // "receipt", "administered", …
std::optional<MovementKind> movementKindFromName(const QString& name);
QString wasteReasonName(WasteReason reason);  // "broken", "expired", "open_vial_time", …
std::optional<WasteReason> wasteReasonFromName(const QString& name);

// One booking: doses are signed (+ into the fridge's stock, − out of it).
struct Movement {
    QString lotId;
    QString fridgeId;
    MovementKind kind = MovementKind::Receipt;
    int doses = 0;
    QString reason;
};

struct StockBalance {
    QString lotId;
    QString fridgeId;
    int doses = 0;
};

// The stock ledger: the stock_movement table's repository (stock_balance is kept from it by
// triggers). Stock on hand of a lot in a fridge is the sum of its movements and nothing else; a
// movement that would make it negative is refused. Call inside the caller's WriteTransaction so
// the check and the insert are one atomic step.
class LotLedger {
public:
    static Result<int> onHand(Database& db, const QString& lotId, const QString& fridgeId);
    // On hand as of `at` (movements at or before it).
    static Result<int> onHandAt(Database& db, const QString& lotId, const QString& fridgeId,
                                const QDateTime& at);
    // On hand just before `at` (movements before it).
    static Result<int> onHandBefore(Database& db, const QString& lotId, const QString& fridgeId,
                                    const QDateTime& at);
    // The movements of a lot in a fridge with from <= at < to (kind and signed doses).
    static Result<std::vector<Movement>> movementsBetween(Database& db, const QString& lotId,
                                                          const QString& fridgeId,
                                                          const QDateTime& from,
                                                          const QDateTime& to);
    static Result<int> onHandAllFridges(Database& db, const QString& lotId);
    // Books one movement; returns its id. StockNegative when stock would go below zero.
    static Result<QString> book(Database& db, const Movement& movement, const QDateTime& at,
                                const QString& actor);
    // Moves doses between fridges as two transfer rows (out of `from`, into `to`).
    static Status transfer(Database& db, const QString& lotId, const QString& from,
                           const QString& to, int doses, const QDateTime& at, const QString& actor);
    // Every lot and fridge with stock (or all, with includeEmpty).
    static Result<std::vector<StockBalance>> balances(Database& db, bool includeEmpty = false);
};

}  // namespace vax
