#include <gtest/gtest.h>

#include <random>

#include "stock/stockledger.h"
#include "stockfixture.h"
#include "storage/transaction.h"

using namespace vax;
using namespace vax::test;

namespace {
class LotLedgerTest : public StockFixture {};

int ledgerSum(Database& db, const QString& lot, const QString& fridge)
{
    auto q = db.exec(QStringLiteral("SELECT COALESCE(SUM(doses), 0) FROM stock_movement WHERE "
                                    "lot_id = ? AND fridge_id = ?"),
                     {lot, fridge});
    return q.ok() ? q->scalar().toInt() : -999999;
}
}  // namespace

TEST_F(LotLedgerTest, RefusesAMovementThatWouldMakeStockNegative)
{
    const LotInfo lot = receive(QStringLiteral("L1"), 10);  // 10 single-dose vials
    auto onHand = LotLedger::onHand(*db, lot.id, fridge.id);
    ASSERT_TRUE(onHand.ok());
    auto tx = WriteTransaction::begin(*db);
    ASSERT_TRUE(tx.ok());
    auto bad = LotLedger::book(*db, {lot.id, fridge.id, MovementKind::Wasted, -(*onHand + 1), {}},
                               clock.nowUtc(), admin.id);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::StockNegative);
    EXPECT_EQ(bad.error().codeName(), QStringLiteral("stock.negative"));
    EXPECT_TRUE(LotLedger::book(*db, {lot.id, fridge.id, MovementKind::Wasted, -*onHand, {}},
                                clock.nowUtc(), admin.id)
                    .ok());
    EXPECT_EQ(*LotLedger::onHand(*db, lot.id, fridge.id), 0);
}

// Property: whatever sequence of movements is attempted, stock on hand per lot and fridge is
// never negative and always equals the sum of the ledger.
TEST_F(LotLedgerTest, RandomMovementSequencesKeepTheInvariants)
{
    auto second = FridgeRepository::add(*db, clock, QStringLiteral("Second"), {}, admin.id);
    ASSERT_TRUE(second.ok());
    const QString fridges[] = {fridge.id, second->id};
    const LotInfo lots[] = {receive(QStringLiteral("P1"), 20), receive(QStringLiteral("P2"), 10)};
    std::map<std::pair<QString, QString>, int> model;
    for (const LotInfo& l : lots)
        model[{l.id, fridge.id}] = *LotLedger::onHand(*db, l.id, fridge.id);

    std::mt19937 rng(20240601);
    int refused = 0;
    for (int step = 0; step < 400; ++step) {
        const LotInfo& lot = lots[rng() % 2];
        const QString& f = fridges[rng() % 2];
        const QString& other = fridges[(rng() % 2)];
        const int doses = static_cast<int>(rng() % 12) + 1;
        clock.advance(1000);
        auto tx = WriteTransaction::begin(*db);
        ASSERT_TRUE(tx.ok());
        Status s;
        int delta = 0;
        switch (rng() % 5) {
            case 0: {
                auto r = LotLedger::book(*db, {lot.id, f, MovementKind::Receipt, doses, {}},
                                         clock.nowUtc(), admin.id);
                s = r.ok() ? Status{} : Status{r.error()};
                delta = doses;
                break;
            }
            case 1:
            case 2: {
                auto r = LotLedger::book(*db, {lot.id, f, MovementKind::Administered, -doses, {}},
                                         clock.nowUtc(), admin.id);
                s = r.ok() ? Status{} : Status{r.error()};
                delta = -doses;
                break;
            }
            case 3: {
                auto r = LotLedger::book(
                    *db, {lot.id, f, MovementKind::Adjustment, (rng() % 2) ? doses : -doses, {}},
                    clock.nowUtc(), admin.id);
                s = r.ok() ? Status{} : Status{r.error()};
                break;
            }
            default:
                s = LotLedger::transfer(*db, lot.id, f, other, doses, clock.nowUtc(), admin.id);
                break;
        }
        if (s.ok()) {
            ASSERT_TRUE(tx->commit().ok());
        } else {
            ++refused;
            tx->rollback();
        }
        (void)delta;
        for (const LotInfo& l : lots) {
            for (const QString& fr : fridges) {
                auto onHand = LotLedger::onHand(*db, l.id, fr);
                ASSERT_TRUE(onHand.ok());
                ASSERT_GE(*onHand, 0) << "step " << step;
                ASSERT_EQ(*onHand, ledgerSum(*db, l.id, fr)) << "step " << step;
            }
        }
    }
    EXPECT_GT(refused, 0);  // the sequence did try to overdraw
    auto balances = LotLedger::balances(*db, true);
    ASSERT_TRUE(balances.ok());
    for (const StockBalance& b : *balances)
        EXPECT_GE(b.doses, 0);
}
