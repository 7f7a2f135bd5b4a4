// vaxctl certificate issue|show|verify, in-process, on a training site replaying 1 June 2021.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "cli/cli.h"
#include "clirun.h"
#include "support/envguard.h"
#include "support/tempdb.h"

using namespace vax;

namespace {
using vax::test::CliRun;

const QString kDocument = QStringLiteral("11010519491231002X");

class CertificateCli : public ::testing::Test {
protected:
    CliRun run(const QString& line, bool json = true)
    {
        QStringList args = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        args << QStringLiteral("--db") << tmp.path();
        if (json)
            args << QStringLiteral("--json");
        CliRun r = test::runVaxctl(args);
        r.out += r.err;  // messages too: some tests read them
        return r;
    }
    void SetUp() override
    {
        ASSERT_EQ(run(QStringLiteral("init --site-code T-1 --site-name Test --district D "
                                     "--training"))
                      .code,
                  0);
    }
    // Checks the person in, calls them and gives a dose; returns the person id.
    QString vaccinate(const QString& document)
    {
        const CliRun given =
            test::checkInAndVaccinate([this](const QString& line) { return run(line); }, document);
        return given.json().value(QStringLiteral("person_id")).toString();
    }
    int certificates() { return scalar("SELECT count(*) FROM certificate"); }
    int scalar(const char* sql)
    {
        auto db = tmp.open();
        auto q = db->exec(QString::fromLatin1(sql));
        return q.ok() ? q->scalar().toInt() : -1;
    }

    test::EnvGuard now{"VAXPOINT_FAKE_NOW", "2021-06-01T10:00:00+08:00"};
    test::TempDb tmp;
};
}  // namespace

TEST_F(CertificateCli, IssueByDocumentThenShowAndVerify)
{
    const QString personId = vaccinate(kDocument);
    auto issued = run(QStringLiteral("certificate issue --person ") + kDocument);
    ASSERT_EQ(issued.code, 0) << qPrintable(issued.out);
    const QJsonObject c = issued.json();
    EXPECT_EQ(c.value(QStringLiteral("number")).toString(), QStringLiteral("C20210601-0001"));
    EXPECT_EQ(c.value(QStringLiteral("person_id")).toString(), personId);
    EXPECT_EQ(c.value(QStringLiteral("site_code")).toString(), QStringLiteral("T-1"));
    EXPECT_EQ(c.value(QStringLiteral("masked_id_number")).toString(),
              QStringLiteral("110105********002X"));
    EXPECT_TRUE(c.value(QStringLiteral("replaces")).isNull());
    const QJsonArray doses = c.value(QStringLiteral("doses")).toArray();
    ASSERT_EQ(doses.size(), 1);
    EXPECT_EQ(doses[0].toObject().value(QStringLiteral("date")).toString(),
              QStringLiteral("2021-06-01"));
    EXPECT_EQ(doses[0].toObject().value(QStringLiteral("dose_number")).toInt(), 1);
    const QString payload = c.value(QStringLiteral("payload")).toString();
    EXPECT_TRUE(payload.startsWith(QStringLiteral("VXC1/C20210601-0001/T-1/")))
        << qPrintable(payload);
    EXPECT_EQ(c.value(QStringLiteral("content_sha256")).toString().size(), 64);
    EXPECT_TRUE(
        c.value(QStringLiteral("issued_at")).toString().startsWith(QStringLiteral("2021-06-01T")));

    // Issued again by person id: a reprint with the next number.
    auto again = run(QStringLiteral("certificate issue --person ") + personId);
    ASSERT_EQ(again.code, 0) << qPrintable(again.out);
    EXPECT_EQ(again.json().value(QStringLiteral("number")).toString(),
              QStringLiteral("C20210601-0002"));
    EXPECT_EQ(again.json().value(QStringLiteral("replaces")).toString(),
              QStringLiteral("C20210601-0001"));

    auto shown = run(QStringLiteral("certificate show C20210601-0001"));
    ASSERT_EQ(shown.code, 0) << qPrintable(shown.out);
    EXPECT_EQ(shown.json().value(QStringLiteral("payload")).toString(), payload);
    EXPECT_EQ(shown.json().value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    EXPECT_EQ(shown.json().value(QStringLiteral("later_numbers")).toArray().size(), 1);

    auto byNumber =
        run(QStringLiteral("certificate verify C20210601-0001 --id-number ") + kDocument);
    ASSERT_EQ(byNumber.code, 0) << qPrintable(byNumber.out);
    EXPECT_TRUE(byNumber.json().value(QStringLiteral("valid")).toBool());
    EXPECT_TRUE(byNumber.json().value(QStringLiteral("id_checked")).toBool());

    auto byPayload = run(QStringLiteral("certificate verify ") + payload +
                         QStringLiteral(" --id-number ") + kDocument);
    ASSERT_EQ(byPayload.code, 0) << qPrintable(byPayload.out);
    EXPECT_EQ(byPayload.json().value(QStringLiteral("number")).toString(),
              QStringLiteral("C20210601-0001"));

    auto wrongId = run(QStringLiteral("certificate verify ") + payload +
                       QStringLiteral(" --id-number 110105194912310029"));
    EXPECT_EQ(wrongId.code, 1);
    EXPECT_EQ(wrongId.errorCode(), QStringLiteral("certificate.person_mismatch"));

    auto unknown = run(QStringLiteral("certificate verify C20210601-0042"));
    EXPECT_EQ(unknown.code, 1);
    EXPECT_EQ(unknown.errorCode(), QStringLiteral("not_found"));

    // Text output for people: the record and the verdict.
    auto text = run(QStringLiteral("certificate show C20210601-0001"), false);
    EXPECT_EQ(text.code, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("C20210601-0001"))) << qPrintable(text.out);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Valid"))) << qPrintable(text.out);
    EXPECT_TRUE(text.out.contains(payload)) << qPrintable(text.out);
}

TEST_F(CertificateCli, ACorrectedDoseShowsAsSuperseded)
{
    const QString personId = vaccinate(kDocument);
    auto issued = run(QStringLiteral("certificate issue --person ") + personId);
    ASSERT_EQ(issued.code, 0) << qPrintable(issued.out);
    const QString doseId =
        issued.json().value(QStringLiteral("dose_ids")).toArray().at(0).toString();
    ASSERT_EQ(
        run(QStringLiteral("dose correct ") + doseId + QStringLiteral(" --reason wrong-lot")).code,
        0);
    auto verified = run(QStringLiteral("certificate verify C20210601-0001"));
    ASSERT_EQ(verified.code, 0) << qPrintable(verified.out);
    EXPECT_EQ(verified.json().value(QStringLiteral("status")).toString(),
              QStringLiteral("superseded"));
    EXPECT_FALSE(verified.json().value(QStringLiteral("valid")).toBool());
    EXPECT_EQ(verified.json()
                  .value(QStringLiteral("dose_status"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("entered-in-error"));
}

TEST_F(CertificateCli, RefusalsWriteNothing)
{
    // Checked in, never vaccinated.
    auto checked = run(QStringLiteral("checkin --name 李四 --temperature 36.5 "
                                      "--consent-version 2021-03-cn-covid19-v1 --document ") +
                       kDocument);
    ASSERT_EQ(checked.code, 0) << qPrintable(checked.out);
    auto noDose = run(QStringLiteral("certificate issue --person ") + kDocument);
    EXPECT_EQ(noDose.code, 1);
    EXPECT_EQ(noDose.errorCode(), QStringLiteral("certificate.no_dose"));
    EXPECT_EQ(noDose.json()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("field"))
                  .toString(),
              QStringLiteral("person"));

    auto nobody = run(QStringLiteral("certificate issue --person 110105194912310029"));
    EXPECT_EQ(nobody.code, 1);
    EXPECT_EQ(nobody.errorCode(), QStringLiteral("not_found"));

    // vaxctl draws no pages: --pdf is refused before anything is written.
    vaccinate(QStringLiteral("110105198005050111"));
    auto pdf = run(QStringLiteral("certificate issue --pdf out.pdf --person 110105198005050111"));
    EXPECT_EQ(pdf.code, 2);
    EXPECT_TRUE(pdf.out.contains(QStringLiteral("Ctrl+P"))) << qPrintable(pdf.out);
    EXPECT_EQ(certificates(), 0);
}
