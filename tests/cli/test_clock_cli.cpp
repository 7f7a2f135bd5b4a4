// vaxctl and a PC clock that goes backwards: the real vaxctl binary, run twice on one training
// database with VAXPOINT_FAKE_NOW set three days back for the second command, refuses it with
// clock.went_back; `clock status` says why and `clock acknowledge` lets writes pass again.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include "clirun.h"
#include "storage/clockguard.h"
#include "storage/transaction.h"
#include "support/residentid.h"
#include "support/tempdb.h"

using namespace vax;
using vax::test::residentId;

namespace {

const QString kLater = QStringLiteral("2021-06-04T09:00:00+08:00");
const QString kEarlier = QStringLiteral("2021-06-01T09:00:00+08:00");

class ClockCli : public ::testing::Test {
protected:
    // The real vaxctl, its clock at `fakeNow`, with --db and --json.
    test::CliRun vaxctl(const QString& fakeNow, const QStringList& args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VAXPOINT_FAKE_NOW"), fakeNow);
        return test::runVaxctlBinary(
            args + QStringList{QStringLiteral("--db"), tmp.path(), QStringLiteral("--json")}, env);
    }
    test::CliRun checkIn(const QString& fakeNow, int seq)
    {
        return vaxctl(fakeNow, {QStringLiteral("checkin"), QStringLiteral("--temperature"),
                                QStringLiteral("36.5"), QStringLiteral("--consent-version"),
                                QStringLiteral("2021-03-cn-covid19-v1"),
                                QStringLiteral("--document"), residentId(QDate(1980, 3, 15), seq),
                                QStringLiteral("--name"), QStringLiteral("王%1").arg(seq)});
    }
    void SetUp() override
    {
        const test::CliRun init =
            vaxctl(kLater, {QStringLiteral("init"), QStringLiteral("--site-code"),
                            QStringLiteral("T-1"), QStringLiteral("--site-name"),
                            QStringLiteral("T"), QStringLiteral("--district"), QStringLiteral("D"),
                            QStringLiteral("--training")});
        ASSERT_EQ(init.code, 0) << qPrintable(init.out) << qPrintable(init.err);
    }
    qint64 count(const char* sql)
    {
        auto db = tmp.open();
        return test::queryNumber(*db, QString::fromLatin1(sql));
    }

    test::TempDb tmp;
};
}  // namespace

TEST_F(ClockCli, ASecondCommandThreeDaysBackIsRefusedUntilAnAdministratorAcknowledges)
{
    const test::CliRun first = checkIn(kLater, 11);
    ASSERT_EQ(first.code, 0) << qPrintable(first.out) << qPrintable(first.err);
    const qint64 visits = count("SELECT count(*) FROM visit");
    const qint64 audits = count("SELECT count(*) FROM audit");

    const test::CliRun second = checkIn(kEarlier, 13);
    EXPECT_NE(second.code, 0);
    EXPECT_EQ(second.error().value(QStringLiteral("code")).toString(),
              QStringLiteral("clock.went_back"))
        << qPrintable(second.out);
    const QString message = second.error().value(QStringLiteral("message")).toString();
    EXPECT_TRUE(message.contains(QStringLiteral("2021-06-01 09:00:0"))) << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("2021-06-04 09:00:0"))) << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("(UTC+08:00)"))) << qPrintable(message);
    EXPECT_EQ(count("SELECT count(*) FROM visit"), visits);
    EXPECT_EQ(count("SELECT count(*) FROM audit"), audits);

    const test::CliRun status =
        vaxctl(kEarlier, {QStringLiteral("clock"), QStringLiteral("status")});
    ASSERT_EQ(status.code, 0) << qPrintable(status.out);
    EXPECT_TRUE(status.json().value(QStringLiteral("writes_refused")).toBool());
    EXPECT_TRUE(status.json()
                    .value(QStringLiteral("latest_written"))
                    .toString()
                    .startsWith(QStringLiteral("2021-06-04T09:00:0")))
        << qPrintable(status.out);
    EXPECT_GE(status.json().value(QStringLiteral("behind_seconds")).toInteger(),
              3 * 24 * 3600 - 60);
    EXPECT_EQ(status.json().value(QStringLiteral("tolerance_minutes")).toInt(), 5);

    // A reason is required; then the demo site administrator acknowledges.
    const test::CliRun noReason =
        vaxctl(kEarlier, {QStringLiteral("clock"), QStringLiteral("acknowledge"),
                          QStringLiteral("--actor"), QStringLiteral("demo")});
    EXPECT_NE(noReason.code, 0);
    EXPECT_EQ(noReason.error().value(QStringLiteral("field")).toString(), QStringLiteral("reason"));
    const test::CliRun ack = vaxctl(
        kEarlier, {QStringLiteral("clock"), QStringLiteral("acknowledge"),
                   QStringLiteral("--reason"), QStringLiteral("clock was 3 days ahead, set right"),
                   QStringLiteral("--actor"), QStringLiteral("demo")});
    ASSERT_EQ(ack.code, 0) << qPrintable(ack.out) << qPrintable(ack.err);
    EXPECT_TRUE(ack.json().value(QStringLiteral("acknowledged")).toBool());
    EXPECT_EQ(count("SELECT count(*) FROM audit WHERE action = 'clock.acknowledge' AND "
                    "json_extract(detail, '$.reason') = 'clock was 3 days ahead, set right'"),
              1);

    const test::CliRun again = checkIn(kEarlier, 13);
    EXPECT_EQ(again.code, 0) << qPrintable(again.out);
    EXPECT_EQ(count("SELECT count(*) FROM visit"), visits + 1);

    const test::CliRun verify =
        vaxctl(kEarlier, {QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(verify.code, 0) << qPrintable(verify.out);
    EXPECT_EQ(verify.json().value(QStringLiteral("time_backwards_count")).toInt(), 0);
}

TEST_F(ClockCli, CheckDbAndAuditVerifyReportTimesThatRunBackwards)
{
    ASSERT_EQ(checkIn(kLater, 11).code, 0);
    {
        // What software from before the rule could do: write three days back.
        auto db = tmp.open();
        auto tx = WriteTransaction::begin(*db);
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(ClockGuard::resetMark(*db, QDateTime::fromString(kEarlier, Qt::ISODate)).ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    ASSERT_EQ(checkIn(kEarlier, 13).code, 0);
    const test::CliRun verify =
        vaxctl(kEarlier, {QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(verify.code, 0);  // the chain is intact: a warning
    EXPECT_GE(verify.json().value(QStringLiteral("time_backwards_count")).toInt(), 1)
        << qPrintable(verify.out);
    const QJsonObject step =
        verify.json().value(QStringLiteral("time_backwards")).toArray().first().toObject();
    EXPECT_TRUE(step.value(QStringLiteral("at"))
                    .toString()
                    .startsWith(QStringLiteral("2021-06-01T09:00:0")))
        << qPrintable(verify.out);
    EXPECT_TRUE(step.value(QStringLiteral("latest_at"))
                    .toString()
                    .startsWith(QStringLiteral("2021-06-04T09:00:0")));

    const test::CliRun check = vaxctl(kEarlier, {QStringLiteral("check-db")});
    EXPECT_EQ(check.code, 0);
    EXPECT_GE(check.json()
                  .value(QStringLiteral("audit"))
                  .toObject()
                  .value(QStringLiteral("time_backwards_count"))
                  .toInt(),
              1)
        << qPrintable(check.out);
}

TEST_F(ClockCli, HelpListsTheClockCommands)
{
    const test::CliRun help = test::runVaxctl({QStringLiteral("--help")});
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("clock status")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("clock acknowledge")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("clock tolerance")));
}
