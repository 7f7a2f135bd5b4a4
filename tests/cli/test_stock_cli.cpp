#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "cli/cli.h"
#include "clirun.h"
#include "support/tempdb.h"

using namespace vax;

namespace {
using vax::test::CliRun;

class StockCli : public ::testing::Test {
protected:
    CliRun run(QStringList args)
    {
        args << QStringLiteral("--db") << tmp.path() << QStringLiteral("--json");
        return test::runVaxctl(args);
    }
    void SetUp() override
    {
        ASSERT_EQ(
            run({QStringLiteral("init"), QStringLiteral("--site-code"), QStringLiteral("T-1"),
                 QStringLiteral("--site-name"), QStringLiteral("T"), QStringLiteral("--district"),
                 QStringLiteral("D"), QStringLiteral("--training")})
                .code,
            0);
    }
    test::TempDb tmp;
};
}  // namespace

TEST_F(StockCli, ReceiveQuarantineAndRelease)
{
    ASSERT_EQ(run(QStringLiteral("fridge add --name F2").split(QLatin1Char(' '))).code, 0);
    auto received =
        run(QStringLiteral("lot receive --product Convidecia --lot A77 --expiry 2099-01-01 "
                           "--vials 4 --fridge F2 --box 81234567890123456789")
                .split(QLatin1Char(' ')));
    ASSERT_EQ(received.code, 0) << qPrintable(received.out);
    EXPECT_EQ(received.json().value(QStringLiteral("received_doses")).toInt(), 12);
    EXPECT_EQ(received.json().value(QStringLiteral("expiry")).toString(),
              QStringLiteral("2099-01-01"));

    auto reading =
        run(QStringLiteral("temps add --fridge F2 --celsius 8.1").split(QLatin1Char(' ')));
    ASSERT_EQ(reading.code, 0) << qPrintable(reading.out);
    const QString excursion = reading.json()
                                  .value(QStringLiteral("excursions"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
    ASSERT_FALSE(excursion.isEmpty());

    auto refused = run(QStringLiteral("vial open --lot A77").split(QLatin1Char(' ')));
    EXPECT_NE(refused.code, 0);
    EXPECT_EQ(refused.json()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("stock.quarantined"));

    // The fridge's newest reading is still out of range: no evidence for a plain release.
    auto noEvidence = run({QStringLiteral("excursion"), QStringLiteral("release"), excursion,
                           QStringLiteral("--reason"), QStringLiteral("stability data")});
    EXPECT_NE(noEvidence.code, 0);
    EXPECT_EQ(noEvidence.errorCode(), QStringLiteral("quarantine.no_evidence"))
        << qPrintable(noEvidence.out);
    auto released = run({QStringLiteral("excursion"), QStringLiteral("release"), excursion,
                         QStringLiteral("--reason"), QStringLiteral("stability data"),
                         QStringLiteral("--override")});
    ASSERT_EQ(released.code, 0) << qPrintable(released.out);
    EXPECT_EQ(released.json().value(QStringLiteral("evidence")).toString(),
              QStringLiteral("override"));
    auto vial = run(QStringLiteral("vial open --lot A77").split(QLatin1Char(' ')));
    ASSERT_EQ(vial.code, 0) << qPrintable(vial.out);
    EXPECT_EQ(vial.json().value(QStringLiteral("doses_left")).toInt(), 3);
}

TEST_F(StockCli, CountWithDiscrepancyNeedsReasonAndBrokenImportIsReported)
{
    auto noReason = run(
        QStringLiteral("stock count --lot TRAIN-B2021001 --counted 399").split(QLatin1Char(' ')));
    EXPECT_NE(noReason.code, 0);
    EXPECT_EQ(noReason.json()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("field"))
                  .toString(),
              QStringLiteral("reason"));
    auto counted =
        run({QStringLiteral("stock"), QStringLiteral("count"), QStringLiteral("--lot"),
             QStringLiteral("TRAIN-B2021001"), QStringLiteral("--counted"), QStringLiteral("399"),
             QStringLiteral("--reason"), QStringLiteral("vial dropped")});
    ASSERT_EQ(counted.code, 0) << qPrintable(counted.out);
    EXPECT_EQ(counted.json().value(QStringLiteral("discrepancy")).toInt(), -1);

    auto broken = run({QStringLiteral("temps"), QStringLiteral("import"),
                       QStringLiteral(VAX_SOURCE_DIR "/tests/data/coldchain/logtag_broken.csv"),
                       QStringLiteral("--fridge"), QStringLiteral("Fridge 1 (training)")});
    EXPECT_NE(broken.code, 0);
    EXPECT_EQ(broken.json()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("import.line"));
}

TEST_F(StockCli, ReceiveFromAGs1Scan)
{
    // ]d2 (01) GTIN (10) lot <GS> (17) expiry, as a keyboard-wedge scanner sends it.
    const QString kScan =
        QStringLiteral("]d2010690123450001110BSCAN") + QChar(0x1D) + QStringLiteral("17300630");
    auto r = run({QStringLiteral("lot"), QStringLiteral("receive"), QStringLiteral("--scan"), kScan,
                  QStringLiteral("--vials"), QStringLiteral("10"), QStringLiteral("--fridge"),
                  QStringLiteral("Fridge 1 (training)")});
    ASSERT_EQ(r.code, 0) << qPrintable(r.out);
    EXPECT_EQ(r.json().value(QStringLiteral("product")).toString(), QStringLiteral("BBIBP-CorV"));
    EXPECT_EQ(r.json().value(QStringLiteral("lot")).toString(), QStringLiteral("BSCAN"));
    EXPECT_EQ(r.json().value(QStringLiteral("expiry")).toString(), QStringLiteral("2030-06-30"));
    auto mismatch = run({QStringLiteral("lot"), QStringLiteral("receive"), QStringLiteral("--scan"),
                         kScan, QStringLiteral("--lot"), QStringLiteral("OTHER"),
                         QStringLiteral("--vials"), QStringLiteral("1"), QStringLiteral("--fridge"),
                         QStringLiteral("Fridge 1 (training)")});
    EXPECT_NE(mismatch.code, 0);
}

TEST_F(StockCli, TransferMovesDosesBetweenFridgesAndRefusesMoreThanOnHand)
{
    ASSERT_EQ(run(QStringLiteral("fridge add --name F2").split(QLatin1Char(' '))).code, 0);
    const QStringList transfer{QStringLiteral("stock"),  QStringLiteral("transfer"),
                               QStringLiteral("--lot"),  QStringLiteral("TRAIN-B2020099"),
                               QStringLiteral("--from"), QStringLiteral("Fridge 1 (training)"),
                               QStringLiteral("--to"),   QStringLiteral("F2"),
                               QStringLiteral("--doses")};
    auto moved = run(transfer + QStringList{QStringLiteral("30")});
    ASSERT_EQ(moved.code, 0) << qPrintable(moved.out);
    EXPECT_EQ(moved.json().value(QStringLiteral("doses")).toInt(), 30);

    // 10 doses are left in the training fridge: 11 cannot leave it, and nothing is booked.
    auto tooMany = run(transfer + QStringList{QStringLiteral("11")});
    EXPECT_NE(tooMany.code, 0);
    EXPECT_EQ(tooMany.json()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("stock.negative"));
    auto waste =
        run({QStringLiteral("waste"), QStringLiteral("--lot"), QStringLiteral("TRAIN-B2020099"),
             QStringLiteral("--fridge"), QStringLiteral("F2"), QStringLiteral("--doses"),
             QStringLiteral("30"), QStringLiteral("--reason"), QStringLiteral("broken")});
    EXPECT_EQ(waste.code, 0) << qPrintable(waste.out);

    auto sameFridge = run({QStringLiteral("stock"), QStringLiteral("transfer"),
                           QStringLiteral("--lot"), QStringLiteral("TRAIN-B2020099"),
                           QStringLiteral("--from"), QStringLiteral("F2"), QStringLiteral("--to"),
                           QStringLiteral("F2"), QStringLiteral("--doses"), QStringLiteral("1")});
    EXPECT_NE(sameFridge.code, 0);
    EXPECT_EQ(sameFridge.json()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("field"))
                  .toString(),
              QStringLiteral("to"));
}

TEST_F(StockCli, VialDrawCountsDownTheDosesLeft)
{
    auto vial = run(QStringLiteral("vial open --lot TRAIN-A2021001").split(QLatin1Char(' ')));
    ASSERT_EQ(vial.code, 0) << qPrintable(vial.out);
    const QString id = vial.json().value(QStringLiteral("id")).toString();
    const int doses = vial.json().value(QStringLiteral("doses_left")).toInt();
    ASSERT_GT(doses, 1);
    auto drawn = run({QStringLiteral("vial"), QStringLiteral("draw"), id});
    ASSERT_EQ(drawn.code, 0) << qPrintable(drawn.out);
    EXPECT_EQ(drawn.json().value(QStringLiteral("doses_left")).toInt(), doses - 1);
    auto unknown = run({QStringLiteral("vial"), QStringLiteral("draw"), QStringLiteral("nope")});
    EXPECT_NE(unknown.code, 0);
    EXPECT_EQ(unknown.json()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("field"))
                  .toString(),
              QStringLiteral("vial"));
}

TEST_F(StockCli, SessionEndSettingIsValidatedAndStored)
{
    auto initial = run(QStringLiteral("setting get stock.session_end").split(QLatin1Char(' ')));
    ASSERT_EQ(initial.code, 0) << qPrintable(initial.out);
    EXPECT_EQ(initial.json().value(QStringLiteral("value")).toString(), QStringLiteral("17:30"));

    for (const char* bad : {"25:00", "5pm", "17:3", ""}) {
        auto refused = run({QStringLiteral("setting"), QStringLiteral("set"),
                            QStringLiteral("stock.session_end"), QString::fromLatin1(bad)});
        EXPECT_NE(refused.code, 0) << bad;
        EXPECT_EQ(refused.json()
                      .value(QStringLiteral("error"))
                      .toObject()
                      .value(QStringLiteral("field"))
                      .toString(),
                  QStringLiteral("stock.session_end"))
            << bad;
    }
    auto unknownKey = run(QStringLiteral("setting set idle.minutes 5").split(QLatin1Char(' ')));
    EXPECT_NE(unknownKey.code, 0);

    auto set = run(QStringLiteral("setting set stock.session_end 16:00").split(QLatin1Char(' ')));
    ASSERT_EQ(set.code, 0) << qPrintable(set.out);
    auto after = run(QStringLiteral("setting get stock.session_end").split(QLatin1Char(' ')));
    EXPECT_EQ(after.json().value(QStringLiteral("value")).toString(), QStringLiteral("16:00"));
}
