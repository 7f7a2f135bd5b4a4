#include <gtest/gtest.h>

#include <QTimeZone>

#include "stock/openvial.h"
#include "stock/reconciliation.h"
#include "stockfixture.h"
#include "storage/audit.h"

using namespace vax;
using namespace vax::test;

namespace {
class StockServiceTest : public StockFixture {};
const QString kBox1 = QStringLiteral("81234567890123456789");
const QString kBox2 = QStringLiteral("81234567890123456790");
const QTimeZone kZone(8 * 3600);
}  // namespace

TEST_F(StockServiceTest, ReceiveBindsBoxCodesAndBooksAReceipt)
{
    LotReceipt r;
    r.productCode = QStringLiteral("Convidecia");
    r.lotNumber = QStringLiteral("A2021007");
    r.expiry = QDate(2021, 12, 31);
    r.vials = 10;
    r.fridgeId = fridge.id;
    r.traceCodes = {kBox1, kBox2};
    auto res = LotService::receive({*db, clock, admin.id}, r);
    ASSERT_TRUE(res.ok()) << qPrintable(res.error().message);
    EXPECT_EQ(res->doses, 30);
    EXPECT_EQ(*LotLedger::onHand(*db, res->lot.id, fridge.id), 30);
    auto codes =
        db->exec(QStringLiteral("SELECT COUNT(*) FROM trace_code WHERE lot_id = ?"), {res->lot.id});
    EXPECT_EQ(codes->scalar().toInt(), 2);

    // A second delivery of the same lot adds stock; a re-used box code is refused whole.
    r.vials = 1;
    r.traceCodes = {kBox1};
    auto again = LotService::receive({*db, clock, admin.id}, r);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::TraceCodeTaken);
    EXPECT_EQ(*LotLedger::onHand(*db, res->lot.id, fridge.id), 30);
    r.traceCodes.clear();
    auto more = LotService::receive({*db, clock, admin.id}, r);
    ASSERT_TRUE(more.ok());
    EXPECT_FALSE(more->newLot);
    EXPECT_EQ(*LotLedger::onHand(*db, res->lot.id, fridge.id), 33);
}

TEST_F(StockServiceTest, ReceiveValidatesTypedFields)
{
    LotReceipt r;
    r.productCode = QStringLiteral("NoSuchVaccine");
    r.lotNumber = QStringLiteral("X1");
    r.expiry = QDate(2022, 1, 1);
    r.vials = 1;
    r.fridgeId = fridge.id;
    EXPECT_EQ(LotService::receive({*db, clock, admin.id}, r).error().field,
              QStringLiteral("product"));
    r.productCode = QStringLiteral("Convidecia");
    r.doses = 4;
    EXPECT_EQ(LotService::receive({*db, clock, admin.id}, r).error().field,
              QStringLiteral("doses"));
    r.doses = 0;
    r.expiry = QDate(2021, 5, 1);
    EXPECT_EQ(LotService::receive({*db, clock, admin.id}, r).error().code, ErrorCode::LotExpired);
    r.expiry = QDate(2022, 1, 1);
    r.traceCodes = {QStringLiteral("12345")};
    EXPECT_EQ(LotService::receive({*db, clock, admin.id}, r).error().code,
              ErrorCode::TraceCodeInvalid);
}

TEST_F(StockServiceTest, NearExpiryListsLotsWithStockInExpiryOrder)
{
    receive(QStringLiteral("SOON"), 5, 20);
    receive(QStringLiteral("LATER"), 5, 300);
    auto list =
        LotService::nearExpiry(*db, clock.nowUtc().toTimeZone(vax::test::testZone()).date(), 30);
    ASSERT_TRUE(list.ok());
    QStringList numbers;
    for (const LotInfo& l : *list)
        numbers << l.lotNumber;
    EXPECT_TRUE(numbers.contains(QStringLiteral("SOON")));
    EXPECT_TRUE(numbers.contains(QStringLiteral("TRAIN-B2020099")));  // demo lot, 10 days
    EXPECT_FALSE(numbers.contains(QStringLiteral("LATER")));
}

TEST(VialDiscardAt, IsTheEarliestOfRuleSessionEndAndExpiry)
{
    const QTime sessionEnd(17, 30);
    const QDateTime morning(QDate(2021, 6, 1), QTime(9, 0), kZone);
    // 6 h rule wins in the morning.
    EXPECT_EQ(vialDiscardAt(morning, 6, sessionEnd, QDate(2021, 12, 31), kZone),
              QDateTime(QDate(2021, 6, 1), QTime(15, 0), kZone));
    // Session end wins in the afternoon.
    const QDateTime afternoon(QDate(2021, 6, 1), QTime(14, 0), kZone);
    EXPECT_EQ(vialDiscardAt(afternoon, 6, sessionEnd, QDate(2021, 12, 31), kZone),
              QDateTime(QDate(2021, 6, 1), QTime(17, 30), kZone));
    // The end of the lot's expiry day wins when it comes first.
    EXPECT_EQ(vialDiscardAt(morning, 28 * 24, sessionEnd, QDate(2021, 5, 31), kZone),
              QDateTime(QDate(2021, 6, 1), QTime(0, 0), kZone));
    // Opened after the session end: the end of that day (here also the lot's last day).
    const QDateTime evening(QDate(2021, 6, 1), QTime(18, 0), kZone);
    EXPECT_EQ(vialDiscardAt(evening, 28 * 24, sessionEnd, QDate(2021, 6, 1), kZone),
              QDateTime(QDate(2021, 6, 2), QTime(0, 0), kZone));
    // No product rule: session end.
    EXPECT_EQ(vialDiscardAt(morning, std::nullopt, sessionEnd, QDate(2021, 12, 31), kZone),
              QDateTime(QDate(2021, 6, 1), QTime(17, 30), kZone));
}

TEST_F(StockServiceTest, OpenVialDrawDosesAndDayCloseWastesTheRest)
{
    const LotInfo lot = receive(QStringLiteral("A-OPEN"), 2, 200, QStringLiteral("Convidecia"));
    auto vial = VialService::open({*db, clock, admin.id}, lot.id, fridge.id);
    ASSERT_TRUE(vial.ok()) << qPrintable(vial.error().message);
    EXPECT_EQ(vial->doses, 3);
    EXPECT_EQ(vial->discardAt,
              vialDiscardAt(clock.nowUtc(), 6, QTime(17, 30), lot.expiry, vax::test::testZone()));
    ASSERT_TRUE(VialService::drawDose({*db, clock, admin.id}, vial->id).ok());
    auto listed = VialService::listOpen(*db);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ(listed->front().dosesLeft(), 2);
    EXPECT_EQ(*LotLedger::onHand(*db, lot.id, fridge.id), 5);

    // After discard time, drawing is refused.
    clock.setNow(vial->discardAt);
    auto late = VialService::drawDose({*db, clock, admin.id}, vial->id);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, ErrorCode::VialExpired);

    auto closed = VialService::closeDay({*db, clock, admin.id});
    ASSERT_TRUE(closed.ok());
    EXPECT_EQ(closed->vialsClosed, 1);
    EXPECT_EQ(closed->dosesWasted, 2);
    EXPECT_EQ(*LotLedger::onHand(*db, lot.id, fridge.id), 3);
    auto wasted = db->exec(QStringLiteral("SELECT SUM(doses) FROM stock_movement WHERE lot_id = ? "
                                          "AND kind = 'wasted' AND reason = 'open_vial_time'"),
                           {lot.id});
    EXPECT_EQ(wasted->scalar().toInt(), -2);
    EXPECT_TRUE(VialService::listOpen(*db)->empty());
}

TEST_F(StockServiceTest, ReconciliationWithoutDiscrepancyBooksNothing)
{
    const LotInfo lot = receive(QStringLiteral("R1"), 20);
    ASSERT_TRUE(LotService::administer({*db, clock, admin.id}, lot.id, fridge.id).ok());
    ASSERT_TRUE(
        LotService::waste({*db, clock, admin.id}, lot.id, fridge.id, 2, WasteReason::Broken, {})
            .ok());
    auto r = StockCountService::record({*db, clock, admin.id}, lot.id, fridge.id, 17, {});
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_EQ(r->figures.opening, 0);
    EXPECT_EQ(r->figures.received, 20);
    EXPECT_EQ(r->figures.administered, 1);
    EXPECT_EQ(r->figures.wasted, 2);
    EXPECT_EQ(r->expected, 17);
    EXPECT_EQ(r->discrepancy, 0);
    EXPECT_TRUE(r->adjustmentId.isEmpty());
}

TEST_F(StockServiceTest, ReconciliationDiscrepancyNeedsAReasonAndBooksAnAdjustment)
{
    const LotInfo lot = receive(QStringLiteral("R2"), 20);
    auto refused = StockCountService::record({*db, clock, admin.id}, lot.id, fridge.id, 18, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::ReasonRequired);
    EXPECT_EQ(*LotLedger::onHand(*db, lot.id, fridge.id), 20);
    auto r = StockCountService::record({*db, clock, admin.id}, lot.id, fridge.id, 18,
                                       QStringLiteral("two vials found broken"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->discrepancy, -2);
    EXPECT_FALSE(r->adjustmentId.isEmpty());
    EXPECT_EQ(*LotLedger::onHand(*db, lot.id, fridge.id), 18);
    auto audit =
        db->exec(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = "
                                "'stock.adjustment'"));
    ASSERT_TRUE(audit.ok());
    EXPECT_EQ(audit->scalar().toInt(), 1);
    EXPECT_TRUE(AuditLog::verify(*db)->ok);
}
