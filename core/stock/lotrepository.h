#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "common/result.h"
#include "stock/lotstatus.h"

namespace vax {

class Database;

struct LotInfo {
    QString id;
    QString productCode;
    QString lotNumber;
    QDate expiry;
    QString manufacturer;
    QString gtin;
    int dosesPerVial = 1;
    QString fridgeId;
    // The stored name of the lot's state (lotStatusName): what lists, JSON and reports show.
    // Rules judge state().
    QString status;
    int onHand = 0;  // all fridges
    QDateTime receivedAt;
    std::optional<LotStatus> state() const { return lotStatusFromName(status); }
};

// The lot table: its SQL, its rows (mapped by column name, with the stock on hand of every
// fridge) and its state transitions. Writers run inside the caller's WriteTransaction and write
// no audit row of their own; services check permissions.
class LotRepository {
public:
    // A new lot (state available), received by `receivedBy`.
    static Status insert(Database& db, const LotInfo& lot, const QString& receivedBy);
    // Lots whose id or lot number is `idOrNumber` (several lots may share a number).
    static Result<std::vector<LotInfo>> byIdOrNumber(Database& db, const QString& idOrNumber);
    // The lot of a product with that number (a product's lot numbers are unique).
    static Result<std::optional<LotInfo>> byNumber(Database& db, const QString& productCode,
                                                   const QString& lotNumber);
    // Every lot, by expiry then number.
    static Result<std::vector<LotInfo>> all(Database& db);
    // Lots not discarded that expire on or before `last`, by expiry then number.
    static Result<std::vector<LotInfo>> expiringBy(Database& db, const QDate& last);
    // Ids of the lots, available or quarantined, that had stock in the fridge at `start` or at
    // `end` (from the ledger).
    static Result<QStringList> stockedIn(Database& db, const QString& fridgeId,
                                         const QDateTime& start, const QDateTime& end);

    // Transitions.
    // → quarantined (an excursion holds it).
    static Status markQuarantined(Database& db, const QString& id);
    // → discarded (its last doses were discarded).
    static Status markDiscarded(Database& db, const QString& id);
    // quarantined → available, once no quarantine row of the lot is still undecided.
    static Status releaseIfUnheld(Database& db, const QString& id);
};

}  // namespace vax
