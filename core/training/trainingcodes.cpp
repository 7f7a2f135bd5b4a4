#include "training/trainingcodes.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include "scan/gs1.h"
#include "site/site.h"
#include "stock/lotservice.h"
#include "stock/tracecoderepository.h"
#include "storage/database.h"

namespace vax {

namespace {
struct TrainingText {
    Q_DECLARE_TR_FUNCTIONS(TrainingCodes)
};

// A serial that tells practice boxes apart from real ones at a glance.
QString practiceSerial(int index)
{
    return QStringLiteral("TR%1").arg(index, 6, 10, QLatin1Char('0'));
}
}  // namespace

QString TrainingCodes::gs1Scan(const QString& gtin, const QDate& expiry, const QString& lot,
                               const QString& serial)
{
    return QStringLiteral("01") + gtin + QStringLiteral("17") +
           expiry.toString(QStringLiteral("yyMMdd")) + QStringLiteral("10") + lot +
           QChar(kGs1Separator) + QStringLiteral("21") + serial;
}

QString TrainingCodes::gs1Text(const QString& gtin, const QDate& expiry, const QString& lot,
                               const QString& serial)
{
    return QStringLiteral("(01)") + gtin + QStringLiteral("(17)") +
           expiry.toString(QStringLiteral("yyMMdd")) + QStringLiteral("(10)") + lot +
           QStringLiteral("(21)") + serial;
}

QString TrainingCodes::demoTraceCode(const QString& productCode, const QString& lotNumber,
                                     int index)
{
    const QByteArray digest = QCryptographicHash::hash(
        (productCode + QLatin1Char('\n') + lotNumber + QLatin1Char('\n') + QString::number(index))
            .toUtf8(),
        QCryptographicHash::Sha256);
    QString code = QStringLiteral("8");
    for (int i = 0; code.size() < 20; ++i)
        code += QChar(u'0' + static_cast<unsigned char>(digest.at(i)) % 10);
    return code;
}

Result<std::vector<TrainingLotCodes>> TrainingCodes::list(Database& db, int traceCodesPerLot)
{
    VAX_TRY_VALUE(auto site, SiteService::load(db));
    if (!site.training)
        return makeError(ErrorCode::DemoTrainingOnly,
                         TrainingText::tr("Training scan sheets are made from training databases "
                                          "only; %1 is the production database of site %2. Open "
                                          "a training database (vaxctl init --training).")
                             .arg(db.path(), site.code),
                         QStringLiteral("db"));
    VAX_TRY_VALUE(auto lots, LotService::list(db));
    std::vector<TrainingLotCodes> out;
    int serial = 0;
    for (const LotInfo& lot : lots) {
        ++serial;
        if (lot.state() == LotStatus::Discarded || lot.onHand <= 0)
            continue;
        TrainingLotCodes c;
        c.lotId = lot.id;
        c.productCode = lot.productCode;
        if (const Product* p = Catalog::builtIn().find(lot.productCode))
            c.productName = p->name;
        else
            c.productName = {lot.productCode, lot.productCode, lot.productCode};
        c.lotNumber = lot.lotNumber;
        c.expiry = lot.expiry;
        c.gtin = lot.gtin;
        if (c.gtin.isEmpty())
            if (const Product* p = Catalog::builtIn().find(lot.productCode))
                c.gtin = p->gtins.value(0);
        c.onHand = lot.onHand;
        c.serial = practiceSerial(serial);
        // A lot number a GS1 code cannot carry (too long, other characters) gets no box code.
        const QString scan = gs1Scan(c.gtin, c.expiry, c.lotNumber, c.serial);
        if (parseGs1(scan)) {
            c.gs1Scan = scan;
            c.gs1Text = gs1Text(c.gtin, c.expiry, c.lotNumber, c.serial);
        }
        VAX_TRY_VALUE(auto codes,
                      TraceCodeRepository::unusedOf(db, lot.id, std::max(0, traceCodesPerLot)));
        c.traceCodes = codes;
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace vax
