// vaxctl observe list|depart|left-early and aefi add|list: in-process, and `observe list` once
// as a real second process on the same database (time left survives a restart).
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTextStream>

#include "cli/cli.h"
#include "clirun.h"
#include "support/envguard.h"
#include "support/tempdb.h"

using namespace vax;
using vax::test::EnvGuard;

namespace {
using vax::test::CliRun;

class ObserveCli : public test::CliSiteTest {
protected:
    // Checks a person in, calls and vaccinates them; returns the administer record.
    QJsonObject vaccinate(const QString& name, const QString& document)
    {
        auto c = run(
            QStringLiteral(
                "checkin --temperature 36.5 --consent-version 2021-03-cn-covid19-v1 --document ") +
                document,
            {QStringLiteral("--name"), name});
        EXPECT_EQ(c.code, 0) << qPrintable(c.out);
        const QString visit = c.json().value(QStringLiteral("visit_id")).toString();
        EXPECT_EQ(run(QStringLiteral("queue call-next --desk 5")).code, 0);
        auto given = run(QStringLiteral("administer --lot TRAIN-B2021001 --site LD --confirm all "
                                        "--desk 5 --visit ") +
                         visit);
        EXPECT_EQ(given.code, 0) << qPrintable(given.out);
        return given.json();
    }
    // The stored end time, to the millisecond (the JSON gives whole seconds).
    QDateTime endsAt(const QJsonObject& dose)
    {
        auto db = tmp.open();
        auto q = db->exec(QStringLiteral("SELECT ends_at FROM observation WHERE id = ?"),
                          {dose.value(QStringLiteral("observation_id")).toString()});
        EXPECT_TRUE(q.ok());
        const QDateTime t =
            QDateTime::fromString(q.ok() ? q->scalar().toString() : QString(), Qt::ISODateWithMs);
        EXPECT_EQ(t.toSecsSinceEpoch(),
                  QDateTime::fromString(
                      dose.value(QStringLiteral("observation_ends_at")).toString(), Qt::ISODate)
                      .toSecsSinceEpoch());
        return t;
    }
    static QByteArray iso(const QDateTime& t) { return t.toString(Qt::ISODateWithMs).toUtf8(); }
};
}  // namespace

TEST_F(ObserveCli, ListShowsTimeLeftAndMaskedNamesOnly)
{
    const QJsonObject dose =
        vaccinate(QStringLiteral("张三丰"), QStringLiteral("11010519491231002X"));
    const QDateTime end = endsAt(dose);
    ASSERT_TRUE(end.isValid());
    EnvGuard at("VAXPOINT_FAKE_NOW", iso(end.addSecs(-20 * 60)).constData());
    auto list = run(QStringLiteral("observe list"));
    ASSERT_EQ(list.code, 0) << qPrintable(list.out);
    ASSERT_EQ(list.lines(), 1);
    const QJsonObject o = list.json();
    EXPECT_EQ(o.value(QStringLiteral("id")).toString(),
              dose.value(QStringLiteral("observation_id")).toString());
    EXPECT_EQ(o.value(QStringLiteral("dose_id")).toString(),
              dose.value(QStringLiteral("id")).toString());
    EXPECT_EQ(o.value(QStringLiteral("name")).toString(), QStringLiteral("张*丰"));
    EXPECT_EQ(o.value(QStringLiteral("queue_number")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("desk")).toString(), QStringLiteral("5"));
    EXPECT_EQ(o.value(QStringLiteral("seconds_left")).toInt(), 20 * 60);
    EXPECT_EQ(o.value(QStringLiteral("state")).toString(), QStringLiteral("observing"));
    EXPECT_EQ(o.value(QStringLiteral("board_state")).toString(), QStringLiteral("observing"));
    // ISO 8601 with an offset.
    const QString endsText = o.value(QStringLiteral("ends_at")).toString();
    EXPECT_TRUE(endsText.endsWith(QLatin1Char('Z')) ||
                endsText.contains(QRegularExpression(QStringLiteral("[+-]\\d\\d:\\d\\d$"))))
        << qPrintable(endsText);
    EXPECT_FALSE(list.out.contains(QStringLiteral("张三丰")));
    EXPECT_FALSE(list.out.contains(QStringLiteral("11010519491231002X")));
}

TEST_F(ObserveCli, ASecondProcessOnTheSameDatabaseShowsTheSameTimeLeft)
{
    const QJsonObject dose =
        vaccinate(QStringLiteral("李四"), QStringLiteral("11010519491231002X"));
    QProcess vaxctl;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VAXPOINT_FAKE_NOW"),
               QString::fromUtf8(iso(endsAt(dose).addSecs(-7 * 60))));
    vaxctl.setProcessEnvironment(env);
    vaxctl.start(QStringLiteral(VAXCTL_PATH),
                 {QStringLiteral("--db"), tmp.path(), QStringLiteral("observe"),
                  QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_TRUE(vaxctl.waitForFinished(30000));
    EXPECT_EQ(vaxctl.exitCode(), 0) << vaxctl.readAllStandardError().constData();
    const QJsonObject o = QJsonDocument::fromJson(vaxctl.readAllStandardOutput()).object();
    EXPECT_EQ(o.value(QStringLiteral("seconds_left")).toInt(), 7 * 60);
    EXPECT_EQ(o.value(QStringLiteral("name")).toString(), QStringLiteral("李*"));
}

TEST_F(ObserveCli, DepartBeforeTimeIsRefusedLeftEarlyNeedsAReason)
{
    const QJsonObject dose =
        vaccinate(QStringLiteral("王五"), QStringLiteral("11010519491231002X"));
    const QString id = dose.value(QStringLiteral("observation_id")).toString();
    {
        EnvGuard at("VAXPOINT_FAKE_NOW", iso(endsAt(dose).addSecs(-5 * 60)).constData());
        auto early = run(QStringLiteral("observe depart ") + id);
        EXPECT_NE(early.code, 0);
        EXPECT_EQ(early.errorCode(), QStringLiteral("observation.too_early"));
        EXPECT_TRUE(early.error()
                        .value(QStringLiteral("message"))
                        .toString()
                        .contains(QStringLiteral("left-early")));
        auto noReason = run(QStringLiteral("observe left-early ") + id);
        EXPECT_EQ(noReason.errorCode(), QStringLiteral("stock.reason_required"));
        EXPECT_EQ(noReason.error().value(QStringLiteral("field")).toString(),
                  QStringLiteral("reason"));
        auto left = run(QStringLiteral("observe left-early ") + id,
                        {QStringLiteral("--reason"), QStringLiteral("had to pick up a child")});
        ASSERT_EQ(left.code, 0) << qPrintable(left.out);
        EXPECT_EQ(left.json().value(QStringLiteral("state")).toString(),
                  QStringLiteral("left_early"));
        EXPECT_EQ(left.json().value(QStringLiteral("note")).toString(),
                  QStringLiteral("had to pick up a child"));
        EXPECT_EQ(run(QStringLiteral("observe list")).lines(), 0);
        auto all = run(QStringLiteral("observe list --all"));
        ASSERT_EQ(all.lines(), 1);
        EXPECT_TRUE(all.json().value(QStringLiteral("seconds_left")).isNull());
    }
    QJsonObject second;
    {
        // After the left-early above, written 25 minutes ahead: the clock only runs forwards
        // (docs/storage.md), so the next person comes at the end of the first one's observation.
        EnvGuard later("VAXPOINT_FAKE_NOW", iso(endsAt(dose)).constData());
        second = vaccinate(QStringLiteral("赵六"), QStringLiteral("110105194912310046"));
    }
    EnvGuard at("VAXPOINT_FAKE_NOW", iso(endsAt(second)).constData());
    auto departed = run(QStringLiteral("observe depart ") +
                        second.value(QStringLiteral("observation_id")).toString());
    ASSERT_EQ(departed.code, 0) << qPrintable(departed.out);
    EXPECT_EQ(departed.json().value(QStringLiteral("state")).toString(),
              QStringLiteral("departed"));
    auto unknown = run(QStringLiteral("observe depart nope"));
    EXPECT_EQ(unknown.errorCode(), QStringLiteral("not_found"));
}

TEST_F(ObserveCli, AefiAddFlagsASeriousEventAndListsIt)
{
    const QJsonObject dose =
        vaccinate(QStringLiteral("孙七"), QStringLiteral("11010519491231002X"));
    const QString doseId = dose.value(QStringLiteral("id")).toString();
    EnvGuard at("VAXPOINT_FAKE_NOW", iso(endsAt(dose).addSecs(-20 * 60)).constData());
    const QString onset = QString::fromUtf8(iso(endsAt(dose).addSecs(-22 * 60)));

    auto bad = run(QStringLiteral("aefi add --severity severe --seriousness non_serious "
                                  "--symptoms anaphylaxis --dose ") +
                   doseId);
    EXPECT_NE(bad.code, 0);
    EXPECT_EQ(bad.errorCode(), QStringLiteral("aefi.invalid"));
    EXPECT_EQ(bad.error().value(QStringLiteral("field")).toString(), QStringLiteral("seriousness"));
    EXPECT_EQ(run(QStringLiteral("aefi list")).lines(), 0);

    auto added = run(QStringLiteral("aefi add --severity severe --seriousness serious "
                                    "--symptoms anaphylaxis,urticaria --actions "
                                    "treated_on_site --outcome recovering --dose ") +
                         doseId,
                     {QStringLiteral("--onset"), onset});
    ASSERT_EQ(added.code, 0) << qPrintable(added.out);
    const QJsonObject a = added.json();
    EXPECT_TRUE(a.value(QStringLiteral("immediate_report")).toBool());
    EXPECT_EQ(a.value(QStringLiteral("symptoms")).toArray().size(), 2);
    EXPECT_EQ(a.value(QStringLiteral("observation_state")).toString(),
              QStringLiteral("adverse_event"));
    EXPECT_EQ(a.value(QStringLiteral("name")).toString(), QStringLiteral("孙*"));
    EXPECT_EQ(QDateTime::fromString(a.value(QStringLiteral("onset_at")).toString(), Qt::ISODate)
                  .toSecsSinceEpoch(),
              QDateTime::fromString(onset, Qt::ISODateWithMs).toSecsSinceEpoch());

    auto list = run(QStringLiteral("observe list"));
    ASSERT_EQ(list.lines(), 1);
    EXPECT_EQ(list.json().value(QStringLiteral("board_state")).toString(),
              QStringLiteral("adverse_event"));
    EXPECT_TRUE(list.json().value(QStringLiteral("serious_adverse_event")).toBool());
    auto day = run(QStringLiteral("aefi list"));
    ASSERT_EQ(day.lines(), 1);
    EXPECT_EQ(day.json().value(QStringLiteral("id")).toString(),
              a.value(QStringLiteral("id")).toString());
    EXPECT_EQ(run(QStringLiteral("aefi list --date 2001-01-01")).lines(), 0);
}
