// Ownership and conflicts of site replication (docs/site.md 4) against a real PostgreSQL (label
// site). The rows other rows point at replicate (schema 19): a fridge and a staff member added
// at one desk reach the other, which records readings of that fridge; a staff member's login
// never leaves its desk; a vial opened at one desk is read-only at the others. The server's
// rules beyond last writer by arrival (server schema 7) end the same whichever desk arrives
// first: a visit's state only moves forward, a quarantine beats a release, a discard beats a
// release, and a dose corrected at another desk than its own keeps its own desk's version and
// raises `foreign_owner`.
#include <gtest/gtest.h>

#include "coldchain/coldchainservice.h"
#include "coldchain/lotquarantine.h"
#include "desk/dosecorrectionservice.h"
#include "security/staff.h"
#include "security/userservice.h"
#include "stock/openvial.h"
#include "twodesks.h"

using namespace vax;
using namespace vax::sitesync;
using namespace vax::test;

namespace {

class SiteOwnership : public TwoDesks {};

// Which desk's changes reach the server first: each rule is run both ways.
enum class FirstToArrive { One, Two };

class SiteRules : public TwoDesks, public ::testing::WithParamInterface<FirstToArrive> {
protected:
    // Both desks push their offline changes, in the order of the parameter, then sync until
    // every version (the server's own included) has reached every desk. The second pulls the
    // first's versions before it pushes its own (it keeps its own, not pushed yet): the case
    // where only the server's rules can bring it round.
    void meetAtTheServer()
    {
        Desk& first = GetParam() == FirstToArrive::One ? one : two;
        Desk& second = GetParam() == FirstToArrive::One ? two : one;
        sync(first);
        sync(second, false);
        sync(second);
        for (int round = 0; round < 2; ++round) {
            sync(first);
            sync(second);
        }
        EXPECT_EQ(one.backlog(), 0);
        EXPECT_EQ(two.backlog(), 0);
        expectSameRows();
    }
    // `sql`'s single value at both desks, and the server's record of the row as text.
    QString atBoth(const QString& sql)
    {
        auto a = one.db->exec(sql);
        auto b = two.db->exec(sql);
        EXPECT_TRUE(a.ok() && b.ok()) << qPrintable(sql);
        const QString va = a.ok() ? a->scalar().toString() : QString();
        const QString vb = b.ok() ? b->scalar().toString() : QString();
        EXPECT_EQ(va, vb) << qPrintable(sql);
        return va;
    }
    QString recorded(const QString& table, const QString& id, const QString& field)
    {
        return server(QStringLiteral("SELECT payload->>'%3' FROM vaxsite.record WHERE tbl = "
                                     "'%1' AND row_id = '%2'")
                          .arg(table, id, field));
    }
    StaffMember supervisor(Desk& d)
    {
        auto s = StaffRepository::findById(*d.db, kStaff);
        EXPECT_TRUE(s.ok() && s->has_value());
        return s.ok() && s->has_value() ? **s : StaffMember{};
    }
    // An out-of-range manual reading of the site fridge at desk `d`: an excursion that
    // quarantines the site's lot. Returns the excursion's id.
    QString excursionAt(Desk& d, double celsius)
    {
        d.clock.advance(60000);
        auto out =
            ColdChainService::addManualReading({*d.db, d.clock, kStaff}, kFridge, celsius, {});
        EXPECT_TRUE(out.ok()) << qPrintable(out.error().message);
        if (!out || out->excursions.empty())
            return {};
        return out->excursions.front().id;
    }
    QString lotId() { return atBoth(QStringLiteral("SELECT id FROM lot")); }
    // The site's lot received, an excursion at desk 1 that quarantines it, both desks synced.
    QString quarantinedAtBoth()
    {
        receiveLot();
        const QString excursion = excursionAt(one, 9.5);
        EXPECT_FALSE(excursion.isEmpty());
        sync(one);
        sync(two);
        return excursion;
    }
    // Desk 1's supervisor releases the excursion's quarantine, a reading back in range first.
    void releaseAtOne(const QString& excursion)
    {
        one.clock.advance(60000);
        ASSERT_TRUE(
            ColdChainService::addManualReading({*one.db, one.clock, kStaff}, kFridge, 5.0, {})
                .ok());
        auto released = LotQuarantine::release(*one.db, one.clock, excursion, {},
                                               QStringLiteral("back in range"), supervisor(one));
        ASSERT_TRUE(released.ok()) << qPrintable(released.error().message);
        EXPECT_EQ(one.number(QStringLiteral("SELECT count(*) FROM lot WHERE status = 'available'")),
                  1);
    }
};

}  // namespace

TEST_F(SiteOwnership, AFridgeAndAStaffMemberAddedAtOneDeskReachTheOther)
{
    one.addFridge(QStringLiteral("fridge-of-desk-1"));
    auto nurse = UserService::add({*one.db, one.clock, kStaff},
                                  {QStringLiteral("wang.fang"), QStringLiteral("王芳"),
                                   QStringLiteral("a-long-password-2"), Roles(Role::Vaccinator)});
    ASSERT_TRUE(nurse.ok()) << qPrintable(nurse.error().message);
    auto admin = UserService::add({*one.db, one.clock, kStaff},
                                  {QStringLiteral("li.admin"), QStringLiteral("李管理"),
                                   QStringLiteral("a-long-password-4"), Roles(Role::SiteAdmin)});
    ASSERT_TRUE(admin.ok()) << qPrintable(admin.error().message);
    auto adminsBefore = StaffRepository::activeAdminCount(*two.db);
    ASSERT_TRUE(adminsBefore.ok());
    sync(one);
    sync(two);
    // Desk 1's administrator is at desk 2, without a login: not one of desk 2's administrators.
    auto adminsAfter = StaffRepository::activeAdminCount(*two.db);
    ASSERT_TRUE(adminsAfter.ok());
    EXPECT_EQ(*adminsAfter, *adminsBefore);
    EXPECT_EQ(
        two.number(QStringLiteral("SELECT count(*) FROM staff WHERE id = '%1'").arg(admin->id)), 1);

    EXPECT_EQ(two.number(QStringLiteral("SELECT origin_desk FROM fridge WHERE id = "
                                        "'fridge-of-desk-1'")),
              1);
    auto pulled = StaffRepository::findById(*two.db, nurse->id);
    ASSERT_TRUE(pulled.ok() && pulled->has_value());
    EXPECT_EQ((*pulled)->displayName, QStringLiteral("王芳"));
    EXPECT_EQ((*pulled)->roles, Roles(Role::Vaccinator));
    // Her login stays at desk 1: not on the server, and no login at desk 2.
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM vaxsite.change WHERE tbl = 'staff' AND "
                                    "(payload ? 'password_hash' OR payload ? 'username' OR "
                                    "payload ? 'pin_hash')")),
              QStringLiteral("0"));
    auto login = StaffRepository::findByUsername(*two.db, QStringLiteral("wang.fang"));
    ASSERT_TRUE(login.ok());
    EXPECT_FALSE(login->has_value());

    // Desk 2 records a reading of desk 1's fridge; desk 1 receives it.
    auto reading = ColdChainService::addManualReading({*two.db, two.clock, kStaff},
                                                      QStringLiteral("fridge-of-desk-1"), 5.0, {});
    ASSERT_TRUE(reading.ok()) << qPrintable(reading.error().message);
    sync(two);
    sync(one);
    EXPECT_EQ(one.number(QStringLiteral("SELECT count(*) FROM temperature_reading WHERE "
                                        "fridge_id = 'fridge-of-desk-1' AND origin_desk = 2")),
              1);
    // A new password at desk 1 is no change to push.
    const qint64 backlog = one.backlog();
    ASSERT_TRUE(UserService::changePassword({*one.db, one.clock, kStaff}, nurse->id, {},
                                            QStringLiteral("another-password-3"))
                    .ok());
    EXPECT_EQ(one.backlog(), backlog);
    expectSameRows();
}

TEST_F(SiteOwnership, AVialOpenedAtOneDeskIsReadOnlyAtTheOther)
{
    receiveLot();
    const QString lot = one.db->exec(QStringLiteral("SELECT id FROM lot"))->scalar().toString();
    auto vial = VialService::open({*one.db, one.clock, kStaff}, lot, kFridge);
    ASSERT_TRUE(vial.ok()) << qPrintable(vial.error().message);
    sync(one);
    sync(two);

    auto seen = VialService::find(*two.db, vial->id);
    ASSERT_TRUE(seen.ok() && seen->has_value());
    EXPECT_EQ((*seen)->ownerDesk, 1);
    const qint64 before = two.counter();
    auto draw = VialService::drawDose({*two.db, two.clock, kStaff}, vial->id);
    ASSERT_FALSE(draw.ok());
    EXPECT_EQ(draw.error().code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(draw.error().message.contains(QLatin1String("vial belongs to desk 1")))
        << qPrintable(draw.error().message);
    EXPECT_EQ(two.counter(), before);  // nothing written
    // Desk 2's open vials (and its day close) are its own.
    auto open = VialService::listOpen(*two.db);
    ASSERT_TRUE(open.ok());
    EXPECT_TRUE(open->empty());
    // Desk 1 draws from it; desk 2 sees the draw.
    ASSERT_TRUE(VialService::drawDose({*one.db, one.clock, kStaff}, vial->id).ok());
    sync(one);
    sync(two);
    EXPECT_EQ(two.number(QStringLiteral("SELECT doses_drawn FROM vial")), 1);
    expectSameRows();
}

TEST_P(SiteRules, AVisitStateNeverMovesBack)
{
    receiveLot();
    ASSERT_TRUE(one.checkIn(1));
    sync(one);
    sync(two);
    const QString visit = atBoth(QStringLiteral("SELECT id FROM visit"));
    // Offline: desk 1 calls the person, desk 2 marks them gone.
    EXPECT_EQ(one.callNext(), visit);
    CheckInService checkin({*two.db, two.clock});
    ASSERT_TRUE(checkin.cancelVisit(visit, kStaff, QStringLiteral("left")).ok());
    meetAtTheServer();
    EXPECT_EQ(atBoth(QStringLiteral("SELECT state FROM visit")), QStringLiteral("cancelled"));
    EXPECT_EQ(recorded(QStringLiteral("visit"), visit, QStringLiteral("state")),
              QStringLiteral("cancelled"));
}

TEST_P(SiteRules, AQuarantineBeatsARelease)
{
    const QString first = quarantinedAtBoth();
    // Offline: desk 1 releases the first excursion's quarantine; desk 2 sees a new excursion
    // (after the version desk 1 released), which quarantines the lot again.
    releaseAtOne(first);
    ASSERT_FALSE(HasFatalFailure());
    two.clock.advance(120000);
    ASSERT_FALSE(excursionAt(two, -1.0).isEmpty());
    meetAtTheServer();
    const QString lot = lotId();
    EXPECT_EQ(atBoth(QStringLiteral("SELECT status FROM lot")), QStringLiteral("quarantined"));
    EXPECT_EQ(recorded(QStringLiteral("lot"), lot, QStringLiteral("status")),
              QStringLiteral("quarantined"));
    EXPECT_EQ(atBoth(QStringLiteral("SELECT group_concat(status, ',') FROM (SELECT status FROM "
                                    "lot_quarantine ORDER BY status)")),
              QStringLiteral("quarantined,released"));
}

TEST_P(SiteRules, AnExcursionsDiscardBeatsARelease)
{
    const QString excursion = quarantinedAtBoth();
    // Offline: desk 1 releases the quarantine, desk 2 discards the lot for the same excursion.
    releaseAtOne(excursion);
    ASSERT_FALSE(HasFatalFailure());
    auto discarded = LotQuarantine::discard(*two.db, two.clock, excursion, {},
                                            QStringLiteral("9.5 °C for too long"), supervisor(two));
    ASSERT_TRUE(discarded.ok()) << qPrintable(discarded.error().message);
    meetAtTheServer();
    EXPECT_EQ(atBoth(QStringLiteral("SELECT status FROM lot_quarantine")),
              QStringLiteral("discarded"));
    EXPECT_EQ(atBoth(QStringLiteral("SELECT status FROM lot")), QStringLiteral("discarded"));
    EXPECT_EQ(recorded(QStringLiteral("lot"), lotId(), QStringLiteral("status")),
              QStringLiteral("discarded"));
}

TEST_P(SiteRules, ADoseCorrectedAtAnotherDeskKeepsItsOwnDesksVersion)
{
    receiveLot();
    const QString dose = one.admit(1);
    ASSERT_FALSE(dose.isEmpty());
    sync(one);
    sync(two);
    // Desk 2's correction is refused at desk 2, naming the desk that gave the dose, with nothing
    // written (no stock returned, no observation cancelled, no number taken).
    DoseCorrectionService atTwo({*two.db, two.clock});
    const qint64 before = two.counter();
    auto refused = atTwo.correct(dose, QStringLiteral("wrong person"), kStaff);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DoseOtherDesk);
    EXPECT_EQ(refused.error().field, QStringLiteral("dose"));
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("desk 1")))
        << qPrintable(refused.error().message);
    EXPECT_EQ(two.counter(), before);
    // Offline: desk 1 corrects its dose; desk 2 (an older release, or a direct edit) marks the
    // same dose entered-in-error with another reason.
    DoseCorrectionService correction({*one.db, one.clock});
    auto corrected = correction.correct(dose, QStringLiteral("wrong arm"), kStaff);
    ASSERT_TRUE(corrected.ok()) << qPrintable(corrected.error().message);
    ASSERT_TRUE(two.db
                    ->exec(QStringLiteral("UPDATE dose SET status = 'entered-in-error', "
                                          "error_reason = 'wrong person', corrected_by = ?, "
                                          "corrected_at = '2021-06-02T01:00:00.000Z'"),
                           {kStaff})
                    .ok());
    meetAtTheServer();
    EXPECT_EQ(atBoth(QStringLiteral("SELECT error_reason FROM dose")), QStringLiteral("wrong arm"));
    EXPECT_EQ(recorded(QStringLiteral("dose"), dose, QStringLiteral("error_reason")),
              QStringLiteral("wrong arm"));
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) || ':' || min(desk_no) || ':' || "
                                    "min(detail->>'owner') FROM vaxsite.conflict WHERE kind = "
                                    "'foreign_owner' AND row_id = '%1'")
                         .arg(dose)),
              QStringLiteral("1:2:1"));
}

INSTANTIATE_TEST_SUITE_P(BothArrivalOrders, SiteRules,
                         ::testing::Values(FirstToArrive::One, FirstToArrive::Two),
                         [](const ::testing::TestParamInfo<FirstToArrive>& p) {
                             return p.param == FirstToArrive::One ? std::string("DeskOneFirst")
                                                                  : std::string("DeskTwoFirst");
                         });
