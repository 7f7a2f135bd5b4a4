// vaxctl person contraindications / person contraindication add|lift, in-process: the JSON of
// DESIGN.md §6, and a doctor's password that is checked (absent, wrong, right; a nurse refused).
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include "clirun.h"
#include "support/envguard.h"

using namespace vax;
using vax::test::EnvGuard;

namespace {
const QString kId = QStringLiteral("11010519491231002X");

class ContraindicationCli : public test::CliSiteTest {
protected:
    void addUser(const char* username, const char* roles, const char* password)
    {
        EnvGuard pw("VAXPOINT_USER_PASSWORD", password);
        auto r = run(QStringLiteral("user add --username %1 --name %1 --roles %2")
                         .arg(QString::fromLatin1(username), QString::fromLatin1(roles)));
        ASSERT_EQ(r.code, 0) << qPrintable(r.out);
    }
    // `person contraindication lift` of contraindication `id` by `actor`, who gives `password`.
    test::CliRun lift(const QString& id, const char* actor, const char* password,
                      const char* reason)
    {
        EnvGuard pw("VAXPOINT_DOCTOR_PASSWORD", password);
        return run(QStringLiteral("person contraindication lift %1 --actor %2 --reason %3")
                       .arg(id, QString::fromLatin1(actor), QString::fromLatin1(reason)));
    }
};

bool isUuid(const QString& s)
{
    return !QUuid::fromString(s).isNull();
}

bool isIsoTimeWithOffset(const QString& s)
{
    static const QRegularExpression re(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d([+-]\\d\\d:\\d\\d|Z)$"));
    return re.match(s).hasMatch();
}
}  // namespace

TEST_F(ContraindicationCli, ListAddLiftWithTheDoctorsPassword)
{
    // A deferral for "allergy: yes" is remembered.
    auto deferred = run(QStringLiteral("checkin --name 张三 --temperature 36.5 --yes allergy "
                                       "--defer --document ") +
                        kId);
    ASSERT_EQ(deferred.code, 0) << qPrintable(deferred.out);
    auto list = run(QStringLiteral("person contraindications ") + kId);
    ASSERT_EQ(list.code, 0) << qPrintable(list.out);
    ASSERT_EQ(list.lines(), 1) << qPrintable(list.out);
    const QJsonObject c = list.json();
    const QString id = c.value(QStringLiteral("id")).toString();
    EXPECT_TRUE(isUuid(id)) << qPrintable(id);
    EXPECT_TRUE(isUuid(c.value(QStringLiteral("person_id")).toString()));
    EXPECT_EQ(c.value(QStringLiteral("kind")).toString(), QStringLiteral("contraindication"));
    EXPECT_EQ(c.value(QStringLiteral("scope")).toString(), QStringLiteral("all"));
    EXPECT_EQ(c.value(QStringLiteral("origin")).toString(), QStringLiteral("screening"));
    EXPECT_EQ(c.value(QStringLiteral("reason_code")).toString(), QStringLiteral("allergy"));
    EXPECT_EQ(c.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_TRUE(c.value(QStringLiteral("until")).isNull());
    EXPECT_TRUE(isIsoTimeWithOffset(c.value(QStringLiteral("recorded_at")).toString()))
        << qPrintable(c.value(QStringLiteral("recorded_at")).toString());
    // By person id too.
    auto byId = run(QStringLiteral("person contraindications ") +
                    c.value(QStringLiteral("person_id")).toString());
    EXPECT_EQ(byId.json().value(QStringLiteral("id")).toString(), id);

    addUser("dr.wang", "doctor", "doctor-pass-1");
    addUser("nurse.li", "vaccinator", "nurse-pass-1");

    // add: no password → refused; then with the password from the environment.
    {
        EnvGuard none("VAXPOINT_DOCTOR_PASSWORD", nullptr);
        auto refused = run(QStringLiteral("person contraindication add %1 --kind precaution "
                                          "--scope group:covid-inactivated --until 2030-01-31 "
                                          "--actor dr.wang --reason immunosuppressed")
                               .arg(kId));
        EXPECT_NE(refused.code, 0);
        // A missing secret is a missing argument, named (the same reader as administer's).
        EXPECT_EQ(refused.errorCode(), QStringLiteral("invalid_argument"))
            << qPrintable(refused.out);
        EXPECT_EQ(refused.error().value(QStringLiteral("field")).toString(),
                  QStringLiteral("doctor-password-stdin"));
    }
    {
        EnvGuard pw("VAXPOINT_DOCTOR_PASSWORD", "doctor-pass-1");
        auto added = run(QStringLiteral("person contraindication add %1 --kind precaution "
                                        "--scope group:covid-inactivated --until 2030-01-31 "
                                        "--actor dr.wang --reason immunosuppressed")
                             .arg(kId));
        ASSERT_EQ(added.code, 0) << qPrintable(added.out);
        EXPECT_EQ(added.json().value(QStringLiteral("kind")).toString(),
                  QStringLiteral("precaution"));
        EXPECT_EQ(added.json().value(QStringLiteral("scope_code")).toString(),
                  QStringLiteral("covid-inactivated"));
        EXPECT_EQ(added.json().value(QStringLiteral("until")).toString(),
                  QStringLiteral("2030-01-31"));
        EXPECT_EQ(added.json().value(QStringLiteral("origin")).toString(),
                  QStringLiteral("doctor"));
        auto badScope = run(QStringLiteral("person contraindication add %1 --kind precaution "
                                           "--scope platform:x --actor dr.wang --reason r")
                                .arg(kId));
        EXPECT_NE(badScope.code, 0);
        EXPECT_EQ(badScope.error().value(QStringLiteral("field")).toString(),
                  QStringLiteral("scope"));
    }
    EXPECT_EQ(run(QStringLiteral("person contraindications ") + kId).lines(), 2);

    // lift: a wrong password, a nurse, then the doctor.
    {
        auto wrong = lift(id, "dr.wang", "not-it", "tested");
        EXPECT_NE(wrong.code, 0);
        EXPECT_EQ(wrong.errorCode(), QStringLiteral("auth.login_failed")) << qPrintable(wrong.out);
    }
    {
        auto nurse = lift(id, "nurse.li", "nurse-pass-1", "tested");
        EXPECT_NE(nurse.code, 0);
        EXPECT_EQ(nurse.errorCode(), QStringLiteral("permission_denied")) << qPrintable(nurse.out);
    }
    {
        auto lifted = lift(id, "dr.wang", "doctor-pass-1", "allergist_cleared");
        ASSERT_EQ(lifted.code, 0) << qPrintable(lifted.out);
        EXPECT_EQ(lifted.json().value(QStringLiteral("status")).toString(),
                  QStringLiteral("lifted"));
        EXPECT_EQ(lifted.json().value(QStringLiteral("lift_reason")).toString(),
                  QStringLiteral("allergist_cleared"));
        EXPECT_TRUE(
            isIsoTimeWithOffset(lifted.json().value(QStringLiteral("lifted_at")).toString()));
    }
    EXPECT_EQ(run(QStringLiteral("person contraindications ") + kId).lines(), 1);
    EXPECT_EQ(run(QStringLiteral("person contraindications --all ") + kId).lines(), 2);
}

TEST_F(ContraindicationCli, HelpListsTheCommandsAndUnknownPersonsAreNamed)
{
    const test::CliRun help = test::runVaxctl({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("person contraindications")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("person contraindication add")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("person contraindication lift")));
    auto unknown = run(QStringLiteral("person contraindications nobody"));
    EXPECT_NE(unknown.code, 0);
    EXPECT_EQ(unknown.errorCode(), QStringLiteral("not_found")) << qPrintable(unknown.out);
}
