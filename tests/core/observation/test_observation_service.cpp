// The observation area on a real database: observations started by real administrations, time
// left across a restart and a wall-clock jump, departure only once the time is up, early leave
// with a reason, adverse events written atomically with the observation's new state.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>

#include "aefi/aefiservice.h"
#include "observation/observationseeder.h"
#include "observation/observationservice.h"
#include "security/staff.h"
#include "storage/audit.h"
#include "support/demosite.h"
#include "support/tempdb.h"

using namespace vax;
using namespace vax::observation;

namespace {
const QTimeZone kChina(8 * 3600);

class ObservationTest : public test::DemoSiteTest {
protected:
    void SetUp() override
    {
        DemoSiteTest::SetUp();
        if (HasFatalFailure())
            return;
        seeder = std::make_unique<test::ObservationSeeder>(*db, clock, admin.id, 50, kChina);
        ASSERT_TRUE(seeder->error().isEmpty()) << qPrintable(seeder->error());
        service = std::make_unique<ObservationService>(ServiceContext(*db, clock));
        aefis = std::make_unique<AefiService>(ServiceContext(*db, clock));
    }

    test::ObservationSeeder::Admitted admit(int i, const QString& desk = QStringLiteral("2"))
    {
        auto a = seeder->admit(i, desk);
        EXPECT_FALSE(a.observationId.isEmpty()) << qPrintable(seeder->error());
        return a;
    }

    QString scalar(const QString& sql, const QVariantList& args = {})
    {
        auto q = db->exec(sql, args);
        EXPECT_TRUE(q.ok());
        return q.ok() ? q->scalar().toString() : QString();
    }

    // Everything an observation or AEFI write touches, to prove a refusal wrote nothing.
    QStringList snapshot()
    {
        return {scalar(QStringLiteral("SELECT group_concat(id || ':' || state || ':' || "
                                      "change_seq) FROM observation")),
                scalar(QStringLiteral("SELECT count(*) FROM adverse_event")),
                scalar(QStringLiteral("SELECT count(*) FROM audit"))};
    }

    aefi::Report report(const QString& doseId)
    {
        aefi::Report r;
        r.doseId = doseId;
        r.onset = clock.nowUtc().addSecs(-60);
        r.symptoms = {QStringLiteral("dizziness"), QStringLiteral("nausea_vomiting")};
        r.severity = QStringLiteral("mild");
        r.seriousness = QStringLiteral("non_serious");
        r.actions = {QStringLiteral("observed")};
        r.reporterStaffId = admin.id;
        return r;
    }

    std::unique_ptr<test::ObservationSeeder> seeder;
    std::unique_ptr<ObservationService> service;
    std::unique_ptr<AefiService> aefis;
};
}  // namespace

TEST_F(ObservationTest, TheBoardShowsMaskedNamesInBoardOrder)
{
    const auto a = admit(0);
    clock.advance(45'000);
    const auto b = admit(1, QStringLiteral("3"));
    auto board = service->board();
    ASSERT_TRUE(board.ok()) << qPrintable(board.error().message);
    ASSERT_EQ(board->size(), 2u);
    EXPECT_EQ(board->at(0).observationId, a.observationId);
    EXPECT_EQ(board->at(0).queueNumber, a.queueNumber);
    EXPECT_EQ(board->at(0).maskedName, QStringLiteral("王*"));
    EXPECT_EQ(board->at(0).desk, QStringLiteral("2"));
    EXPECT_EQ(board->at(0).endsAt, a.endsAt);
    EXPECT_EQ(board->at(1).maskedName, QStringLiteral("李*"));
    EXPECT_EQ(board->at(1).desk, QStringLiteral("3"));
    for (const BoardEntry& e : *board)
        for (const auto& full : {a.fullName, b.fullName})
            EXPECT_NE(e.maskedName, full);
    auto listed = service->list(false);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ(listed->at(0).maskedName, QStringLiteral("王*"));
    EXPECT_EQ(listed->at(0).minutes, 30);
    EXPECT_EQ(listed->at(0).doseId, a.doseId);
}

TEST_F(ObservationTest, TimeLeftSurvivesARestartOnTheSameDatabase)
{
    const auto a = admit(0);
    clock.advance(10 * 60'000);
    db.reset();  // the process ends
    service.reset();
    aefis.reset();
    seeder.reset();

    // A new process: a new connection and a monotonic clock starting from zero again.
    FakeClock restarted(clock.nowUtc());
    auto reopened = tmp.open();
    ASSERT_TRUE(reopened);
    ObservationService again({*reopened, restarted});
    auto board = again.board();
    ASSERT_TRUE(board.ok());
    ASSERT_EQ(board->size(), 1u);
    EXPECT_EQ(board->front().endsAt, a.endsAt);
    EXPECT_EQ(secondsLeft(board->front().endsAt, restarted.nowUtc()), 20 * 60);
    EXPECT_EQ(formatLeft(secondsLeft(board->front().endsAt, restarted.nowUtc())),
              QStringLiteral("20:00"));
}

TEST_F(ObservationTest, AWallClockJumpIsReportedAndStoredEndTimesStay)
{
    const auto a = admit(0);
    WallClockJumpDetector detector;
    EXPECT_FALSE(detector.sample(clock.nowUtc(), clock.monotonicMs()));
    clock.advance(1000);
    EXPECT_FALSE(detector.sample(clock.nowUtc(), clock.monotonicMs()));
    clock.jumpWall(2 * 3600'000);  // someone sets the clock two hours ahead
    clock.advance(1000);
    const auto jump = detector.sample(clock.nowUtc(), clock.monotonicMs());
    ASSERT_TRUE(jump.has_value());
    EXPECT_EQ(*jump, 2 * 3600'000);

    auto stored = service->find(a.observationId);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->endsAt, a.endsAt);  // nothing was shifted
    EXPECT_EQ(stored->state, QStringLiteral("observing"));
    auto board = service->board();
    ASSERT_TRUE(board.ok());
    ASSERT_EQ(board->size(), 1u);  // still on the board, now shown as overdue
    EXPECT_EQ(boardState(board->front().endsAt, clock.nowUtc(), false), BoardState::Overdue);
}

TEST_F(ObservationTest, ExactlyAtThirtyMinutesThePersonMayDepart)
{
    const auto a = admit(0);
    EXPECT_EQ(a.endsAt, clock.nowUtc().addSecs(30 * 60));
    clock.advance(30 * 60'000 - 1);
    EXPECT_EQ(secondsLeft(a.endsAt, clock.nowUtc()), 1);
    auto early = service->depart(a.observationId, admin.id);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, ErrorCode::ObservationTooEarly);

    clock.advance(1);  // 30:00 exactly
    EXPECT_EQ(secondsLeft(a.endsAt, clock.nowUtc()), 0);
    EXPECT_EQ(boardState(a.endsAt, clock.nowUtc(), false), BoardState::MayLeave);
    auto departed = service->depart(a.observationId, admin.id);
    ASSERT_TRUE(departed.ok()) << qPrintable(departed.error().message);
    EXPECT_EQ(departed->state, QStringLiteral("departed"));
    EXPECT_EQ(departed->departedAt, clock.nowUtc());
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT state FROM observation WHERE id = ?"), {a.observationId}),
        QStringLiteral("departed"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT action FROM audit ORDER BY id DESC LIMIT 1")),
              QStringLiteral("observation.depart"));
    auto board = service->board();
    ASSERT_TRUE(board.ok());
    EXPECT_TRUE(board->empty());
}

TEST_F(ObservationTest, DepartureBeforeTimeOnlyThroughTheLeftEarlyPath)
{
    const auto a = admit(0);
    clock.advance(12 * 60'000);
    const QStringList before = snapshot();
    auto refused = service->depart(a.observationId, admin.id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::ObservationTooEarly);
    EXPECT_EQ(refused.error().codeName(), QStringLiteral("observation.too_early"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("18:00")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("left-early")));
    EXPECT_EQ(snapshot(), before);

    auto noReason = service->leftEarly(a.observationId, admin.id, QStringLiteral("  "));
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().code, ErrorCode::ReasonRequired);
    EXPECT_EQ(noReason.error().field, QStringLiteral("reason"));
    EXPECT_EQ(snapshot(), before);

    auto left = service->leftEarly(a.observationId, admin.id, QStringLiteral("refused to wait"));
    ASSERT_TRUE(left.ok()) << qPrintable(left.error().message);
    EXPECT_EQ(left->state, QStringLiteral("left_early"));
    EXPECT_EQ(left->note, QStringLiteral("refused to wait"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT action FROM audit ORDER BY id DESC LIMIT 1")),
              QStringLiteral("observation.left_early"));

    // Ended: neither path works again.
    clock.advance(30 * 60'000);
    auto again = service->depart(a.observationId, admin.id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::ObservationState);
    // An observation that is over is not "left early".
    const auto b = admit(1);
    clock.advance(31 * 60'000);
    auto late = service->leftEarly(b.observationId, admin.id, QStringLiteral("x"));
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, ErrorCode::ObservationState);
    EXPECT_FALSE(service->depart(QStringLiteral("nope"), admin.id).ok());
}

TEST_F(ObservationTest, AnyStaffMayRecordADepartureOnlyClinicalStaffAnAdverseEvent)
{
    const auto a = admit(0);
    clock.advance(2 * 60'000);
    test::addStaff(*db, QStringLiteral("keeper"), Roles(Role::StockKeeper));
    test::addStaff(*db, QStringLiteral("registrar"), Roles(Role::Registrar));
    const QStringList before = snapshot();
    auto refused = aefis->add([&] {
        auto r = report(a.doseId);
        r.reporterStaffId = QStringLiteral("registrar");
        return r;
    }());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_FALSE(service->refer(a.observationId, QStringLiteral("keeper"), {}).ok());
    EXPECT_FALSE(service->depart(a.observationId, QStringLiteral("nobody")).ok());
    EXPECT_EQ(snapshot(), before);
    clock.advance(30 * 60'000);
    auto departed = service->depart(a.observationId, QStringLiteral("keeper"));
    ASSERT_TRUE(departed.ok()) << qPrintable(departed.error().message);
}

TEST_F(ObservationTest, TheChangeStampMovesOnlyWhenSomethingIsWritten)
{
    auto s0 = service->changeStamp();
    ASSERT_TRUE(s0.ok());
    const auto a = admit(0);
    auto s1 = service->changeStamp();
    ASSERT_TRUE(s1.ok());
    EXPECT_GT(*s1, *s0);
    ASSERT_TRUE(service->board().ok());
    EXPECT_EQ(*service->changeStamp(), *s1);  // reading changes nothing
    clock.advance(2 * 60'000);
    ASSERT_TRUE(aefis->add(report(a.doseId)).ok());
    auto s2 = service->changeStamp();
    EXPECT_GT(*s2, *s1);
}

TEST_F(ObservationTest, AnAdverseEventMovesTheObservationAndStandsOutOnTheBoard)
{
    const auto a = admit(0);
    clock.advance(60'000);
    const auto b = admit(1);
    clock.advance(5 * 60'000);
    auto added = aefis->add(report(b.doseId));
    ASSERT_TRUE(added.ok()) << qPrintable(added.error().message);
    EXPECT_FALSE(added->immediateReport);
    EXPECT_EQ(added->observationId, b.observationId);
    EXPECT_EQ(added->observationState, QStringLiteral("adverse_event"));
    EXPECT_EQ(added->queueNumber, b.queueNumber);
    EXPECT_EQ(added->maskedName, QStringLiteral("李*"));
    EXPECT_EQ(added->symptoms,
              (QStringList{QStringLiteral("dizziness"), QStringLiteral("nausea_vomiting")}));
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT state FROM observation WHERE id = ?"), {b.observationId}),
        QStringLiteral("adverse_event"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT action FROM audit ORDER BY id DESC LIMIT 1")),
              QStringLiteral("aefi.add"));

    auto board = service->board();
    ASSERT_TRUE(board.ok());
    ASSERT_EQ(board->size(), 2u);
    EXPECT_EQ(board->at(0).observationId, b.observationId);  // adverse events first
    EXPECT_TRUE(board->at(0).adverseEvent);
    EXPECT_FALSE(board->at(0).seriousAdverseEvent);
    EXPECT_EQ(board->at(1).observationId, a.observationId);

    // The person recovers and leaves once the time is up.
    EXPECT_EQ(service->depart(b.observationId, admin.id).error().code,
              ErrorCode::ObservationTooEarly);
    clock.advance(30 * 60'000);
    EXPECT_TRUE(service->depart(b.observationId, admin.id).ok());
}

TEST_F(ObservationTest, ASeriousEventIsFlaggedForImmediateReportAndAReferralLeavesTheArea)
{
    const auto a = admit(0);
    const auto b = admit(1);
    clock.advance(3 * 60'000);
    auto serious = report(a.doseId);
    serious.symptoms = {QStringLiteral("anaphylaxis"), QStringLiteral("breathing_difficulty")};
    serious.severity = QStringLiteral("severe");
    serious.seriousness = QStringLiteral("serious");
    serious.actions = {QStringLiteral("treated_on_site"), QStringLiteral("ambulance")};
    serious.outcome = QStringLiteral("recovering");
    auto added = aefis->add(serious);
    ASSERT_TRUE(added.ok()) << qPrintable(added.error().message);
    EXPECT_TRUE(added->immediateReport);
    EXPECT_EQ(added->observationState, QStringLiteral("referred"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT immediate_report FROM adverse_event WHERE id = ?"),
                     {added->id}),
              QStringLiteral("1"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT state || ':' || (departed_at IS NOT NULL) FROM "
                                    "observation WHERE id = ?"),
                     {a.observationId}),
              QStringLiteral("referred:1"));

    // A serious event for someone still in the area: first on the board, flagged.
    auto onSite = serious;
    onSite.doseId = b.doseId;
    onSite.actions = {QStringLiteral("treated_on_site")};
    ASSERT_TRUE(aefis->add(onSite).ok());
    auto board = service->board();
    ASSERT_TRUE(board.ok());
    ASSERT_EQ(board->size(), 1u);  // the referred person has left
    EXPECT_TRUE(board->front().seriousAdverseEvent);

    auto day = aefis->listOn(clock.nowUtc().toTimeZone(kChina).date());
    ASSERT_TRUE(day.ok());
    ASSERT_EQ(day->size(), 2u);
    EXPECT_EQ(day->at(0).actions,
              (QStringList{QStringLiteral("treated_on_site"), QStringLiteral("ambulance")}));
    auto otherDay = aefis->listOn(QDate(2021, 5, 31));
    ASSERT_TRUE(otherDay.ok());
    EXPECT_TRUE(otherDay->empty());
}

TEST_F(ObservationTest, AnInvalidReportIsRefusedAndWritesNothing)
{
    const auto a = admit(0);
    clock.advance(5 * 60'000);
    const QStringList before = snapshot();
    const auto refuse = [&](aefi::Report r, const char* field) {
        auto res = aefis->add(r);
        ASSERT_FALSE(res.ok()) << field;
        EXPECT_EQ(res.error().field, QString::fromLatin1(field)) << qPrintable(res.error().message);
        EXPECT_FALSE(res.error().message.isEmpty());
        EXPECT_EQ(snapshot(), before);
    };
    auto r = report(a.doseId);
    r.symptoms = {QStringLiteral("sneezing")};
    refuse(r, "symptoms");
    r = report(a.doseId);
    r.symptoms = {};
    refuse(r, "symptoms");
    r = report(a.doseId);
    r.symptoms = {QStringLiteral("anaphylaxis")};  // always serious
    refuse(r, "seriousness");
    r = report(a.doseId);
    r.onset = a.endsAt.addSecs(-31 * 60);  // before the dose
    refuse(r, "onset");
    r = report(a.doseId);
    r.onset = clock.nowUtc().addSecs(3600);
    refuse(r, "onset");
    r = report(a.doseId);
    r.severity = QStringLiteral("awful");
    refuse(r, "severity");
    r = report(a.doseId);
    r.actions = {QStringLiteral("prayed")};
    refuse(r, "actions");
    r = report(a.doseId);
    r.symptoms = {QStringLiteral("other")};
    refuse(r, "other_description");
    r = report(a.doseId);
    r.outcome = QStringLiteral("fine");
    refuse(r, "outcome");
    r = report(QStringLiteral("no-such-dose"));
    refuse(r, "dose");
    r = report(a.doseId);
    r.reporterStaffId.clear();
    refuse(r, "reporter");
}

TEST_F(ObservationTest, AnAdverseEventIsWrittenWholeOrNotAtAll)
{
    const auto a = admit(0);
    clock.advance(5 * 60'000);
    const QStringList before = snapshot();
    for (const char* step : {"adverse_event", "observation", "audit"}) {
        aefis->setFaultHookForTesting([step](QStringView at) -> Status {
            if (at == QLatin1String(step))
                return makeError(ErrorCode::DbFull, QStringLiteral("disk full"));
            return {};
        });
        auto r = report(a.doseId);
        r.actions = {QStringLiteral("referred")};
        auto failed = aefis->add(r);
        ASSERT_FALSE(failed.ok()) << step;
        EXPECT_EQ(failed.error().code, ErrorCode::DbFull);
        EXPECT_EQ(snapshot(), before) << step;
    }
    aefis->setFaultHookForTesting({});
    ASSERT_TRUE(aefis->add(report(a.doseId)).ok());
    auto verify = AuditLog::verify(*db);
    ASSERT_TRUE(verify.ok());
    EXPECT_TRUE(verify->ok) << qPrintable(verify->problem);
}
