#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "common/result.h"
#include "site/servicecontext.h"
#include "stock/lotrepository.h"
#include "stock/stockledger.h"

namespace vax {

class Clock;
class Database;

// What arrives at the door: typed by hand or read from a box's GS1 DataMatrix.
struct LotReceipt {
    QString productCode;  // catalog code
    QString lotNumber;
    QDate expiry;          // usable through this date
    QString manufacturer;  // empty: the catalog's manufacturer
    QString gtin;          // may be empty
    int vials = 0;         // vials received (0: take doses as given)
    int doses = 0;         // doses received (0: vials × the product's doses per vial)
    QString fridgeId;
    QStringList traceCodes;  // 20-digit box trace codes bound to the lot
};

struct ReceiveResult {
    LotInfo lot;
    QString movementId;
    int doses = 0;
    bool newLot = true;
};

class LotService {
public:
    // Receives a delivery in one transaction: the lot (or a further delivery of a known lot with
    // the same expiry), the receipt movement and the box codes.
    static Result<ReceiveResult> receive(const ServiceContext& ctx, const LotReceipt& receipt);
    static Result<LotInfo> find(Database& db, const QString& idOrNumber);
    static Result<std::vector<LotInfo>> list(Database& db);
    // Lots with stock that expire within `days` days of `today` (expired ones included).
    static Result<std::vector<LotInfo>> nearExpiry(Database& db, const QDate& today, int days);
    // Whether doses of the lot may be used on `today`: not quarantined, discarded or expired.
    static Status checkUsable(Database& db, const QString& lotId, const QDate& today);
    // The same rules on a lot already read (under the write lock).
    static Status checkUsable(const LotInfo& lot, const QDate& today);
    // Books doses as wasted (reason broken, expired, …) in one transaction.
    static Result<QString> waste(const ServiceContext& ctx, const QString& lotId,
                                 const QString& fridgeId, int doses, WasteReason reason,
                                 const QString& note);
    // Moves doses of a lot from one fridge to another in one transaction (two transfer rows).
    static Status transfer(const ServiceContext& ctx, const QString& lotId,
                           const QString& fromFridgeId, const QString& toFridgeId, int doses);
    // Books one administered dose, refusing a quarantined or expired lot.
    static Result<QString> administer(const ServiceContext& ctx, const QString& lotId,
                                      const QString& fridgeId);
    // The booking step of administer() for a caller that holds its own WriteTransaction (the
    // injection desk writes the dose and its stock movement together): checks the lot is usable
    // on `today` and books one dose out; returns the movement id.
    static Result<QString> bookAdministered(Database& db, const QString& lotId,
                                            const QString& fridgeId, const QDateTime& at,
                                            const QDate& today, const QString& actor);
    // Whether text is a box trace code (20 digits).
    static bool isTraceCode(const QString& text);
};

}  // namespace vax
