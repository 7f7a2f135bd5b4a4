#include <gtest/gtest.h>

#include <cmath>

#include "coldchain/coldchainservice.h"
#include "coldchain/lotquarantine.h"
#include "security/userservice.h"
#include "stockfixture.h"

using namespace vax;
using namespace vax::test;

namespace {
class QuarantineTest : public StockFixture {};
}  // namespace

TEST_F(QuarantineTest, ReadingInRangeQuarantinesNothing)
{
    const LotInfo lot = receive(QStringLiteral("Q0"), 10);
    clock.advance(60000);
    auto out = ColdChainService::addManualReading({*db, clock, admin.id}, fridge.id, 8.0, {});
    ASSERT_TRUE(out.ok()) << qPrintable(out.error().message);
    EXPECT_TRUE(out->excursions.empty());
    EXPECT_EQ(LotService::find(*db, lot.id)->status, QStringLiteral("available"));
}

TEST_F(QuarantineTest, ExcursionQuarantinesLotsOfThatFridgeUntilReleased)
{
    const LotInfo lot = receive(QStringLiteral("Q1"), 10);
    clock.advance(60000);
    auto out = ColdChainService::addManualReading({*db, clock, admin.id}, fridge.id, 8.1, {});
    ASSERT_TRUE(out.ok()) << qPrintable(out.error().message);
    ASSERT_EQ(out->excursions.size(), 1u);
    EXPECT_EQ(out->excursions[0].lotsQuarantined, 1);  // not the demo lots of the other fridge
    EXPECT_EQ(LotService::find(*db, lot.id)->status, QStringLiteral("quarantined"));
    auto administer = LotService::administer({*db, clock, admin.id}, lot.id, fridge.id);
    ASSERT_FALSE(administer.ok());
    EXPECT_EQ(administer.error().code, ErrorCode::LotQuarantined);

    auto open = LotQuarantine::list(*db, true);
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 1u);
    const QString excursion = open->front().id;

    // A real vaccinator account: the service reads the roles from the database.
    auto clerk = UserService::add({*db, clock, admin.id},
                                  {QStringLiteral("clerk"), QStringLiteral("Clerk"),
                                   QStringLiteral("clerk-password"), Roles(Role::Vaccinator)});
    ASSERT_TRUE(clerk.ok()) << qPrintable(clerk.error().message);
    EXPECT_EQ(LotQuarantine::release(*db, clock, excursion, {}, QStringLiteral("ok"), *clerk)
                  .error()
                  .code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(LotQuarantine::release(*db, clock, excursion, {}, {}, admin).error().code,
              ErrorCode::ReasonRequired);
    // The newest reading is still 8.1 °C: no evidence the fridge is back in range.
    auto noEvidence = LotQuarantine::release(*db, clock, excursion, {},
                                             QStringLiteral("stability data allows 8.1 °C"), admin);
    ASSERT_FALSE(noEvidence.ok());
    EXPECT_EQ(noEvidence.error().code, ErrorCode::QuarantineNoEvidence);
    EXPECT_TRUE(noEvidence.error().message.contains(QStringLiteral("8.1")))
        << qPrintable(noEvidence.error().message);
    EXPECT_EQ(LotService::find(*db, lot.id)->status, QStringLiteral("quarantined"));
    // An explicit override, recorded as such.
    auto released = LotQuarantine::release(*db, clock, excursion, {},
                                           QStringLiteral("stability data allows 8.1 °C"), admin,
                                           ReleaseEvidence::Override);
    ASSERT_TRUE(released.ok()) << qPrintable(released.error().message);
    EXPECT_EQ(*released, 1);
    auto evidence = db->exec(QStringLiteral("SELECT evidence FROM lot_quarantine"));
    ASSERT_TRUE(evidence.ok());
    EXPECT_EQ(evidence->scalar().toString(), QStringLiteral("override"));
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                              "'lot.quarantine.released' AND detail LIKE "
                                              "'%\"evidence\":\"override\"%'")),
              1);
    EXPECT_EQ(LotService::find(*db, lot.id)->status, QStringLiteral("available"));
    EXPECT_TRUE(LotService::administer({*db, clock, admin.id}, lot.id, fridge.id).ok());
    EXPECT_EQ(LotQuarantine::release(*db, clock, excursion, {}, QStringLiteral("again"), admin)
                  .error()
                  .code,
              ErrorCode::AlreadyDecided);
    EXPECT_TRUE(LotQuarantine::list(*db, true)->empty());
}

TEST_F(QuarantineTest, ReleaseNeedsTheNewestReadingBackInRangeAfterTheExcursion)
{
    const LotInfo lot = receive(QStringLiteral("Q3"), 10);
    clock.advance(60000);
    auto out = ColdChainService::addManualReading({*db, clock, admin.id}, fridge.id, 9.5, {});
    ASSERT_TRUE(out.ok()) << qPrintable(out.error().message);
    ASSERT_EQ(out->excursions.size(), 1u);
    const QString excursion = out->excursions[0].id;
    auto gap = LotQuarantine::missingEvidence(*db, clock, excursion);
    ASSERT_TRUE(gap.ok());
    EXPECT_TRUE(gap->contains(QStringLiteral("9.5"))) << qPrintable(*gap);
    EXPECT_EQ(LotQuarantine::release(*db, clock, excursion, {}, QStringLiteral("cooled"), admin)
                  .error()
                  .code,
              ErrorCode::QuarantineNoEvidence);
    // Back in range: the release rests on that reading.
    clock.advance(60 * 60 * 1000);
    ASSERT_TRUE(
        ColdChainService::addManualReading({*db, clock, admin.id}, fridge.id, 5.0, {}).ok());
    gap = LotQuarantine::missingEvidence(*db, clock, excursion);
    ASSERT_TRUE(gap.ok());
    EXPECT_TRUE(gap->isEmpty()) << qPrintable(*gap);
    auto released =
        LotQuarantine::release(*db, clock, excursion, {}, QStringLiteral("cooled"), admin);
    ASSERT_TRUE(released.ok()) << qPrintable(released.error().message);
    EXPECT_EQ(LotService::find(*db, lot.id)->status, QStringLiteral("available"));
    auto list = LotQuarantine::list(*db, false);
    ASSERT_TRUE(list.ok());
    bool seen = false;
    for (const ExcursionRecord& e : *list)
        if (e.id == excursion) {
            ASSERT_EQ(e.lots.size(), 1u);
            EXPECT_EQ(e.lots.front().evidence, QStringLiteral("reading"));
            seen = true;
        }
    EXPECT_TRUE(seen);
}

TEST_F(QuarantineTest, DiscardBooksTheStockAsColdChainWaste)
{
    const LotInfo lot = receive(QStringLiteral("Q2"), 10);
    clock.advance(60000);
    auto out = ColdChainService::addManualReading({*db, clock, admin.id}, fridge.id, -1.0, {});
    ASSERT_TRUE(out.ok());
    ASSERT_EQ(out->excursions.size(), 1u);
    auto discarded = LotQuarantine::discard(*db, clock, out->excursions[0].id, lot.id,
                                            QStringLiteral("frozen"), admin);
    ASSERT_TRUE(discarded.ok()) << qPrintable(discarded.error().message);
    EXPECT_EQ(*LotLedger::onHand(*db, lot.id, fridge.id), 0);
    EXPECT_EQ(LotService::find(*db, lot.id)->status, QStringLiteral("discarded"));
    auto wasted = db->exec(QStringLiteral("SELECT SUM(doses) FROM stock_movement WHERE lot_id = ? "
                                          "AND kind = 'wasted' AND reason = 'cold_chain'"),
                           {lot.id});
    EXPECT_EQ(wasted->scalar().toInt(), -10);
    auto audit =
        db->exec(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = "
                                "'lot.quarantine.discarded'"));
    EXPECT_EQ(audit->scalar().toInt(), 1);
}

TEST_F(QuarantineTest, LoggerImportIsIdempotentAndDetectsHeatAlarm)
{
    const LotInfo lot = receive(QStringLiteral("Q3"), 10);
    LoggerReport report;
    report.format = QStringLiteral("plain-csv");
    const QDateTime start = clock.nowUtc().addSecs(3600);
    for (int m = 0; m <= 700; m += 10)
        report.readings.push_back({start.addSecs(60 * m), m < 650 ? 9.0 : 5.0});
    clock.setNow(start.addSecs(800 * 60));
    auto first = ColdChainService::importReport({*db, clock, admin.id}, fridge.id, report);
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().message);
    EXPECT_EQ(first->readingsStored, 71);
    ASSERT_EQ(first->excursions.size(), 1u);
    EXPECT_EQ(first->excursions[0].excursion.kind, ExcursionKind::Heat);
    EXPECT_EQ(LotService::find(*db, lot.id)->status, QStringLiteral("quarantined"));
    auto again = ColdChainService::importReport({*db, clock, admin.id}, fridge.id, report);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->readingsStored, 0);
    EXPECT_EQ(again->readingsSkipped, 71);
    EXPECT_TRUE(again->excursions.empty());
}

TEST_F(QuarantineTest, LoggerReadingsAfterTheSiteClockAreRefusedWithTheirLine)
{
    // Issue 18: a logger dated 2099 was stored. Five minutes of drift are allowed, as for a
    // manual reading; beyond that the import is refused and nothing is stored.
    LoggerReport report;
    report.format = QStringLiteral("plain-csv");
    const QDateTime now = clock.nowUtc();
    report.readings.push_back({now.addSecs(-600), 5.0, 2});
    report.readings.push_back({now.addSecs(290), 5.0, 3});
    auto drift = ColdChainService::importReport({*db, clock, admin.id}, fridge.id, report);
    ASSERT_TRUE(drift.ok()) << qPrintable(drift.error().message);
    EXPECT_EQ(drift->readingsStored, 2);

    report.readings.push_back({now.addSecs(600), 5.0, 4});
    auto ahead = ColdChainService::importReport({*db, clock, admin.id}, fridge.id, report);
    ASSERT_FALSE(ahead.ok());
    EXPECT_EQ(ahead.error().code, ErrorCode::ImportLine);
    EXPECT_EQ(ahead.error().field, QStringLiteral("line:4"));
    EXPECT_TRUE(ahead.error().message.contains(QStringLiteral("Line 4")));

    LoggerReport nan;
    nan.format = QStringLiteral("plain-csv");
    nan.readings.push_back({now.addSecs(-60), std::nan(""), 7});
    auto refused = ColdChainService::importReport({*db, clock, admin.id}, fridge.id, nan);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("line:7"));
    auto manual =
        ColdChainService::addManualReading({*db, clock, admin.id}, fridge.id, std::nan(""), {});
    ASSERT_FALSE(manual.ok());
    EXPECT_EQ(manual.error().field, QStringLiteral("celsius"));
    EXPECT_TRUE(manual.error().message.contains(QStringLiteral("not a number")));
    auto stored = db->exec(QStringLiteral("SELECT COUNT(*) FROM temperature_reading"));
    EXPECT_EQ(stored->scalar().toInt(), 2);
}
