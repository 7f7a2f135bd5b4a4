#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include "common/result.h"

namespace vax {

class Database;

// One physical count of a lot in a fridge and its reconciliation with the ledger (a row of
// stock_count).
struct StockCountRecord {
    QString id;
    QString lotId;
    QString fridgeId;
    QDate day;  // local date of the count
    int opening = 0;
    int received = 0;
    int administered = 0;
    int wasted = 0;
    int expected = 0;
    int counted = 0;
    int discrepancy = 0;
    QString reason;
    QString movementId;  // the adjustment booked for a discrepancy; empty when none
    QDateTime at;
    QString countedBy;
};

// The stock_count table; call inside the caller's WriteTransaction.
class StockCountRepository {
public:
    static Status insert(Database& db, const StockCountRecord& count);
};

}  // namespace vax
