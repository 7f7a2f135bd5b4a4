// Contraindications remembered with the person (issue 17 point 5): a screening answer or a
// serious allergic AEFI is kept on record and blocks later visits whatever that day's answers
// are, across a restart, until an authenticated doctor lifts it.
#include <gtest/gtest.h>

#include <QTimeZone>

#include "aefi/aefiservice.h"
#include "checkin/checkinservice.h"
#include "contraindication/contraindicationrepository.h"
#include "contraindication/contraindicationservice.h"
#include "desk/administrationservice.h"
#include "security/userservice.h"
#include "stock/stockfixture.h"  // tests/core/stock
#include "storage/audit.h"
#include "support/administerrequest.h"
#include "support/residentid.h"

using namespace vax;
using vax::test::residentId;

namespace {
const QTimeZone kChina(8 * 3600);
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

const CheckFinding* finding(const ChecklistResult& r, const QString& code)
{
    for (const ChecklistItem& i : r.items)
        for (const CheckFinding& f : i.findings)
            if (f.code == code)
                return &f;
    return nullptr;
}

using test::allConfirmed;

class ContraindicationTest : public test::StockFixture {
protected:
    void SetUp() override
    {
        StockFixture::SetUp();
        makeServices();
    }

    void makeServices()
    {
        administration = std::make_unique<AdministrationService>(ServiceContext(*db, clock));
        checkin = std::make_unique<CheckInService>(ServiceContext(*db, clock));
        aefi = std::make_unique<AefiService>(ServiceContext(*db, clock));
        service = std::make_unique<ContraindicationService>(ServiceContext(*db, clock));
    }

    // Closes the database and opens the file again, as a restart of the app does.
    void restart()
    {
        administration.reset();
        checkin.reset();
        aefi.reset();
        service.reset();
        db.reset();
        db = tmp.open();
        ASSERT_TRUE(db);
        makeServices();
    }

    CheckInRequest request(const QString& yes = {})
    {
        CheckInRequest r;
        r.staffId = admin.id;
        r.draft.name = QStringLiteral("李四");
        r.draft.document.number = residentId(QDate(1980, 3, 15), 21);
        for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
            r.answers.insert(q.id, q.id == yes);
        r.temperatureC = 36.6;
        r.consent.textVersion = QString::fromLatin1(vax::kConsentTextVersion);
        return r;
    }

    QString checkInClear()
    {
        auto receipt = checkin->checkIn(request());
        EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? "" : qPrintable(receipt.error().message));
        return receipt.ok() ? receipt->visitId : QString();
    }

    AdministerRequest administerRequest(const QString& visit, const QString& lot)
    {
        AdministerRequest r;
        r.scan = {visit, lot, QString(), QString()};
        r.choices = allConfirmed();
        r.desk = QStringLiteral("3");
        r.staffId = admin.id;
        return r;
    }

    StaffMember addUser(const QString& username, Roles roles, const QString& password)
    {
        auto added =
            UserService::add({*db, clock, admin.id}, NewStaff{username, username, password, roles});
        EXPECT_TRUE(added.ok()) << (added.ok() ? "" : qPrintable(added.error().message));
        return added.ok() ? *added : StaffMember{};
    }

    qint64 number(const QString& sql) { return test::queryNumber(*db, sql); }

    std::unique_ptr<AdministrationService> administration;
    std::unique_ptr<CheckInService> checkin;
    std::unique_ptr<AefiService> aefi;
    std::unique_ptr<ContraindicationService> service;
};
}  // namespace

TEST_F(ContraindicationTest, AllergyAnsweredYesterdayBlocksTodayAcrossARestart)
{
    // Yesterday: "severe allergic reaction to a vaccine component" — contraindicated, sent home.
    auto deferral = checkin->recordDeferral(request(QStringLiteral("allergy")));
    ASSERT_TRUE(deferral.ok()) << qPrintable(deferral.error().message);
    ASSERT_EQ(deferral->contraindicationIds.size(), 1);
    auto onRecord = service->ofPerson(deferral->personId);
    ASSERT_TRUE(onRecord.ok());
    ASSERT_EQ(onRecord->size(), 1u);
    const Contraindication& c = onRecord->front();
    EXPECT_EQ(c.origin, ContraindicationOrigin::Screening);
    EXPECT_EQ(c.originId, deferral->deferralId);
    EXPECT_EQ(c.reasonCode, QStringLiteral("allergy"));
    EXPECT_EQ(c.scope, ContraindicationScope::All);  // screening.json: "remember": {"scope": "all"}
    EXPECT_TRUE(c.allergy);
    EXPECT_EQ(c.recordedBy, admin.id);
    EXPECT_FALSE(c.id.isEmpty());
    EXPECT_GT(c.changeSeq, 0);

    // Today, after the app was closed and opened again: every answer "no".
    clock.advance(kDayMs);
    restart();
    receive(QStringLiteral("B1"), 10);
    const QString visit = checkInClear();
    ASSERT_FALSE(visit.isEmpty());
    auto ctx = administration->loadContext({visit, QStringLiteral("B1"), {}, {}});
    ASSERT_TRUE(ctx.ok()) << qPrintable(ctx.error().message);
    ASSERT_EQ(ctx->input.contraindications.size(), 1u);
    const ChecklistResult check = administration->evaluate(*ctx, allConfirmed());
    EXPECT_FALSE(check.canAdminister());
    const CheckFinding* f = finding(check, QStringLiteral("health.contraindication_on_record"));
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(f->blocks);
    EXPECT_FALSE(f->overridable);  // lifting is the way, not an override

    // The core refuses inside the transaction too, and an override request is refused.
    const qint64 doses = number(QStringLiteral("SELECT count(*) FROM dose"));
    ChecklistResult seen;
    auto refused =
        administration->administer(administerRequest(visit, QStringLiteral("B1")), &seen);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DeskChecklistFailed);
    bool blockedOnRecord = false;
    for (const auto& [key, finding] : seen.blocking())
        blockedOnRecord =
            blockedOnRecord || finding.code == QLatin1String("health.contraindication_on_record");
    EXPECT_TRUE(blockedOnRecord);
    // An override of it is refused too (it is not overridable, and no doctor approved it).
    AdministerRequest overriding = administerRequest(visit, QStringLiteral("B1"));
    overriding.choices.overrides.insert(QStringLiteral("health.contraindication_on_record"));
    overriding.overrideReason = QStringLiteral("try");
    EXPECT_FALSE(administration->administer(overriding).ok());
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM dose")), doses);
}

TEST_F(ContraindicationTest, AnaphylaxisAfterDoseOneBlocksTheGroupNotAnotherPlatform)
{
    receive(QStringLiteral("BB1"), 10, 200, QStringLiteral("BBIBP-CorV"));
    receive(QStringLiteral("CV1"), 10, 200, QStringLiteral("CoronaVac"));
    receive(QStringLiteral("AD1"), 10, 200, QStringLiteral("Convidecia"));
    const QString visit1 = checkInClear();
    auto dose1 = administration->administer(administerRequest(visit1, QStringLiteral("BB1")));
    ASSERT_TRUE(dose1.ok()) << qPrintable(dose1.error().message);

    clock.advance(5 * 60 * 1000);
    aefi::Report report;
    report.doseId = dose1->dose.id;
    report.onset = clock.nowUtc();
    report.symptoms = {QStringLiteral("anaphylaxis")};
    report.severity = QStringLiteral("severe");
    report.seriousness = QStringLiteral("serious");
    report.actions = {QStringLiteral("treated_on_site")};
    report.reporterStaffId = admin.id;
    auto event = aefi->add(report);
    ASSERT_TRUE(event.ok()) << qPrintable(event.error().message);

    auto rows = service->ofPerson(dose1->dose.personId);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ(rows->front().origin, ContraindicationOrigin::Aefi);
    EXPECT_EQ(rows->front().originId, event->id);
    EXPECT_EQ(rows->front().scope, ContraindicationScope::Group);
    EXPECT_EQ(rows->front().scopeCode, QStringLiteral("covid-inactivated"));
    EXPECT_TRUE(rows->front().allergy);

    // Dose 2 is due 21+ days later; the answers are all "no".
    clock.advance(28 * kDayMs);
    const QString visit2 = checkInClear();
    for (const char* lot : {"BB1", "CV1"}) {
        auto ctx = administration->loadContext({visit2, QString::fromLatin1(lot), {}, {}});
        ASSERT_TRUE(ctx.ok());
        const ChecklistResult r = administration->evaluate(*ctx, allConfirmed());
        EXPECT_FALSE(r.canAdminister()) << lot;
        EXPECT_NE(finding(r, QStringLiteral("health.contraindication_on_record")), nullptr) << lot;
    }
    // Another platform is outside the group's scope (it may still fail for other reasons).
    auto other = administration->loadContext({visit2, QStringLiteral("AD1"), {}, {}});
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(finding(administration->evaluate(*other, allConfirmed()),
                      QStringLiteral("health.contraindication_on_record")),
              nullptr);
    EXPECT_FALSE(administration->administer(administerRequest(visit2, QStringLiteral("BB1"))).ok());
}

TEST_F(ContraindicationTest, NonAllergicSeriousEventRemembersNothing)
{
    receive(QStringLiteral("BB1"), 10);
    const QString visit = checkInClear();
    auto dose = administration->administer(administerRequest(visit, QStringLiteral("BB1")));
    ASSERT_TRUE(dose.ok());
    aefi::Report report;
    report.doseId = dose->dose.id;
    report.onset = clock.nowUtc();
    report.symptoms = {QStringLiteral("seizure")};
    report.severity = QStringLiteral("severe");
    report.seriousness = QStringLiteral("serious");
    report.reporterStaffId = admin.id;
    ASSERT_TRUE(aefi->add(report).ok());
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM contraindication")), 0);
}

TEST_F(ContraindicationTest, SevereReactionScopesToTheGroupOfThePreviousDose)
{
    receive(QStringLiteral("BB1"), 10);
    const QString visit = checkInClear();
    ASSERT_TRUE(administration->administer(administerRequest(visit, QStringLiteral("BB1"))).ok());
    clock.advance(21 * kDayMs);
    auto deferral = checkin->recordDeferral(request(QStringLiteral("severe_reaction")));
    ASSERT_TRUE(deferral.ok()) << qPrintable(deferral.error().message);
    auto rows = service->ofPerson(deferral->personId);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ(rows->front().scopeSpec().toString(), QStringLiteral("group:covid-inactivated"));
}

TEST_F(ContraindicationTest, OnlyAnAuthenticatedDoctorLiftsOne)
{
    const StaffMember doctor =
        addUser(QStringLiteral("dr.wang"), Roles(Role::Doctor), QStringLiteral("doctor-pass-1"));
    const StaffMember nurse = addUser(QStringLiteral("nurse.li"), Roles(Role::Vaccinator),
                                      QStringLiteral("nurse-pass-1"));
    auto deferral = checkin->recordDeferral(request(QStringLiteral("neurological")));
    ASSERT_TRUE(deferral.ok());
    const QString id = deferral->contraindicationIds.value(0);
    ASSERT_FALSE(id.isEmpty());

    // No password, a wrong one: refused, counted toward the lockout, audited.
    auto none = service->authenticateDoctor(QStringLiteral("dr.wang"), QString());
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, ErrorCode::LoginFailed);
    auto wrong = service->authenticateDoctor(QStringLiteral("dr.wang"), QStringLiteral("guess"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::LoginFailed);
    EXPECT_EQ(number(QStringLiteral("SELECT failed_logins FROM staff WHERE username = 'dr.wang'")),
              2);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'confirm.failed'")),
              2);
    // A nurse who knows her own password still may not.
    auto asNurse =
        service->authenticateDoctor(QStringLiteral("nurse.li"), QStringLiteral("nurse-pass-1"));
    ASSERT_FALSE(asNurse.ok());
    EXPECT_EQ(asNurse.error().code, ErrorCode::PermissionDenied);
    ASSERT_TRUE(service->ofPerson(deferral->personId)->size() == 1);

    auto proof =
        service->authenticateDoctor(QStringLiteral("dr.wang"), QStringLiteral("doctor-pass-1"));
    ASSERT_TRUE(proof.ok()) << qPrintable(proof.error().message);
    EXPECT_EQ(number(QStringLiteral("SELECT failed_logins FROM staff WHERE username = 'dr.wang'")),
              0);
    auto noReason = service->lift(id, QStringLiteral("  "), *proof);
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().code, ErrorCode::ReasonRequired);
    const qint64 seqBefore = service->byId(id)->changeSeq;
    auto lifted = service->lift(id, QStringLiteral("neurologist: epilepsy controlled"), *proof);
    ASSERT_TRUE(lifted.ok()) << qPrintable(lifted.error().message);
    EXPECT_TRUE(lifted->lifted());
    EXPECT_EQ(lifted->liftedBy, doctor.id);
    EXPECT_EQ(lifted->liftReason, QStringLiteral("neurologist: epilepsy controlled"));
    EXPECT_GT(lifted->changeSeq, seqBefore);  // exported again, with its new status
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                    "'contraindication.lift'")),
              1);
    EXPECT_TRUE(service->ofPerson(deferral->personId)->empty());
    EXPECT_EQ(service->ofPerson(deferral->personId, /*all=*/true)->size(), 1u);
    auto again = service->lift(id, QStringLiteral("again"), *proof);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyDecided);

    // Lifted: the desk lets the person through.
    receive(QStringLiteral("B1"), 10);
    const QString visit = checkInClear();
    auto ctx = administration->loadContext({visit, QStringLiteral("B1"), {}, {}});
    ASSERT_TRUE(ctx.ok());
    EXPECT_TRUE(administration->evaluate(*ctx, allConfirmed()).canAdminister());

    // A proof goes stale; the rows cannot be deleted or changed except by lifting.
    clock.advance((kDoctorProofSeconds + 1) * 1000LL);
    NewContraindication entry{deferral->personId,
                              ContraindicationKind::Precaution,
                              ScopeSpec{},
                              QStringLiteral("x"),
                              QDate(),
                              false};
    EXPECT_EQ(service->add(entry, *proof).error().code, ErrorCode::PermissionDenied);
    EXPECT_FALSE(db->exec(QStringLiteral("DELETE FROM contraindication")).ok());
    EXPECT_FALSE(
        db->exec(QStringLiteral("UPDATE contraindication SET lifted_at = NULL, lifted_by = NULL, "
                                "lift_reason = NULL"))
            .ok());
    EXPECT_FALSE(nurse.id.isEmpty());
}

TEST_F(ContraindicationTest, ScopeAndUntilDecideWhatIsBlocked)
{
    addUser(QStringLiteral("dr.zhao"), Roles(Role::Doctor), QStringLiteral("doctor-pass-2"));
    receive(QStringLiteral("AD1"), 10, 200, QStringLiteral("Convidecia"));
    receive(QStringLiteral("BB1"), 10, 200, QStringLiteral("BBIBP-CorV"));
    auto person = checkin->registerPerson(request().draft, {}, admin.id);
    ASSERT_TRUE(person.ok());
    auto proof =
        service->authenticateDoctor(QStringLiteral("dr.zhao"), QStringLiteral("doctor-pass-2"));
    ASSERT_TRUE(proof.ok()) << qPrintable(proof.error().message);
    // Polysorbate 80 is in Convidecia, not in BBIBP-CorV (catalog "components").
    const QDate until = service->today().addDays(2);
    auto added =
        service->add({person->person.id, ContraindicationKind::Contraindication,
                      ScopeSpec{ContraindicationScope::Component, QStringLiteral("polysorbate-80")},
                      QStringLiteral("anaphylaxis to polysorbate"), until, true},
                     *proof);
    ASSERT_TRUE(added.ok()) << qPrintable(added.error().message);
    EXPECT_EQ(added->until, until);
    EXPECT_EQ(added->origin, ContraindicationOrigin::Doctor);
    auto precaution =
        service->add({person->person.id, ContraindicationKind::Precaution,
                      ScopeSpec{ContraindicationScope::Product, QStringLiteral("BBIBP-CorV")},
                      QStringLiteral("immunosuppressive therapy"), QDate(), false},
                     *proof);
    ASSERT_TRUE(precaution.ok()) << qPrintable(precaution.error().message);

    const QString visit = checkInClear();
    const auto check = [&](const char* lot) {
        auto ctx = administration->loadContext({visit, QString::fromLatin1(lot), {}, {}});
        EXPECT_TRUE(ctx.ok());
        return administration->evaluate(*ctx, allConfirmed());
    };
    const ChecklistResult ad = check("AD1");
    EXPECT_NE(finding(ad, QStringLiteral("health.contraindication_on_record")), nullptr);
    EXPECT_EQ(finding(ad, QStringLiteral("health.precaution_on_record")), nullptr);
    const ChecklistResult bb = check("BB1");
    EXPECT_EQ(finding(bb, QStringLiteral("health.contraindication_on_record")), nullptr);
    const CheckFinding* p = finding(bb, QStringLiteral("health.precaution_on_record"));
    ASSERT_NE(p, nullptr);
    EXPECT_TRUE(p->blocks);
    EXPECT_TRUE(p->overridable);  // a precaution: a doctor decides
    // Nothing scanned yet: a scoped one is shown, not judged.
    auto none = administration->loadContext({visit, {}, {}, {}});
    ASSERT_TRUE(none.ok());
    const ChecklistResult beforeScan = administration->evaluate(*none, allConfirmed());
    const CheckFinding* pending =
        finding(beforeScan, QStringLiteral("health.contraindication_on_record"));
    ASSERT_NE(pending, nullptr);
    EXPECT_FALSE(pending->blocks);

    // The last day of "until" still blocks; the day after, it has expired.
    clock.advance(2 * kDayMs);
    const QString visit2 = visit;  // same person, a new visit each day
    (void)visit2;
    auto day3 = checkin->checkIn(request());
    ASSERT_TRUE(day3.ok()) << qPrintable(day3.error().message);
    auto ctx3 = administration->loadContext({day3->visitId, QStringLiteral("AD1"), {}, {}});
    ASSERT_TRUE(ctx3.ok());
    EXPECT_NE(finding(administration->evaluate(*ctx3, allConfirmed()),
                      QStringLiteral("health.contraindication_on_record")),
              nullptr);
    clock.advance(kDayMs);
    auto day4 = checkin->checkIn(request());
    ASSERT_TRUE(day4.ok()) << qPrintable(day4.error().message);
    auto ctx4 = administration->loadContext({day4->visitId, QStringLiteral("AD1"), {}, {}});
    ASSERT_TRUE(ctx4.ok());
    EXPECT_EQ(finding(administration->evaluate(*ctx4, allConfirmed()),
                      QStringLiteral("health.contraindication_on_record")),
              nullptr);
    EXPECT_EQ(service->ofPerson(person->person.id)->size(), 1u);  // the precaution remains
    EXPECT_EQ(service->ofPerson(person->person.id, true)->front().statusOn(service->today()),
              QStringLiteral("expired"));
}

TEST(ContraindicationScope, ParsesAndMatches)
{
    EXPECT_EQ(ScopeSpec::parse(QStringLiteral("all"), {})->scope, ContraindicationScope::All);
    auto g = ScopeSpec::parse(QStringLiteral("group:covid-inactivated"), {});
    ASSERT_TRUE(g.ok());
    EXPECT_EQ(g->scope, ContraindicationScope::Group);
    EXPECT_EQ(g->toString(), QStringLiteral("group:covid-inactivated"));
    for (const char* bad : {"", "group", "group:", "platform:x", "all:x"})
        EXPECT_FALSE(ScopeSpec::parse(QString::fromLatin1(bad), QStringLiteral("scope")).ok())
            << bad;
    const Catalog& catalog = Catalog::builtIn();
    Contraindication c;
    c.scope = ContraindicationScope::Group;
    c.scopeCode = QStringLiteral("covid-inactivated");
    EXPECT_TRUE(c.appliesTo(*catalog.find(QStringLiteral("CoronaVac"))));
    EXPECT_FALSE(c.appliesTo(*catalog.find(QStringLiteral("ZF2001"))));
    c.scope = ContraindicationScope::Component;
    c.scopeCode = QStringLiteral("neomycin");
    EXPECT_TRUE(c.appliesTo(*catalog.find(QStringLiteral("MMR"))));
    EXPECT_FALSE(c.appliesTo(*catalog.find(QStringLiteral("BBIBP-CorV"))));
    c.until = QDate(2021, 6, 1);
    EXPECT_TRUE(c.activeOn(QDate(2021, 6, 1)));
    EXPECT_FALSE(c.activeOn(QDate(2021, 6, 2)));
    EXPECT_TRUE(catalog.seriousAllergicAefi().contains(QStringLiteral("anaphylaxis")));
    // Every contraindicating screening question says what it is remembered as.
    for (const ScreeningQuestion& q : Questionnaire::builtIn().questions()) {
        if (q.outcome == ScreeningOutcome::Contraindicated) {
            EXPECT_FALSE(q.rememberScope.isEmpty()) << qPrintable(q.id);
        }
    }
}
