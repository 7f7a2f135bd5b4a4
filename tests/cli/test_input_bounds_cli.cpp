// Issue 18, "inputs without bounds": every finding reproduced through vaxctl, each refused by the
// core input policy with input.invalid (or consent.version_unknown), the field named, and nothing
// written.
#include <gtest/gtest.h>

#include <QProcess>
#include <QProcessEnvironment>

#include "clirun.h"
#include "support/tempdb.h"

using namespace vax;

namespace {
const QString kConsent = QStringLiteral("2021-03-cn-covid19-v1");
const QString kDocument = QStringLiteral("11010519491231002X");

class InputBoundsCli : public test::CliSiteTest {
protected:
    test::CliRun checkIn(const QString& name, const QStringList& extra = {},
                         const QString& consent = kConsent)
    {
        return run(QStringLiteral("checkin --temperature 36.5 --document ") + kDocument,
                   QStringList{QStringLiteral("--name"), name, QStringLiteral("--consent-version"),
                               consent} +
                       extra);
    }
    qint64 count(const QString& table)
    {
        auto db = tmp.open();
        return db ? test::queryNumber(*db, QStringLiteral("SELECT count(*) FROM ") + table) : -1;
    }
    void expectRefused(const test::CliRun& r, const QString& field, const QString& code)
    {
        EXPECT_NE(r.code, 0) << qPrintable(r.out);
        EXPECT_EQ(r.errorCode(), code) << qPrintable(r.out);
        EXPECT_EQ(r.error().value(QStringLiteral("field")).toString(), field) << qPrintable(r.out);
        EXPECT_FALSE(r.error().value(QStringLiteral("message")).toString().isEmpty());
    }
};
}  // namespace

TEST_F(InputBoundsCli, TenThousandCharacterNameIsRefusedAndNothingIsWritten)
{
    const qint64 persons = count(QStringLiteral("person"));
    const auto r = checkIn(QString(10000, QChar(0x5F20)));
    expectRefused(r, QStringLiteral("name"), QStringLiteral("input.invalid"));
    EXPECT_TRUE(r.error().value(QStringLiteral("message")).toString().contains(u"10000"))
        << qPrintable(r.out);
    EXPECT_EQ(count(QStringLiteral("person")), persons);
    EXPECT_EQ(count(QStringLiteral("visit")), 0);
    // The longest name that fits is accepted.
    const auto ok = checkIn(QString(100, QChar(0x5F20)));
    EXPECT_EQ(ok.code, 0) << qPrintable(ok.out);
    EXPECT_EQ(count(QStringLiteral("person")), persons + 1);
}

TEST_F(InputBoundsCli, ControlAndBidiCharactersInANameAreRefused)
{
    for (const QString& name : {QStringLiteral("王\x1b[31m五"), QStringLiteral("王\u202E五"),
                                QStringLiteral("王\u0007五"), QString::fromUtf8("王\xff五")}) {
        const auto r = checkIn(name);
        expectRefused(r, QStringLiteral("name"), QStringLiteral("input.invalid"));
    }
    EXPECT_EQ(count(QStringLiteral("visit")), 0);
}

TEST_F(InputBoundsCli, InvalidUtf8FromTheRealCommandLineIsRefused)
{
    // Raw bytes as a shell passes them: 0xFF is never UTF-8. vaxctl decodes argv as UTF-8, the
    // byte becomes U+FFFD and the policy names the field.
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"),
              QStringLiteral("\"$0\" checkin --db \"$1\" --json --temperature 36.5 "
                             "--consent-version %1 --document %2 --name \"$(printf '\\344\\270\\211"
                             "\\377')\"")
                  .arg(kConsent, kDocument),
              QStringLiteral(VAXCTL_PATH), tmp.path()});
    ASSERT_TRUE(sh.waitForFinished(60000));
    const QString out = QString::fromUtf8(sh.readAllStandardOutput());
    EXPECT_NE(sh.exitCode(), 0) << qPrintable(out);
    EXPECT_TRUE(out.contains(u"\"code\":\"input.invalid\"")) << qPrintable(out);
    EXPECT_TRUE(out.contains(u"\"field\":\"name\"")) << qPrintable(out);
    EXPECT_EQ(count(QStringLiteral("person")), 0);
}

TEST_F(InputBoundsCli, TenThousandDigitPhoneIsRefused)
{
    const auto r = checkIn(QStringLiteral("张三"),
                           {QStringLiteral("--phone"), QString(10000, QLatin1Char('1'))});
    expectRefused(r, QStringLiteral("phone"), QStringLiteral("input.invalid"));
    EXPECT_EQ(count(QStringLiteral("person")), 0);
    const auto ok = checkIn(QStringLiteral("张三"),
                            {QStringLiteral("--phone"), QStringLiteral("+86 138-0013-8000")});
    EXPECT_EQ(ok.code, 0) << qPrintable(ok.out);
}

TEST_F(InputBoundsCli, ConsentVersionMustBeKnownToTheSite)
{
    const auto bogus = checkIn(QStringLiteral("张三"), {}, QStringLiteral("bogus"));
    expectRefused(bogus, QStringLiteral("consent_version"),
                  QStringLiteral("consent.version_unknown"));
    EXPECT_TRUE(bogus.error().value(QStringLiteral("message")).toString().contains(kConsent))
        << qPrintable(bogus.out);
    EXPECT_EQ(count(QStringLiteral("visit")), 0);

    // The site adds its printed form; the release's own text stays known.
    const auto set = run(QStringLiteral("setting set checkin.consent_versions paper-2026-01"));
    ASSERT_EQ(set.code, 0) << qPrintable(set.out);
    const auto get = run(QStringLiteral("setting get checkin.consent_versions"));
    EXPECT_EQ(get.json().value(QStringLiteral("value")).toString(),
              kConsent + QStringLiteral(",paper-2026-01"))
        << qPrintable(get.out);
    const auto paper = checkIn(QStringLiteral("张三"), {}, QStringLiteral("paper-2026-01"));
    EXPECT_EQ(paper.code, 0) << qPrintable(paper.out);
    EXPECT_EQ(count(QStringLiteral("consent WHERE text_version = 'paper-2026-01'")), 1);
    // A version with an escape sequence never becomes a setting.
    const auto esc =
        run(QStringLiteral("setting set checkin.consent_versions"), {QStringLiteral("x\x1b[2J")});
    expectRefused(esc, QStringLiteral("consent_versions"), QStringLiteral("input.invalid"));
}

TEST_F(InputBoundsCli, LotNumberWithAControlCharacterIsRefused)
{
    const qint64 lots = count(QStringLiteral("lot"));
    const auto r =
        run(QStringLiteral("lot receive --product BBIBP-CorV --expiry 2030-12-31 --vials 10 "
                           "--fridge"),
            {QStringLiteral("Fridge 1 (training)"), QStringLiteral("--lot"),
             QStringLiteral("B20\x1b[8m21")});
    expectRefused(r, QStringLiteral("lot"), QStringLiteral("input.invalid"));
    EXPECT_EQ(count(QStringLiteral("lot")), lots);
}

TEST_F(InputBoundsCli, AdministerAmountNaNIsRefusedNotRecordedAsTheDefault)
{
    const auto in = checkIn(QStringLiteral("张三"));
    ASSERT_EQ(in.code, 0) << qPrintable(in.out);
    const QString visit = in.json().value(QStringLiteral("visit_id")).toString();
    for (const QString& amount : {QStringLiteral("NaN"), QStringLiteral("inf"),
                                  QStringLiteral("-inf"), QStringLiteral("1e308")}) {
        const auto r = run(QStringLiteral("administer --lot TRAIN-B2021001 --site LD --confirm all "
                                          "--visit ") +
                               visit,
                           {QStringLiteral("--amount"), amount});
        expectRefused(r, QStringLiteral("amount"), QStringLiteral("input.invalid"));
        const auto check =
            run(QStringLiteral("checklist --lot TRAIN-B2021001 --site LD --visit ") + visit,
                {QStringLiteral("--amount"), amount});
        expectRefused(check, QStringLiteral("amount"), QStringLiteral("input.invalid"));
    }
    EXPECT_EQ(count(QStringLiteral("dose")), 0);
    const auto given = run(QStringLiteral("administer --lot TRAIN-B2021001 --site LD --confirm all "
                                          "--amount 0.5 --visit ") +
                           visit);
    EXPECT_EQ(given.code, 0) << qPrintable(given.out);
    EXPECT_EQ(count(QStringLiteral("dose")), 1);
}

TEST_F(InputBoundsCli, FreeTextNotesAreBounded)
{
    // An override reason, a cancel reason: 2000 characters fit, 2001 do not.
    const auto in = checkIn(QStringLiteral("张三"));
    ASSERT_EQ(in.code, 0) << qPrintable(in.out);
    const QString visit = in.json().value(QStringLiteral("visit_id")).toString();
    const auto tooLong = run(QStringLiteral("visit cancel ") + visit,
                             {QStringLiteral("--reason"), QString(2001, QLatin1Char('x'))});
    expectRefused(tooLong, QStringLiteral("reason"), QStringLiteral("input.invalid"));
    EXPECT_EQ(count(QStringLiteral("visit WHERE state = 'cancelled'")), 0);
}
