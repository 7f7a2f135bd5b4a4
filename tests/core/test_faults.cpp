// The core write paths (check-in, administer) against real storage faults: a full disk
// (PRAGMA max_page_count), a database locked by another program (a raw sqlite3 connection
// holding BEGIN EXCLUSIVE), a database that cannot be written (PRAGMA query_only) and a disk
// whose fsync fails (a SQLite VFS shim, tests/support/faultvfs: in-process and deterministic,
// where libfiu's LD_PRELOAD would fight AddressSanitizer). Each fault gives its error code with
// a message in words, writes nothing, and the service works again once the fault is gone.
#include <gtest/gtest.h>

#include <QTimeZone>

#include "checkin/checkinservice.h"
#include "checkin/consent.h"
#include "desk/administrationservice.h"
#include "desk/queueservice.h"
#include "stock/stockfixture.h"  // tests/core/stock
#include "support/administerrequest.h"
#include "support/faultvfs.h"
#include "support/rawsqlite.h"
#include "support/residentid.h"

using namespace vax;

namespace {
const QTimeZone kChina(8 * 3600);

class FaultTest : public test::StockFixture {
protected:
    void SetUp() override
    {
        StockFixture::SetUp();
        checkin = std::make_unique<CheckInService>(ServiceContext(*db, clock));
        queue = std::make_unique<QueueService>(ServiceContext(*db, clock));
        administration = std::make_unique<AdministrationService>(ServiceContext(*db, clock));
        lot = receive(QStringLiteral("F1"), 500);
    }

    CheckInRequest checkInRequest(int seq)
    {
        CheckInRequest r;
        r.staffId = admin.id;
        r.draft.name = QStringLiteral("测试%1").arg(seq);
        r.draft.document.number = test::nthResidentId(seq, QDate(1960, 1, 1));
        r.duplicate.kind = DuplicateResolution::ConfirmNewPerson;
        for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
            r.answers.insert(q.id, false);
        r.temperatureC = 36.6;
        r.consent.textVersion = QString::fromLatin1(kConsentTextVersion);
        return r;
    }

    AdministerRequest administerRequest(const QString& visitId)
    {
        return test::confirmedAdministration(visitId, lot.id, QStringLiteral("1"), admin.id);
    }

    // Checks a person in and calls them to the desk; returns the visit id.
    QString calledVisit(int seq)
    {
        auto in = checkin->checkIn(checkInRequest(seq));
        EXPECT_TRUE(in.ok()) << (in.ok() ? "" : qPrintable(in.error().message));
        auto called = queue->callNext(QStringLiteral("1"), admin.id);
        EXPECT_TRUE(called.ok() && called->has_value());
        return in.ok() ? in->visitId : QString();
    }

    QString scalar(const QString& sql)
    {
        auto q = db->exec(sql);
        EXPECT_TRUE(q.ok()) << (q.ok() ? "" : qPrintable(q.error().message));
        return q.ok() ? q->scalar().toString() : QString();
    }

    // Everything a check-in or an administration writes, to prove a failed one wrote nothing.
    QStringList snapshot()
    {
        QStringList out;
        for (const char* sql :
             {"SELECT count(*) FROM person", "SELECT count(*) FROM identity_document",
              "SELECT count(*) FROM visit", "SELECT group_concat(id || ':' || state) FROM visit",
              "SELECT count(*) FROM consent", "SELECT count(*) FROM dose",
              "SELECT count(*) || '/' || SUM(doses) FROM stock_movement",
              "SELECT count(*) FROM observation", "SELECT count(*) FROM audit",
              "SELECT last_hash FROM audit_head"})
            out << scalar(QString::fromLatin1(sql));
        return out;
    }

    // The disk is "full" at the current size: the next write that needs a new page fails.
    void fillDisk()
    {
        const QString pages = scalar(QStringLiteral("PRAGMA page_count"));
        ASSERT_EQ(scalar(QStringLiteral("PRAGMA max_page_count = ") + pages), pages);
    }
    void freeDisk()
    {
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA max_page_count = 1073741823")).ok());
    }

    std::unique_ptr<CheckInService> checkin;
    std::unique_ptr<QueueService> queue;
    std::unique_ptr<AdministrationService> administration;
    LotInfo lot;
};

void expectInWords(const Error& e)
{
    EXPECT_TRUE(e.message.contains(QStringLiteral("Nothing was saved"))) << qPrintable(e.message);
}
}  // namespace

TEST_F(FaultTest, CheckInOnAFullDiskWritesNothingAndWorksOnceThereIsRoom)
{
    ASSERT_FALSE(calledVisit(1).isEmpty());
    ASSERT_TRUE(db->exec(QStringLiteral("VACUUM")).ok());  // no free pages to reuse
    ASSERT_NO_FATAL_FAILURE(fillDisk());
    // Keep checking people in until one needs a page the disk does not have.
    int seq = 2;
    std::optional<Error> full;
    QStringList before;
    for (; seq < 400 && !full; ++seq) {
        before = snapshot();
        auto r = checkin->checkIn(checkInRequest(seq));
        if (!r.ok())
            full = r.error();
    }
    ASSERT_TRUE(full.has_value()) << "no check-in ran out of room";
    EXPECT_EQ(full->code, ErrorCode::DbFull) << qPrintable(full->message);
    EXPECT_TRUE(full->message.contains(QStringLiteral("disk is full")))
        << qPrintable(full->message);
    expectInWords(*full);
    EXPECT_EQ(snapshot(), before);

    ASSERT_NO_FATAL_FAILURE(freeDisk());
    auto again = checkin->checkIn(checkInRequest(seq - 1));
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().message);
    EXPECT_EQ(scalar(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

TEST_F(FaultTest, AdministerOnAFullDiskWritesNothingAndWorksOnceThereIsRoom)
{
    std::optional<Error> full;
    QString visit;
    QStringList before;
    for (int seq = 1; seq < 200 && !full; ++seq) {
        ASSERT_NO_FATAL_FAILURE(freeDisk());
        visit = calledVisit(seq);
        ASSERT_FALSE(visit.isEmpty());
        ASSERT_NO_FATAL_FAILURE(fillDisk());
        before = snapshot();
        auto r = administration->administer(administerRequest(visit));
        if (!r.ok())
            full = r.error();
    }
    ASSERT_TRUE(full.has_value()) << "no administration ran out of room";
    EXPECT_EQ(full->code, ErrorCode::DbFull) << qPrintable(full->message);
    expectInWords(*full);
    EXPECT_EQ(snapshot(), before);

    // The nurse's input is still valid: the same request succeeds once there is room.
    ASSERT_NO_FATAL_FAILURE(freeDisk());
    auto again = administration->administer(administerRequest(visit));
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().message);
    EXPECT_EQ(scalar(QStringLiteral("SELECT visit_id FROM dose WHERE id = '") + again->dose.id +
                     QStringLiteral("'")),
              visit);
}

TEST_F(FaultTest, ADatabaseLockedByAnotherProgramIsBusyAndNothingIsWritten)
{
    const QString visit = calledVisit(1);
    ASSERT_FALSE(visit.isEmpty());
    ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA busy_timeout = 50")).ok());
    const QStringList before = snapshot();
    {
        test::RawSqlite other(tmp.path());
        other.mustExec(QStringLiteral("BEGIN EXCLUSIVE"));

        auto in = checkin->checkIn(checkInRequest(2));
        ASSERT_FALSE(in.ok());
        EXPECT_EQ(in.error().code, ErrorCode::DbBusy) << qPrintable(in.error().message);
        EXPECT_TRUE(in.error().message.contains(QStringLiteral("another program")))
            << qPrintable(in.error().message);
        expectInWords(in.error());

        auto given = administration->administer(administerRequest(visit));
        ASSERT_FALSE(given.ok());
        EXPECT_EQ(given.error().code, ErrorCode::DbBusy) << qPrintable(given.error().message);
        expectInWords(given.error());

        other.mustExec(QStringLiteral("ROLLBACK"));
    }
    EXPECT_EQ(snapshot(), before);

    // The other program let go: both work.
    auto given = administration->administer(administerRequest(visit));
    ASSERT_TRUE(given.ok()) << qPrintable(given.error().message);
    auto in = checkin->checkIn(checkInRequest(2));
    ASSERT_TRUE(in.ok()) << qPrintable(in.error().message);
}

TEST_F(FaultTest, ADatabaseThatCannotBeWrittenIsReadOnlyAndNothingIsWritten)
{
    const QString visit = calledVisit(1);
    ASSERT_FALSE(visit.isEmpty());
    const QStringList before = snapshot();
    // Root ignores file permissions, so the connection itself is made read-only.
    ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA query_only = ON")).ok());

    auto in = checkin->checkIn(checkInRequest(2));
    ASSERT_FALSE(in.ok());
    EXPECT_EQ(in.error().code, ErrorCode::DbReadOnly) << qPrintable(in.error().message);
    EXPECT_TRUE(in.error().message.contains(QStringLiteral("cannot be written")))
        << qPrintable(in.error().message);
    expectInWords(in.error());

    auto given = administration->administer(administerRequest(visit));
    ASSERT_FALSE(given.ok());
    EXPECT_EQ(given.error().code, ErrorCode::DbReadOnly) << qPrintable(given.error().message);
    expectInWords(given.error());

    ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA query_only = OFF")).ok());
    EXPECT_EQ(snapshot(), before);
    auto again = administration->administer(administerRequest(visit));
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().message);
}

namespace {

// Every connection of these tests goes through the fault VFS (installed before the site opens).
class SyncFaultTest : public FaultTest {
protected:
    void SetUp() override
    {
        test::FaultVfs::install();
        FaultTest::SetUp();
    }
    void TearDown() override
    {
        test::FaultVfs::setFailSync(false);
        FaultTest::TearDown();
    }

    // Reopens the database as the next start would: what was on disk, nothing in memory.
    void reopen()
    {
        checkin.reset();
        queue.reset();
        administration.reset();
        db.reset();
        db = tmp.open();
        ASSERT_TRUE(db);
        checkin = std::make_unique<CheckInService>(ServiceContext(*db, clock));
        queue = std::make_unique<QueueService>(ServiceContext(*db, clock));
        administration = std::make_unique<AdministrationService>(ServiceContext(*db, clock));
    }
};

}  // namespace

TEST_F(SyncFaultTest, CheckInWhenTheDiskCannotSyncWritesNothingAndWorksAfterwards)
{
    ASSERT_FALSE(calledVisit(1).isEmpty());
    ASSERT_GT(test::FaultVfs::syncCalls(), 0) << "the connection does not go through the shim";
    const QStringList before = snapshot();

    test::FaultVfs::setFailSync(true);
    auto failed = checkin->checkIn(checkInRequest(2));
    test::FaultVfs::setFailSync(false);
    ASSERT_FALSE(failed.ok()) << "a commit whose fsync failed was reported as saved";
    EXPECT_GT(test::FaultVfs::failedSyncs(), 0);
    EXPECT_EQ(failed.error().code, ErrorCode::Io) << qPrintable(failed.error().message);
    expectInWords(failed.error());
    EXPECT_EQ(snapshot(), before);

    // The same input succeeds once the disk syncs again, and only it is there after a restart.
    auto again = checkin->checkIn(checkInRequest(2));
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().message);
    const QStringList after = snapshot();
    ASSERT_NO_FATAL_FAILURE(reopen());
    EXPECT_EQ(snapshot(), after);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM visit")), QStringLiteral("2"));
    EXPECT_EQ(scalar(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

TEST_F(SyncFaultTest, AdministerWhenTheDiskCannotSyncWritesNothingAndWorksAfterwards)
{
    const QString visit = calledVisit(1);
    ASSERT_FALSE(visit.isEmpty());
    const QStringList before = snapshot();

    test::FaultVfs::setFailSync(true);
    auto failed = administration->administer(administerRequest(visit));
    test::FaultVfs::setFailSync(false);
    ASSERT_FALSE(failed.ok()) << "a dose whose commit could not be synced was reported as saved";
    EXPECT_EQ(failed.error().code, ErrorCode::Io) << qPrintable(failed.error().message);
    expectInWords(failed.error());
    EXPECT_EQ(snapshot(), before);

    auto again = administration->administer(administerRequest(visit));
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().message);
    ASSERT_NO_FATAL_FAILURE(reopen());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM dose")), QStringLiteral("1"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT visit_id FROM dose WHERE id = '") + again->dose.id +
                     QStringLiteral("'")),
              visit);
    EXPECT_EQ(scalar(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}
