#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

#include "catalog/catalog.h"
#include "common/result.h"

namespace vax {

class Database;

// What a nurse can scan to practise with one training lot: the lot's GS1 box code and some of
// its boxes' 药品追溯码 (trace codes received with the lot). Every string here is what a scanner
// sends, so it goes through the same scan parser and lot look-up as a real box.
struct TrainingLotCodes {
    QString lotId;
    QString productCode;
    LocalizedText productName;
    QString lotNumber;
    QDate expiry;
    QString gtin;
    QString serial;          // (21) of the printed box code
    QString gs1Text;         // human-readable: (01)…(17)…(10)…(21)…
    QString gs1Scan;         // what a scanner sends: 01…17…10<lot><GS>21…, no AIM id
    QStringList traceCodes;  // 20 digits each, received against this lot, not yet used
    int onHand = 0;
};

class TrainingCodes {
public:
    // The lots in stock (not discarded, doses on hand) of a training database with their codes,
    // at most `traceCodesPerLot` unused trace codes each. A production database is refused
    // (DemoTrainingOnly): printed codes of real lots would let anyone "scan" a box that is not
    // there.
    static Result<std::vector<TrainingLotCodes>> list(Database& db, int traceCodesPerLot = 4);

    // The GS1 element string of a box: (01) GTIN, (17) expiry, (10) lot, GS, (21) serial.
    static QString gs1Scan(const QString& gtin, const QDate& expiry, const QString& lot,
                           const QString& serial);
    // The same with the AIs in brackets, as printed under a code.
    static QString gs1Text(const QString& gtin, const QDate& expiry, const QString& lot,
                           const QString& serial);

    // A 20-digit trace code for box `index` of a demo lot: derived from the product and lot
    // number (no random draw, so seeded demo data stays reproducible), starting with 8.
    static QString demoTraceCode(const QString& productCode, const QString& lotNumber, int index);
    // How many boxes the demo and training lots are received with.
    static constexpr int kDemoBoxesPerLot = 6;
};

}  // namespace vax
