// The injection desk on a real database: persons checked in by the check-in service, lots and
// vials from the stock services, doses administered, refused, interrupted and corrected.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QTimeZone>

#include "checkin/checkinservice.h"
#include "coldchain/coldchainservice.h"
#include "common/labels.h"
#include "desk/administrationservice.h"
#include "desk/dosecorrectionservice.h"
#include "desk/queueservice.h"
#include "security/auth.h"
#include "security/userservice.h"
#include "stock/openvial.h"
#include "stock/stockfixture.h"  // tests/core/stock
#include "stock/stockledger.h"
#include "storage/audit.h"
#include "storage/meta.h"
#include "storage/transaction.h"
#include "support/administerrequest.h"
#include "support/residentid.h"

using namespace vax;
using vax::test::residentId;

namespace {
const QTimeZone kChina(8 * 3600);
const QString kBox1 = QStringLiteral("81234567890123456781");
const QString kBox2 = QStringLiteral("81234567890123456782");

using test::allConfirmed;

bool hasFinding(const ChecklistResult& r, const QString& code)
{
    for (const ChecklistItem& i : r.items)
        for (const CheckFinding& f : i.findings)
            if (f.code == code)
                return true;
    return false;
}

class DeskTest : public test::StockFixture {
protected:
    void SetUp() override
    {
        StockFixture::SetUp();
        queue = std::make_unique<QueueService>(ServiceContext(*db, clock));
        administration = std::make_unique<AdministrationService>(ServiceContext(*db, clock));
        correction = std::make_unique<DoseCorrectionService>(ServiceContext(*db, clock));
        checkin = std::make_unique<CheckInService>(ServiceContext(*db, clock));
    }

    // Checks a person in today; returns the visit id.
    QString checkIn(const QString& name, const QDate& birth, int seq, bool doctorReview = false,
                    bool priority = false)
    {
        CheckInRequest r;
        r.staffId = admin.id;
        r.draft.name = name;
        r.draft.document.number = residentId(birth, seq);
        for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
            r.answers.insert(q.id, doctorReview && q.id == QLatin1String("immunodeficiency"));
        r.temperatureC = 36.6;
        r.consent.textVersion = QString::fromLatin1(vax::kConsentTextVersion);
        if (ageInWholeYears(birth, checkin->today()) < 18) {
            r.consent.signer = ConsentSigner::Guardian;
            r.consent.guardianName = QStringLiteral("监护人");
            r.consent.guardianRelation = QStringLiteral("mother");
        }
        r.priorityLane = priority;
        auto receipt = checkin->checkIn(r);
        EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? "" : qPrintable(receipt.error().message));
        return receipt.ok() ? receipt->visitId : QString();
    }

    LotInfo receiveWithBoxes(const QString& lotNumber, const QString& product, int vials,
                             const QStringList& boxes)
    {
        LotReceipt r;
        r.productCode = product;
        r.lotNumber = lotNumber;
        r.expiry = QDate(2021, 12, 31);
        r.vials = vials;
        r.fridgeId = fridge.id;
        r.traceCodes = boxes;
        auto res = LotService::receive({*db, clock, admin.id}, r);
        EXPECT_TRUE(res.ok()) << (res.ok() ? "" : qPrintable(res.error().message));
        return res.ok() ? res->lot : LotInfo{};
    }

    AdministerRequest request(const QString& visitId, const QString& lot, const QString& trace = {},
                              const QString& vial = {})
    {
        AdministerRequest r;
        r.scan = {visitId, lot, vial, trace};
        r.choices = allConfirmed();
        r.desk = QStringLiteral("3");
        r.staffId = admin.id;
        return r;
    }

    QString scalar(const QString& sql, const QVariantList& args = {})
    {
        auto q = db->exec(sql, args);
        EXPECT_TRUE(q.ok());
        return q.ok() ? q->scalar().toString() : QString();
    }

    // Everything an administration writes, to prove a failed one wrote nothing.
    QStringList snapshot()
    {
        QStringList out;
        for (const char* sql :
             {"SELECT count(*) FROM dose",
              "SELECT count(*) || '/' || SUM(doses) FROM stock_movement",
              "SELECT group_concat(id || ':' || doses_drawn) FROM vial",
              "SELECT group_concat(code || ':' || COALESCE(used_at, '-')) FROM trace_code",
              "SELECT group_concat(id || ':' || state || ':' || desk) FROM visit",
              "SELECT count(*) FROM observation", "SELECT count(*) FROM audit",
              "SELECT last_hash FROM audit_head"})
            out << scalar(QString::fromLatin1(sql));
        return out;
    }

    // A real account (with a password it can sign in with) holding `roles`; returns its id.
    QString addAccount(const QString& username, Roles roles)
    {
        auto added = UserService::add({*db, clock, admin.id},
                                      {username, username, passwordOf(username), roles});
        EXPECT_TRUE(added.ok()) << (added.ok() ? "" : qPrintable(added.error().message));
        return added.ok() ? added->id : QString();
    }
    static QString passwordOf(const QString& username)
    {
        return QStringLiteral("pw-of-") + username;
    }
    int auditCount(const QString& action, const QString& actor)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM audit WHERE action = ? AND actor = ?"),
                      {action, actor})
            .toInt();
    }

    std::unique_ptr<QueueService> queue;
    std::unique_ptr<AdministrationService> administration;
    std::unique_ptr<DoseCorrectionService> correction;
    std::unique_ptr<CheckInService> checkin;
};
}  // namespace

TEST_F(DeskTest, CallNextTakesThePriorityLaneFirstThenByNumber)
{
    const QString a = checkIn(QStringLiteral("王一"), QDate(1980, 1, 1), 11);
    const QString b = checkIn(QStringLiteral("王二"), QDate(1950, 1, 1), 13, false, true);
    auto first = queue->callNext(QStringLiteral("3"), admin.id);
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().message);
    ASSERT_TRUE(first->has_value());
    EXPECT_EQ((*first)->visitId, b);
    EXPECT_EQ((*first)->queueNumber, 2);
    auto second = queue->callNext(QStringLiteral("4"), admin.id);
    ASSERT_TRUE(second.ok() && second->has_value());
    EXPECT_EQ((*second)->visitId, a);
    EXPECT_EQ(scalar(QStringLiteral("SELECT state || ':' || desk FROM visit WHERE id = ?"), {a}),
              QStringLiteral("called:4"));
    auto none = queue->callNext(QStringLiteral("3"), admin.id);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());
    EXPECT_FALSE(queue->callNext(QStringLiteral(" "), admin.id).ok());
    EXPECT_FALSE(queue->callNext(QStringLiteral("3"), QStringLiteral("nobody")).ok());
}

TEST_F(DeskTest, AdministersEndToEnd)
{
    const QString visit = checkIn(QStringLiteral("张三"), QDate(1980, 3, 15), 11);
    const LotInfo lot =
        receiveWithBoxes(QStringLiteral("B1"), QStringLiteral("BBIBP-CorV"), 10, {kBox1, kBox2});
    ASSERT_TRUE(queue->callNext(QStringLiteral("3"), admin.id).ok());

    // The screen's view: live evaluation before anything is ticked, then with the ticks.
    auto ctx = administration->loadContext({visit, QString(), QString(), kBox1});
    ASSERT_TRUE(ctx.ok()) << qPrintable(ctx.error().message);
    ASSERT_TRUE(ctx->lot.has_value());
    EXPECT_EQ(ctx->lot->id, lot.id);  // found by the box code alone
    const ChecklistResult waiting = administration->evaluate(*ctx, DeskChoices{});
    EXPECT_FALSE(waiting.canAdminister());
    EXPECT_TRUE(hasFinding(waiting, QStringLiteral("name.unconfirmed")));
    EXPECT_TRUE(administration->evaluate(*ctx, allConfirmed()).canAdminister());

    clock.advance(40'000);
    auto r = administration->administer(request(visit, QStringLiteral("B1"), kBox1));
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    const QDateTime at = clock.nowUtc();
    EXPECT_EQ(r->dose.doseNumber, 1);
    EXPECT_EQ(r->dose.desk, QStringLiteral("3"));
    EXPECT_EQ(r->observationMinutes, 30);
    EXPECT_EQ(r->observationEndsAt, at.addSecs(30 * 60));

    auto stored = correction->dose(r->dose.id);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    const DoseRecord& d = **stored;
    EXPECT_EQ(d.status, QStringLiteral("completed"));
    EXPECT_EQ(d.productCode, QStringLiteral("BBIBP-CorV"));
    EXPECT_EQ(d.lotNumber, QStringLiteral("B1"));
    EXPECT_EQ(d.site, QStringLiteral("LD"));
    EXPECT_EQ(d.route, QStringLiteral("IM"));
    EXPECT_DOUBLE_EQ(d.amountMl, 0.5);
    EXPECT_EQ(d.traceCode, kBox1);
    EXPECT_EQ(d.staffId, admin.id);
    EXPECT_EQ(d.administeredAt, at);
    EXPECT_TRUE(d.checklist.value(QStringLiteral("can_administer")).toBool());
    EXPECT_EQ(d.checklist.value(QStringLiteral("items")).toArray().size(), 11);
    EXPECT_EQ(d.checklist.value(QStringLiteral("confirmed")).toArray().size(), 3);

    EXPECT_EQ(*LotLedger::onHandAllFridges(*db, lot.id), 9);
    EXPECT_EQ(scalar(QStringLiteral("SELECT kind || ':' || doses FROM stock_movement WHERE id = "
                                    "(SELECT movement_id FROM dose WHERE id = ?)"),
                     {d.id}),
              QStringLiteral("administered:-1"));
    EXPECT_FALSE(
        scalar(QStringLiteral("SELECT used_at FROM trace_code WHERE code = ?"), {kBox1}).isEmpty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT state FROM visit WHERE id = ?"), {visit}),
              QStringLiteral("vaccinated"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT state || '|' || ends_at || '|' || desk FROM "
                                    "observation WHERE dose_id = ?"),
                     {d.id}),
              QStringLiteral("observing|%1|3").arg(at.addSecs(1800).toString(Qt::ISODateWithMs)));
    EXPECT_EQ(scalar(QStringLiteral("SELECT action FROM audit WHERE entity_id = ?"), {d.id}),
              QStringLiteral("dose.administer"));
    EXPECT_TRUE(AuditLog::verify(*db)->ok);
    auto today = correction->dosesOn(queue->today());
    ASSERT_TRUE(today.ok());
    EXPECT_EQ(today->size(), 1u);

    // The same visit cannot get a second dose, even if the caller insists.
    auto again = administration->administer(request(visit, QStringLiteral("B1"), kBox2));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::DeskChecklistFailed);
}

TEST_F(DeskTest, DrawsFromAnOpenMultiDoseVial)
{
    const QString visit = checkIn(QStringLiteral("李四"), QDate(1970, 5, 5), 11);
    const LotInfo lot = receiveWithBoxes(QStringLiteral("A1"), QStringLiteral("Convidecia"), 2, {});
    // Without a vial the multi-dose lot is refused.
    ChecklistResult seen;
    auto refused = administration->administer(request(visit, QStringLiteral("A1")), &seen);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(hasFinding(seen, QStringLiteral("vial.not_opened")));

    auto vial = VialService::open({*db, clock, admin.id}, lot.id, fridge.id);
    ASSERT_TRUE(vial.ok()) << qPrintable(vial.error().message);
    auto r = administration->administer(request(visit, QString(), QString(), vial->id));
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_EQ(r->dose.vialId, vial->id);
    EXPECT_EQ(r->dose.lotId, lot.id);
    EXPECT_EQ(scalar(QStringLiteral("SELECT doses_drawn FROM vial WHERE id = ?"), {vial->id}),
              QStringLiteral("1"));
    EXPECT_EQ(*LotLedger::onHandAllFridges(*db, lot.id), 5);
}

TEST_F(DeskTest, RefusesAnUnsafeDoseWhateverTheCallerClaims)
{
    receiveWithBoxes(QStringLiteral("B1"), QStringLiteral("BBIBP-CorV"), 10, {kBox1, kBox2});
    const QString first = checkIn(QStringLiteral("赵五"), QDate(1985, 7, 7), 11);
    ASSERT_TRUE(administration->administer(request(first, QStringLiteral("B1"), kBox1)).ok());

    // A second person with the box code already used.
    const QString other = checkIn(QStringLiteral("钱六"), QDate(1990, 8, 8), 13);
    QStringList before = snapshot();
    ChecklistResult seen;
    auto reused = administration->administer(request(other, QStringLiteral("B1"), kBox1), &seen);
    ASSERT_FALSE(reused.ok());
    EXPECT_EQ(reused.error().code, ErrorCode::DeskChecklistFailed);
    // The message names the finding in words; the code is in the checklist outcome.
    EXPECT_TRUE(reused.error().message.contains(labels::finding(QStringLiteral("trace_code.used"))))
        << qPrintable(reused.error().message);
    EXPECT_TRUE(hasFinding(seen, QStringLiteral("trace_code.used")));
    EXPECT_EQ(snapshot(), before);

    // Twenty days later the same person comes back: one day too early for dose 2. A doctor
    // cannot override a minimum interval.
    clock.advance(qint64(20) * 24 * 3600 * 1000);
    const QString early = checkIn(QStringLiteral("赵五"), QDate(1985, 7, 7), 11);
    auto approval = AuthService::approveOverride({*db, clock}, QString::fromLatin1(kDemoUsername),
                                                 QString::fromLatin1(kDemoPassword), early,
                                                 {QStringLiteral("interval.too_early")});
    ASSERT_TRUE(approval.ok()) << qPrintable(approval.error().message);
    before = snapshot();
    auto tooEarly = administration->administer(request(early, QStringLiteral("B1"), kBox2), &seen);
    ASSERT_FALSE(tooEarly.ok());
    EXPECT_TRUE(hasFinding(seen, QStringLiteral("interval.too_early")));
    EXPECT_EQ(seen.doseNumber, 2);
    AdministerRequest forced = request(early, QStringLiteral("B1"), kBox2);
    forced.choices.overrides = {QStringLiteral("interval.too_early")};
    forced.doctorApproval = *approval;
    forced.overrideReason = QStringLiteral("patient insists");
    auto overridden = administration->administer(forced);
    ASSERT_FALSE(overridden.ok());
    EXPECT_EQ(overridden.error().code, ErrorCode::DeskOverrideRefused);
    EXPECT_EQ(snapshot(), before);

    // The lot is quarantined after a warm reading: refused, though everything is "confirmed".
    ASSERT_TRUE(
        ColdChainService::addManualReading({*db, clock, admin.id}, fridge.id, 9.5, {}).ok());
    const QString third = checkIn(QStringLiteral("孙七"), QDate(1991, 9, 9), 15);
    before = snapshot();
    auto quarantined =
        administration->administer(request(third, QStringLiteral("B1"), kBox2), &seen);
    ASSERT_FALSE(quarantined.ok());
    EXPECT_TRUE(hasFinding(seen, QStringLiteral("lot.quarantined")));
    EXPECT_EQ(snapshot(), before);

    // Not confirmed is not given.
    AdministerRequest unticked = request(third, QStringLiteral("B1"));
    unticked.choices.confirmed.clear();
    EXPECT_FALSE(administration->administer(unticked).ok());
}

TEST_F(DeskTest, AnExpiredOpenVialIsRefused)
{
    const LotInfo lot = receiveWithBoxes(QStringLiteral("A1"), QStringLiteral("Convidecia"), 2, {});
    auto vial = VialService::open({*db, clock, admin.id}, lot.id, fridge.id);
    ASSERT_TRUE(vial.ok());
    const QString visit = checkIn(QStringLiteral("周八"), QDate(1975, 1, 2), 11);
    clock.setNow(vial->discardAt);
    ChecklistResult seen;
    auto r = administration->administer(request(visit, QString(), QString(), vial->id), &seen);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(hasFinding(seen, QStringLiteral("vial.past_discard")));
    clock.setNow(vial->discardAt.addSecs(-60));
    EXPECT_TRUE(administration->administer(request(visit, QString(), QString(), vial->id)).ok());
}

TEST_F(DeskTest, OnlyADoctorWhoAuthenticatedMayOverrideAndTheOverrideIsRecorded)
{
    receiveWithBoxes(QStringLiteral("B1"), QStringLiteral("BBIBP-CorV"), 10, {});
    const QString visit = checkIn(QStringLiteral("吴九"), QDate(1960, 2, 2), 11, true);
    ChecklistResult seen;
    ASSERT_FALSE(administration->administer(request(visit, QStringLiteral("B1")), &seen).ok());
    EXPECT_TRUE(hasFinding(seen, QStringLiteral("screening.doctor_review")));
    const QString nurse = addAccount(QStringLiteral("nurse1"), Roles(Role::Vaccinator));
    const QString doctor = addAccount(QStringLiteral("doc1"), Roles(Role::Doctor));
    const QStringList review{QStringLiteral("screening.doctor_review")};

    AdministerRequest r = request(visit, QStringLiteral("B1"));
    r.staffId = nurse;
    r.choices.overrides = {review.front()};
    r.overrideReason = QStringLiteral("immunosuppression stopped in 2019; doctor examined");
    QStringList before = snapshot();
    // No doctor at all: the nurse cannot name one and go on.
    auto refused = administration->administer(r);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DeskOverrideRefused);
    EXPECT_EQ(refused.error().field, QStringLiteral("doctor"));
    EXPECT_EQ(snapshot(), before);

    // A nurse is not a doctor, whatever password she types.
    auto notDoctor =
        AuthService::approveOverride({*db, clock}, QStringLiteral("nurse1"),
                                     passwordOf(QStringLiteral("nurse1")), visit, review);
    ASSERT_FALSE(notDoctor.ok());
    EXPECT_EQ(notDoctor.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(auditCount(QStringLiteral("override.auth_refused"), nurse), 1);

    // The doctor's password, typed wrong: counted toward the doctor's lockout, audited.
    auto wrong = AuthService::approveOverride({*db, clock}, QStringLiteral("doc1"),
                                              QStringLiteral("not-the-password"), visit, review);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::LoginFailed);
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("4 more")))
        << qPrintable(wrong.error().message);
    EXPECT_EQ(scalar(QStringLiteral("SELECT failed_logins FROM staff WHERE id = ?"), {doctor}),
              QStringLiteral("1"));
    EXPECT_EQ(auditCount(QStringLiteral("override.auth_failed"), doctor), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM dose")), QStringLiteral("0"));

    // The right password: an approval, which the dose records with the reason.
    auto approval = AuthService::approveOverride({*db, clock}, QStringLiteral("doc1"),
                                                 passwordOf(QStringLiteral("doc1")), visit, review);
    ASSERT_TRUE(approval.ok()) << qPrintable(approval.error().message);
    EXPECT_EQ(approval->doctor().id, doctor);
    EXPECT_EQ(scalar(QStringLiteral("SELECT failed_logins FROM staff WHERE id = ?"), {doctor}),
              QStringLiteral("0"));
    r.doctorApproval = *approval;
    r.overrideReason.clear();
    before = snapshot();
    EXPECT_EQ(administration->administer(r).error().field, QStringLiteral("reason"));
    EXPECT_EQ(snapshot(), before);

    r.overrideReason = QStringLiteral("immunosuppression stopped in 2019; doctor examined");
    auto given = administration->administer(r);
    ASSERT_TRUE(given.ok()) << qPrintable(given.error().message);
    EXPECT_EQ(given->dose.overrideBy, doctor);
    EXPECT_EQ(given->dose.staffId, nurse);
    EXPECT_EQ(given->dose.overrideAuth, QStringLiteral("password"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT override_by || '|' || override_reason || '|' || "
                                    "override_auth || '|' || override_approval FROM dose")),
              doctor + QStringLiteral("|") + r.overrideReason + QStringLiteral("|password|") +
                  approval->id());
    const QJsonObject recorded = given->dose.checklist.value(QStringLiteral("override")).toObject();
    EXPECT_EQ(recorded.value(QStringLiteral("by")).toString(), doctor);
    EXPECT_TRUE(recorded.value(QStringLiteral("credential_checked")).toBool());
    EXPECT_EQ(recorded.value(QStringLiteral("findings")).toArray(),
              QJsonArray{QStringLiteral("screening.doctor_review")});
    EXPECT_EQ(recorded.value(QStringLiteral("reason")).toString(), r.overrideReason);
    EXPECT_TRUE(scalar(QStringLiteral("SELECT detail FROM audit WHERE action = 'dose.administer'"))
                    .contains(QStringLiteral("screening.doctor_review")));

    // One approval, one dose: corrected and given again, the doctor confirms again.
    ASSERT_TRUE(
        correction->correct(given->dose.id, QStringLiteral("wrong arm recorded"), doctor).ok());
    before = snapshot();
    auto reused = administration->administer(r);
    ASSERT_FALSE(reused.ok());
    EXPECT_EQ(reused.error().code, ErrorCode::DeskOverrideRefused);
    EXPECT_TRUE(reused.error().message.contains(QStringLiteral("already used")))
        << qPrintable(reused.error().message);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(DeskTest, AnOverrideApprovalIsForThisVisitTheseFindingsAndAFewMinutes)
{
    receiveWithBoxes(QStringLiteral("B1"), QStringLiteral("BBIBP-CorV"), 10, {});
    const QString visit = checkIn(QStringLiteral("吴九"), QDate(1960, 2, 2), 11, true);
    const QString other = checkIn(QStringLiteral("郑十"), QDate(1961, 3, 3), 13, true);
    const QString nurse = addAccount(QStringLiteral("nurse1"), Roles(Role::Vaccinator));
    addAccount(QStringLiteral("doc1"), Roles(Role::Doctor));
    const QStringList review{QStringLiteral("screening.doctor_review")};
    auto forOther = AuthService::approveOverride({*db, clock}, QStringLiteral("doc1"),
                                                 passwordOf(QStringLiteral("doc1")), other, review);
    ASSERT_TRUE(forOther.ok());
    auto forNothing = AuthService::approveOverride({*db, clock}, QStringLiteral("doc1"),
                                                   passwordOf(QStringLiteral("doc1")), visit, {});
    ASSERT_TRUE(forNothing.ok());
    auto approval = AuthService::approveOverride({*db, clock}, QStringLiteral("doc1"),
                                                 passwordOf(QStringLiteral("doc1")), visit, review);
    ASSERT_TRUE(approval.ok());

    AdministerRequest r = request(visit, QStringLiteral("B1"));
    r.staffId = nurse;
    r.choices.overrides = {review.front()};
    r.overrideReason = QStringLiteral("examined");
    const QStringList before = snapshot();
    for (const OverrideApproval& wrong : {*forOther, *forNothing}) {
        r.doctorApproval = wrong;
        auto refused = administration->administer(r);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::DeskOverrideRefused);
        EXPECT_EQ(snapshot(), before);
    }
    r.doctorApproval = *approval;
    clock.advance(qint64(kOverrideApprovalMinutes) * 60 * 1000 + 1000);
    auto stale = administration->administer(r);
    ASSERT_FALSE(stale.ok());
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("minutes ago")))
        << qPrintable(stale.error().message);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(DeskTest, ALockedDisabledOrUnknownDoctorCannotApprove)
{
    receiveWithBoxes(QStringLiteral("B1"), QStringLiteral("BBIBP-CorV"), 10, {});
    const QString visit = checkIn(QStringLiteral("吴九"), QDate(1960, 2, 2), 11, true);
    const QString nurse = addAccount(QStringLiteral("nurse1"), Roles(Role::Vaccinator));
    const QString doctor = addAccount(QStringLiteral("doc1"), Roles(Role::Doctor));
    const QStringList review{QStringLiteral("screening.doctor_review")};
    const QString password = passwordOf(QStringLiteral("doc1"));

    // An approval made before the doctor's account was locked is no longer good.
    auto early =
        AuthService::approveOverride({*db, clock}, QStringLiteral("doc1"), password, visit, review);
    ASSERT_TRUE(early.ok());
    for (int i = 1; i <= kMaxFailedLogins; ++i) {
        auto wrong = AuthService::approveOverride({*db, clock}, QStringLiteral("doc1"),
                                                  QStringLiteral("guess-%1").arg(i), visit, review);
        ASSERT_FALSE(wrong.ok());
        EXPECT_EQ(wrong.error().code,
                  i < kMaxFailedLogins ? ErrorCode::LoginFailed : ErrorCode::AccountLocked);
    }
    EXPECT_EQ(auditCount(QStringLiteral("override.auth_failed"), doctor), kMaxFailedLogins);
    auto locked =
        AuthService::approveOverride({*db, clock}, QStringLiteral("doc1"), password, visit, review);
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(locked.error().code, ErrorCode::AccountLocked);
    // The lockout is the sign-in lockout: the doctor cannot log in either.
    auto login = AuthService::login({*db, clock}, QStringLiteral("doc1"), password);
    ASSERT_FALSE(login.ok());
    EXPECT_EQ(login.error().code, ErrorCode::AccountLocked);

    AdministerRequest r = request(visit, QStringLiteral("B1"));
    r.staffId = nurse;
    r.choices.overrides = {review.front()};
    r.overrideReason = QStringLiteral("examined");
    r.doctorApproval = *early;
    const QStringList before = snapshot();
    auto refused = administration->administer(r);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DeskOverrideRefused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("locked")))
        << qPrintable(refused.error().message);
    EXPECT_EQ(snapshot(), before);

    // Disabled, and unknown.
    const QString doc2 = addAccount(QStringLiteral("doc2"), Roles(Role::Doctor));
    ASSERT_TRUE(UserService::setDisabled({*db, clock, admin.id}, doc2, true).ok());
    auto disabled = AuthService::approveOverride({*db, clock}, QStringLiteral("doc2"),
                                                 passwordOf(QStringLiteral("doc2")), visit, review);
    ASSERT_FALSE(disabled.ok());
    EXPECT_EQ(disabled.error().code, ErrorCode::AccountDisabled);
    auto unknown = AuthService::approveOverride({*db, clock}, QStringLiteral("dr-nobody"),
                                                QStringLiteral("whatever-1"), visit, review);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::LoginFailed);
    EXPECT_EQ(auditCount(QStringLiteral("override.auth_failed"), QStringLiteral("unknown")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM dose")), QStringLiteral("0"));
}

TEST_F(DeskTest, ADoctorMayApproveWithTheirPin)
{
    receiveWithBoxes(QStringLiteral("B1"), QStringLiteral("BBIBP-CorV"), 10, {});
    const QString visit = checkIn(QStringLiteral("吴九"), QDate(1960, 2, 2), 11, true);
    const QString nurse = addAccount(QStringLiteral("nurse1"), Roles(Role::Vaccinator));
    const QString doctor = addAccount(QStringLiteral("doc1"), Roles(Role::Doctor));
    ASSERT_TRUE(UserService::setPin({*db, clock, doctor}, doctor, QStringLiteral("4711"),
                                    passwordOf(QStringLiteral("doc1")))
                    .ok());
    const QStringList review{QStringLiteral("screening.doctor_review")};
    auto wrongPin = AuthService::approveOverride({*db, clock}, QStringLiteral("doc1"),
                                                 QStringLiteral("1234"), visit, review);
    ASSERT_FALSE(wrongPin.ok());
    EXPECT_TRUE(wrongPin.error().message.contains(QStringLiteral("PIN")));
    auto approval = AuthService::approveOverride({*db, clock}, QStringLiteral("doc1"),
                                                 QStringLiteral("4711"), visit, review);
    ASSERT_TRUE(approval.ok()) << qPrintable(approval.error().message);
    EXPECT_EQ(approval->method(), UnlockMethod::Pin);
    AdministerRequest r = request(visit, QStringLiteral("B1"));
    r.staffId = nurse;
    r.choices.overrides = {review.front()};
    r.overrideReason = QStringLiteral("examined");
    r.doctorApproval = *approval;
    auto given = administration->administer(r);
    ASSERT_TRUE(given.ok()) << qPrintable(given.error().message);
    EXPECT_EQ(scalar(QStringLiteral("SELECT override_auth FROM dose")), QStringLiteral("pin"));
}

TEST_F(DeskTest, TheDeskObeysTheRoleTable)
{
    receiveWithBoxes(QStringLiteral("B1"), QStringLiteral("BBIBP-CorV"), 10, {});
    const QString visit = checkIn(QStringLiteral("冯十一"), QDate(1980, 4, 4), 11);
    const QString doctor = addAccount(QStringLiteral("doc1"), Roles(Role::Doctor));
    const QString nurse = addAccount(QStringLiteral("nurse1"), Roles(Role::Vaccinator));
    QStringList before = snapshot();
    // A doctor does not call people or give doses (the vaccinator's work).
    auto called = queue->callNext(QStringLiteral("3"), doctor);
    ASSERT_FALSE(called.ok());
    EXPECT_EQ(called.error().code, ErrorCode::PermissionDenied);
    AdministerRequest r = request(visit, QStringLiteral("B1"));
    r.staffId = doctor;
    auto byDoctor = administration->administer(r);
    ASSERT_FALSE(byDoctor.ok());
    EXPECT_EQ(byDoctor.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(snapshot(), before);

    r.staffId = nurse;
    auto given = administration->administer(r);
    ASSERT_TRUE(given.ok()) << qPrintable(given.error().message);
    // A vaccinator may not enter a dose in error: a doctor or the site administrator may.
    before = snapshot();
    auto byNurse = correction->correct(given->dose.id, QStringLiteral("wrong person"), nurse);
    ASSERT_FALSE(byNurse.ok());
    EXPECT_EQ(byNurse.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM dose")), QStringLiteral("completed"));
    EXPECT_TRUE(correction->correct(given->dose.id, QStringLiteral("wrong person"), doctor).ok());
}

TEST_F(DeskTest, AFaultBetweenAnyTwoWritesLeavesNothingWritten)
{
    const LotInfo lot =
        receiveWithBoxes(QStringLiteral("A1"), QStringLiteral("Convidecia"), 2, {kBox1});
    auto vial = VialService::open({*db, clock, admin.id}, lot.id, fridge.id);
    ASSERT_TRUE(vial.ok());
    const QString visit = checkIn(QStringLiteral("郑十"), QDate(1988, 4, 4), 11);
    ASSERT_TRUE(queue->callNext(QStringLiteral("2"), admin.id).ok());
    const QStringList before = snapshot();

    QStringList reached;
    for (const QString& step :
         {QStringLiteral("stock"), QStringLiteral("dose"), QStringLiteral("trace_code"),
          QStringLiteral("visit"), QStringLiteral("observation"), QStringLiteral("audit")}) {
        SCOPED_TRACE(qPrintable(step));
        administration->setFaultHookForTesting([&](QStringView at) -> Status {
            reached << at.toString();
            if (at == step)
                return makeError(ErrorCode::DbFull, QStringLiteral("injected fault at ") + step);
            return {};
        });
        auto r = administration->administer(request(visit, QString(), kBox1, vial->id));
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::DbFull);
        EXPECT_EQ(snapshot(), before);
        EXPECT_EQ(reached.last(), step);
    }
    administration->setFaultHookForTesting({});
    auto r = administration->administer(request(visit, QString(), kBox1, vial->id));
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_NE(snapshot(), before);
}

TEST_F(DeskTest, CorrectionMarksEnteredInErrorAndBooksTheDoseBack)
{
    const LotInfo lot =
        receiveWithBoxes(QStringLiteral("B1"), QStringLiteral("BBIBP-CorV"), 10, {kBox1});
    const QString visit = checkIn(QStringLiteral("冯十一"), QDate(1979, 12, 12), 11);
    auto given = administration->administer(request(visit, QStringLiteral("B1"), kBox1));
    ASSERT_TRUE(given.ok()) << qPrintable(given.error().message);
    const QString id = given->dose.id;
    EXPECT_EQ(*LotLedger::onHandAllFridges(*db, lot.id), 9);

    auto noReason = correction->correct(id, QStringLiteral("  "), admin.id);
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().code, ErrorCode::ReasonRequired);

    clock.advance(5 * 60 * 1000);
    auto c = correction->correct(id, QStringLiteral("recorded for the wrong person"), admin.id);
    ASSERT_TRUE(c.ok()) << qPrintable(c.error().message);
    EXPECT_TRUE(c->stockReturned);
    EXPECT_TRUE(c->observationCancelled);
    auto stored = correction->dose(id);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->status, QStringLiteral("entered-in-error"));
    EXPECT_EQ((*stored)->errorReason, QStringLiteral("recorded for the wrong person"));
    EXPECT_EQ((*stored)->correctedBy, admin.id);
    EXPECT_EQ((*stored)->correctedAt, clock.nowUtc());
    EXPECT_EQ(*LotLedger::onHandAllFridges(*db, lot.id), 10);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM stock_movement WHERE kind = "
                                    "'adjustment' AND doses = 1")),
              QStringLiteral("1"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COALESCE(used_at, 'free') FROM trace_code")),
              QStringLiteral("free"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT state FROM observation WHERE dose_id = ?"), {id}),
              QStringLiteral("cancelled"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT state FROM visit WHERE id = ?"), {visit}),
              QStringLiteral("called"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'dose.correct'")),
              QStringLiteral("1"));

    auto twice = correction->correct(id, QStringLiteral("again"), admin.id);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::DoseAlreadyCorrected);

    // The right dose is then recorded: still dose 1, with the freed box code.
    auto redo = administration->administer(request(visit, QStringLiteral("B1"), kBox1));
    ASSERT_TRUE(redo.ok()) << qPrintable(redo.error().message);
    EXPECT_EQ(redo->dose.doseNumber, 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM dose")), QStringLiteral("2"));
    EXPECT_TRUE(AuditLog::verify(*db)->ok);
}

TEST_F(DeskTest, CorrectingAVialDosePutsItBackIntoTheOpenVial)
{
    const LotInfo lot = receiveWithBoxes(QStringLiteral("A1"), QStringLiteral("Convidecia"), 2, {});
    auto vial = VialService::open({*db, clock, admin.id}, lot.id, fridge.id);
    ASSERT_TRUE(vial.ok());
    const QString visit = checkIn(QStringLiteral("陈十二"), QDate(1966, 6, 6), 11);
    auto given = administration->administer(request(visit, QString(), QString(), vial->id));
    ASSERT_TRUE(given.ok()) << qPrintable(given.error().message);
    ASSERT_TRUE(
        correction->correct(given->dose.id, QStringLiteral("wrong vial scanned"), admin.id).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT doses_drawn FROM vial WHERE id = ?"), {vial->id}),
              QStringLiteral("0"));
    EXPECT_EQ(*LotLedger::onHandAllFridges(*db, lot.id), 6);
}

TEST_F(DeskTest, PolicyComesFromTheSiteSettings)
{
    ASSERT_TRUE(writeMeta(*db, QStringLiteral("desk.other_vaccine_days"), QStringLiteral("28")));
    ASSERT_TRUE(writeMeta(*db, QStringLiteral("desk.interchange"), QStringLiteral("none")));
    auto p = DeskPolicy::load(*db);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->checklist.otherVaccineDays, 28);
    EXPECT_FALSE(p->checklist.interchangeWithinGroup);
    ASSERT_TRUE(writeMeta(*db, QStringLiteral("desk.other_vaccine_days"), QStringLiteral("x")));
    EXPECT_FALSE(DeskPolicy::load(*db).ok());
}

TEST(DeskObservation, AllergyHistoryLengthensTheWait)
{
    Product p = *Catalog::builtIn().find(QStringLiteral("BBIBP-CorV"));
    p.observationMinutes = 15;
    DeskPolicy policy;
    QString reason;
    const QJsonObject clear{
        {QStringLiteral("answers"), QJsonObject{{QStringLiteral("allergy"), false}}}};
    const QJsonObject allergy{
        {QStringLiteral("answers"), QJsonObject{{QStringLiteral("allergy_history"), true}}}};
    EXPECT_EQ(observationMinutesFor(p, clear, policy, &reason), 15);
    EXPECT_EQ(reason, QStringLiteral("product"));
    EXPECT_EQ(observationMinutesFor(p, allergy, policy, &reason), 30);
    EXPECT_EQ(reason, QStringLiteral("allergy_history"));
    p.observationMinutes = 45;
    EXPECT_EQ(observationMinutesFor(p, allergy, policy), 45);
}

TEST_F(DeskTest, StockBalanceAlwaysEqualsTheSumOfTheMovements)
{
    const LotInfo lot =
        receiveWithBoxes(QStringLiteral("B1"), QStringLiteral("BBIBP-CorV"), 10, {kBox1});
    const QString visit = checkIn(QStringLiteral("蒋十三"), QDate(1977, 7, 17), 11);
    auto given = administration->administer(request(visit, QStringLiteral("B1"), kBox1));
    ASSERT_TRUE(given.ok()) << qPrintable(given.error().message);
    ASSERT_TRUE(
        LotService::waste({*db, clock, admin.id}, lot.id, fridge.id, 2, WasteReason::Broken, {})
            .ok());
    ASSERT_TRUE(correction->correct(given->dose.id, QStringLiteral("test"), admin.id).ok());
    auto other = FridgeRepository::add(*db, clock, QStringLiteral("Second"), {}, admin.id);
    ASSERT_TRUE(other.ok());
    {
        auto tx = WriteTransaction::begin(*db);
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(
            LotLedger::transfer(*db, lot.id, fridge.id, other->id, 3, clock.nowUtc(), admin.id)
                .ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    const QString mismatches = QStringLiteral(
        "SELECT count(*) FROM (SELECT lot_id, COALESCE(fridge_id, '') AS f, SUM(doses) AS s FROM "
        "stock_movement GROUP BY 1, 2) m FULL JOIN stock_balance b ON b.lot_id = m.lot_id AND "
        "b.fridge_id = m.f WHERE m.s IS NOT b.doses");
    EXPECT_EQ(scalar(mismatches), QStringLiteral("0"));
    EXPECT_EQ(*LotLedger::onHand(*db, lot.id, fridge.id), 5);
    EXPECT_EQ(*LotLedger::onHand(*db, lot.id, other->id), 3);
    EXPECT_EQ(LotService::find(*db, lot.id)->onHand, 8);
}

TEST(DeskMigration, StockBalanceIsBuiltFromTheMovementsOfAnOlderDatabase)
{
    test::TempDb tmp;
    {
        auto db = tmp.open(4);
        ASSERT_TRUE(db);
        for (const char* sql :
             {"INSERT INTO fridge(id, name, created_at) VALUES ('f1', 'F', '2021-06-01')",
              "INSERT INTO lot(id, product_code, lot_number, expiry, manufacturer, doses_per_vial, "
              "received_at, received_by) VALUES ('l1', 'BBIBP-CorV', 'L', '2022-01-01', 'M', 1, "
              "'2021-06-01', 'x')",
              "INSERT INTO stock_movement(id, lot_id, fridge_id, kind, doses, at, actor) VALUES "
              "('m1', 'l1', 'f1', 'receipt', 10, '2021-06-01', 'x'), ('m2', 'l1', 'f1', "
              "'administered', -1, '2021-06-01', 'x'), ('m3', 'l1', NULL, 'adjustment', 2, "
              "'2021-06-01', 'x')"}) {
            auto q = db->exec(QString::fromLatin1(sql));
            ASSERT_TRUE(q.ok()) << qPrintable(q.error().message);
        }
    }
    auto db = tmp.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(*LotLedger::onHand(*db, QStringLiteral("l1"), QStringLiteral("f1")), 9);
    EXPECT_EQ(*LotLedger::onHandAllFridges(*db, QStringLiteral("l1")), 11);
}
