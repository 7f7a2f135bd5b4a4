// The scannable codes of a training database's lots: every GS1 string and trace code listed is
// fed to the real scan parser and to the desk's lot look-up, and must land on its own lot.
#include <gtest/gtest.h>

#include <QSet>

#include "checkin/checkinservice.h"
#include "checkin/consent.h"
#include "checkin/screening.h"
#include "demo/generator.h"
#include "desk/administrationservice.h"
#include "scan/scanrouter.h"
#include "site/site.h"
#include "stock/lotservice.h"
#include "stock/stockledger.h"
#include "support/residentid.h"
#include "support/tempdb.h"
#include "training/trainingcodes.h"

using namespace vax;
using vax::test::residentId;

namespace {
using vax::test::queryNumber;

class TrainingCodesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = temp.openTrainingSite(clock);
        ASSERT_TRUE(db);
    }

    // A checked-in adult: the desk looks a scan up for a visit.
    QString checkIn()
    {
        CheckInService checkin({*db, clock});
        CheckInRequest r;
        auto staff = db->exec(QStringLiteral("SELECT id FROM staff ORDER BY created_at LIMIT 1"));
        EXPECT_TRUE(staff.ok());
        r.staffId = staff ? staff->scalar().toString() : QString();
        r.draft.name = QStringLiteral("练习者");
        r.draft.document.number = residentId(QDate(1980, 5, 17), 123);
        for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
            r.answers.insert(q.id, false);
        r.temperatureC = 36.5;
        r.consent.textVersion = QString::fromLatin1(vax::kConsentTextVersion);
        auto receipt = checkin.checkIn(r);
        EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? "" : qPrintable(receipt.error().message));
        return receipt.ok() ? receipt->visitId : QString();
    }

    test::TempDb temp;
    FakeClock clock{test::testNow()};
    std::unique_ptr<Database> db;
};
}  // namespace

TEST_F(TrainingCodesTest, EveryTrainingLotHasABoxCodeAndTraceCodes)
{
    auto lots = TrainingCodes::list(*db, 4);
    ASSERT_TRUE(lots.ok()) << qPrintable(lots.error().message);
    // The five lots a training site starts with (site.cpp), all in stock.
    ASSERT_EQ(lots->size(), 5U);
    QSet<QString> numbers;
    QSet<QString> codes;
    for (const TrainingLotCodes& l : *lots) {
        numbers.insert(l.lotNumber);
        EXPECT_TRUE(l.lotNumber.startsWith(QLatin1String("TRAIN-"))) << qPrintable(l.lotNumber);
        EXPECT_FALSE(l.productName.zhCN.isEmpty());
        EXPECT_TRUE(isValidGtin14(l.gtin)) << qPrintable(l.gtin);
        EXPECT_EQ(l.gs1Text, QStringLiteral("(01)%1(17)%2(10)%3(21)%4")
                                 .arg(l.gtin, l.expiry.toString(QStringLiteral("yyMMdd")),
                                      l.lotNumber, l.serial));
        EXPECT_TRUE(l.gs1Scan.contains(QChar(kGs1Separator)));
        EXPECT_EQ(l.traceCodes.size(), 4);
        for (const QString& c : l.traceCodes) {
            EXPECT_EQ(c.size(), 20);
            EXPECT_FALSE(codes.contains(c)) << "trace code listed twice: " << qPrintable(c);
            codes.insert(c);
        }
    }
    EXPECT_EQ(numbers.size(), 5);
    // All received boxes are there, the listing only shows some.
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(*) FROM trace_code")),
              5 * TrainingCodes::kDemoBoxesPerLot);
    auto all = TrainingCodes::list(*db, 100);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->front().traceCodes.size(), TrainingCodes::kDemoBoxesPerLot);
}

TEST_F(TrainingCodesTest, EveryListedScanResolvesToItsLotAtTheDesk)
{
    auto lots = TrainingCodes::list(*db, 3);
    ASSERT_TRUE(lots.ok()) << qPrintable(lots.error().message);
    const QString visit = checkIn();
    ASSERT_FALSE(visit.isEmpty());
    AdministrationService administration({*db, clock});
    const QDate today = test::testNow().toTimeZone(test::testZone()).date();
    for (const TrainingLotCodes& l : *lots) {
        // The box code as a keyboard-wedge scanner sends it, with and without the AIM id.
        for (const QString& sent :
             {l.gs1Scan, QStringLiteral("]d2") + l.gs1Scan, l.gs1Scan + QStringLiteral("\r")}) {
            auto parsed = parseScan(sent, today);
            ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().message);
            ASSERT_EQ(parsed->kind, ScanKind::Gs1);
            ASSERT_TRUE(parsed->gs1.has_value());
            EXPECT_EQ(parsed->gs1->gtin, l.gtin);
            EXPECT_EQ(parsed->gs1->lot, l.lotNumber);
            EXPECT_EQ(parsed->gs1->expiry, l.expiry);
            EXPECT_EQ(parsed->gs1->serial, l.serial);
            const Product* byGtin = Catalog::builtIn().findByGtin(parsed->gs1->gtin);
            ASSERT_NE(byGtin, nullptr);
            EXPECT_EQ(byGtin->code, l.productCode);
            // What the injection desk does with it: the lot number goes to the desk's look-up.
            auto ctx = administration.loadContext(DeskScan{visit, parsed->gs1->lot, {}, {}});
            ASSERT_TRUE(ctx.ok()) << qPrintable(ctx.error().message);
            ASSERT_TRUE(ctx->lot.has_value());
            EXPECT_EQ(ctx->lot->id, l.lotId) << qPrintable(l.lotNumber);
        }
        for (const QString& code : l.traceCodes) {
            auto parsed = parseScan(code, today);
            ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().message);
            ASSERT_EQ(parsed->kind, ScanKind::TraceCode) << qPrintable(code);
            auto ctx = administration.loadContext(DeskScan{visit, {}, {}, parsed->traceCode});
            ASSERT_TRUE(ctx.ok()) << qPrintable(ctx.error().message);
            ASSERT_TRUE(ctx->lot.has_value());
            EXPECT_EQ(ctx->lot->id, l.lotId) << qPrintable(code);
            ASSERT_TRUE(ctx->input.traceCode.has_value());
            EXPECT_TRUE(ctx->input.traceCode->known);
            EXPECT_FALSE(ctx->input.traceCode->used);
        }
    }
}

TEST_F(TrainingCodesTest, UsedAndEmptyLotsAreLeftOut)
{
    auto before = TrainingCodes::list(*db, 100);
    ASSERT_TRUE(before.ok());
    const TrainingLotCodes& first = before->front();
    ASSERT_TRUE(db->exec(QStringLiteral("UPDATE trace_code SET used_at = '2021-06-01T01:00:00Z' "
                                        "WHERE code = ?"),
                         {first.traceCodes.front()})
                    .ok());
    // A lot with no dose on hand is not on the sheet.
    const TrainingLotCodes& last = before->back();
    auto fridge = db->exec(QStringLiteral("SELECT fridge_id, received_by FROM lot WHERE id = ?"),
                           {last.lotId});
    ASSERT_TRUE(fridge.ok() && fridge->next());
    auto wasted = LotService::waste({*db, clock, fridge->value(1).toString()}, last.lotId,
                                    fridge->value(0).toString(), last.onHand, WasteReason::Broken,
                                    QStringLiteral("dropped"));
    ASSERT_TRUE(wasted.ok()) << qPrintable(wasted.error().message);
    auto after = TrainingCodes::list(*db, 100);
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), before->size() - 1);
    for (const TrainingLotCodes& l : *after)
        EXPECT_NE(l.lotId, last.lotId);
    EXPECT_FALSE(after->front().traceCodes.contains(first.traceCodes.front()));
    EXPECT_EQ(after->front().traceCodes.size(), first.traceCodes.size() - 1);
}

TEST_F(TrainingCodesTest, DemoSeededLotsAreReceivedWithTraceCodesThatResolve)
{
    demo::SeedOptions options;
    options.people = 40;
    options.days = 3;
    options.seed = 7;
    auto seeded = demo::seedPeople(*db, clock, options);
    ASSERT_TRUE(seeded.ok()) << qPrintable(seeded.error().message);
    ASSERT_GT(seeded->lots, 0);
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(*) FROM trace_code")),
              (5 + seeded->lots) * TrainingCodes::kDemoBoxesPerLot);
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(*) FROM lot l WHERE (SELECT count(*) "
                                              "FROM trace_code t WHERE t.lot_id = l.id) != 6")),
              0);
    auto lots = TrainingCodes::list(*db, 2);
    ASSERT_TRUE(lots.ok()) << qPrintable(lots.error().message);
    for (const TrainingLotCodes& l : *lots) {
        EXPECT_FALSE(l.gs1Scan.isEmpty()) << qPrintable(l.lotNumber);
        for (const QString& c : l.traceCodes) {
            auto owner =
                db->exec(QStringLiteral("SELECT lot_id FROM trace_code WHERE code = ?"), {c});
            ASSERT_TRUE(owner.ok());
            EXPECT_EQ(owner->scalar().toString(), l.lotId);
        }
    }
}

TEST(TrainingCodesProduction, AProductionDatabaseIsRefused)
{
    test::TempDb temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    FakeClock clock(test::testNow());
    test::initProductionSite(*db, clock);
    auto lots = TrainingCodes::list(*db);
    ASSERT_FALSE(lots.ok());
    EXPECT_EQ(lots.error().code, ErrorCode::DemoTrainingOnly);
    EXPECT_TRUE(lots.error().message.contains(QLatin1String("PROD-1")));
}

TEST(TrainingCodesFormat, DemoTraceCodesAreTwentyDigitsAndStable)
{
    const QString a =
        TrainingCodes::demoTraceCode(QStringLiteral("ZF2001"), QStringLiteral("Z1"), 0);
    EXPECT_EQ(a.size(), 20);
    EXPECT_EQ(classifyScan(a), ScanKind::TraceCode);
    EXPECT_EQ(a, TrainingCodes::demoTraceCode(QStringLiteral("ZF2001"), QStringLiteral("Z1"), 0));
    EXPECT_NE(a, TrainingCodes::demoTraceCode(QStringLiteral("ZF2001"), QStringLiteral("Z1"), 1));
}
