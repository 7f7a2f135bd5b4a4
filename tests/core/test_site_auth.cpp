// Site creation and login: the training site's demo data, refusals that write nothing, and the
// lockout after too many wrong passwords.
#include <gtest/gtest.h>

#include "catalog/catalog.h"
#include "security/auth.h"
#include "site/site.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "support/tempdb.h"

using namespace vax;
using vax::test::TempDb;

namespace {

using vax::test::queryNumber;

QString headHash(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT last_hash FROM audit_head"));
    EXPECT_TRUE(q.ok());
    return q.ok() ? q->scalar().toString() : QString();
}

struct Counts {
    qint64 site, staff, audit, lots, movements, catalogs;
    bool operator==(const Counts&) const = default;
};

Counts counts(Database& db)
{
    return {queryNumber(db, QStringLiteral("SELECT count(*) FROM site")),
            queryNumber(db, QStringLiteral("SELECT count(*) FROM staff")),
            queryNumber(db, QStringLiteral("SELECT count(*) FROM audit")),
            queryNumber(db, QStringLiteral("SELECT count(*) FROM lot")),
            queryNumber(db, QStringLiteral("SELECT count(*) FROM stock_movement")),
            queryNumber(db, QStringLiteral("SELECT count(*) FROM catalog"))};
}

InitRequest trainingRequest(const QString& code)
{
    InitRequest req;
    req.code = code;
    req.name = QStringLiteral("Another site");
    req.district = QStringLiteral("Somewhere");
    req.training = true;
    return req;
}

const QString kDemoUser = QString::fromLatin1(kDemoUsername);
const QString kDemoPass = QString::fromLatin1(kDemoPassword);

}  // namespace

TEST(SiteInit, TrainingSiteHasTheDemoAdminAndDemoStock)
{
    TempDb tmp;
    FakeClock clock(vax::test::testNow());
    SiteInfo site;
    auto db = tmp.openTrainingSite(clock, &site);
    ASSERT_TRUE(db);
    EXPECT_TRUE(site.training);
    EXPECT_FALSE(site.uuid.isEmpty());
    EXPECT_EQ(site.createdAt, clock.nowUtc());

    auto loaded = SiteService::load(*db);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->uuid, site.uuid);
    EXPECT_EQ(loaded->code, QStringLiteral("TEST-001"));
    EXPECT_TRUE(loaded->training);

    auto demo = AuthService::login({*db, clock}, kDemoUser, kDemoPass);
    ASSERT_TRUE(demo.ok()) << qPrintable(demo.error().message);
    EXPECT_TRUE(demo->hasRole(Role::SiteAdmin));
    EXPECT_EQ(demo->username, kDemoUser);

    // Demo lots: each of a catalog product, each received into stock.
    const int lots = queryNumber(*db, QStringLiteral("SELECT count(*) FROM lot"));
    EXPECT_GT(lots, 0);
    auto products = db->exec(QStringLiteral("SELECT DISTINCT product_code FROM lot"));
    ASSERT_TRUE(products.ok());
    while (products->next()) {
        const QString code = products->value(0).toString();
        EXPECT_NE(Catalog::builtIn().find(code), nullptr) << qPrintable(code);
    }
    EXPECT_EQ(
        queryNumber(*db, QStringLiteral("SELECT count(*) FROM lot l WHERE NOT EXISTS (SELECT 1 "
                                        "FROM stock_movement m WHERE m.lot_id = l.id AND "
                                        "m.kind = 'receipt' AND m.doses > 0)")),
        0);
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(*) FROM stock_movement WHERE kind <> "
                                              "'receipt'")),
              0);
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(*) FROM catalog")), 1);
    EXPECT_EQ(
        queryNumber(*db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'site.init' "
                                        "AND entity_id = '%1'")
                             .arg(site.uuid)),
        1);
    auto audit = AuditLog::verify(*db);
    ASSERT_TRUE(audit.ok());
    EXPECT_TRUE(audit->ok) << qPrintable(audit->problem);
}

TEST(SiteInit, SecondInitIsRefusedAndWritesNothing)
{
    TempDb tmp;
    FakeClock clock(vax::test::testNow());
    auto db = tmp.openTrainingSite(clock);
    ASSERT_TRUE(db);
    const Counts before = counts(*db);
    const QString headBefore = headHash(*db);
    ASSERT_FALSE(headBefore.isEmpty());

    clock.advance(60'000);
    auto again = SiteService::init({*db, clock}, trainingRequest(QStringLiteral("OTHER-1")));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);
    EXPECT_TRUE(again.error().message.contains(QLatin1String("TEST-001")))
        << qPrintable(again.error().message);

    EXPECT_EQ(counts(*db), before);
    EXPECT_EQ(headHash(*db), headBefore);
    EXPECT_EQ(SiteService::load(*db)->code, QStringLiteral("TEST-001"));
}

TEST(SiteInit, BadSiteCodeIsRefusedNamingTheField)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    FakeClock clock(vax::test::testNow());
    for (const QString& code :
         {QString(), QStringLiteral("X"), QStringLiteral("BAD CODE"),
          QStringLiteral("way-too-long-site-code-1"), QStringLiteral("北京-1")}) {
        SCOPED_TRACE(qPrintable(code));
        auto site = SiteService::init({*db, clock}, trainingRequest(code));
        ASSERT_FALSE(site.ok());
        EXPECT_EQ(site.error().code, ErrorCode::InvalidArgument);
        EXPECT_EQ(site.error().field, QStringLiteral("site-code"));
    }
    EXPECT_EQ(counts(*db), (Counts{0, 0, 0, 0, 0, 0}));
    auto load = SiteService::load(*db);
    ASSERT_FALSE(load.ok());
    EXPECT_EQ(load.error().code, ErrorCode::DbNotInitialized);
}

TEST(SiteInit, ProductionSiteNeedsAnAdministrator)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    FakeClock clock(vax::test::testNow());
    InitRequest req = trainingRequest(QStringLiteral("PROD-1"));
    req.training = false;
    auto site = SiteService::init({*db, clock}, req);
    ASSERT_FALSE(site.ok());
    EXPECT_EQ(site.error().field, QStringLiteral("admin-user"));
    EXPECT_EQ(counts(*db).site, 0);
}

TEST(Login, WrongPasswordsLockTheAccountUntilTheLockoutEnds)
{
    TempDb tmp;
    FakeClock clock(vax::test::testNow());
    auto db = tmp.openTrainingSite(clock);
    ASSERT_TRUE(db);

    for (int i = 1; i <= kMaxFailedLogins; ++i) {
        SCOPED_TRACE(i);
        clock.advance(5'000);
        auto wrong = AuthService::login({*db, clock}, kDemoUser, QStringLiteral("wrong-password"));
        ASSERT_FALSE(wrong.ok());
        EXPECT_EQ(wrong.error().code, ErrorCode::LoginFailed);
        EXPECT_EQ(wrong.error().field, QStringLiteral("password"));
    }
    // Locked now, even with the right password.
    auto locked = AuthService::login({*db, clock}, kDemoUser, kDemoPass);
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(locked.error().code, ErrorCode::AccountLocked);
    EXPECT_TRUE(locked.error().message.contains(QString::number(kLockoutMinutes)))
        << qPrintable(locked.error().message);

    clock.advance(16 * 60 * 1000);
    auto ok = AuthService::login({*db, clock}, kDemoUser, kDemoPass);
    ASSERT_TRUE(ok.ok()) << qPrintable(ok.error().message);
    EXPECT_EQ(ok->failedLogins, 0);
    EXPECT_FALSE(ok->lockedUntil.isValid());

    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                              "'login.failed'")),
              kMaxFailedLogins);
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'login'")),
              1);
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT failed_logins FROM staff WHERE username = "
                                              "'demo'")),
              0);
    auto audit = AuditLog::verify(*db);
    ASSERT_TRUE(audit.ok());
    EXPECT_TRUE(audit->ok) << qPrintable(audit->problem);
}

TEST(Login, StillLockedOneMinuteBeforeTheEnd)
{
    TempDb tmp;
    FakeClock clock(vax::test::testNow());
    auto db = tmp.openTrainingSite(clock);
    ASSERT_TRUE(db);
    // Lock the account without paying for five password hashes: record five failures.
    auto begin = AuthService::beginLogin({*db, clock}, kDemoUser);
    ASSERT_TRUE(begin.ok());
    StaffCredentials account = *begin;
    for (int i = 0; i < kMaxFailedLogins; ++i) {
        auto failed = AuthService::finishLogin({*db, clock}, account, false);
        ASSERT_FALSE(failed.ok());
        account.member.failedLogins += 1;
    }
    clock.advance((kLockoutMinutes - 1) * 60 * 1000);
    auto stillLocked = AuthService::beginLogin({*db, clock}, kDemoUser);
    ASSERT_FALSE(stillLocked.ok());
    EXPECT_EQ(stillLocked.error().code, ErrorCode::AccountLocked);
    clock.advance(2 * 60 * 1000);
    EXPECT_TRUE(AuthService::beginLogin({*db, clock}, kDemoUser).ok());
}

TEST(Login, UnknownUserFailsLikeAWrongPasswordAndIsAudited)
{
    TempDb tmp;
    FakeClock clock(vax::test::testNow());
    auto db = tmp.openTrainingSite(clock);
    ASSERT_TRUE(db);
    auto nobody = AuthService::login({*db, clock}, QStringLiteral("nobody"), kDemoPass);
    ASSERT_FALSE(nobody.ok());
    EXPECT_EQ(nobody.error().code, ErrorCode::LoginFailed) << qPrintable(nobody.error().message);
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                              "'login.failed' AND actor = 'unknown'")),
              1);
}
