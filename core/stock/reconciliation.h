#pragma once

#include <QDate>
#include <QString>

#include "common/result.h"
#include "site/servicecontext.h"

namespace vax {

class Clock;
class Database;

// A lot's day in one fridge, from the ledger. `otherMoves` are transfers out and earlier
// adjustments of the day (signed), so expected always equals the ledger's stock on hand.
struct DayFigures {
    int opening = 0;
    int received = 0;      // receipts and transfers in
    int administered = 0;  // positive count
    int wasted = 0;        // positive count
    int otherMoves = 0;    // signed
    int expected() const { return opening + received - administered - wasted + otherMoves; }
};

struct Reconciliation {
    DayFigures figures;
    int expected = 0;
    int counted = 0;
    int discrepancy = 0;  // counted − expected
    QString reason;
    QString countId;
    QString adjustmentId;  // empty when there was no discrepancy
};

// Pure: counted − expected; a discrepancy needs a reason (ReasonRequired otherwise).
Result<Reconciliation> reconcile(const DayFigures& figures, int counted, const QString& reason);

class StockCountService {
public:
    // The day's figures of a lot in a fridge (`day` in local time).
    static Result<DayFigures> dayFigures(Database& db, const QString& lotId,
                                         const QString& fridgeId, const QDate& day);
    // Records a physical count for today in one transaction; a discrepancy books an adjustment
    // and an audit row.
    static Result<Reconciliation> record(const ServiceContext& ctx, const QString& lotId,
                                         const QString& fridgeId, int counted,
                                         const QString& reason);
};

}  // namespace vax
