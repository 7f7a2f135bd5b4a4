// Permissions are checked in the services: every role is tried on every sensitive call and is
// refused exactly when the table says so — with PermissionDenied, naming the actor, writing
// nothing.
#include <gtest/gtest.h>

#include <functional>

#include "coldchain/coldchainservice.h"
#include "coldchain/fridges.h"
#include "coldchain/lotquarantine.h"
#include "security/permissions.h"
#include "security/userservice.h"
#include "site/siteadmin.h"
#include "stock/lotservice.h"
#include "stock/openvial.h"
#include "stock/reconciliation.h"
#include "support/demosite.h"
#include "support/tempdb.h"

using namespace vax;

namespace {

// The table as the issue states it, written out so a change to rolesAllowed() has to be
// deliberate.
TEST(PermissionTable, SaysWhoMayDoWhat)
{
    using R = Role;
    const auto roles = [](std::initializer_list<Role> list) {
        Roles r;
        for (Role x : list)
            r |= x;
        return r;
    };
    EXPECT_EQ(rolesAllowed(Permission::CheckIn), roles({R::Registrar, R::Doctor}));
    EXPECT_EQ(rolesAllowed(Permission::Administer), roles({R::Vaccinator}));
    EXPECT_EQ(rolesAllowed(Permission::OverrideChecklist), roles({R::Doctor}));
    EXPECT_EQ(rolesAllowed(Permission::CorrectDose), roles({R::Doctor, R::SiteAdmin}));
    EXPECT_EQ(rolesAllowed(Permission::ReceiveStock), roles({R::StockKeeper}));
    EXPECT_EQ(rolesAllowed(Permission::WasteStock), roles({R::StockKeeper, R::Vaccinator}));
    EXPECT_EQ(rolesAllowed(Permission::CountStock), roles({R::StockKeeper}));
    EXPECT_EQ(rolesAllowed(Permission::RecordTemperature), roles({R::StockKeeper, R::Vaccinator}));
    EXPECT_EQ(rolesAllowed(Permission::ManageFridges), roles({R::StockKeeper, R::SiteAdmin}));
    for (Permission p :
         {Permission::ReleaseQuarantine, Permission::Export, Permission::Backup,
          Permission::ManageUsers, Permission::ChangeSettings, Permission::ResolveSiteConflicts})
        EXPECT_EQ(rolesAllowed(p), roles({R::SiteAdmin})) << qPrintable(permissionName(p));
    EXPECT_EQ(rolesAllowed(Permission::RecordDeparture),
              roles({R::Registrar, R::Vaccinator, R::Doctor, R::StockKeeper, R::SiteAdmin}));
    EXPECT_EQ(rolesAllowed(Permission::RecordAdverseEvent), roles({R::Doctor, R::Vaccinator}));
    EXPECT_EQ(rolesAllowed(Permission::IssueCertificate),
              roles({R::Registrar, R::Vaccinator, R::Doctor}));
    EXPECT_EQ(rolesAllowed(Permission::CallNext), roles({R::Vaccinator}));
    EXPECT_EQ(rolesAllowed(Permission::TransferStock), roles({R::StockKeeper}));
    EXPECT_EQ(rolesAllowed(Permission::ManageContraindications), roles({R::Doctor}));
    // Several roles: any one of them grants.
    EXPECT_TRUE(allows(roles({R::Registrar, R::Vaccinator}), Permission::Administer));
    EXPECT_FALSE(allows(Roles(), Permission::CheckIn));
    for (Permission p : kAllPermissions) {
        EXPECT_FALSE(permissionName(p).isEmpty());
        EXPECT_FALSE(permissionDescription(p).isEmpty());
    }
}

class PermissionServiceTest : public test::DemoSiteTest {
protected:
    void SetUp() override
    {
        DemoSiteTest::SetUp();
        if (HasFatalFailure())
            return;
        for (Role r : kAllRoles) {
            NewStaff s{QStringLiteral("only-") + roleName(r), roleDisplayName(r),
                       QStringLiteral("password-of-") + roleName(r), Roles(r)};
            auto added = UserService::add({*db, clock, admin.id}, s);
            ASSERT_TRUE(added.ok()) << qPrintable(added.error().message);
            byRole.emplace_back(r, added->id);
        }
        auto f = FridgeRepository::add(*db, clock, QStringLiteral("Fridge P"), {}, admin.id);
        ASSERT_TRUE(f.ok());
        fridge = f->id;
        LotReceipt r{QStringLiteral("BBIBP-CorV"),
                     QStringLiteral("P-1"),
                     today().addDays(200),
                     {},
                     {},
                     100,
                     0,
                     fridge,
                     {}};
        auto lot = LotService::receive({*db, clock, admin.id}, r);
        ASSERT_TRUE(lot.ok()) << qPrintable(lot.error().message);
        lotId = lot->lot.id;
        auto vial = VialService::open({*db, clock, admin.id}, lotId, fridge);
        ASSERT_TRUE(vial.ok()) << qPrintable(vial.error().message);
        vialId = vial->id;
    }

    QDate today() const { return clock.nowUtc().toTimeZone(vax::test::testZone()).date(); }

    // Calls `call` as each single-role account; expects a refusal exactly for the roles the
    // table does not grant, and a refusal for a disabled account and an unknown id.
    void expectGuarded(Permission permission, const std::function<Status(const QString&)>& call)
    {
        SCOPED_TRACE(qPrintable(permissionName(permission)));
        for (const auto& [role, id] : byRole) {
            SCOPED_TRACE(qPrintable(roleName(role)));
            clock.advance(61'000);
            const int auditBefore = auditRows();
            const Status result = call(id);
            if (allows(Roles(role), permission)) {
                if (!result.ok()) {
                    EXPECT_NE(result.error().code, ErrorCode::PermissionDenied)
                        << qPrintable(result.error().message);
                }
            } else {
                ASSERT_FALSE(result.ok());
                EXPECT_EQ(result.error().code, ErrorCode::PermissionDenied);
                EXPECT_EQ(result.error().field, QStringLiteral("actor"));
                EXPECT_TRUE(result.error().message.contains(roleDisplayName(role)) ||
                            result.error().message.contains(QStringLiteral("only-")))
                    << qPrintable(result.error().message);
                EXPECT_EQ(auditRows(), auditBefore) << "a refusal writes nothing";
            }
        }
        const Status unknown = call(QStringLiteral("no-such-staff-id"));
        ASSERT_FALSE(unknown.ok());
        EXPECT_EQ(unknown.error().code, ErrorCode::PermissionDenied);
    }

    int auditRows()
    {
        auto q = db->exec(QStringLiteral("SELECT count(*) FROM audit"));
        return q.ok() ? q->scalar().toInt() : -1;
    }

    template <typename T>
    static Status status(const Result<T>& r)
    {
        if (r.ok())
            return {};
        return r.error();
    }

    std::vector<std::pair<Role, QString>> byRole;
    QString fridge;
    QString lotId;
    QString vialId;
    int serial = 0;
};

TEST_F(PermissionServiceTest, StockCallsCheckTheActorsRoles)
{
    expectGuarded(Permission::ReceiveStock, [this](const QString& actor) {
        LotReceipt r{QStringLiteral("CoronaVac"),
                     QStringLiteral("R-%1").arg(++serial),
                     today().addDays(100),
                     {},
                     {},
                     2,
                     0,
                     fridge,
                     {}};
        return status(LotService::receive({*db, clock, actor}, r));
    });
    expectGuarded(Permission::WasteStock, [this](const QString& actor) {
        return status(
            LotService::waste({*db, clock, actor}, lotId, fridge, 1, WasteReason::Broken, {}));
    });
    expectGuarded(Permission::Administer, [this](const QString& actor) {
        return status(LotService::administer({*db, clock, actor}, lotId, fridge));
    });
    expectGuarded(Permission::Administer, [this](const QString& actor) {
        return status(VialService::drawDose({*db, clock, actor}, vialId));
    });
    expectGuarded(Permission::Administer, [this](const QString& actor) {
        return status(VialService::open({*db, clock, actor}, lotId, fridge));
    });
    expectGuarded(Permission::CountStock, [this](const QString& actor) {
        auto figures = StockCountService::dayFigures(*db, lotId, fridge, today());
        if (!figures)
            return Status(figures.error());
        return status(
            StockCountService::record({*db, clock, actor}, lotId, fridge, figures->expected(), {}));
    });
    expectGuarded(Permission::CountStock, [this](const QString& actor) {
        return status(VialService::closeDay({*db, clock, actor}));
    });
}

TEST_F(PermissionServiceTest, ColdChainCallsCheckTheActorsRoles)
{
    expectGuarded(Permission::ManageFridges, [this](const QString& actor) {
        return status(
            FridgeRepository::add(*db, clock, QStringLiteral("F-%1").arg(++serial), {}, actor));
    });
    expectGuarded(Permission::RecordTemperature, [this](const QString& actor) {
        return status(ColdChainService::addManualReading({*db, clock, actor}, fridge, 5.0, {}));
    });
    expectGuarded(Permission::RecordTemperature, [this](const QString& actor) {
        LoggerReport report;
        report.format = QStringLiteral("plain-csv");
        report.readings.push_back({clock.nowUtc().addSecs(-60), 4.0});
        return status(ColdChainService::importReport({*db, clock, actor}, fridge, report));
    });
    // An excursion to decide on.
    ASSERT_TRUE(ColdChainService::addManualReading({*db, clock, admin.id}, fridge, 9.0, {}).ok());
    auto open = LotQuarantine::list(*db, true);
    ASSERT_TRUE(open.ok());
    ASSERT_FALSE(open->empty());
    const QString excursion = open->front().id;
    for (bool release : {true, false}) {
        expectGuarded(Permission::ReleaseQuarantine, [&](const QString& actor) {
            auto member = StaffRepository::findById(*db, actor);
            StaffMember m = member.ok() && member->has_value() ? **member : StaffMember{};
            m.id = actor;
            return release ? status(LotQuarantine::release(*db, clock, excursion, {},
                                                           QStringLiteral("stability data"), m))
                           : status(LotQuarantine::discard(*db, clock, excursion, {},
                                                           QStringLiteral("too warm"), m));
        });
    }
}

TEST_F(PermissionServiceTest, AdministrationCallsCheckTheActorsRoles)
{
    auto target = UserService::add({*db, clock, admin.id},
                                   {QStringLiteral("target"), QStringLiteral("Target"),
                                    QStringLiteral("target-password"), Roles(Role::Registrar)});
    ASSERT_TRUE(target.ok());
    expectGuarded(Permission::ManageUsers, [this](const QString& actor) {
        return status(UserService::add(
            {*db, clock, actor}, {QStringLiteral("new-%1").arg(++serial), QStringLiteral("New"),
                                  QStringLiteral("new-password"), Roles(Role::Registrar)}));
    });
    expectGuarded(Permission::ManageUsers, [&](const QString& actor) {
        return UserService::setDisabled({*db, clock, actor}, target->id, true);
    });
    expectGuarded(Permission::ManageUsers, [&](const QString& actor) {
        return status(UserService::setRoles({*db, clock, actor}, target->id,
                                            Roles(Role::Registrar) | Role::Doctor));
    });
    expectGuarded(Permission::ManageUsers, [&](const QString& actor) {
        // Someone else's password: only an administrator may reset it.
        return UserService::changePassword({*db, clock, actor}, target->id, {},
                                           QStringLiteral("reset-password"));
    });
    expectGuarded(Permission::ManageUsers,
                  [this](const QString& actor) { return status(UserService::list(*db, actor)); });
    expectGuarded(Permission::ChangeSettings, [this](const QString& actor) {
        return SiteAdminService::setIdleLockMinutes({*db, clock, actor}, 7);
    });
    expectGuarded(Permission::Backup, [this](const QString& actor) {
        return status(SiteAdminService::backup({*db, clock, actor}));
    });
    expectGuarded(Permission::Backup, [this](const QString& actor) {
        return SiteAdminService::setBackupMirror({*db, clock, actor},
                                                 tmp.dir() + QStringLiteral("/mirror"));
    });
}

TEST_F(PermissionServiceTest, ADisabledAccountMayDoNothing)
{
    const QString keeper = byRole.at(3).second;  // stock keeper
    ASSERT_EQ(byRole.at(3).first, Role::StockKeeper);
    ASSERT_TRUE(UserService::setDisabled({*db, clock, admin.id}, keeper, true).ok());
    auto refused = FridgeRepository::add(*db, clock, QStringLiteral("Fridge X"), {}, keeper);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    ASSERT_TRUE(UserService::setDisabled({*db, clock, admin.id}, keeper, false).ok());
    EXPECT_TRUE(FridgeRepository::add(*db, clock, QStringLiteral("Fridge X"), {}, keeper).ok());
}

}  // namespace
