#include <gtest/gtest.h>

#include <QTimeZone>

#include "checkin/checkinservice.h"
#include "support/residentid.h"
#include "support/tempdb.h"

using namespace vax;
using vax::test::residentId;

namespace {
const QTimeZone kChina(8 * 3600);
const QString kStaff = QStringLiteral("staff-1");

ScreeningAnswers allNo()
{
    ScreeningAnswers a;
    for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
        a.insert(q.id, false);
    return a;
}

CheckInRequest request(const QString& name, const QString& number)
{
    CheckInRequest r;
    r.staffId = kStaff;
    r.draft.name = name;
    r.draft.document.number = number;
    r.answers = allNo();
    r.temperatureC = 36.6;
    r.consent.textVersion = QString::fromLatin1(vax::kConsentTextVersion);
    return r;
}

qint64 count(Database& db, const char* table)
{
    return test::queryNumber(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
}

class CheckInTest : public ::testing::Test {
protected:
    test::TempDb temp;
    FakeClock clock{test::testNow()};
    std::unique_ptr<Database> db = temp.open();
    void SetUp() override { test::addStaff(*db, kStaff, Role::Registrar); }
};
}  // namespace

TEST(Screening, BuiltInQuestionnaireLoadsAndCoversEveryOutcome)
{
    const Questionnaire& q = Questionnaire::builtIn();
    ASSERT_FALSE(q.questions().empty());
    bool seen[4] = {};
    for (const auto& question : q.questions())
        seen[static_cast<int>(question.outcome)] = true;
    EXPECT_TRUE(seen[1] && seen[2] && seen[3]);
}

TEST(Screening, InvalidQuestionnairesAreRefused)
{
    EXPECT_FALSE(Questionnaire::fromJson("{}").ok());
    EXPECT_FALSE(
        Questionnaire::fromJson(
            R"({"version":"x","questions":[{"id":"a","outcome":"maybe","text":{"zh_CN":"a","en":"a"}}]})")
            .ok());
    EXPECT_FALSE(
        Questionnaire::fromJson(
            R"({"version":"x","questions":[{"id":"a","outcome":"defer","text":{"en":"a"}}]})")
            .ok());
    EXPECT_FALSE(
        Questionnaire::fromJson(
            R"({"version":"x","questions":[{"id":"a","outcome":"defer","text":{"zh_CN":"a","en":"a"}},{"id":"a","outcome":"defer","text":{"zh_CN":"a","en":"a"}}]})")
            .ok());
}

TEST(Screening, Outcomes)
{
    const Questionnaire& q = Questionnaire::builtIn();
    auto a = allNo();
    EXPECT_EQ(evaluateScreening(q, a, 36.5)->outcome, ScreeningOutcome::Clear);
    EXPECT_EQ(evaluateScreening(q, a, 37.2)->outcome, ScreeningOutcome::Clear);
    auto fever = evaluateScreening(q, a, 37.3);
    EXPECT_EQ(fever->outcome, ScreeningOutcome::Defer);
    EXPECT_TRUE(fever->reasons.contains(QStringLiteral("fever")));
    a[QStringLiteral("immunodeficiency")] = true;
    EXPECT_EQ(evaluateScreening(q, a, 36.5)->outcome, ScreeningOutcome::DoctorReview);
    a[QStringLiteral("pregnancy")] = true;
    EXPECT_EQ(evaluateScreening(q, a, 36.5)->outcome, ScreeningOutcome::Defer);
    a[QStringLiteral("allergy")] = true;
    EXPECT_EQ(evaluateScreening(q, a, 36.5)->outcome, ScreeningOutcome::Contraindicated);
}

TEST(Screening, MissingAnswersAndImplausibleTemperaturesAreRefused)
{
    const Questionnaire& q = Questionnaire::builtIn();
    auto a = allNo();
    EXPECT_EQ(evaluateScreening(q, a, 3.65).error().code, ErrorCode::CheckInTemperature);
    a.remove(QStringLiteral("pregnancy"));
    auto r = evaluateScreening(q, a, 36.5);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("pregnancy"));
}

TEST_F(CheckInTest, ChecksInANewPersonWithQueueNumberOne)
{
    CheckInService service({*db, clock});
    auto r = service.checkIn(request(QStringLiteral("张三"), QStringLiteral("11010519491231002X")));
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_TRUE(r->personCreated);
    EXPECT_EQ(r->queueNumber, 1);
    EXPECT_EQ(r->visitDate, QDate(2021, 6, 1));
    EXPECT_EQ(count(*db, "audit"), 1);
    EXPECT_EQ(count(*db, "consent"), 1);
    auto q = db->exec(QStringLiteral("SELECT checked_in_by FROM visit"));
    EXPECT_EQ(q->scalar().toString(), kStaff);
}

TEST_F(CheckInTest, ASecondCheckInTheSameDayIsFoundNotDuplicated)
{
    CheckInService service({*db, clock});
    ASSERT_TRUE(
        service.checkIn(request(QStringLiteral("张三"), QStringLiteral("11010519491231002X")))
            .ok());
    auto again =
        service.checkIn(request(QStringLiteral("张三"), QStringLiteral("11010519491231002x")));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::CheckInAlreadyToday);
    EXPECT_EQ(count(*db, "person"), 1);
}

TEST_F(CheckInTest, QueueNumbersRestartAfterLocalMidnightAndSurviveReopening)
{
    {
        CheckInService service({*db, clock});
        EXPECT_EQ(
            service.checkIn(request(QStringLiteral("张三"), QStringLiteral("11010519491231002X")))
                ->queueNumber,
            1);
        EXPECT_EQ(
            service.checkIn(request(QStringLiteral("李四"), QStringLiteral("440301199001011234")))
                ->queueNumber,
            2);
    }
    db.reset();
    db = temp.open();  // a restart
    CheckInService service({*db, clock});
    EXPECT_EQ(
        service.checkIn(request(QStringLiteral("王五"), QStringLiteral("510101198001010015")))
            ->queueNumber,
        3);
    // 23:59:59 in China is still the same day …
    clock.setNow(QDateTime(QDate(2021, 6, 1), QTime(23, 59, 59), kChina));
    EXPECT_EQ(
        service.checkIn(request(QStringLiteral("赵六"), QStringLiteral("650102197512310020")))
            ->queueNumber,
        4);
    // … and midnight local time (16:00 UTC) starts a new queue.
    clock.setNow(QDateTime(QDate(2021, 6, 2), QTime(0, 0, 1), kChina));
    auto next =
        service.checkIn(request(QStringLiteral("张三"), QStringLiteral("11010519491231002X")));
    ASSERT_TRUE(next.ok()) << qPrintable(next.error().message);
    EXPECT_EQ(next->queueNumber, 1);
    EXPECT_EQ(next->visitDate, QDate(2021, 6, 2));
    EXPECT_FALSE(next->personCreated);
    EXPECT_EQ(service.queue(QDate(2021, 6, 1))->size(), 4u);
}

TEST_F(CheckInTest, ARejectedCheckInWritesNothing)
{
    CheckInService service({*db, clock});
    ASSERT_TRUE(
        service.checkIn(request(QStringLiteral("张三"), QStringLiteral("11010519491231002X")))
            .ok());
    const char* tables[] = {"person", "identity_document", "visit", "consent",
                            "audit",  "queue_counter"};
    std::vector<qint64> before;
    for (const char* t : tables)
        before.push_back(count(*db, t));

    auto fever = request(QStringLiteral("李四"), QStringLiteral("440301199001011234"));
    fever.temperatureC = 37.3;
    EXPECT_EQ(service.checkIn(fever).error().code, ErrorCode::CheckInDeferred);
    auto allergic = request(QStringLiteral("李四"), QStringLiteral("440301199001011234"));
    allergic.answers[QStringLiteral("allergy")] = true;
    EXPECT_EQ(service.checkIn(allergic).error().code, ErrorCode::CheckInContraindicated);
    // A minor without a guardian fails after the person would have been inserted: rolled back.
    auto minor = request(QStringLiteral("小明"), QStringLiteral("110105201006010013"));
    minor.draft.document.number = residentId(QDate(2010, 6, 1), 1);
    auto refused = service.checkIn(minor);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::ConsentGuardianRequired);
    auto badId = request(QStringLiteral("李四"), QStringLiteral("440301199001011235"));
    EXPECT_EQ(service.checkIn(badId).error().code, ErrorCode::IdChecksum);
    auto noConsent = request(QStringLiteral("李四"), QStringLiteral("440301199001011234"));
    noConsent.consent.textVersion.clear();
    EXPECT_EQ(service.checkIn(noConsent).error().code, ErrorCode::ConsentMissing);

    for (size_t i = 0; i < std::size(tables); ++i)
        EXPECT_EQ(count(*db, tables[i]), before[i]) << tables[i];

    minor.consent.signer = ConsentSigner::Guardian;
    minor.consent.guardianName = QStringLiteral("王芳");
    minor.consent.guardianRelation = QStringLiteral("mother");
    auto ok = service.checkIn(minor);
    ASSERT_TRUE(ok.ok()) << qPrintable(ok.error().message);
    EXPECT_EQ(ok->queueNumber, 2);
}

// Passports and permits carry no birth date in their number: check-in refuses them without a
// typed one, naming the field, and writes nothing; with one, the person has it.
TEST_F(CheckInTest, ADocumentWithoutABirthDateNeedsATypedOne)
{
    CheckInService service({*db, clock});
    struct Doc {
        std::optional<DocumentType> type;
        const char* number;
        const char* country;
        const char* label;
    };
    const Doc docs[] = {
        {DocumentType::Passport, "E12345678", "USA", "Passport"},
        {std::nullopt, "H12345678", "", "Home Return Permit"},
        {std::nullopt, "12345678", "", "Taiwan compatriot permit"},
        {std::nullopt, "USA123456789012", "", "Foreign permanent residence card"},
    };
    int number = 0;
    for (const Doc& d : docs) {
        // Names differ: the same name and birth date would be a possible duplicate.
        auto r = request(QStringLiteral("Anna Li %1").arg(number), QString::fromLatin1(d.number));
        r.draft.document.type = d.type;
        r.draft.document.country = QString::fromLatin1(d.country);
        const qint64 audits = count(*db, "audit");
        auto refused = service.checkIn(r);
        ASSERT_FALSE(refused.ok()) << d.number;
        EXPECT_EQ(refused.error().code, ErrorCode::PersonInvalid) << d.number;
        EXPECT_EQ(refused.error().field, QStringLiteral("birth_date")) << d.number;
        EXPECT_TRUE(refused.error().message.contains(QLatin1String(d.label)))
            << qPrintable(refused.error().message);
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Enter the birth date")))
            << qPrintable(refused.error().message);
        auto deferral = r;
        deferral.temperatureC = 37.5;
        EXPECT_EQ(service.recordDeferral(deferral).error().field, QStringLiteral("birth_date"));
        EXPECT_EQ(count(*db, "person"), number);
        EXPECT_EQ(count(*db, "audit"), audits);

        r.draft.document.birthDate = QDate(1984, 2, 29);
        auto ok = service.checkIn(r);
        ASSERT_TRUE(ok.ok()) << d.number << qPrintable(ok.error().message);
        ++number;
        auto person = PersonRepository::byId(*db, ok->personId);
        ASSERT_TRUE(person.ok() && person->has_value());
        EXPECT_EQ((*person)->birthDate, QDate(1984, 2, 29));
    }
}

TEST(IdentityBirthDate, WhichNumbersCarryTheBirthDate)
{
    const QDate today(2022, 3, 1);
    const auto carries = [&today](const char* number, const char* country = "") {
        auto doc = checkDocument(
            DocumentInput{{}, QString::fromLatin1(number), QString::fromLatin1(country), {}, {}},
            today);
        EXPECT_TRUE(doc.ok()) << number;
        return doc.ok() && numberCarriesBirthDate(*doc);
    };
    EXPECT_TRUE(carries("11010519491231002X"));
    EXPECT_TRUE(carries("810000198506120024"));
    EXPECT_FALSE(carries("H12345678"));
    EXPECT_FALSE(carries("12345678"));
    EXPECT_FALSE(carries("USA123456789012"));
    EXPECT_TRUE(carries("911156199003070017"));
    EXPECT_FALSE(carries("E12345678", "CHN"));
}

TEST_F(CheckInTest, PossibleDuplicateIsWarnedThenLinkedOrConfirmed)
{
    CheckInService service({*db, clock});
    auto first =
        service.checkIn(request(QStringLiteral("张三"), QStringLiteral("11010519491231002X")));
    ASSERT_TRUE(first.ok());
    // Same name and birth date, another document: a passport.
    auto passport = request(QStringLiteral("张三"), QStringLiteral("E12345678"));
    passport.draft.document.type = DocumentType::Passport;
    passport.draft.document.country = QStringLiteral("CHN");
    passport.draft.document.birthDate = QDate(1949, 12, 31);
    auto warned = service.checkIn(passport);
    ASSERT_FALSE(warned.ok());
    EXPECT_EQ(warned.error().code, ErrorCode::PersonDuplicate);
    EXPECT_TRUE(warned.error().message.contains(first->personId));
    EXPECT_EQ(count(*db, "identity_document"), 1);

    // Linking adds the passport to the first person (already checked in today).
    passport.duplicate = {DuplicateResolution::LinkToExisting, first->personId};
    EXPECT_EQ(service.checkIn(passport).error().code, ErrorCode::CheckInAlreadyToday);
    clock.setNow(QDateTime(QDate(2021, 6, 2), QTime(9, 0), kChina));
    auto linked = service.checkIn(passport);
    ASSERT_TRUE(linked.ok()) << qPrintable(linked.error().message);
    EXPECT_EQ(linked->personId, first->personId);
    EXPECT_EQ(count(*db, "identity_document"), 2);
    EXPECT_EQ(count(*db, "person"), 1);

    // Confirming a new person creates one.
    auto other = request(QStringLiteral("张三"), QStringLiteral("H12345678"));
    other.draft.document.birthDate = QDate(1949, 12, 31);
    EXPECT_EQ(service.checkIn(other).error().code, ErrorCode::PersonDuplicate);
    other.duplicate.kind = DuplicateResolution::ConfirmNewPerson;
    auto confirmed = service.checkIn(other);
    ASSERT_TRUE(confirmed.ok()) << qPrintable(confirmed.error().message);
    EXPECT_TRUE(confirmed->personCreated);
    EXPECT_EQ(count(*db, "person"), 2);
}

TEST_F(CheckInTest, FindsPersonsByDocumentPhoneAndName)
{
    CheckInService service({*db, clock});
    auto a = request(QStringLiteral("欧阳小华"), QStringLiteral("11010519491231002X"));
    a.draft.phone = QStringLiteral("13800138000");
    ASSERT_TRUE(service.checkIn(a).ok());
    ASSERT_TRUE(
        service.checkIn(request(QStringLiteral("王芳"), QStringLiteral("440301199001011234")))
            .ok());
    ASSERT_TRUE(
        service.checkIn(request(QStringLiteral("王芳芳"), QStringLiteral("510101198001010015")))
            .ok());

    auto byDoc = PersonRepository::byDocument(*db, DocumentType::ResidentId,
                                              QStringLiteral("11010519491231002X"));
    ASSERT_TRUE(byDoc.ok() && byDoc->has_value());
    EXPECT_EQ((*byDoc)->name, QStringLiteral("欧阳小华"));
    EXPECT_EQ(PersonRepository::byPhone(*db, QStringLiteral("13800138000"))->size(), 1u);
    // Two characters: LIKE finds both 王芳 and 王芳芳.
    EXPECT_EQ(PersonRepository::byName(*db, QStringLiteral("王芳"))->size(), 2u);
    EXPECT_EQ(PersonRepository::byName(*db, QStringLiteral("芳"))->size(), 2u);
    // Three characters: the trigram index.
    auto fts = PersonRepository::byName(*db, QStringLiteral("王芳芳"));
    ASSERT_TRUE(fts.ok()) << qPrintable(fts.error().message);
    ASSERT_EQ(fts->size(), 1u);
    EXPECT_EQ(fts->front().name, QStringLiteral("王芳芳"));
    EXPECT_EQ(PersonRepository::byName(*db, QStringLiteral("阳小华"))->size(), 1u);
    EXPECT_EQ(PersonRepository::byName(*db, QStringLiteral("李小龙"))->size(), 0u);
    EXPECT_EQ(PersonRepository::byName(*db, QStringLiteral("%"))->size(), 0u);
}

TEST_F(CheckInTest, ADeferredScreeningIsRecordedWithoutAQueueNumber)
{
    CheckInService service({*db, clock});
    auto fever = request(QStringLiteral("李四"), QStringLiteral("440301199001011234"));
    fever.temperatureC = 37.3;
    // A plain check-in still refuses and writes nothing …
    EXPECT_EQ(service.checkIn(fever).error().code, ErrorCode::CheckInDeferred);
    EXPECT_EQ(count(*db, "person"), 0);
    // … the deferral is recorded: person, reasons, no visit, no queue number, one audit row.
    auto deferred = service.recordDeferral(fever);
    ASSERT_TRUE(deferred.ok()) << qPrintable(deferred.error().message);
    EXPECT_TRUE(deferred->personCreated);
    EXPECT_EQ(deferred->outcome, ScreeningOutcome::Defer);
    EXPECT_EQ(deferred->reasons, QStringList{QStringLiteral("fever")});
    EXPECT_EQ(count(*db, "visit"), 0);
    EXPECT_EQ(count(*db, "queue_counter"), 0);
    EXPECT_EQ(count(*db, "deferral"), 1);
    auto audit = db->exec(QStringLiteral("SELECT action, entity_id FROM audit"));
    ASSERT_TRUE(audit->next());
    EXPECT_EQ(audit->value(0).toString(), QStringLiteral("checkin.deferral"));
    EXPECT_EQ(audit->value(1).toString(), deferred->deferralId);

    auto allergic = request(QStringLiteral("王五"), QStringLiteral("510101198001010015"));
    allergic.answers[QStringLiteral("allergy")] = true;
    allergic.answers[QStringLiteral("pregnancy")] = true;
    auto contra = service.recordDeferral(allergic);
    ASSERT_TRUE(contra.ok()) << qPrintable(contra.error().message);
    EXPECT_EQ(contra->outcome, ScreeningOutcome::Contraindicated);

    auto day = service.deferrals(QDate(2021, 6, 1));
    ASSERT_TRUE(day.ok());
    ASSERT_EQ(day->size(), 2u);
    EXPECT_EQ(day->at(0).name, QStringLiteral("李四"));
    EXPECT_DOUBLE_EQ(day->at(0).temperatureC, 37.3);
    EXPECT_EQ(day->at(1).reasons,
              (QStringList{QStringLiteral("allergy"), QStringLiteral("pregnancy")}));
    EXPECT_TRUE(service.queue(QDate(2021, 6, 1))->empty());

    // Later the same day the fever is gone: the check-in works and gets number 1.
    auto again = request(QStringLiteral("李四"), QStringLiteral("440301199001011234"));
    auto ok = service.checkIn(again);
    ASSERT_TRUE(ok.ok()) << qPrintable(ok.error().message);
    EXPECT_EQ(ok->queueNumber, 1);
    EXPECT_FALSE(ok->personCreated);
}

TEST_F(CheckInTest, ADeferralIsRefusedForAClearScreeningAndWritesNothing)
{
    CheckInService service({*db, clock});
    auto clear = request(QStringLiteral("李四"), QStringLiteral("440301199001011234"));
    EXPECT_EQ(service.recordDeferral(clear).error().code, ErrorCode::CheckInNotDeferred);
    clear.temperatureC = 37.5;
    clear.staffId.clear();
    EXPECT_EQ(service.recordDeferral(clear).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(count(*db, "person"), 0);
    EXPECT_EQ(count(*db, "deferral"), 0);
    EXPECT_EQ(count(*db, "audit"), 0);
    // Someone already in today's queue is not deferred behind the queue's back.
    auto in =
        service.checkIn(request(QStringLiteral("张三"), QStringLiteral("11010519491231002X")));
    ASSERT_TRUE(in.ok());
    auto fever = request(QStringLiteral("张三"), QStringLiteral("11010519491231002X"));
    fever.temperatureC = 38.0;
    EXPECT_EQ(service.recordDeferral(fever).error().code, ErrorCode::CheckInAlreadyToday);
    EXPECT_EQ(count(*db, "deferral"), 0);
}

TEST_F(CheckInTest, AWaitingVisitCanBeCancelledOnce)
{
    CheckInService service({*db, clock});
    auto in =
        service.checkIn(request(QStringLiteral("张三"), QStringLiteral("11010519491231002X")));
    ASSERT_TRUE(in.ok());
    EXPECT_EQ(service.cancelVisit(in->visitId, kStaff, QString()).error().code,
              ErrorCode::ReasonRequired);
    EXPECT_EQ(
        service.cancelVisit(QStringLiteral("nope"), kStaff, QStringLiteral("left")).error().code,
        ErrorCode::NotFound);
    const qint64 auditBefore = count(*db, "audit");
    auto cancelled = service.cancelVisit(in->visitId, kStaff, QStringLiteral("left"));
    ASSERT_TRUE(cancelled.ok()) << qPrintable(cancelled.error().message);
    EXPECT_EQ(count(*db, "audit"), auditBefore + 1);
    auto today = service.visitToday(in->personId);
    ASSERT_TRUE(today.ok() && today->has_value());
    EXPECT_EQ((*today)->state, QStringLiteral("cancelled"));
    EXPECT_EQ(service.cancelVisit(in->visitId, kStaff, QStringLiteral("left")).error().code,
              ErrorCode::VisitNotWaiting);
    EXPECT_EQ(count(*db, "audit"), auditBefore + 1);
    // The number is not given again; the next person gets 2.
    auto next =
        service.checkIn(request(QStringLiteral("李四"), QStringLiteral("440301199001011234")));
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next->queueNumber, 2);
    // The cancelled person is told why a second visit today is refused.
    auto back =
        service.checkIn(request(QStringLiteral("张三"), QStringLiteral("11010519491231002X")));
    ASSERT_FALSE(back.ok());
    EXPECT_EQ(back.error().code, ErrorCode::CheckInAlreadyToday);
    EXPECT_TRUE(back.error().message.contains(QStringLiteral("cancelled")));
}

TEST_F(CheckInTest, VisitTodayFindsTheExistingVisit)
{
    CheckInService service({*db, clock});
    auto in =
        service.checkIn(request(QStringLiteral("张三"), QStringLiteral("11010519491231002X")));
    ASSERT_TRUE(in.ok());
    auto found = service.visitToday(in->personId);
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ((*found)->queueNumber, in->queueNumber);
    EXPECT_EQ((*found)->state, QStringLiteral("waiting"));
    clock.setNow(QDateTime(QDate(2021, 6, 2), QTime(9, 0), kChina));
    EXPECT_FALSE(service.visitToday(in->personId)->has_value());
}

TEST_F(CheckInTest, RegisterPersonCreatesFindsOrWarnsOfADuplicate)
{
    CheckInService service({*db, clock});
    PersonDraft draft;
    draft.name = QStringLiteral("张三");
    draft.document.number = QStringLiteral("11010519491231002X");
    auto added = service.registerPerson(draft, {}, kStaff);
    ASSERT_TRUE(added.ok()) << qPrintable(added.error().message);
    EXPECT_TRUE(added->created);
    EXPECT_EQ(count(*db, "audit"), 1);
    auto again = service.registerPerson(draft, {}, kStaff);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->created);
    EXPECT_EQ(again->person.id, added->person.id);
    EXPECT_EQ(count(*db, "audit"), 1);

    PersonDraft passport;
    passport.name = QStringLiteral("张三");
    passport.document = {DocumentType::Passport, QStringLiteral("E12345678"), QStringLiteral("CHN"),
                         QDate(1949, 12, 31), Sex::Female};
    auto warned = service.registerPerson(passport, {}, kStaff);
    ASSERT_FALSE(warned.ok());
    EXPECT_EQ(warned.error().code, ErrorCode::PersonDuplicate);
    EXPECT_EQ(count(*db, "identity_document"), 1);
    auto linked = service.registerPerson(
        passport, {DuplicateResolution::LinkToExisting, added->person.id}, kStaff);
    ASSERT_TRUE(linked.ok()) << qPrintable(linked.error().message);
    EXPECT_TRUE(linked->linked);
    EXPECT_EQ(linked->person.id, added->person.id);
    EXPECT_EQ(count(*db, "person"), 1);
    EXPECT_EQ(count(*db, "identity_document"), 2);
}

TEST_F(CheckInTest, ShortFragmentsFindStartsFirstThenContainsAnywhere)
{
    CheckInService service({*db, clock});
    const std::pair<const char*, const char*> people[] = {
        {"秀英王", "11010519491231002X"},  // contains 王 but does not start with it
        {"王秀英", "440301199001011234"}, {"王伟", "510101198001010015"},
        {"李秀英", "110101199003070011"}, {"KIM MINJUN", "110101199003070038"},
    };
    for (const auto& [name, number] : people)
        ASSERT_TRUE(
            service.checkIn(request(QString::fromUtf8(name), QString::fromLatin1(number))).ok())
            << name;
    auto names = [&](const char* fragment, int limit = 50) {
        QStringList out;
        auto r = PersonRepository::byName(*db, QString::fromUtf8(fragment), limit);
        EXPECT_TRUE(r.ok());
        if (r)
            for (const Person& p : *r)
                out << p.name;
        return out;
    };
    // Names starting with the fragment come first, in name order; then the others.
    EXPECT_EQ(names("王"), (QStringList{QStringLiteral("王伟"), QStringLiteral("王秀英"),
                                        QStringLiteral("秀英王")}));
    // The two given-name characters, at the end of a name.
    EXPECT_EQ(names("秀英"), (QStringList{QStringLiteral("秀英王"), QStringLiteral("李秀英"),
                                          QStringLiteral("王秀英")}));
    EXPECT_EQ(names("英王"), QStringList{QStringLiteral("秀英王")});
    EXPECT_EQ(names("王伟"), QStringList{QStringLiteral("王伟")});
    EXPECT_EQ(names("ki"), QStringList{QStringLiteral("KIM MINJUN")});  // any case
    EXPECT_EQ(names("伟王"), QStringList());
    EXPECT_EQ(names("秀", 2).size(), 2);  // the limit holds across both parts
    // The index follows renames and deletions (its triggers).
    ASSERT_TRUE(
        db->exec(QStringLiteral("UPDATE person SET name = '赵敏' WHERE name = '王伟'")).ok());
    EXPECT_EQ(names("王伟"), QStringList());
    EXPECT_EQ(names("赵敏"), QStringList{QStringLiteral("赵敏")});
    EXPECT_EQ(names("敏"), QStringList{QStringLiteral("赵敏")});
}

TEST(CheckInSchema, UpgradeToSchema8IndexesNamesAlreadyThere)
{
    test::TempDb temp;
    {
        auto db = temp.open(7);
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO person(id, name, birth_date, created_at, "
                                            "created_by) VALUES ('p1', '张秀兰', '1950-01-01', "
                                            "'2021-01-01T00:00:00.000Z', 's')"))
                        .ok());
    }
    auto db = temp.open();
    ASSERT_TRUE(db);
    ASSERT_GE(db->schemaVersion(), 8);
    auto r = PersonRepository::byName(*db, QStringLiteral("秀兰"));
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->size(), 1u);
    EXPECT_EQ(r->front().id, QStringLiteral("p1"));
}
