#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

#include "cli/cli.h"
#include "support/tempdb.h"

using namespace vax;

namespace {
struct Run {
    int rc = 0;
    QList<QJsonObject> lines;
};

Run vaxctl(const QStringList& args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    Run r;
    r.rc = cli::run(args, o, e);
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        r.lines << QJsonDocument::fromJson(line.toUtf8()).object();
    return r;
}
}  // namespace

TEST(CliIdCheck, OneJsonObjectPerInput)
{
    auto r = vaxctl({QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("--json"),
                     QStringLiteral("11010519491231002x"), QStringLiteral("110105194912310021")});
    EXPECT_EQ(r.rc, 1);  // one input is invalid
    ASSERT_EQ(r.lines.size(), 2);
    EXPECT_TRUE(r.lines[0].value(QStringLiteral("valid")).toBool());
    EXPECT_EQ(r.lines[0].value(QStringLiteral("normalized")).toString(),
              QStringLiteral("11010519491231002X"));
    EXPECT_EQ(r.lines[0].value(QStringLiteral("birthDate")).toString(),
              QStringLiteral("1949-12-31"));
    EXPECT_EQ(r.lines[0].value(QStringLiteral("sex")).toString(), QStringLiteral("female"));
    EXPECT_EQ(r.lines[0].value(QStringLiteral("type")).toString(), QStringLiteral("resident_id"));
    EXPECT_FALSE(r.lines[1].value(QStringLiteral("valid")).toBool());
    EXPECT_EQ(r.lines[1]
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("id.checksum"));
}

TEST(CliIdCheck, TypedSexContradictionIsAnError)
{
    auto r = vaxctl({QStringLiteral("--json"), QStringLiteral("id"), QStringLiteral("check"),
                     QStringLiteral("11010519491231002X"), QStringLiteral("--sex"),
                     QStringLiteral("male")});
    ASSERT_EQ(r.lines.size(), 1);
    EXPECT_EQ(r.lines[0]
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("field"))
                  .toString(),
              QStringLiteral("sex"));
}

TEST(CliScan, ParsesGs1WithGsPlaceholder)
{
    auto r = vaxctl({QStringLiteral("scan"), QStringLiteral("parse"), QStringLiteral("--json"),
                     QStringLiteral("]d201069012345678921725060010B2021001<GS>210000012345")});
    EXPECT_EQ(r.rc, 0);
    ASSERT_EQ(r.lines.size(), 1);
    EXPECT_EQ(r.lines[0].value(QStringLiteral("kind")).toString(), QStringLiteral("gs1"));
    EXPECT_EQ(r.lines[0]
                  .value(QStringLiteral("gs1"))
                  .toObject()
                  .value(QStringLiteral("expiry"))
                  .toString(),
              QStringLiteral("2025-06-30"));
}

TEST(CliCheckIn, ChecksInAndListsTheQueueAsJson)
{
    test::TempDb temp;
    const QString db = temp.path();
    auto init =
        vaxctl({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--site-code"),
                QStringLiteral("T-1"), QStringLiteral("--site-name"), QStringLiteral("T"),
                QStringLiteral("--district"), QStringLiteral("D"), QStringLiteral("--training")});
    ASSERT_EQ(init.rc, 0);
    const QStringList base{QStringLiteral("--db"),
                           db,
                           QStringLiteral("--json"),
                           QStringLiteral("checkin"),
                           QStringLiteral("--staff"),
                           QStringLiteral("s1"),
                           QStringLiteral("--consent-version"),
                           QStringLiteral("c1")};
    auto ok = vaxctl(base + QStringList{QStringLiteral("--name"), QStringLiteral("张三"),
                                        QStringLiteral("--document"),
                                        QStringLiteral("11010519491231002X"),
                                        QStringLiteral("--temperature"), QStringLiteral("36.5")});
    ASSERT_EQ(ok.rc, 0);
    ASSERT_EQ(ok.lines.size(), 1);
    EXPECT_EQ(ok.lines[0].value(QStringLiteral("queueNumber")).toInt(), 1);
    EXPECT_EQ(ok.lines[0].value(QStringLiteral("visitId")).toString().size(), 36);

    auto fever = vaxctl(
        base + QStringList{QStringLiteral("--name"), QStringLiteral("李四"),
                           QStringLiteral("--document"), QStringLiteral("440301199001011234"),
                           QStringLiteral("--temperature"), QStringLiteral("37.3")});
    EXPECT_NE(fever.rc, 0);
    ASSERT_EQ(fever.lines.size(), 1);
    const QJsonObject error = fever.lines[0].value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QStringLiteral("checkin.deferred"));
    EXPECT_EQ(error.value(QStringLiteral("field")).toString(), QStringLiteral("screening"));

    auto queue = vaxctl({QStringLiteral("--db"), db, QStringLiteral("--json"),
                         QStringLiteral("queue"), QStringLiteral("list")});
    ASSERT_EQ(queue.rc, 0);
    ASSERT_EQ(queue.lines.size(), 1);
    EXPECT_EQ(queue.lines[0].value(QStringLiteral("name")).toString(), QStringLiteral("张三"));
}
