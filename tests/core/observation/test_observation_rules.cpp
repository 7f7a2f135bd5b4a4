// Observation timing and adverse-event validation, pure.
#include <gtest/gtest.h>

#include <QTimeZone>

#include "aefi/aefi.h"
#include "observation/timing.h"

using namespace vax;
using namespace vax::observation;

namespace {
const QDateTime kDose(QDate(2021, 11, 22), QTime(9, 0), QTimeZone::utc());
const QDateTime kEnd = kDose.addSecs(30 * 60);
const QTimeZone kChinaZone(QByteArrayLiteral("Asia/Shanghai"));
}  // namespace

TEST(ObservationTiming, ExactlyAtThirtyMinutesThePersonMayLeave)
{
    EXPECT_EQ(secondsLeft(kEnd, kDose), 1800);
    EXPECT_EQ(formatLeft(secondsLeft(kEnd, kDose)), QStringLiteral("30:00"));
    EXPECT_EQ(boardState(kEnd, kEnd.addMSecs(-1), false), BoardState::Observing);
    EXPECT_EQ(secondsLeft(kEnd, kEnd.addMSecs(-1)), 1);
    EXPECT_EQ(secondsLeft(kEnd, kEnd), 0);
    EXPECT_EQ(formatLeft(0), QStringLiteral("0:00"));
    EXPECT_EQ(boardState(kEnd, kEnd, false), BoardState::MayLeave);
}

TEST(ObservationTiming, OverdueAfterTheGracePeriodAndAdverseEventsWin)
{
    EXPECT_EQ(boardState(kEnd, kEnd.addSecs(600), false), BoardState::MayLeave);
    EXPECT_EQ(boardState(kEnd, kEnd.addSecs(601), false), BoardState::Overdue);
    EXPECT_EQ(boardState(kEnd, kDose, true), BoardState::AdverseEvent);
    EXPECT_EQ(formatLeft(-185), QStringLiteral("-3:05"));
    EXPECT_EQ(formatLeft(75 * 60), QStringLiteral("75:00"));
    EXPECT_EQ(boardStateName(BoardState::MayLeave), QStringLiteral("may_leave"));
}

TEST(ObservationTiming, AllergyHistoryLengthensShortObservations)
{
    EXPECT_EQ(observationMinutes(15, false), 15);
    EXPECT_EQ(observationMinutes(15, true), 30);
    EXPECT_EQ(observationMinutes(45, true), 45);
}

TEST(ObservationTiming, WallClockJumpIsDetectedNotApplied)
{
    WallClockJumpDetector d(5000);
    EXPECT_FALSE(d.sample(kDose, 0));
    EXPECT_FALSE(d.sample(kDose.addSecs(1), 1000));             // normal second
    EXPECT_FALSE(d.sample(kDose.addSecs(5), 2000));             // 3 s drift: within tolerance
    const auto jump = d.sample(kDose.addSecs(3600 + 6), 3000);  // someone set the clock +1 h
    ASSERT_TRUE(jump.has_value());
    EXPECT_NEAR(static_cast<double>(*jump), 3600e3, 10e3);
    EXPECT_FALSE(d.sample(kDose.addSecs(3600 + 7), 4000));  // then time runs normally again
    const auto back = d.sample(kDose.addSecs(8), 5000);     // and it is set back
    ASSERT_TRUE(back.has_value());
    EXPECT_LT(*back, -3000000);
}

TEST(ObservationBoard, AdverseEventsFirstThenWhoMayLeaveNext)
{
    std::vector<BoardEntry> e{
        {QStringLiteral("a"), 12, QStringLiteral("张*"), QStringLiteral("1"), kEnd, false, false},
        {QStringLiteral("b"), 3, QStringLiteral("李*"), QStringLiteral("1"), kEnd.addSecs(-60),
         false, false},
        {QStringLiteral("c"), 40, QStringLiteral("王*"), QStringLiteral("2"), kEnd.addSecs(600),
         true, false},
        {QStringLiteral("d"), 41, QStringLiteral("赵*"), QStringLiteral("2"), kEnd.addSecs(900),
         true, true},
        {QStringLiteral("e"), 5, QStringLiteral("孙*"), QStringLiteral("1"), kEnd, false, false},
    };
    sortForBoard(e);
    QStringList order;
    for (const auto& x : e)
        order.append(x.observationId);
    EXPECT_EQ(order, (QStringList{QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("b"),
                                  QStringLiteral("e"), QStringLiteral("a")}));
}

namespace {
aefi::Report validReport()
{
    aefi::Report r;
    r.doseId = QStringLiteral("dose-1");
    r.doseAt = kDose;
    r.onset = kDose.addSecs(10 * 60);
    r.symptoms = {QStringLiteral("urticaria")};
    r.severity = QStringLiteral("mild");
    r.seriousness = QStringLiteral("non_serious");
    r.actions = {QStringLiteral("observed")};
    r.outcome = QStringLiteral("recovered");
    r.reporterStaffId = QStringLiteral("staff-1");
    return r;
}
}  // namespace

TEST(AefiValidation, AValidReportPasses)
{
    EXPECT_TRUE(aefi::validate(validReport(), kDose.addSecs(3600), kChinaZone).ok());
    EXPECT_FALSE(aefi::needsImmediateReport(validReport()));
}

TEST(AefiValidation, EachBadFieldIsNamed)
{
    const QDateTime now = kDose.addSecs(3600);
    struct Case {
        const char* field;
        std::function<void(aefi::Report&)> spoil;
    };
    const std::vector<Case> cases{
        {"dose", [](aefi::Report& r) { r.doseId.clear(); }},
        {"onset", [](aefi::Report& r) { r.onset = {}; }},
        {"onset", [](aefi::Report& r) { r.onset = r.doseAt.addSecs(-60); }},
        {"onset", [](aefi::Report& r) { r.onset = r.doseAt.addDays(1); }},
        {"symptoms", [](aefi::Report& r) { r.symptoms.clear(); }},
        {"symptoms", [](aefi::Report& r) { r.symptoms = {QStringLiteral("sneezing")}; }},
        {"other_description", [](aefi::Report& r) { r.symptoms = {QStringLiteral("other")}; }},
        {"severity", [](aefi::Report& r) { r.severity = QStringLiteral("bad"); }},
        {"seriousness", [](aefi::Report& r) { r.seriousness.clear(); }},
        {"seriousness", [](aefi::Report& r) { r.symptoms.append(QStringLiteral("anaphylaxis")); }},
        {"seriousness", [](aefi::Report& r) { r.outcome = QStringLiteral("fatal"); }},
        {"actions", [](aefi::Report& r) { r.actions = {QStringLiteral("prayed")}; }},
        {"outcome", [](aefi::Report& r) { r.outcome = QStringLiteral("fine"); }},
        {"reporter", [](aefi::Report& r) { r.reporterStaffId.clear(); }},
    };
    for (const Case& c : cases) {
        aefi::Report r = validReport();
        c.spoil(r);
        const Status s = aefi::validate(r, now, kChinaZone);
        ASSERT_FALSE(s.ok()) << c.field;
        EXPECT_EQ(s.error().code, ErrorCode::AefiInvalid);
        EXPECT_EQ(s.error().field, QString::fromLatin1(c.field));
        EXPECT_FALSE(s.error().message.isEmpty());
    }
}

TEST(AefiValidation, SeriousEventIsFlaggedForImmediateReport)
{
    aefi::Report r = validReport();
    r.symptoms = {QStringLiteral("anaphylaxis")};
    r.seriousness = QStringLiteral("serious");
    r.actions = {QStringLiteral("treated_on_site"), QStringLiteral("ambulance")};
    EXPECT_TRUE(aefi::validate(r, kDose.addSecs(3600), kChinaZone).ok());
    EXPECT_TRUE(aefi::needsImmediateReport(r));
    EXPECT_EQ(aefi::fhirOutcome(QStringLiteral("not_recovered")), QStringLiteral("ongoing"));
}
