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

struct ProcessRun {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.split('\n').first()).object(); }
    QJsonObject error() const { return json().value(QStringLiteral("error")).toObject(); }
};

class ClockCli : public ::testing::Test {
protected:
    // The real vaxctl, its clock at `fakeNow`, with --db and --json.
    ProcessRun vaxctl(const QString& fakeNow, const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VAXPOINT_FAKE_NOW"), fakeNow);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VAXCTL_PATH),
                args + QStringList{QStringLiteral("--db"), tmp.path(), QStringLiteral("--json")});
        ProcessRun r;
        if (!p.waitForFinished(60000))
            return r;
        r.code = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    ProcessRun checkIn(const QString& fakeNow, int seq)
    {
        return vaxctl(fakeNow, {QStringLiteral("checkin"), QStringLiteral("--temperature"),
                                QStringLiteral("36.5"), QStringLiteral("--consent-version"),
                                QStringLiteral("2021-03-cn-covid19-v1"),
                                QStringLiteral("--document"), residentId(QDate(1980, 3, 15), seq),
                                QStringLiteral("--name"), QStringLiteral("王%1").arg(seq)});
    }
    void SetUp() override
    {
        const ProcessRun init =
            vaxctl(kLater, {QStringLiteral("init"), QStringLiteral("--site-code"),
                            QStringLiteral("T-1"), QStringLiteral("--site-name"),
                            QStringLiteral("T"), QStringLiteral("--district"), QStringLiteral("D"),
                            QStringLiteral("--training")});
        ASSERT_EQ(init.code, 0) << init.out.constData() << init.err.constData();
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
    const ProcessRun first = checkIn(kLater, 11);
    ASSERT_EQ(first.code, 0) << first.out.constData() << first.err.constData();
    const qint64 visits = count("SELECT count(*) FROM visit");
    const qint64 audits = count("SELECT count(*) FROM audit");

    const ProcessRun second = checkIn(kEarlier, 13);
    EXPECT_NE(second.code, 0);
    EXPECT_EQ(second.error().value(QStringLiteral("code")).toString(),
              QStringLiteral("clock.went_back"))
        << second.out.constData();
    const QString message = second.error().value(QStringLiteral("message")).toString();
    EXPECT_TRUE(message.contains(QStringLiteral("2021-06-01 09:00:0"))) << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("2021-06-04 09:00:0"))) << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("(UTC+08:00)"))) << qPrintable(message);
    EXPECT_EQ(count("SELECT count(*) FROM visit"), visits);
    EXPECT_EQ(count("SELECT count(*) FROM audit"), audits);

    const ProcessRun status = vaxctl(kEarlier, {QStringLiteral("clock"), QStringLiteral("status")});
    ASSERT_EQ(status.code, 0) << status.out.constData();
    EXPECT_TRUE(status.json().value(QStringLiteral("writes_refused")).toBool());
    EXPECT_TRUE(status.json()
                    .value(QStringLiteral("latest_written"))
                    .toString()
                    .startsWith(QStringLiteral("2021-06-04T09:00:0")))
        << status.out.constData();
    EXPECT_GE(status.json().value(QStringLiteral("behind_seconds")).toInteger(),
              3 * 24 * 3600 - 60);
    EXPECT_EQ(status.json().value(QStringLiteral("tolerance_minutes")).toInt(), 5);

    // A reason is required; then the demo site administrator acknowledges.
    const ProcessRun noReason =
        vaxctl(kEarlier, {QStringLiteral("clock"), QStringLiteral("acknowledge"),
                          QStringLiteral("--actor"), QStringLiteral("demo")});
    EXPECT_NE(noReason.code, 0);
    EXPECT_EQ(noReason.error().value(QStringLiteral("field")).toString(), QStringLiteral("reason"));
    const ProcessRun ack = vaxctl(
        kEarlier, {QStringLiteral("clock"), QStringLiteral("acknowledge"),
                   QStringLiteral("--reason"), QStringLiteral("clock was 3 days ahead, set right"),
                   QStringLiteral("--actor"), QStringLiteral("demo")});
    ASSERT_EQ(ack.code, 0) << ack.out.constData() << ack.err.constData();
    EXPECT_TRUE(ack.json().value(QStringLiteral("acknowledged")).toBool());
    EXPECT_EQ(count("SELECT count(*) FROM audit WHERE action = 'clock.acknowledge' AND "
                    "json_extract(detail, '$.reason') = 'clock was 3 days ahead, set right'"),
              1);

    const ProcessRun again = checkIn(kEarlier, 13);
    EXPECT_EQ(again.code, 0) << again.out.constData();
    EXPECT_EQ(count("SELECT count(*) FROM visit"), visits + 1);

    const ProcessRun verify = vaxctl(kEarlier, {QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(verify.code, 0) << verify.out.constData();
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
    const ProcessRun verify = vaxctl(kEarlier, {QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(verify.code, 0);  // the chain is intact: a warning
    EXPECT_GE(verify.json().value(QStringLiteral("time_backwards_count")).toInt(), 1)
        << verify.out.constData();
    const QJsonObject step =
        verify.json().value(QStringLiteral("time_backwards")).toArray().first().toObject();
    EXPECT_TRUE(step.value(QStringLiteral("at"))
                    .toString()
                    .startsWith(QStringLiteral("2021-06-01T09:00:0")))
        << verify.out.constData();
    EXPECT_TRUE(step.value(QStringLiteral("latest_at"))
                    .toString()
                    .startsWith(QStringLiteral("2021-06-04T09:00:0")));

    const ProcessRun check = vaxctl(kEarlier, {QStringLiteral("check-db")});
    EXPECT_EQ(check.code, 0);
    EXPECT_GE(check.json()
                  .value(QStringLiteral("audit"))
                  .toObject()
                  .value(QStringLiteral("time_backwards_count"))
                  .toInt(),
              1)
        << check.out.constData();
}

TEST_F(ClockCli, HelpListsTheClockCommands)
{
    const test::CliRun help = test::runVaxctl({QStringLiteral("--help")});
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("clock status")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("clock acknowledge")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("clock tolerance")));
}
