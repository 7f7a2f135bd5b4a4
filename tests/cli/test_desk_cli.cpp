// vaxctl administer, checklist, dose list|correct and queue call-next, in-process.
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

class DeskCli : public test::CliSiteTest {
protected:
    QString checkIn(const QString& document, const QStringList& extra = {})
    {
        auto r = run(QStringLiteral("checkin --name 张三 --temperature 36.5 "
                                    "--consent-version v1 --document ") +
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

    auto noDoctor = run(base + QStringLiteral(" --override screening.doctor_review"),
                        {QStringLiteral("--reason"), QStringLiteral("examined")});
    EXPECT_EQ(noDoctor.error().value(QStringLiteral("code")).toString(),
              QStringLiteral("desk.override_refused"));
    EXPECT_EQ(doseCount(), 0);

    auto allowed = run(base + QStringLiteral(" --override screening.doctor_review --doctor demo"),
                       {QStringLiteral("--reason"), QStringLiteral("examined; therapy ended")});
    ASSERT_EQ(allowed.code, 0) << qPrintable(allowed.out);
    EXPECT_EQ(allowed.json().value(QStringLiteral("override_reason")).toString(),
              QStringLiteral("examined; therapy ended"));
    EXPECT_FALSE(allowed.json().value(QStringLiteral("override_by")).toString().isEmpty());
}

TEST_F(DeskCli, CallNextWithNobodyWaiting)
{
    auto r = run(QStringLiteral("queue call-next"));
    ASSERT_EQ(r.code, 0);
    EXPECT_FALSE(r.json().value(QStringLiteral("called")).toBool());
}
