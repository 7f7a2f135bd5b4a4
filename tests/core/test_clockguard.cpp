// The PC's clock going backwards is caught: the database keeps the latest time it has written
// and refuses a write stamped well before it, until a site administrator acknowledges.
#include <gtest/gtest.h>

#include <QTimeZone>

#include "checkin/checkinservice.h"
#include "desk/administrationservice.h"
#include "desk/queueservice.h"
#include "security/auth.h"
#include "site/clockservice.h"
#include "stock/stockfixture.h"  // tests/core/stock
#include "storage/audit.h"
#include "storage/clockguard.h"
#include "storage/transaction.h"
#include "support/administerrequest.h"
#include "support/checkinrequest.h"
#include "support/residentid.h"

using namespace vax;
using vax::test::residentId;

namespace {
const QTimeZone kChina(8 * 3600);
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
const QString kNurse = QStringLiteral("nurse-1");

class ClockGuardTest : public test::StockFixture {
protected:
    void SetUp() override
    {
        StockFixture::SetUp();
        queue = std::make_unique<QueueService>(ServiceContext(*db, clock));
        administration = std::make_unique<AdministrationService>(ServiceContext(*db, clock));
        checkin = std::make_unique<CheckInService>(ServiceContext(*db, clock));
        test::addStaff(*db, kNurse, Roles(Role::Vaccinator));
    }

    Result<CheckInReceipt> checkIn(const QString& name, int seq)
    {
        return checkin->checkIn(
            test::passingCheckIn(admin.id, name, residentId(QDate(1980, 3, 15), seq)));
    }

    Result<AdministerReceipt> administer(const QString& visitId, const QString& lot)
    {
        return administration->administer(
            test::confirmedAdministration(visitId, lot, QStringLiteral("3"), admin.id));
    }

    QString scalar(const QString& sql)
    {
        auto q = db->exec(sql);
        EXPECT_TRUE(q.ok());
        return q.ok() ? q->scalar().toString() : QString();
    }

    QStringList snapshot()
    {
        QStringList out;
        for (const char* sql : {"SELECT count(*) FROM dose", "SELECT count(*) FROM stock_movement",
                                "SELECT group_concat(id || ':' || state) FROM visit",
                                "SELECT count(*) FROM observation", "SELECT count(*) FROM audit",
                                "SELECT last_hash FROM audit_head",
                                "SELECT value FROM meta WHERE key = 'clock.latest_write'"})
            out << scalar(QString::fromLatin1(sql));
        return out;
    }

    // Visit `later` checked in three days after `early`, and the lot; the clock stands three
    // days after the start.
    struct Two {
        QString early, later;
        LotInfo lot;
    };
    Two checkInThreeDaysApart()
    {
        Two t;
        auto early = checkIn(QStringLiteral("李早"), 11);
        EXPECT_TRUE(early.ok()) << qPrintable(early.error().message);
        t.lot = receive(QStringLiteral("CG1"), 10);
        clock.advance(3 * kDayMs);
        auto later = checkIn(QStringLiteral("王晚"), 13);
        EXPECT_TRUE(later.ok()) << qPrintable(later.error().message);
        t.early = early.ok() ? early->visitId : QString();
        t.later = later.ok() ? later->visitId : QString();
        return t;
    }

    std::unique_ptr<QueueService> queue;
    std::unique_ptr<AdministrationService> administration;
    std::unique_ptr<CheckInService> checkin;
};
}  // namespace

TEST_F(ClockGuardTest, AClockSetBackThreeDaysBetweenTwoAdministrationsIsRefused)
{
    const Two t = checkInThreeDaysApart();
    auto first = administer(t.later, t.lot.id);
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().message);
    const QDateTime latest = clock.nowUtc();

    clock.jumpWall(-3 * kDayMs);  // someone sets the PC's clock back three days
    const QStringList before = snapshot();
    auto second = administer(t.early, t.lot.id);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::ClockWentBack);
    EXPECT_EQ(errorCodeName(second.error().code), QStringLiteral("clock.went_back"));
    // Both times, in the site's zone (Asia/Shanghai), and the fix.
    const QTimeZone shanghai("Asia/Shanghai");
    EXPECT_TRUE(second.error().message.contains(ClockGuard::showTime(clock.nowUtc(), shanghai)))
        << qPrintable(second.error().message);
    EXPECT_TRUE(second.error().message.contains(ClockGuard::showTime(latest, shanghai)))
        << qPrintable(second.error().message);
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("2021-06-04 09:00")))
        << qPrintable(second.error().message);
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("UTC+08:00")));
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("Nothing was saved")));
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("site administrator")));
    EXPECT_EQ(snapshot(), before);  // nothing written, not even the mark

    // Every write is refused the same way, not only the desk's.
    EXPECT_EQ(checkIn(QStringLiteral("赵三"), 15).error().code, ErrorCode::ClockWentBack);
    LotReceipt r;
    r.productCode = QStringLiteral("BBIBP-CorV");
    r.lotNumber = QStringLiteral("CG2");
    r.expiry = QDate(2021, 12, 31);
    r.vials = 1;
    r.fridgeId = fridge.id;
    EXPECT_EQ(LotService::receive({*db, clock, admin.id}, r).error().code,
              ErrorCode::ClockWentBack);
    EXPECT_EQ(queue->callNext(QStringLiteral("3"), admin.id).error().code,
              ErrorCode::ClockWentBack);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(ClockGuardTest, ABackJumpOfThirtySecondsPasses)
{
    auto a = checkIn(QStringLiteral("李一"), 11);
    auto b = checkIn(QStringLiteral("李二"), 13);
    ASSERT_TRUE(a.ok() && b.ok());
    const LotInfo lot = receive(QStringLiteral("CG1"), 10);
    clock.advance(60'000);
    ASSERT_TRUE(administer(a->visitId, lot.id).ok());
    clock.jumpWall(-30'000);  // NTP corrects the clock by half a minute
    auto second = administer(b->visitId, lot.id);
    EXPECT_TRUE(second.ok()) << qPrintable(second.error().message);
    // Just inside the default tolerance of five minutes also passes; just outside does not.
    clock.jumpWall(-(5 * 60'000 - 30'000 - 1'000));
    EXPECT_TRUE(checkIn(QStringLiteral("李三"), 15).ok());
    clock.jumpWall(-2'000);
    EXPECT_EQ(checkIn(QStringLiteral("李四"), 17).error().code, ErrorCode::ClockWentBack);
}

TEST_F(ClockGuardTest, ASiteAdministratorsAcknowledgementLetsTheNextWritePass)
{
    const Two t = checkInThreeDaysApart();
    ASSERT_TRUE(administer(t.later, t.lot.id).ok());
    const QDateTime latest = clock.nowUtc();
    clock.jumpWall(-3 * kDayMs);
    ASSERT_EQ(administer(t.early, t.lot.id).error().code, ErrorCode::ClockWentBack);

    auto state = ClockService::status({*db, clock});
    ASSERT_TRUE(state.ok());
    EXPECT_TRUE(state->refused);
    EXPECT_EQ(state->latestWritten, latest);
    EXPECT_EQ(state->behindMs, 3 * kDayMs);

    // A reason is required.
    EXPECT_EQ(ClockService::acknowledge({*db, clock, admin.id}, QStringLiteral("  ")).error().code,
              ErrorCode::ReasonRequired);
    auto ack = ClockService::acknowledge({*db, clock, admin.id},
                                         QStringLiteral("clock was 3 days ahead, set right"));
    ASSERT_TRUE(ack.ok()) << qPrintable(ack.error().message);
    EXPECT_EQ(ack->previousMark, latest);
    EXPECT_EQ(ack->newMark, clock.nowUtc());
    EXPECT_EQ(scalar(QStringLiteral("SELECT actor || '|' || json_extract(detail, '$.reason') || "
                                    "'|' || json_extract(detail, '$.from') || '|' || "
                                    "json_extract(detail, '$.to') FROM audit WHERE action = "
                                    "'clock.acknowledge'")),
              admin.id + QStringLiteral("|clock was 3 days ahead, set right|") +
                  latest.toString(Qt::ISODateWithMs) + u'|' +
                  clock.nowUtc().toString(Qt::ISODateWithMs));
    EXPECT_FALSE(ClockService::status({*db, clock})->refused);

    clock.advance(60'000);
    auto second = administer(t.early, t.lot.id);
    EXPECT_TRUE(second.ok()) << qPrintable(second.error().message);

    // The chain is intact; the acknowledged correction starts a new time line, so no row is
    // reported as running backwards.
    auto report = AuditLog::verify(*db);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok);
    EXPECT_EQ(report->timeBackwardsCount, 0);
}

TEST_F(ClockGuardTest, ANurseMayNotAcknowledge)
{
    ASSERT_TRUE(checkIn(QStringLiteral("李一"), 11).ok());
    const QString mark = snapshot().last();
    clock.jumpWall(-3 * kDayMs);
    auto ack = ClockService::acknowledge({*db, clock, kNurse}, QStringLiteral("I changed it"));
    ASSERT_FALSE(ack.ok());
    EXPECT_EQ(ack.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(snapshot().last(), mark);
    EXPECT_TRUE(ClockService::status({*db, clock})->refused);
    EXPECT_EQ(ClockService::setToleranceMinutes({*db, clock, kNurse}, 60).error().code,
              ErrorCode::PermissionDenied);
}

TEST_F(ClockGuardTest, SigningInStillWorksSoTheAdministratorCanAcknowledge)
{
    ASSERT_TRUE(checkIn(QStringLiteral("李一"), 11).ok());
    clock.jumpWall(-3 * kDayMs);
    auto login = AuthService::login({*db, clock}, QStringLiteral("demo"),
                                    QString::fromLatin1(kDemoPassword));
    EXPECT_TRUE(login.ok()) << qPrintable(login.error().message);
    // A sign-in does not move the mark.
    EXPECT_TRUE(ClockService::status({*db, clock})->refused);
}

TEST_F(ClockGuardTest, TheToleranceIsASiteSetting)
{
    ASSERT_TRUE(checkIn(QStringLiteral("李一"), 11).ok());
    clock.jumpWall(-30 * 60'000);
    EXPECT_EQ(checkIn(QStringLiteral("李二"), 13).error().code, ErrorCode::ClockWentBack);
    EXPECT_EQ(ClockService::setToleranceMinutes({*db, clock, admin.id}, 0).error().code,
              ErrorCode::InvalidArgument);
    // Changing the setting is itself a write: it must come from a clock that is right.
    clock.jumpWall(30 * 60'000);
    ASSERT_TRUE(ClockService::setToleranceMinutes({*db, clock, admin.id}, 60).ok());
    clock.jumpWall(-30 * 60'000);
    EXPECT_TRUE(checkIn(QStringLiteral("李二"), 13).ok());
    EXPECT_EQ(ClockGuard::toleranceMinutes(*db).valueOr(0), 60);
}

TEST_F(ClockGuardTest, AuditVerifyReportsTimesThatRunBackwards)
{
    // A database written before the rule existed (or edited outside VaxPoint): two rows whose
    // times run backwards by a day, written with the mark pushed back by hand.
    ASSERT_TRUE(checkIn(QStringLiteral("李一"), 11).ok());
    const qint64 lastForward = test::queryNumber(*db, QStringLiteral("SELECT max(id) FROM audit"));
    clock.jumpWall(-kDayMs);
    {
        auto tx = WriteTransaction::begin(*db);
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(ClockGuard::resetMark(*db, clock.nowUtc()).ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    ASSERT_TRUE(checkIn(QStringLiteral("李二"), 13).ok());
    auto report = AuditLog::verify(*db);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok);  // a warning, not a broken chain
    ASSERT_GE(report->timeBackwardsCount, 1);
    ASSERT_FALSE(report->timeBackwards.empty());
    const AuditTimeStep& step = report->timeBackwards.front();
    EXPECT_EQ(step.id, lastForward + 1);
    EXPECT_EQ(step.latestId, lastForward);
    EXPECT_EQ(step.at.msecsTo(step.latestAt), kDayMs);
}

TEST_F(ClockGuardTest, ADatabaseFromBeforeTheRuleTakesItsMarkFromTheAuditLog)
{
    ASSERT_TRUE(checkIn(QStringLiteral("李一"), 11).ok());
    const QDateTime latest = clock.nowUtc();
    ASSERT_TRUE(db->exec(QStringLiteral("DELETE FROM meta WHERE key = 'clock.latest_write'")).ok());
    EXPECT_EQ(ClockGuard::latestWritten(*db).valueOr(QDateTime()), latest);
    clock.jumpWall(-kDayMs);
    EXPECT_EQ(checkIn(QStringLiteral("李二"), 13).error().code, ErrorCode::ClockWentBack);
}
