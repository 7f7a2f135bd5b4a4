// vaxctl administer, checklist, dose list|correct and queue call-next, in-process.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTextStream>

#include "cli/cli.h"
#include "clirun.h"
#include "site/site.h"
#include "support/envguard.h"
#include "support/tempdb.h"
#include "support/unreachablesite.h"

using namespace vax;

namespace {
using vax::test::CliRun;
using vax::test::EnvGuard;

class DeskCli : public test::CliSiteTest {
protected:
    QString checkIn(const QString& document, const QStringList& extra = {})
    {
        auto r = run(QStringLiteral("checkin --name 张三 --temperature 36.5 "
                                    "--consent-version 2021-03-cn-covid19-v1 --document ") +
                         document,
                     extra);
        EXPECT_EQ(r.code, 0) << qPrintable(r.out);
        return r.json().value(QStringLiteral("visit_id")).toString();
    }
    int doseCount()
    {
        auto r = run(QStringLiteral("dose list"));
        EXPECT_EQ(r.code, 0);
        return static_cast<int>(r.out.count(QLatin1Char('\n')));
    }
    // The real vaxctl binary with `input` on its standard input and `env` added.
    CliRun runBinary(const QString& line, const QStringList& extra, const QByteArray& input,
                     const QMap<QString, QString>& env = {})
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("VAXPOINT_DOCTOR_PASSWORD"));
        for (auto it = env.begin(); it != env.end(); ++it)
            e.insert(it.key(), it.value());
        QStringList args = line.split(QLatin1Char(' '), Qt::SkipEmptyParts) + extra;
        args << QStringLiteral("--db") << tmp.path() << QStringLiteral("--json");
        return test::runVaxctlBinary(args, e, input);
    }
    void addUser(const QString& username, const QString& roles)
    {
        EnvGuard pw("VAXPOINT_USER_PASSWORD", "pw-of-a-user-1");
        auto added =
            run(QStringLiteral("user add --username %1 --name %1 --roles %2").arg(username, roles));
        ASSERT_EQ(added.code, 0) << qPrintable(added.out);
    }
    qint64 auditCount(const QString& action)
    {
        auto db = tmp.open();
        return db ? test::queryNumber(*db, QStringLiteral("SELECT count(*) FROM audit WHERE "
                                                          "action = '%1'")
                                               .arg(action))
                  : -1;
    }
    int onHand(const QString& lot)
    {
        auto r = run(QStringLiteral("lot list"));
        for (const QJsonObject& o : r.jsonLines())
            if (o.value(QStringLiteral("lot")).toString() == lot)
                return o.value(QStringLiteral("on_hand")).toInt();
        ADD_FAILURE() << "no lot " << qPrintable(lot) << " in " << qPrintable(r.out);
        return -1;
    }
};
}  // namespace

TEST_F(DeskCli, RefusalListsTheFailingCodesAndWritesNothing)
{
    const QString visit = checkIn(QStringLiteral("11010519491231002X"));
    auto called = run(QStringLiteral("queue call-next --desk 2"));
    ASSERT_EQ(called.code, 0) << qPrintable(called.out);
    EXPECT_EQ(called.json().value(QStringLiteral("visit_id")).toString(), visit);

    auto refused = run(QStringLiteral("administer --lot TRAIN-B2021001 --site LT --confirm "
                                      "name --visit ") +
                       visit);
    EXPECT_NE(refused.code, 0);
    EXPECT_EQ(refused.error().value(QStringLiteral("code")).toString(),
              QStringLiteral("desk.checklist_failed"));
    EXPECT_EQ(refused.itemCodes(), (QStringList{QStringLiteral("appearance.unconfirmed"),
                                                QStringLiteral("site.not_allowed"),
                                                QStringLiteral("verification.unconfirmed")}));
    const QJsonObject first =
        refused.error().value(QStringLiteral("items")).toArray()[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("state")).toString(),
              QStringLiteral("needs_confirmation"));
    EXPECT_TRUE(first.value(QStringLiteral("blocks")).toBool());
    EXPECT_EQ(doseCount(), 0);

    // An unknown --confirm word is refused before anything is evaluated.
    auto bad = run(QStringLiteral("administer --lot TRAIN-B2021001 --site LD --confirm "
                                  "everything --visit ") +
                   visit);
    EXPECT_NE(bad.code, 0);
    EXPECT_EQ(bad.error().value(QStringLiteral("field")).toString(), QStringLiteral("confirm"));
}

TEST_F(DeskCli, ChecklistThenAdministerThenCorrect)
{
    const QString visit = checkIn(QStringLiteral("11010519491231002X"));
    auto check = run(QStringLiteral("checklist --lot TRAIN-B2021001 --site LD --visit ") + visit);
    ASSERT_EQ(check.code, 0) << qPrintable(check.out);
    EXPECT_FALSE(check.json().value(QStringLiteral("can_administer")).toBool());
    EXPECT_EQ(check.json().value(QStringLiteral("items")).toArray().size(), 11);
    EXPECT_EQ(check.json().value(QStringLiteral("dose_number")).toInt(), 1);
    auto ready = run(QStringLiteral("checklist --lot TRAIN-B2021001 --site LD --confirm all "
                                    "--visit ") +
                     visit);
    EXPECT_TRUE(ready.json().value(QStringLiteral("can_administer")).toBool());
    EXPECT_EQ(doseCount(), 0);

    auto given = run(QStringLiteral("administer --lot TRAIN-B2021001 --site LD --confirm all "
                                    "--desk 4 --visit ") +
                     visit);
    ASSERT_EQ(given.code, 0) << qPrintable(given.out);
    const QJsonObject dose = given.json();
    EXPECT_EQ(dose.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    EXPECT_EQ(dose.value(QStringLiteral("dose_number")).toInt(), 1);
    EXPECT_EQ(dose.value(QStringLiteral("desk")).toString(), QStringLiteral("4"));
    EXPECT_EQ(dose.value(QStringLiteral("observation_minutes")).toInt(), 30);
    EXPECT_EQ(doseCount(), 1);

    const QString id = dose.value(QStringLiteral("id")).toString();
    auto noReason = run(QStringLiteral("dose correct ") + id);
    EXPECT_NE(noReason.code, 0);
    EXPECT_EQ(noReason.error().value(QStringLiteral("code")).toString(),
              QStringLiteral("stock.reason_required"));
    auto corrected = run(QStringLiteral("dose correct ") + id,
                         {QStringLiteral("--reason"), QStringLiteral("wrong person")});
    ASSERT_EQ(corrected.code, 0) << qPrintable(corrected.out);
    EXPECT_EQ(corrected.json().value(QStringLiteral("status")).toString(),
              QStringLiteral("entered-in-error"));
    EXPECT_TRUE(corrected.json().value(QStringLiteral("stock_returned")).toBool());
    auto list = run(QStringLiteral("dose list --person ") +
                    dose.value(QStringLiteral("person_id")).toString());
    EXPECT_EQ(list.json().value(QStringLiteral("error_reason")).toString(),
              QStringLiteral("wrong person"));
}

TEST_F(DeskCli, DoctorOverrideForADoctorReviewScreening)
{
    const QString visit = checkIn(QStringLiteral("11010519491231002X"),
                                  {QStringLiteral("--yes"), QStringLiteral("immunodeficiency")});
    const QString base =
        QStringLiteral("administer --lot TRAIN-B2021001 --site LD --confirm all --visit ") + visit;
    auto refused = run(base);
    EXPECT_NE(refused.code, 0);
    EXPECT_EQ(refused.itemCodes(), QStringList{QStringLiteral("screening.doctor_review")});
    EXPECT_TRUE(refused.error()
                    .value(QStringLiteral("items"))
                    .toArray()[0]
                    .toObject()
                    .value(QStringLiteral("overridable"))
                    .toBool());

    const QStringList override{
        QStringLiteral("--override"), QStringLiteral("screening.doctor_review"),
        QStringLiteral("--reason"), QStringLiteral("examined; therapy ended")};
    auto noDoctor = run(base, override);
    EXPECT_NE(noDoctor.code, 0);
    EXPECT_EQ(noDoctor.error().value(QStringLiteral("code")).toString(),
              QStringLiteral("desk.override_refused"));
    EXPECT_EQ(doseCount(), 0);

    // Naming the doctor is not enough: the doctor's password, from stdin or the environment.
    const QStringList byDemo =
        override + QStringList{QStringLiteral("--doctor"), QStringLiteral("demo")};
    {
        EnvGuard none("VAXPOINT_DOCTOR_PASSWORD", nullptr);
        auto noPassword = run(base, byDemo);
        EXPECT_NE(noPassword.code, 0);
        EXPECT_EQ(noPassword.error().value(QStringLiteral("field")).toString(),
                  QStringLiteral("doctor-password-stdin"));
        EXPECT_TRUE(noPassword.error()
                        .value(QStringLiteral("message"))
                        .toString()
                        .contains(QStringLiteral("VAXPOINT_DOCTOR_PASSWORD")));
    }
    EXPECT_EQ(doseCount(), 0);
    const QStringList stdinFlag{QStringLiteral("--doctor-password-stdin")};
    auto wrong = runBinary(base, byDemo + stdinFlag, "not-the-password\n");
    EXPECT_NE(wrong.code, 0) << qPrintable(wrong.out);
    EXPECT_EQ(wrong.errorCode(), QStringLiteral("auth.login_failed")) << qPrintable(wrong.out);
    EXPECT_EQ(doseCount(), 0);
    EXPECT_EQ(auditCount(QStringLiteral("override.auth_failed")), 1);

    // A user without the doctor role cannot approve, even with their own right password.
    addUser(QStringLiteral("nurse2"), QStringLiteral("vaccinator"));
    auto notDoctor = runBinary(
        base,
        override + stdinFlag + QStringList{QStringLiteral("--doctor"), QStringLiteral("nurse2")},
        "pw-of-a-user-1\n");
    EXPECT_NE(notDoctor.code, 0);
    EXPECT_EQ(notDoctor.errorCode(), QStringLiteral("permission_denied"))
        << qPrintable(notDoctor.out);
    EXPECT_EQ(doseCount(), 0);

    auto allowed =
        runBinary(base, byDemo + stdinFlag, QByteArray(kDemoPassword) + QByteArray("\n"));
    ASSERT_EQ(allowed.code, 0) << qPrintable(allowed.out + allowed.err);
    EXPECT_EQ(allowed.json().value(QStringLiteral("override_reason")).toString(),
              QStringLiteral("examined; therapy ended"));
    EXPECT_FALSE(allowed.json().value(QStringLiteral("override_by")).toString().isEmpty());
    EXPECT_EQ(allowed.json().value(QStringLiteral("override_auth")).toString(),
              QStringLiteral("password"));
    EXPECT_EQ(doseCount(), 1);

    // The environment variable works the same way (a second person, same review).
    const QString second = checkIn(QStringLiteral("110105195001010012"),
                                   {QStringLiteral("--yes"), QStringLiteral("immunodeficiency")});
    const QString base2 =
        QStringLiteral("administer --lot TRAIN-B2021001 --site LD --confirm all --visit ") + second;
    auto wrongEnv =
        runBinary(base2, byDemo, {},
                  {{QStringLiteral("VAXPOINT_DOCTOR_PASSWORD"), QStringLiteral("wrong-again")}});
    EXPECT_EQ(wrongEnv.errorCode(), QStringLiteral("auth.login_failed"))
        << qPrintable(wrongEnv.out);
    EXPECT_EQ(doseCount(), 1);
    EnvGuard right("VAXPOINT_DOCTOR_PASSWORD", kDemoPassword);
    auto byEnv = run(base2, byDemo);
    ASSERT_EQ(byEnv.code, 0) << qPrintable(byEnv.out);
    EXPECT_EQ(doseCount(), 2);
}

TEST_F(DeskCli, OnlyADoctorOrTheSiteAdministratorMayCorrectADose)
{
    const QString visit = checkIn(QStringLiteral("11010519491231002X"));
    auto given = run(QStringLiteral("administer --lot TRAIN-B2021001 --site LD --confirm all "
                                    "--visit ") +
                     visit);
    ASSERT_EQ(given.code, 0) << qPrintable(given.out);
    const QString id = given.json().value(QStringLiteral("id")).toString();
    addUser(QStringLiteral("nurse1"), QStringLiteral("vaccinator"));
    const int stock = onHand(QStringLiteral("TRAIN-B2021001"));

    auto byNurse = run(QStringLiteral("dose correct ") + id,
                       {QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--actor"),
                        QStringLiteral("nurse1")});
    EXPECT_NE(byNurse.code, 0);
    EXPECT_EQ(byNurse.errorCode(), QStringLiteral("permission_denied")) << qPrintable(byNurse.out);
    EXPECT_EQ(onHand(QStringLiteral("TRAIN-B2021001")), stock) << "the dose went back to stock";
    auto list = run(QStringLiteral("dose list"));
    EXPECT_EQ(list.json().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));

    addUser(QStringLiteral("doc1"), QStringLiteral("doctor"));
    auto byDoctor = run(QStringLiteral("dose correct ") + id,
                        {QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--actor"),
                         QStringLiteral("doc1")});
    ASSERT_EQ(byDoctor.code, 0) << qPrintable(byDoctor.out);
    EXPECT_EQ(onHand(QStringLiteral("TRAIN-B2021001")), stock + 1);
}

TEST_F(DeskCli, CallNextWithNobodyWaiting)
{
    auto r = run(QStringLiteral("queue call-next"));
    ASSERT_EQ(r.code, 0);
    EXPECT_FALSE(r.json().value(QStringLiteral("called")).toBool());
}

// docs/site.md 6: a joined desk (desk 2) whose server does not answer calls from its own
// check-ins and says so; the number stays an integer with its "N-k" label beside it.
TEST_F(DeskCli, CallNextAtAJoinedDeskWhoseServerIsDownTakesThisDesksQueue)
{
    {
        auto db = tmp.open();
        ASSERT_TRUE(db);
        ASSERT_NO_FATAL_FAILURE(test::joinUnreachableSiteServer(*db));
    }
    const QString visit = checkIn(QStringLiteral("11010519491231002X"));
    auto r = run(QStringLiteral("queue call-next --desk 2"));
    ASSERT_EQ(r.code, 0) << qPrintable(r.out + r.err);
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("visit_id")).toString(), visit);
    EXPECT_EQ(o.value(QStringLiteral("source")).toString(), QStringLiteral("desk"));
    EXPECT_EQ(o.value(QStringLiteral("note")).toString(),
              QStringLiteral("this desk's queue: server unreachable"));
    EXPECT_TRUE(o.value(QStringLiteral("queue_number")).isDouble());
    EXPECT_EQ(o.value(QStringLiteral("queue_number")).toInt(), 20001);
    EXPECT_EQ(o.value(QStringLiteral("queue_label")).toString(), QStringLiteral("2-1"));
    EXPECT_TRUE(r.err.contains(QStringLiteral("site.unreachable"))) << qPrintable(r.err);
}

// docs/site.md 5: a desk joined to a site server that does not answer (a real address where
// nothing listens) says which history it judged, and gives the dose only with
// --asked-other-doses: the nurse asked the person about other doses today.
TEST_F(DeskCli, AJoinedDeskWhoseServerIsDownJudgesThisDeskOnlyAndAsksTheQuestion)
{
    const QString visit = checkIn(QStringLiteral("11010519491231002X"));
    {
        auto db = tmp.open();
        ASSERT_TRUE(db);
        ASSERT_NO_FATAL_FAILURE(test::joinUnreachableSiteServer(*db));
    }
    const QString line =
        QStringLiteral("--lot TRAIN-B2021001 --site LD --confirm all --visit ") + visit;
    auto check = run(QStringLiteral("checklist ") + line);
    ASSERT_EQ(check.code, 0) << qPrintable(check.out + check.err);
    EXPECT_TRUE(check.err.contains(QStringLiteral("site.unreachable"))) << qPrintable(check.err);
    const QJsonObject history = check.json().value(QStringLiteral("history")).toObject();
    EXPECT_EQ(history.value(QStringLiteral("scope")).toString(), QStringLiteral("desk_only"));
    EXPECT_TRUE(history.value(QStringLiteral("note"))
                    .toString()
                    .startsWith(QStringLiteral("this desk only: server unreachable since")))
        << qPrintable(check.out);
    EXPECT_FALSE(check.json().value(QStringLiteral("can_administer")).toBool());

    auto refused = run(QStringLiteral("administer ") + line);
    EXPECT_NE(refused.code, 0);
    EXPECT_EQ(refused.json()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("desk.checklist_failed"))
        << qPrintable(refused.out);
    EXPECT_EQ(doseCount(), 0);

    auto given = run(QStringLiteral("administer --asked-other-doses ") + line);
    ASSERT_EQ(given.code, 0) << qPrintable(given.out + given.err);
    EXPECT_EQ(doseCount(), 1);
}
