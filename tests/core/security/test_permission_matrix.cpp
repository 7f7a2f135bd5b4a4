// The role table, enforced: every service entry point that acts for a staff member is called as
// each single-role account, as a disabled account holding every role and as an unknown id, on a
// real database, and is refused (PermissionDenied) exactly when allows(role, permission) says
// so. A second test reads core's headers and fails when a public function that takes a staff or
// actor id is neither in the table nor in the short list of exempt functions: a new entry point
// without a permission check cannot slip in unnoticed.
#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <functional>
#include <map>
#include <set>

#include "aefi/aefiservice.h"
#include "certificate/certificateservice.h"
#include "checkin/checkinservice.h"
#include "coldchain/coldchainservice.h"
#include "coldchain/fridges.h"
#include "coldchain/lotquarantine.h"
#include "dayclose/dayclose.h"
#include "desk/administrationservice.h"
#include "desk/dosecorrectionservice.h"
#include "desk/queueservice.h"
#include "exchange/exporter.h"
#include "exchange/sealsetting.h"
#include "exchange/signing.h"
#include "exchange/signingkey.h"
#include "observation/observationseeder.h"  // tests/core/observation
#include "observation/observationservice.h"
#include "security/permissions.h"
#include "security/userservice.h"
#include "site/clockservice.h"
#include "site/site.h"
#include "site/siteadmin.h"
#include "sitesync/sitequeue.h"
#include "stock/lotservice.h"
#include "stock/openvial.h"
#include "stock/reconciliation.h"
#include "support/administerrequest.h"
#include "support/demosite.h"
#include "support/memorysecrets.h"
#include "support/tempdb.h"

using namespace vax;

namespace {

const QTimeZone kChina(8 * 3600);

template <typename T>
Status status(const Result<T>& r)
{
    if (r.ok())
        return {};
    return r.error();
}

struct Action {
    QString key;  // Class::method (or namespace::function) as declared in core's headers
    Permission permission;
    std::function<Status(const QString& actor)> call;
};

// Functions that take a staff or actor id and rightly check no permission themselves.
const std::map<QString, const char*> kExempt = {
    {QStringLiteral("requirePermission"), "the check itself"},
    {QStringLiteral("AuthService::beginUnlock"), "a member unlocking their own session"},
    {QStringLiteral("AuthService::unlock"), "a member unlocking their own session"},
    {QStringLiteral("AuthService::recordLock"), "audits the member's own session"},
    {QStringLiteral("AuthService::recordLogout"), "audits the member's own session"},
    {QStringLiteral("StaffRepository::insert"), "a step of UserService::add and site init"},
    {QStringLiteral("PersonRepository::insert"), "a step of CheckInService, which checks"},
    {QStringLiteral("PersonRepository::addDocument"), "a step of CheckInService, which checks"},
    {QStringLiteral("DoseRepository::insert"),
     "a step of AdministrationService::administer, which checks"},
    {QStringLiteral("LotLedger::book"), "a ledger step of the stock services, which check"},
    {QStringLiteral("LotLedger::transfer"), "a ledger step of LotService::transfer"},
    {QStringLiteral("AuditLog::rowHash"), "hashes the actor recorded in an audit row"},
    {QStringLiteral("demo::DemoStock::DemoStock"), "synthetic stock for training databases"},
    {QStringLiteral("demo::seedPeople"), "synthetic people for training databases only"},
    {QStringLiteral("aefi::validate"), "a pure rule over a report"},
    {QStringLiteral("ContraindicationService::recordFromScreening"),
     "a step of CheckInService's deferral transaction, which checks"},
    {QStringLiteral("ContraindicationService::recordFromAefi"),
     "a step of AefiService::add's transaction, which checks"},
    {QStringLiteral("aefi::needsImmediateReport"), "a pure rule over a report"},
    // What builds a ServiceContext is not an action.
    {QStringLiteral("ServiceContext::ServiceContext"), "builds the context"},
    {QStringLiteral("ServiceContext::withActor"), "builds the context"},
    {QStringLiteral("SiteContext::serviceContext"), "builds the context"},
    // Instance services take the context in their constructor and the actor per call.
    {QStringLiteral("AefiService::AefiService"), "the actor is named per call"},
    {QStringLiteral("AdministrationService::AdministrationService"), "the actor is named per call"},
    {QStringLiteral("CertificateService::CertificateService"), "the actor is named per call"},
    {QStringLiteral("CheckInService::CheckInService"), "the actor is named per call"},
    {QStringLiteral("ContraindicationService::ContraindicationService"),
     "the actor is named per call"},
    {QStringLiteral("DoseCorrectionService::DoseCorrectionService"), "the actor is named per call"},
    {QStringLiteral("ObservationService::ObservationService"), "the actor is named per call"},
    {QStringLiteral("QueueService::QueueService"), "the actor is named per call"},
    // Take the context but act for nobody in it: reading, or authenticating someone.
    {QStringLiteral("ClockService::status"), "reads the clock's state"},
    {QStringLiteral("ColdChainService::manualReadingDue"), "reads the reading schedule"},
    {QStringLiteral("DayCloseService::openItems"), "reads what is still open"},
    {QStringLiteral("SiteService::init"), "creates the site and its first administrator"},
    {QStringLiteral("sitesync::SiteStatusService::status"), "reads the link's state"},
    {QStringLiteral("AuthService::beginLogin"), "signing in: nobody acts yet"},
    {QStringLiteral("AuthService::finishLogin"), "signing in: nobody acts yet"},
    {QStringLiteral("AuthService::login"), "signing in: nobody acts yet"},
    {QStringLiteral("AuthService::finishUnlock"), "a member unlocking their own session"},
    {QStringLiteral("AuthService::beginOverride"), "a doctor authenticating an override"},
    {QStringLiteral("AuthService::finishOverride"), "a doctor authenticating an override"},
    {QStringLiteral("AuthService::approveOverride"), "a doctor authenticating an override"},
    {QStringLiteral("AuthService::finishConfirm"), "a member confirming with their secret"},
    {QStringLiteral("sitesync::SiteDayClose::close"),
     "Export (ChangeSettings to force); needs a PostgreSQL server, so it is checked in "
     "tests/site/test_site_dayclose.cpp (a vaccinator's forced close refused, label site)"},
    {QStringLiteral("sitesync::SiteJoinService::join"),
     "ChangeSettings; needs a PostgreSQL server, so every role is checked in "
     "tests/site/test_site_join.cpp (SiteJoin.OnlyASiteAdministratorJoins, label site)"},
    {QStringLiteral("sitesync::SiteConflicts::resolve"),
     "ResolveSiteConflicts; needs a PostgreSQL server, so every role (and a disabled and an "
     "unknown account) is checked in tests/site/test_site_resolve.cpp "
     "(SiteResolve.OnlyASiteAdministratorResolves, label site)"},
    {QStringLiteral("sitesync::SiteJoinService::changePassword"),
     "ChangeSettings; needs a PostgreSQL server, so every role is checked in "
     "tests/site/test_site_deskpassword.cpp (SiteDeskPassword.OnlyASiteAdministratorChangesIt, "
     "label site)"},
};

class PermissionMatrixTest : public test::DemoSiteTest {
protected:
    void SetUp() override
    {
        DemoSiteTest::SetUp();
        if (HasFatalFailure())
            return;
        Roles all;
        for (Role r : kAllRoles) {
            all |= r;
            accounts.emplace_back(roleName(r), Roles(r),
                                  addAccount(QStringLiteral("only-") + roleName(r), Roles(r)));
        }
        disabled = addAccount(QStringLiteral("disabled-all"), all);
        ASSERT_TRUE(UserService::setDisabled({*db, clock, admin.id}, disabled, true).ok());
        target = addAccount(QStringLiteral("target"), Roles(Role::Registrar));

        auto f = FridgeRepository::add(*db, clock, QStringLiteral("Fridge M"), {}, admin.id);
        ASSERT_TRUE(f.ok());
        fridge = f->id;
        auto f2 = FridgeRepository::add(*db, clock, QStringLiteral("Fridge M2"), {}, admin.id);
        ASSERT_TRUE(f2.ok());
        fridge2 = f2->id;
        lotId = receive(fridge, QStringLiteral("M-1"), 300);
        ASSERT_FALSE(lotId.isEmpty());
        // The desk's lot: no vial of it is ever opened.
        ASSERT_FALSE(receive(fridge, QStringLiteral("M-DESK"), 50).isEmpty());
        seeder = std::make_unique<test::ObservationSeeder>(*db, clock, admin.id, 100, kChina);
        ASSERT_TRUE(seeder->error().isEmpty()) << qPrintable(seeder->error());
        checkin = std::make_unique<CheckInService>(ServiceContext(*db, clock));
        queue = std::make_unique<QueueService>(ServiceContext(*db, clock));
        administration = std::make_unique<AdministrationService>(ServiceContext(*db, clock));
        correction = std::make_unique<DoseCorrectionService>(ServiceContext(*db, clock));
        observation = std::make_unique<ObservationService>(ServiceContext(*db, clock));
        aefis = std::make_unique<AefiService>(ServiceContext(*db, clock));
        certificates = std::make_unique<CertificateService>(ServiceContext(*db, clock));
        exporter = std::make_unique<Exporter>(*db, clock);
    }

    QString addAccount(const QString& username, Roles roles)
    {
        auto added = UserService::add(
            {*db, clock, admin.id}, {username, username, QStringLiteral("pw-") + username, roles});
        EXPECT_TRUE(added.ok()) << (added.ok() ? "" : qPrintable(added.error().message));
        return added.ok() ? added->id : QString();
    }

    QDate today() const { return clock.nowUtc().toTimeZone(kChina).date(); }

    QString receive(const QString& fridgeId, const QString& number, int vials = 10)
    {
        LotReceipt r;
        r.productCode = QStringLiteral("BBIBP-CorV");
        r.lotNumber = number;
        r.expiry = today().addDays(200);
        r.vials = vials;
        r.fridgeId = fridgeId;
        auto lot = LotService::receive({*db, clock, admin.id}, r);
        EXPECT_TRUE(lot.ok()) << (lot.ok() ? "" : qPrintable(lot.error().message));
        return lot.ok() ? lot->lot.id : QString();
    }

    CheckInRequest person(const QString& actor)
    {
        CheckInRequest r;
        r.staffId = actor;
        const int i = ++serial;
        r.draft.name = test::ObservationSeeder::nameFor(i) + QStringLiteral("矩");
        r.draft.document.number = test::residentId(QDate(1950, 1, 1).addDays(i * 41), 900 + i % 90);
        for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
            r.answers.insert(q.id, false);
        r.temperatureC = 36.6;
        r.consent.textVersion = QString::fromLatin1(vax::kConsentTextVersion);
        return r;
    }

    QString freshVisit()
    {
        auto receipt = checkin->checkIn(person(admin.id));
        EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? "" : qPrintable(receipt.error().message));
        return receipt.ok() ? receipt->visitId : QString();
    }

    // A person given a dose and under observation (by the administrator).
    test::ObservationSeeder::Admitted admitted()
    {
        auto a = seeder->admit(++admittedCount);
        EXPECT_FALSE(a.observationId.isEmpty()) << qPrintable(seeder->error());
        // callNext takes whoever waits first: read back whose dose it was.
        auto q = db->exec(QStringLiteral("SELECT person_id, visit_id FROM dose WHERE id = ?"),
                          {a.doseId});
        if (q.ok() && q->next()) {
            a.personId = q->value(0).toString();
            a.visitId = q->value(1).toString();
        }
        return a;
    }

    QString openVial()
    {
        auto vial = VialService::open({*db, clock, admin.id}, lotId, fridge);
        EXPECT_TRUE(vial.ok()) << (vial.ok() ? "" : qPrintable(vial.error().message));
        return vial.ok() ? vial->id : QString();
    }

    // A fridge of its own with a lot quarantined by a warm reading; returns the excursion.
    QString excursion()
    {
        auto f =
            FridgeRepository::add(*db, clock, QStringLiteral("Q-%1").arg(++serial), {}, admin.id);
        EXPECT_TRUE(f.ok());
        receive(f->id, QStringLiteral("Q-LOT-%1").arg(serial));
        EXPECT_TRUE(
            ColdChainService::addManualReading({*db, clock, admin.id}, f->id, 9.0, {}).ok());
        auto open = LotQuarantine::list(*db, true);
        EXPECT_TRUE(open.ok());
        for (const ExcursionRecord& e : *open)
            if (e.fridgeId == f->id)
                return e.id;
        ADD_FAILURE() << "no excursion";
        return {};
    }

    StaffMember member(const QString& id)
    {
        auto found = StaffRepository::findById(*db, id);
        StaffMember m = found.ok() && found->has_value() ? **found : StaffMember{};
        m.id = id;
        return m;
    }

    AdministerRequest administerRequest(const QString& visitId, const QString& actor)
    {
        return test::confirmedAdministration(visitId, QStringLiteral("M-DESK"), QStringLiteral("1"),
                                             actor);
    }

    aefi::Report report(const QString& doseId, const QString& actor)
    {
        aefi::Report r;
        r.doseId = doseId;
        r.onset = clock.nowUtc().addSecs(-30);
        r.symptoms = {QStringLiteral("dizziness")};
        r.severity = QStringLiteral("mild");
        r.seriousness = QStringLiteral("non_serious");
        r.actions = {QStringLiteral("observed")};
        r.reporterStaffId = actor;
        return r;
    }

    // Every service action that acts for a staff member, with the permission it needs.
    std::vector<Action> actions()
    {
        return {
            // Stock
            {QStringLiteral("LotService::receive"), Permission::ReceiveStock,
             [this](const QString& a) {
                 LotReceipt r{QStringLiteral("CoronaVac"),
                              QStringLiteral("R-%1").arg(++serial),
                              today().addDays(100),
                              {},
                              {},
                              2,
                              0,
                              fridge,
                              {}};
                 return status(LotService::receive({*db, clock, a}, r));
             }},
            {QStringLiteral("LotService::waste"), Permission::WasteStock,
             [this](const QString& a) {
                 return status(
                     LotService::waste({*db, clock, a}, lotId, fridge, 1, WasteReason::Broken, {}));
             }},
            {QStringLiteral("LotService::transfer"), Permission::TransferStock,
             [this](const QString& a) {
                 return LotService::transfer({*db, clock, a}, lotId, fridge, fridge2, 1);
             }},
            {QStringLiteral("LotService::administer"), Permission::Administer,
             [this](const QString& a) {
                 return status(LotService::administer({*db, clock, a}, lotId, fridge));
             }},
            {QStringLiteral("LotService::bookAdministered"), Permission::Administer,
             [this](const QString& a) {
                 return status(
                     LotService::bookAdministered(*db, lotId, fridge, clock.nowUtc(), today(), a));
             }},
            {QStringLiteral("VialService::open"), Permission::Administer,
             [this](const QString& a) {
                 return status(VialService::open({*db, clock, a}, lotId, fridge));
             }},
            {QStringLiteral("VialService::drawDose"), Permission::Administer,
             [this](const QString& a) {
                 return status(VialService::drawDose({*db, clock, a}, openVial()));
             }},
            {QStringLiteral("VialService::drawDoseInTransaction"), Permission::Administer,
             [this](const QString& a) {
                 return status(
                     VialService::drawDoseInTransaction(*db, openVial(), clock.nowUtc(), a));
             }},
            {QStringLiteral("VialService::closeDay"), Permission::CountStock,
             [this](const QString& a) {
                 return status(VialService::closeDay({*db, clock, a}));
             }},
            {QStringLiteral("VialService::setSessionEnd"), Permission::ChangeSettings,
             [this](const QString& a) {
                 return status(
                     VialService::setSessionEnd({*db, clock, a}, QStringLiteral("16:30")));
             }},
            {QStringLiteral("StockCountService::record"), Permission::CountStock,
             [this](const QString& a) {
                 auto figures = StockCountService::dayFigures(*db, lotId, fridge, today());
                 if (!figures)
                     return Status(figures.error());
                 return status(StockCountService::record({*db, clock, a}, lotId, fridge,
                                                         figures->expected(), {}));
             }},
            // Cold chain
            {QStringLiteral("FridgeRepository::add"), Permission::ManageFridges,
             [this](const QString& a) {
                 return status(FridgeRepository::add(*db, clock,
                                                     QStringLiteral("F-%1").arg(++serial), {}, a));
             }},
            {QStringLiteral("ColdChainService::addManualReading"), Permission::RecordTemperature,
             [this](const QString& a) {
                 return status(
                     ColdChainService::addManualReading({*db, clock, a}, fridge2, 5.0, {}));
             }},
            {QStringLiteral("ColdChainService::importReport"), Permission::RecordTemperature,
             [this](const QString& a) {
                 LoggerReport report;
                 report.format = QStringLiteral("plain-csv");
                 report.readings.push_back({clock.nowUtc().addSecs(-60), 4.0});
                 return status(ColdChainService::importReport({*db, clock, a}, fridge2, report));
             }},
            {QStringLiteral("LotQuarantine::release"), Permission::ReleaseQuarantine,
             [this](const QString& a) {
                 // With an explicit override: the fridge's reading is what the excursion left,
                 // and this table is about who may decide, not about the evidence.
                 return status(LotQuarantine::release(*db, clock, excursion(), {},
                                                      QStringLiteral("stability data"), member(a),
                                                      ReleaseEvidence::Override));
             }},
            {QStringLiteral("LotQuarantine::discard"), Permission::ReleaseQuarantine,
             [this](const QString& a) {
                 return status(LotQuarantine::discard(*db, clock, excursion(), {},
                                                      QStringLiteral("too warm"), member(a)));
             }},
            // Check-in
            {QStringLiteral("CheckInService::checkIn"), Permission::CheckIn,
             [this](const QString& a) { return status(checkin->checkIn(person(a))); }},
            {QStringLiteral("CheckInService::recordDeferral"), Permission::CheckIn,
             [this](const QString& a) {
                 CheckInRequest r = person(a);
                 r.temperatureC = 37.6;
                 return status(checkin->recordDeferral(r));
             }},
            {QStringLiteral("CheckInService::registerPerson"), Permission::CheckIn,
             [this](const QString& a) {
                 const CheckInRequest r = person(a);
                 return status(checkin->registerPerson(r.draft, r.duplicate, a));
             }},
            {QStringLiteral("CheckInService::cancelVisit"), Permission::CheckIn,
             [this](const QString& a) {
                 return checkin->cancelVisit(freshVisit(), a, QStringLiteral("went home"));
             }},
            // The injection desk
            {QStringLiteral("QueueService::callNext"), Permission::CallNext,
             [this](const QString& a) {
                 freshVisit();
                 return status(queue->callNext(QStringLiteral("1"), a));
             }},
            {QStringLiteral("QueueService::call"), Permission::CallNext,
             [this](const QString& a) {
                 return status(queue->call(freshVisit(), QStringLiteral("1"), a));
             }},
            {QStringLiteral("QueueService::checkCaller"), Permission::CallNext,
             [this](const QString& a) { return queue->checkCaller(QStringLiteral("1"), a); }},
            // Not joined to a site: the site's queue falls back to this desk's, after the check.
            {QStringLiteral("sitesync::SiteQueueService::callNext"), Permission::CallNext,
             [this](const QString& a) {
                 freshVisit();
                 return status(sitesync::SiteQueueService::callNext({*db, clock}, siteSecrets,
                                                                    QStringLiteral("1"), a));
             }},
            {QStringLiteral("AdministrationService::administer"), Permission::Administer,
             [this](const QString& a) {
                 return status(administration->administer(administerRequest(freshVisit(), a)));
             }},
            {QStringLiteral("DoseCorrectionService::correct"), Permission::CorrectDose,
             [this](const QString& a) {
                 return status(
                     correction->correct(admitted().doseId, QStringLiteral("wrong person"), a));
             }},
            // Observation and adverse events
            {QStringLiteral("ObservationService::depart"), Permission::RecordDeparture,
             [this](const QString& a) {
                 const auto admittedNow = admitted();
                 clock.setNow(admittedNow.endsAt.addSecs(1));
                 return status(observation->depart(admittedNow.observationId, a));
             }},
            {QStringLiteral("ObservationService::leftEarly"), Permission::RecordDeparture,
             [this](const QString& a) {
                 return status(observation->leftEarly(admitted().observationId, a,
                                                      QStringLiteral("had to go")));
             }},
            {QStringLiteral("ObservationService::refer"), Permission::RecordAdverseEvent,
             [this](const QString& a) {
                 return status(observation->refer(admitted().observationId, a,
                                                  QStringLiteral("to hospital")));
             }},
            {QStringLiteral("AefiService::add"), Permission::RecordAdverseEvent,
             [this](const QString& a) {
                 const QString dose = admitted().doseId;
                 clock.advance(120'000);  // the onset follows the dose
                 return status(aefis->add(report(dose, a)));
             }},
            {QStringLiteral("CertificateService::issue"), Permission::IssueCertificate,
             [this](const QString& a) {
                 return status(certificates->issue(a, admitted().personId));
             }},
            // Exchange and day close
            {QStringLiteral("Exporter::run"), Permission::Export,
             [this](const QString& a) {
                 const QString out = tmp.dir() + QStringLiteral("/export-%1").arg(++serial);
                 QDir().mkpath(out);
                 return status(exporter->run({out, a, signingKey.secretKey, {}, {}}));
             }},
            {QStringLiteral("signingkey::initFile"), Permission::Export,
             [this](const QString& a) {
                 return status(signingkey::initFile(
                     *db, clock, tmp.dir() + QStringLiteral("/key-%1.vxk").arg(++serial),
                     QStringLiteral("a long enough passphrase"), a));
             }},
            {QStringLiteral("signingkey::remember"), Permission::Export,
             [this](const QString& a) {
                 return signingkey::remember(*db, clock, a, signingKey.publicKey);
             }},
            {QStringLiteral("DayCloseService::close"), Permission::Export,
             [this](const QString& a) {
                 return status(DayCloseService::close({*db, clock, a}));
             }},
            {QStringLiteral("DayCloseService::reopen"), Permission::ChangeSettings,
             [this](const QString& a) -> Status {
                 // A day closed by the demo site administrator, reopened as the role under test.
                 auto closed = DayCloseService::close({*db, clock, admin.id});
                 if (!closed)
                     return closed.error();
                 return DayCloseService::reopen({*db, clock, a}, siteCalendar(*db, clock).today());
             }},
            // Site administration and accounts
            {QStringLiteral("SiteAdminService::setIdleLockMinutes"), Permission::ChangeSettings,
             [this](const QString& a) {
                 return SiteAdminService::setIdleLockMinutes({*db, clock, a}, 7);
             }},
            {QStringLiteral("SiteAdminService::setConsentVersions"), Permission::ChangeSettings,
             [this](const QString& a) {
                 return SiteAdminService::setConsentVersions({*db, clock, a},
                                                             {QStringLiteral("paper-2026")});
             }},
            {QStringLiteral("SiteAdminService::setBackupMirror"), Permission::Backup,
             [this](const QString& a) {
                 return SiteAdminService::setBackupMirror({*db, clock, a},
                                                          tmp.dir() + QStringLiteral("/mirror"));
             }},
            {QStringLiteral("SiteAdminService::backup"), Permission::Backup,
             [this](const QString& a) {
                 return status(SiteAdminService::backup({*db, clock, a}));
             }},
            {QStringLiteral("sealsetting::set"), Permission::ChangeSettings,
             [this](const QString& a) { return sealsetting::set(*db, clock, a, QString()); }},
            {QStringLiteral("SiteService::setTimeZone"), Permission::ChangeSettings,
             [this](const QString& a) {
                 return status(
                     SiteService::setTimeZone({*db, clock, a}, QStringLiteral("Asia/Shanghai")));
             }},
            {QStringLiteral("ClockService::acknowledge"), Permission::ChangeSettings,
             [this](const QString& a) {
                 return status(ClockService::acknowledge({*db, clock, a},
                                                         QStringLiteral("clock set by hand")));
             }},
            {QStringLiteral("ClockService::setToleranceMinutes"), Permission::ChangeSettings,
             [this](const QString& a) {
                 return ClockService::setToleranceMinutes({*db, clock, a}, 5);
             }},
            {QStringLiteral("UserService::add"), Permission::ManageUsers,
             [this](const QString& a) {
                 return status(UserService::add(
                     {*db, clock, a},
                     {QStringLiteral("new-%1").arg(++serial), QStringLiteral("New"),
                      QStringLiteral("new-password"), Roles(Role::Registrar)}));
             }},
            {QStringLiteral("UserService::list"), Permission::ManageUsers,
             [this](const QString& a) { return status(UserService::list(*db, a)); }},
            {QStringLiteral("UserService::setDisabled"), Permission::ManageUsers,
             [this](const QString& a) {
                 return UserService::setDisabled({*db, clock, a}, target, false);
             }},
            {QStringLiteral("UserService::setRoles"), Permission::ManageUsers,
             [this](const QString& a) {
                 return status(UserService::setRoles({*db, clock, a}, target,
                                                     Roles(Role::Registrar) | Role::Doctor));
             }},
            {QStringLiteral("UserService::changePassword"), Permission::ManageUsers,
             [this](const QString& a) {
                 // Someone else's password: only an administrator may reset it.
                 return UserService::changePassword({*db, clock, a}, target, {},
                                                    QStringLiteral("reset-password"));
             }},
            {QStringLiteral("UserService::setPin"), Permission::ManageUsers,
             [this](const QString& a) {
                 // Clearing someone else's PIN.
                 return UserService::setPin({*db, clock, a}, target, {}, {});
             }},
        };
    }

    int auditRows()
    {
        return int(test::queryNumber(*db, QStringLiteral("SELECT count(*) FROM audit")));
    }

    std::vector<std::tuple<QString, Roles, QString>> accounts;  // role name, roles, id
    QString disabled;
    QString target;
    QString fridge;
    QString fridge2;
    QString lotId;
    int serial = 0;
    int admittedCount = 0;
    signing::KeyPair signingKey = signing::generate();
    std::unique_ptr<test::ObservationSeeder> seeder;
    std::unique_ptr<CheckInService> checkin;
    std::unique_ptr<QueueService> queue;
    std::unique_ptr<AdministrationService> administration;
    std::unique_ptr<DoseCorrectionService> correction;
    std::unique_ptr<ObservationService> observation;
    std::unique_ptr<AefiService> aefis;
    std::unique_ptr<CertificateService> certificates;
    std::unique_ptr<Exporter> exporter;
    test::MemorySecretStore siteSecrets;
};

TEST_F(PermissionMatrixTest, EveryActionAsEveryRoleIsAllowedExactlyAsTheTableSays)
{
    for (const Action& action : actions()) {
        SCOPED_TRACE(
            qPrintable(action.key + QStringLiteral(" needs ") + permissionName(action.permission)));
        for (const auto& [name, roles, id] : accounts) {
            SCOPED_TRACE(qPrintable(QStringLiteral("as ") + name));
            clock.advance(2'000);
            const int auditBefore = auditRows();
            const Status result = action.call(id);
            if (allows(roles, action.permission)) {
                EXPECT_TRUE(result.ok()) << qPrintable(result.error().message);
            } else {
                ASSERT_FALSE(result.ok()) << "allowed, though the table refuses it";
                EXPECT_EQ(result.error().code, ErrorCode::PermissionDenied)
                    << qPrintable(result.error().message);
                EXPECT_EQ(result.error().field, QStringLiteral("actor"));
                EXPECT_TRUE(result.error().message.contains(QStringLiteral("only-")))
                    << "names who was refused: " << qPrintable(result.error().message);
                // The call's own set-up (a visit, a dose to act on) is written by the
                // administrator before it; the refused call itself adds no audit row.
                EXPECT_LE(auditRows() - auditBefore, 8);
            }
        }
        for (const QString& id : {disabled, QStringLiteral("no-such-staff-id"), QString()}) {
            SCOPED_TRACE(qPrintable(id == disabled
                                        ? QStringLiteral("as a disabled account")
                                        : QStringLiteral("as \"") + id + QStringLiteral("\"")));
            const Status result = action.call(id);
            ASSERT_FALSE(result.ok());
            // Nobody named at all may also be refused as a missing field (an AEFI report
            // without its reporter); a named account is refused as not permitted.
            if (!id.isEmpty()) {
                EXPECT_EQ(result.error().code, ErrorCode::PermissionDenied)
                    << qPrintable(result.error().message);
            }
        }
    }
}

// ---- the header scan ----

struct Declared {
    QString key;
    QString file;
};

// Public functions declared in `text` (one header) whose parameters name a staff member: a
// parameter called staffId/actor/actorId/supervisor, or of a type in `actorTypes`.
std::vector<Declared> actorFunctions(const QString& file, QString text,
                                     const QStringList& actorTypes)
{
    text.remove(QRegularExpression(QStringLiteral("//[^\n]*")));
    text.remove(QRegularExpression(QStringLiteral("/\\*.*?\\*/"),
                                   QRegularExpression::DotMatchesEverythingOption));
    text.remove(
        QRegularExpression(QStringLiteral("^\\s*#[^\n]*"), QRegularExpression::MultilineOption));
    const QRegularExpression actorParam(
        QStringLiteral("\\b(staffId|actor|actorId|supervisor)\\b|\\b(%1)\\b")
            .arg(actorTypes.join(QLatin1Char('|'))));
    const QRegularExpression scopeHead(
        QStringLiteral("(?:^|\\s)(class|struct|namespace)\\s+([\\w:]+)[^(]*$"));
    const QRegularExpression access(QStringLiteral("\\b(public|private|protected)\\s*:(?!:)"));
    const QRegularExpression name(QStringLiteral("(~?\\w+)\\s*$"));

    struct Scope {
        QString kind;  // class, struct, namespace, other
        QString name;
        bool isPublic = true;
    };
    std::vector<Scope> scopes;
    std::vector<Declared> out;
    QString segment;
    int parens = 0;
    const auto visibleScope = [&]() -> std::optional<QString> {
        QStringList parts;
        for (const Scope& s : scopes) {
            if (s.kind == QLatin1String("other") || !s.isPublic)
                return std::nullopt;
            // "vax" and "vax::aefi" are namespaces of core: keep what follows "vax".
            const QString n = s.name.startsWith(QLatin1String("vax::")) ? s.name.mid(5) : s.name;
            if (n != QLatin1String("vax"))
                parts << n;
        }
        return parts.join(QStringLiteral("::"));
    };
    const auto takeSegment = [&](bool opensBody) {
        QString seg = segment;
        segment.clear();
        // Access labels in a class body.
        for (auto it = access.globalMatch(seg); it.hasNext();) {
            const auto m = it.next();
            if (!scopes.empty() && (scopes.back().kind == QLatin1String("class") ||
                                    scopes.back().kind == QLatin1String("struct")))
                scopes.back().isPublic = m.captured(1) == QLatin1String("public");
        }
        seg.remove(access);
        // The first top-level "name(params)" of the segment is a declaration.
        const qsizetype open = seg.indexOf(QLatin1Char('('));
        if (open > 0) {
            int depth = 0;
            qsizetype close = -1;
            for (qsizetype i = open; i < seg.size(); ++i) {
                if (seg.at(i) == QLatin1Char('('))
                    ++depth;
                else if (seg.at(i) == QLatin1Char(')') && --depth == 0) {
                    close = i;
                    break;
                }
            }
            const auto n = name.match(seg.left(open));
            const auto scope = visibleScope();
            if (close > 0 && n.hasMatch() && scope &&
                actorParam.match(seg.mid(open + 1, close - open - 1)).hasMatch()) {
                const QString fn = n.captured(1);
                const QString key = scope->isEmpty() ? fn : *scope + QStringLiteral("::") + fn;
                out.push_back({key, file});
            }
        }
        if (opensBody) {
            const auto head = scopeHead.match(seg);
            Scope s;
            if (head.hasMatch() && !seg.contains(QLatin1Char('('))) {
                s.kind = head.captured(1);
                s.name = head.captured(2);
                s.isPublic = s.kind != QLatin1String("class");
            } else {
                s.kind = QStringLiteral("other");
            }
            scopes.push_back(s);
        }
    };
    for (const QChar c : std::as_const(text)) {
        if (c == QLatin1Char('('))
            ++parens;
        else if (c == QLatin1Char(')'))
            --parens;
        if (parens > 0) {
            segment += c;
            continue;
        }
        if (c == QLatin1Char('{')) {
            takeSegment(true);
        } else if (c == QLatin1Char('}')) {
            segment.clear();
            if (!scopes.empty())
                scopes.pop_back();
        } else if (c == QLatin1Char(';')) {
            takeSegment(false);
        } else {
            segment += c;
        }
    }
    return out;
}

TEST_F(PermissionMatrixTest, EveryEntryPointThatTakesAnActorIsInTheTable)
{
    const QString core = QStringLiteral(VAX_SOURCE_DIR "/core");
    std::map<QString, QString> headers;
    for (QDirIterator it(core, {QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(path);
        headers[QDir(core).relativeFilePath(path)] = QString::fromUtf8(f.readAll());
    }
    ASSERT_GT(headers.size(), 30u);
    // Request structs that carry the acting staff member.
    QStringList actorTypes;
    const QRegularExpression structWithActor(QStringLiteral(
        "struct\\s+(\\w+)\\s*\\{[^}]*\\bQString\\s+(staffId|actorId|reporterStaffId)\\s*;"));
    for (const auto& [path, text] : headers)
        for (auto it = structWithActor.globalMatch(text); it.hasNext();)
            actorTypes << it.next().captured(1);
    EXPECT_TRUE(actorTypes.contains(QStringLiteral("AdministerRequest")));
    EXPECT_TRUE(actorTypes.contains(QStringLiteral("CheckInRequest")));
    // The services' context carries the acting staff member too (ctx.actorId): a function that
    // takes it takes a staff member.
    EXPECT_TRUE(headers[QStringLiteral("site/servicecontext.h")].contains(
        QStringLiteral("QString actorId;")));
    actorTypes << QStringLiteral("ServiceContext");

    std::set<QString> inTable;
    for (const Action& a : actions())
        inTable.insert(a.key);
    std::set<QString> found;
    for (const auto& [path, text] : headers) {
        for (const Declared& d : actorFunctions(path, text, actorTypes)) {
            found.insert(d.key);
            EXPECT_TRUE(inTable.count(d.key) || kExempt.count(d.key))
                << qPrintable(d.key) << " (core/" << qPrintable(d.file)
                << ") takes a staff member but is not in the permission matrix: call "
                   "requirePermission() in it and add it to actions() with its Permission.";
        }
    }
    // The scan sees what the table lists (so it cannot silently stop finding anything).
    for (const QString& key : inTable)
        EXPECT_TRUE(found.count(key)) << qPrintable(key) << " is in the table but not declared";
    EXPECT_TRUE(found.count(QStringLiteral("requirePermission")));
}

}  // namespace
