#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/cli.h"
#include "clirun.h"
#include "support/tempdb.h"

using namespace vax;

namespace {
using vax::test::CliRun;
constexpr auto vaxctl = &vax::test::runVaxctl;

// A training site (T-1) in `temp`; its database path.
QString initTraining(const test::TempDb& temp)
{
    const QString db = temp.path();
    auto init =
        vaxctl({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--site-code"),
                QStringLiteral("T-1"), QStringLiteral("--site-name"), QStringLiteral("T"),
                QStringLiteral("--district"), QStringLiteral("D"), QStringLiteral("--training")});
    EXPECT_EQ(init.code, 0);
    return db;
}

// A check-in's arguments before the person's: the database, JSON, and the consent version.
QStringList checkInArgs(const QString& db)
{
    return {QStringLiteral("--db"),
            db,
            QStringLiteral("--json"),
            QStringLiteral("checkin"),
            QStringLiteral("--consent-version"),
            QStringLiteral("2021-03-cn-covid19-v1")};
}
}  // namespace

TEST(CliIdCheck, OneJsonObjectPerInput)
{
    auto r = vaxctl({QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("--json"),
                     QStringLiteral("11010519491231002x"), QStringLiteral("110105194912310021")});
    EXPECT_EQ(r.code, 1);  // one input is invalid
    ASSERT_EQ(r.jsonLines().size(), 2);
    EXPECT_TRUE(r.jsonLines()[0].value(QStringLiteral("valid")).toBool());
    EXPECT_EQ(r.jsonLines()[0].value(QStringLiteral("normalized")).toString(),
              QStringLiteral("11010519491231002X"));
    EXPECT_EQ(r.jsonLines()[0].value(QStringLiteral("birth_date")).toString(),
              QStringLiteral("1949-12-31"));
    EXPECT_EQ(r.jsonLines()[0].value(QStringLiteral("sex")).toString(), QStringLiteral("female"));
    EXPECT_EQ(r.jsonLines()[0].value(QStringLiteral("type")).toString(),
              QStringLiteral("resident_id"));
    EXPECT_FALSE(r.jsonLines()[1].value(QStringLiteral("valid")).toBool());
    EXPECT_EQ(r.errorCode(1), QStringLiteral("id.checksum"));
}

TEST(CliIdCheck, TypedSexContradictionIsAnError)
{
    auto r = vaxctl({QStringLiteral("--json"), QStringLiteral("id"), QStringLiteral("check"),
                     QStringLiteral("11010519491231002X"), QStringLiteral("--sex"),
                     QStringLiteral("male")});
    ASSERT_EQ(r.jsonLines().size(), 1);
    EXPECT_EQ(r.errorField(), QStringLiteral("sex"));
}

TEST(CliScan, ParsesGs1WithGsPlaceholder)
{
    auto r = vaxctl({QStringLiteral("scan"), QStringLiteral("parse"), QStringLiteral("--json"),
                     QStringLiteral("]d201069012345678921725060010B2021001<GS>210000012345")});
    EXPECT_EQ(r.code, 0);
    ASSERT_EQ(r.jsonLines().size(), 1);
    EXPECT_EQ(r.jsonLines()[0].value(QStringLiteral("kind")).toString(), QStringLiteral("gs1"));
    EXPECT_EQ(r.jsonLines()[0]
                  .value(QStringLiteral("gs1"))
                  .toObject()
                  .value(QStringLiteral("expiry"))
                  .toString(),
              QStringLiteral("2025-06-30"));
}

TEST(CliCheckIn, ChecksInAndListsTheQueueAsJson)
{
    test::TempDb temp;
    const QString db = initTraining(temp);
    ASSERT_FALSE(HasFailure());
    const QStringList base = checkInArgs(db);
    auto ok = vaxctl(base + QStringList{QStringLiteral("--name"), QStringLiteral("张三"),
                                        QStringLiteral("--document"),
                                        QStringLiteral("11010519491231002X"),
                                        QStringLiteral("--temperature"), QStringLiteral("36.5")});
    ASSERT_EQ(ok.code, 0);
    ASSERT_EQ(ok.jsonLines().size(), 1);
    EXPECT_EQ(ok.jsonLines()[0].value(QStringLiteral("queue_number")).toInt(), 1);
    EXPECT_EQ(ok.jsonLines()[0].value(QStringLiteral("visit_id")).toString().size(), 36);

    auto fever = vaxctl(
        base + QStringList{QStringLiteral("--name"), QStringLiteral("李四"),
                           QStringLiteral("--document"), QStringLiteral("440301199001011234"),
                           QStringLiteral("--temperature"), QStringLiteral("37.3")});
    EXPECT_NE(fever.code, 0);
    ASSERT_EQ(fever.jsonLines().size(), 1);
    const QJsonObject error = fever.jsonLines()[0].value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QStringLiteral("checkin.deferred"));
    EXPECT_EQ(error.value(QStringLiteral("field")).toString(), QStringLiteral("screening"));

    auto queue = vaxctl({QStringLiteral("--db"), db, QStringLiteral("--json"),
                         QStringLiteral("queue"), QStringLiteral("list")});
    ASSERT_EQ(queue.code, 0);
    ASSERT_EQ(queue.jsonLines().size(), 1);
    EXPECT_EQ(queue.jsonLines()[0].value(QStringLiteral("name")).toString(),
              QStringLiteral("张三"));
}

namespace {
QJsonObject errorOf(const CliRun& r)
{
    return r.jsonLines().value(0).value(QStringLiteral("error")).toObject();
}
}  // namespace

TEST(CliPerson, AddFindsAgainAndWarnsOfAPossibleDuplicateWithTheWayOut)
{
    test::TempDb temp;
    const QString db = initTraining(temp);
    const QStringList base{
        QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("person"),
        QStringLiteral("add"),
    };
    auto added =
        vaxctl(base + QStringList{QStringLiteral("--name"), QStringLiteral("张三"),
                                  QStringLiteral("--doc-type"), QStringLiteral("resident_id"),
                                  QStringLiteral("--doc"), QStringLiteral("11010519491231002X"),
                                  QStringLiteral("--phone"), QStringLiteral("13800138000")});
    ASSERT_EQ(added.code, 0);
    ASSERT_EQ(added.jsonLines().size(), 1);
    const QString id = added.jsonLines()[0].value(QStringLiteral("id")).toString();
    EXPECT_EQ(id.size(), 36);
    EXPECT_TRUE(added.jsonLines()[0].value(QStringLiteral("created")).toBool());
    EXPECT_EQ(added.jsonLines()[0].value(QStringLiteral("birth_date")).toString(),
              QStringLiteral("1949-12-31"));

    auto again =
        vaxctl(base + QStringList{QStringLiteral("--name"), QStringLiteral("张三"),
                                  QStringLiteral("--doc"), QStringLiteral("11010519491231002x")});
    ASSERT_EQ(again.code, 0);
    EXPECT_FALSE(again.jsonLines()[0].value(QStringLiteral("created")).toBool());
    EXPECT_EQ(again.jsonLines()[0].value(QStringLiteral("id")).toString(), id);

    const QStringList passport{
        QStringLiteral("--name"),     QStringLiteral("张三"),  QStringLiteral("--doc-type"),
        QStringLiteral("passport"),   QStringLiteral("--doc"), QStringLiteral("E12345678"),
        QStringLiteral("--country"),  QStringLiteral("CHN"),   QStringLiteral("--birth-date"),
        QStringLiteral("1949-12-31"), QStringLiteral("--sex"), QStringLiteral("female")};
    auto warned = vaxctl(base + passport);
    EXPECT_EQ(warned.code, 1);
    const QJsonObject e = errorOf(warned);
    EXPECT_EQ(e.value(QStringLiteral("code")).toString(),
              QStringLiteral("person.possible_duplicate"));
    EXPECT_TRUE(e.value(QStringLiteral("message")).toString().contains(QStringLiteral("--link")));
    EXPECT_EQ(e.value(QStringLiteral("candidates")).toArray().first().toString(), id);

    auto both = vaxctl(base + passport +
                       QStringList{QStringLiteral("--link"), id, QStringLiteral("--confirm-new")});
    EXPECT_EQ(both.code, 2);

    auto linked = vaxctl(base + passport + QStringList{QStringLiteral("--link"), id});
    ASSERT_EQ(linked.code, 0);
    EXPECT_TRUE(linked.jsonLines()[0].value(QStringLiteral("linked")).toBool());
    EXPECT_EQ(linked.jsonLines()[0].value(QStringLiteral("id")).toString(), id);

    auto found =
        vaxctl({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("person"),
                QStringLiteral("find"), QStringLiteral("--document"), QStringLiteral("E12345678"),
                QStringLiteral("--type"), QStringLiteral("passport"), QStringLiteral("--country"),
                QStringLiteral("CHN")});
    ASSERT_EQ(found.code, 0);
    ASSERT_EQ(found.jsonLines().size(), 1);
    EXPECT_EQ(found.jsonLines()[0].value(QStringLiteral("id")).toString(), id);

    auto bad =
        vaxctl(base + QStringList{QStringLiteral("--name"), QStringLiteral("李四"),
                                  QStringLiteral("--doc"), QStringLiteral("110105194912310021")});
    EXPECT_EQ(bad.code, 1);
    EXPECT_EQ(errorOf(bad).value(QStringLiteral("code")).toString(), QStringLiteral("id.checksum"));
}

TEST(CliCheckIn, DeferRecordsTheDeferralAndVisitCancelTakesAVisitOutOfTheQueue)
{
    test::TempDb temp;
    const QString db = initTraining(temp);
    const QStringList base = checkInArgs(db);
    auto deferred = vaxctl(
        base + QStringList{QStringLiteral("--name"), QStringLiteral("李四"),
                           QStringLiteral("--document"), QStringLiteral("440301199001011234"),
                           QStringLiteral("--temperature"), QStringLiteral("36.5"),
                           QStringLiteral("--yes"), QStringLiteral("pregnancy"),
                           QStringLiteral("--defer")});
    ASSERT_EQ(deferred.code, 0);
    ASSERT_EQ(deferred.jsonLines().size(), 1);
    EXPECT_EQ(deferred.jsonLines()[0].value(QStringLiteral("screening")).toString(),
              QStringLiteral("defer"));
    EXPECT_TRUE(deferred.jsonLines()[0].value(QStringLiteral("queue_number")).isNull());
    EXPECT_EQ(deferred.jsonLines()[0].value(QStringLiteral("reasons")).toArray().first().toString(),
              QStringLiteral("pregnancy"));

    auto list = vaxctl({QStringLiteral("--db"), db, QStringLiteral("--json"),
                        QStringLiteral("visit"), QStringLiteral("deferrals")});
    ASSERT_EQ(list.code, 0);
    ASSERT_EQ(list.jsonLines().size(), 1);
    EXPECT_EQ(list.jsonLines()[0].value(QStringLiteral("name")).toString(), QStringLiteral("李四"));

    auto in =
        vaxctl(base + QStringList{QStringLiteral("--name"), QStringLiteral("张三"),
                                  QStringLiteral("--doc"), QStringLiteral("11010519491231002X"),
                                  QStringLiteral("--temperature"), QStringLiteral("36.5"),
                                  QStringLiteral("--defer")});
    ASSERT_EQ(in.code, 0);  // --defer changes nothing for a clear screening
    EXPECT_EQ(in.jsonLines()[0].value(QStringLiteral("queue_number")).toInt(), 1);
    const QString visit = in.jsonLines()[0].value(QStringLiteral("visit_id")).toString();

    const QStringList cancel{
        QStringLiteral("--db"),   db,    QStringLiteral("--json"), QStringLiteral("visit"),
        QStringLiteral("cancel"), visit,
    };
    auto noReason = vaxctl(cancel);
    EXPECT_EQ(noReason.code, 1);
    EXPECT_EQ(errorOf(noReason).value(QStringLiteral("field")).toString(),
              QStringLiteral("reason"));
    auto ok = vaxctl(cancel + QStringList{QStringLiteral("--reason"), QStringLiteral("left")});
    ASSERT_EQ(ok.code, 0);
    EXPECT_EQ(ok.jsonLines()[0].value(QStringLiteral("state")).toString(),
              QStringLiteral("cancelled"));
    auto twice = vaxctl(cancel + QStringList{QStringLiteral("--reason"), QStringLiteral("left")});
    EXPECT_EQ(errorOf(twice).value(QStringLiteral("code")).toString(),
              QStringLiteral("visit.not_waiting"));

    auto queue = vaxctl({QStringLiteral("--db"), db, QStringLiteral("--json"),
                         QStringLiteral("queue"), QStringLiteral("list")});
    ASSERT_EQ(queue.jsonLines().size(), 1);
    EXPECT_EQ(queue.jsonLines()[0].value(QStringLiteral("state")).toString(),
              QStringLiteral("cancelled"));
}

// A passport or permit carries no birth date: a new person needs --birth-date, named with the
// fix; it takes YYYY-MM-DD or YYYYMMDD, and a day that does not exist is a usage error.
TEST(CliCheckIn, APassportNeedsTheBirthDate)
{
    test::TempDb temp;
    const QString db = initTraining(temp);
    const QStringList base =
        checkInArgs(db) + QStringList{QStringLiteral("--temperature"), QStringLiteral("36.5"),
                                      QStringLiteral("--name"),        QStringLiteral("Anna Li"),
                                      QStringLiteral("--doc-type"),    QStringLiteral("passport"),
                                      QStringLiteral("--doc"),         QStringLiteral("E12345678"),
                                      QStringLiteral("--country"),     QStringLiteral("USA")};
    auto missing = vaxctl(base);
    EXPECT_EQ(missing.code, 1);
    const QJsonObject e = errorOf(missing);
    EXPECT_EQ(e.value(QStringLiteral("code")).toString(), QStringLiteral("person.invalid"));
    EXPECT_EQ(e.value(QStringLiteral("field")).toString(), QStringLiteral("birth_date"));
    const QString message = e.value(QStringLiteral("message")).toString();
    EXPECT_TRUE(message.startsWith(QStringLiteral("--birth-date is required")))
        << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("Passport"))) << qPrintable(message);

    auto noSuchDay =
        vaxctl(base + QStringList{QStringLiteral("--birth-date"), QStringLiteral("2003-02-29")});
    EXPECT_EQ(noSuchDay.code, 2);
    const QJsonObject usage = errorOf(noSuchDay);
    EXPECT_EQ(usage.value(QStringLiteral("code")).toString(), QStringLiteral("usage"));
    EXPECT_TRUE(usage.value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("--birth-date: ")))
        << qPrintable(noSuchDay.out);

    auto ok =
        vaxctl(base + QStringList{QStringLiteral("--birth-date"), QStringLiteral("20040229"),
                                  QStringLiteral("--guardian-name"), QStringLiteral("Li Mei"),
                                  QStringLiteral("--guardian-relation"), QStringLiteral("mother")});
    ASSERT_EQ(ok.code, 0) << qPrintable(ok.out + ok.err);
    EXPECT_TRUE(ok.jsonLines()[0].value(QStringLiteral("person_created")).toBool());

    // On file now: found by the passport, no birth date needed the next time.
    auto found =
        vaxctl({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("person"),
                QStringLiteral("find"), QStringLiteral("--document"), QStringLiteral("E12345678"),
                QStringLiteral("--type"), QStringLiteral("passport"), QStringLiteral("--country"),
                QStringLiteral("USA")});
    ASSERT_EQ(found.code, 0);
    EXPECT_EQ(found.jsonLines()[0].value(QStringLiteral("birth_date")).toString(),
              QStringLiteral("2004-02-29"));
}
