// Vaccination certificates: the pure numbering, person reference and payload code, then the
// service on a real database — issued after real doses, numbered per day across restarts and
// concurrent writers, refused without a dose or without the permission, superseded by a
// correction, and verified from a scanned code against the ID document shown.
#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <atomic>
#include <thread>

#include "certificate/certificateservice.h"
#include "checkin/checkinservice.h"
#include "desk/administrationservice.h"
#include "desk/dosecorrectionservice.h"
#include "stock/stockfixture.h"  // tests/core/stock
#include "storage/audit.h"
#include "support/administerrequest.h"
#include "support/checkinrequest.h"
#include "support/residentid.h"

using namespace vax;
using vax::test::residentId;

namespace {
const QTimeZone kChina(8 * 3600);

// ---- pure ----

TEST(CertificateRules, NumbersArePerDayWithFourDigits)
{
    EXPECT_EQ(certificateNumber(QDate(2026, 11, 22), 42), QStringLiteral("C20261122-0042"));
    EXPECT_EQ(certificateNumber(QDate(2021, 6, 1), 1), QStringLiteral("C20210601-0001"));
    EXPECT_EQ(certificateNumber(QDate(2021, 6, 1), 10000), QStringLiteral("C20210601-10000"));
    EXPECT_TRUE(looksLikeCertificateNumber(QStringLiteral("C20261122-0042")));
    EXPECT_FALSE(looksLikeCertificateNumber(QStringLiteral("C20261322-0042")));  // month 13
    EXPECT_FALSE(looksLikeCertificateNumber(QStringLiteral("C2026112-0042")));
    EXPECT_FALSE(looksLikeCertificateNumber(QStringLiteral("X20261122-0042")));
}

TEST(CertificateRules, PersonReferenceNormalisesTheIdNumberAndDependsOnTheCertificate)
{
    const QString ref =
        personReference(QStringLiteral("11010519491231002X"), QStringLiteral("C20261122-0042"));
    EXPECT_EQ(ref.size(), 16);
    // SHA-256("C20261122-0042:11010519491231002X"), first 8 bytes.
    EXPECT_EQ(ref, QString::fromLatin1(QCryptographicHash::hash(
                                           QByteArrayLiteral("C20261122-0042:11010519491231002X"),
                                           QCryptographicHash::Sha256)
                                           .left(8)
                                           .toHex()));
    EXPECT_EQ(
        personReference(QStringLiteral(" 110105 19491231 002x "), QStringLiteral("C20261122-0042")),
        ref);
    EXPECT_NE(
        personReference(QStringLiteral("110105194912310029"), QStringLiteral("C20261122-0042")),
        ref);
    EXPECT_NE(
        personReference(QStringLiteral("11010519491231002X"), QStringLiteral("C20261122-0043")),
        ref);
}

TEST(CertificateRules, PayloadRoundTripsAndBadCodesAreRefusedWithTheirReason)
{
    const QString payload =
        certificatePayload(QStringLiteral("C20261122-0042"), QStringLiteral("110105001"),
                           QStringLiteral("bb9c723221d693b8"),
                           {QStringLiteral("D-000311"), QStringLiteral("D-001947")});
    EXPECT_EQ(payload,
              QStringLiteral("VXC1/C20261122-0042/110105001/bb9c723221d693b8/D-000311.D-001947"));
    auto parsed = parseCertificatePayload(payload + QStringLiteral("\n"));
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().message);
    EXPECT_EQ(parsed->number, QStringLiteral("C20261122-0042"));
    EXPECT_EQ(parsed->siteCode, QStringLiteral("110105001"));
    EXPECT_EQ(parsed->personRef, QStringLiteral("bb9c723221d693b8"));
    EXPECT_EQ(parsed->doseIds,
              QStringList({QStringLiteral("D-000311"), QStringLiteral("D-001947")}));

    const auto code = [](const char* text) {
        auto r = parseCertificatePayload(QString::fromLatin1(text));
        return r.ok() ? QStringLiteral("ok") : r.error().codeName();
    };
    EXPECT_EQ(code("https://example.org/"), QStringLiteral("qr.invalid"));
    EXPECT_EQ(code("VXC2/C20261122-0042/1/bb9c723221d693b8/D-1"), QStringLiteral("qr.version"));
    EXPECT_EQ(code("VXC1/C20261122-0042/1/bb9c723221d693b8"), QStringLiteral("qr.invalid"));
    EXPECT_EQ(code("VXC1/20261122-0042/1/bb9c723221d693b8/D-1"), QStringLiteral("qr.invalid"));
    EXPECT_EQ(code("VXC1/C20261122-0042/1/BB9C/D-1"), QStringLiteral("qr.invalid"));
    EXPECT_EQ(code("VXC1/C20261122-0042/1/bb9c723221d693b8/D-1..D-2"),
              QStringLiteral("qr.invalid"));
    EXPECT_EQ(code("VXC1/C20261122-0042/1/bb9c723221d693b8/D-1.D-2"), QStringLiteral("ok"));
}

TEST(CertificateRules, TheContentDigestCoversEveryPrintedField)
{
    CertificateContent c;
    c.number = QStringLiteral("C20261122-0042");
    c.siteCode = QStringLiteral("110105001");
    c.siteName = QStringLiteral("八里庄");
    c.personName = QStringLiteral("张小明");
    c.maskedIdNumber = QStringLiteral("110105********0019");
    c.personRef = QStringLiteral("bb9c723221d693b8");
    c.issuedAt = QDateTime(QDate(2026, 11, 22), QTime(2, 30), QTimeZone::utc());
    c.doses = {{QStringLiteral("D-1"), QStringLiteral("HepB-10"), QStringLiteral("乙肝疫苗"), 1,
                QDate(2019, 5, 13), QStringLiteral("201904B031")}};
    const QString digest = c.sha256();
    EXPECT_EQ(digest.size(), 64);
    EXPECT_EQ(
        CertificateContent::fromJson(QJsonDocument::fromJson(c.canonicalJson()).object()).sha256(),
        digest);
    CertificateContent other = c;
    other.doses.front().lot = QStringLiteral("201904B032");
    EXPECT_NE(other.sha256(), digest);
    other = c;
    other.personName = QStringLiteral("张小名");
    EXPECT_NE(other.sha256(), digest);
}

// ---- the service ----

class CertificateTest : public test::StockFixture {
protected:
    void SetUp() override
    {
        StockFixture::SetUp();
        administration = std::make_unique<AdministrationService>(ServiceContext(*db, clock));
        correction = std::make_unique<DoseCorrectionService>(ServiceContext(*db, clock));
        checkin = std::make_unique<CheckInService>(ServiceContext(*db, clock));
        service = std::make_unique<CertificateService>(ServiceContext(*db, clock));
        lot = receive(QStringLiteral("CERT-LOT-1"), 50);
    }

    // Checks an adult in today; returns {person id, visit id}.
    std::pair<QString, QString> checkIn(const QString& name, int seq)
    {
        auto receipt = checkin->checkIn(
            test::passingCheckIn(admin.id, name, residentId(QDate(1980, 5, 5), seq)));
        EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? "" : qPrintable(receipt.error().message));
        if (!receipt.ok())
            return {};
        return {
            scalar(QStringLiteral("SELECT person_id FROM visit WHERE id = ?"), {receipt->visitId}),
            receipt->visitId};
    }

    // Checks a person in and gives them a dose; returns {person id, dose id}.
    std::pair<QString, QString> vaccinated(const QString& name, int seq)
    {
        const auto [personId, visitId] = checkIn(name, seq);
        auto given = administration->administer(
            test::confirmedAdministration(visitId, lot.lotNumber, QStringLiteral("1"), admin.id));
        EXPECT_TRUE(given.ok()) << (given.ok() ? "" : qPrintable(given.error().message));
        return {personId, given.ok() ? given->dose.id : QString()};
    }

    QString scalar(const QString& sql, const QVariantList& args = {})
    {
        auto q = db->exec(sql, args);
        EXPECT_TRUE(q.ok());
        return q.ok() ? q->scalar().toString() : QString();
    }
    // The number issued, or the error's code.
    static QString numberOf(const Result<CertificateRecord>& r)
    {
        return r.ok() ? r->number : r.error().codeName();
    }
    QString counts()
    {
        return scalar(
            QStringLiteral("SELECT (SELECT count(*) FROM certificate) || '/' || "
                           "(SELECT count(*) FROM audit)"));
    }

    std::unique_ptr<AdministrationService> administration;
    std::unique_ptr<DoseCorrectionService> correction;
    std::unique_ptr<CheckInService> checkin;
    std::unique_ptr<CertificateService> service;
    LotInfo lot;
};
}  // namespace

TEST_F(CertificateTest, IssuingRecordsTheNumberDosesPayloadAndDigest)
{
    const auto [personId, doseId] = vaccinated(QStringLiteral("李小明"), 11);
    auto issued = service->issue(admin.id, personId);
    ASSERT_TRUE(issued.ok()) << qPrintable(issued.error().message);
    const CertificateRecord& r = *issued;
    // 2021-06-01 09:00 in China: the site's day.
    EXPECT_EQ(r.number, QStringLiteral("C20210601-0001"));
    EXPECT_EQ(r.doseIds, QStringList{doseId});
    EXPECT_EQ(r.siteCode, QStringLiteral("TEST-001"));
    EXPECT_EQ(r.personRef, personReference(residentId(QDate(1980, 5, 5), 11), r.number));
    EXPECT_EQ(r.payload,
              QStringLiteral("VXC1/C20210601-0001/TEST-001/%1/%2").arg(r.personRef, doseId));
    EXPECT_EQ(r.content.personName, QStringLiteral("李小明"));
    EXPECT_EQ(r.content.maskedIdNumber,
              QStringLiteral("110105********") + residentId(QDate(1980, 5, 5), 11).right(4));
    ASSERT_EQ(r.content.doses.size(), 1u);
    EXPECT_EQ(r.content.doses.front().lot, QStringLiteral("CERT-LOT-1"));
    EXPECT_EQ(r.content.doses.front().date, QDate(2021, 6, 1));
    EXPECT_EQ(r.content.doses.front().doseNumber, 1);

    // What is stored is what was returned, and the digest is of the stored content's bytes.
    auto stored = service->find(r.number);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->payload, r.payload);
    EXPECT_EQ((*stored)->issuedBy, admin.id);
    EXPECT_EQ((*stored)->personId, personId);
    EXPECT_EQ((*stored)->doseIds, r.doseIds);
    const QString content =
        scalar(QStringLiteral("SELECT content FROM certificate WHERE number = ?"), {r.number});
    EXPECT_EQ(QString::fromLatin1(
                  QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex()),
              scalar(QStringLiteral("SELECT content_sha256 FROM certificate"), {}));
    EXPECT_EQ((*stored)->content.sha256(), r.contentSha256);
    // Certificates are never changed or deleted.
    EXPECT_FALSE(
        db->exec(QStringLiteral("UPDATE certificate SET person_ref = '0000000000000000'")).ok());
    EXPECT_FALSE(db->exec(QStringLiteral("DELETE FROM certificate")).ok());
}

TEST_F(CertificateTest, TheIssueIsAuditedAndAReprintGetsANewNumberAndItsOwnAuditRow)
{
    const auto [personId, doseId] = vaccinated(QStringLiteral("李小明"), 11);
    auto first = service->issue(admin.id, personId);
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().message);
    EXPECT_EQ(scalar(QStringLiteral("SELECT action || '|' || actor || '|' || entity || '|' || "
                                    "entity_id FROM audit ORDER BY id DESC LIMIT 1")),
              QStringList({QStringLiteral("certificate.issue"), admin.id,
                           QStringLiteral("certificate"), first->id})
                  .join(QLatin1Char('|')));
    const QJsonObject detail =
        QJsonDocument::fromJson(
            scalar(QStringLiteral("SELECT detail FROM audit ORDER BY id DESC LIMIT 1")).toUtf8())
            .object();
    EXPECT_EQ(detail.value(QStringLiteral("number")).toString(), first->number);
    EXPECT_FALSE(detail.contains(QStringLiteral("replaces")));

    // Two issues in a row: distinct numbers; the second is a reprint of the first.
    auto second = service->issue(admin.id, personId);
    ASSERT_TRUE(second.ok()) << qPrintable(second.error().message);
    EXPECT_EQ(second->number, QStringLiteral("C20210601-0002"));
    EXPECT_EQ(second->replaces, first->number);
    EXPECT_EQ(second->doseIds, first->doseIds);
    EXPECT_NE(second->personRef, first->personRef);  // the reference depends on the number
    EXPECT_EQ(scalar(QStringLiteral("SELECT action FROM audit ORDER BY id DESC LIMIT 1")),
              QStringLiteral("certificate.reprint"));
    auto chain = AuditLog::verify(*db);
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->ok) << qPrintable(chain->problem);
    // The earlier certificate stays valid; it names the later one.
    auto old = service->verify(first->number);
    ASSERT_TRUE(old.ok()) << qPrintable(old.error().message);
    EXPECT_TRUE(old->valid) << qPrintable(old->summary);
    EXPECT_EQ(old->laterNumbers, QStringList{second->number});
    auto mine = service->ofPerson(personId);
    ASSERT_TRUE(mine.ok());
    EXPECT_EQ(mine->size(), 2u);
}

// A clock set back between two issues (a PC's clock corrected, or a training clock restarted by
// each vaxctl command) must not reorder them: "later" and "replaces" follow the order of issue.
TEST_F(CertificateTest, AClockSetBackDoesNotReorderReprints)
{
    const auto [personId, doseId] = vaccinated(QStringLiteral("李小明"), 12);
    auto first = service->issue(admin.id, personId);
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().message);
    clock.advance(-60 * 1000);
    auto second = service->issue(admin.id, personId);
    ASSERT_TRUE(second.ok()) << qPrintable(second.error().message);
    clock.advance(-60 * 1000);
    auto third = service->issue(admin.id, personId);
    ASSERT_TRUE(third.ok()) << qPrintable(third.error().message);
    EXPECT_EQ(second->replaces, first->number);
    EXPECT_EQ(third->replaces, second->number);
    auto old = service->verify(first->number);
    ASSERT_TRUE(old.ok());
    EXPECT_EQ(old->laterNumbers, QStringList({second->number, third->number}));
    auto mine = service->ofPerson(personId);
    ASSERT_TRUE(mine.ok());
    ASSERT_EQ(mine->size(), 3u);
    EXPECT_EQ(mine->back().number, third->number);
}

TEST_F(CertificateTest, NumbersRestartEachDayAndContinueAfterARestart)
{
    const auto [a, doseA] = vaccinated(QStringLiteral("李小明"), 11);
    const auto [b, doseB] = vaccinated(QStringLiteral("王芳"), 12);
    EXPECT_EQ(numberOf(service->issue(admin.id, a)), QStringLiteral("C20210601-0001"));
    EXPECT_EQ(numberOf(service->issue(admin.id, b)), QStringLiteral("C20210601-0002"));
    // Late evening in China is still the same site day, though UTC has moved on.
    clock.setNow(QDateTime(QDate(2021, 6, 1), QTime(23, 59), kChina));
    EXPECT_EQ(numberOf(service->issue(admin.id, a)), QStringLiteral("C20210601-0003"));
    clock.setNow(QDateTime(QDate(2021, 6, 2), QTime(0, 1), kChina));
    EXPECT_EQ(numberOf(service->issue(admin.id, a)), QStringLiteral("C20210602-0001"));

    // A restart: a new connection and a new service continue the day's sequence.
    service.reset();
    administration.reset();
    correction.reset();
    checkin.reset();
    db.reset();
    db = tmp.open();
    ASSERT_TRUE(db);
    CertificateService reopened({*db, clock});
    EXPECT_EQ(numberOf(reopened.issue(admin.id, b)), QStringLiteral("C20210602-0002"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(DISTINCT number) FROM certificate")),
              QStringLiteral("5"));
}

TEST_F(CertificateTest, ConcurrentDesksNeverShareANumber)
{
    const auto [personId, doseId] = vaccinated(QStringLiteral("李小明"), 11);
    // Two desks, each with its own connection to the same file, issuing at the same time.
    constexpr int kPerDesk = 15;
    std::atomic<int> failures{0};
    const auto deskLoop = [&] {
        OpenOptions options;
        options.path = tmp.path();
        auto own = Database::open(options);
        if (!own.ok()) {
            ++failures;
            return;
        }
        CertificateService s({**own, clock});
        for (int i = 0; i < kPerDesk; ++i)
            if (!s.issue(admin.id, personId).ok())
                ++failures;
    };
    std::thread one(deskLoop);
    std::thread two(deskLoop);
    one.join();
    two.join();
    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) || '/' || count(DISTINCT number) || '/' || "
                                    "MIN(day_seq) || '/' || MAX(day_seq) FROM certificate")),
              QStringLiteral("30/30/1/30"));
}

TEST_F(CertificateTest, APersonWithoutAValidDoseIsRefusedAndNothingIsWritten)
{
    const auto [personId, visitId] = checkIn(QStringLiteral("张三"), 21);
    const QString before = counts();
    auto refused = service->issue(admin.id, personId);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::CertificateNoDose);
    EXPECT_EQ(refused.error().field, QStringLiteral("person"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Record the dose")))
        << qPrintable(refused.error().message);
    EXPECT_EQ(counts(), before);

    // A dose entered in error does not count either.
    const auto [other, doseId] = vaccinated(QStringLiteral("李四"), 22);
    ASSERT_TRUE(correction->correct(doseId, QStringLiteral("wrong person"), admin.id).ok());
    const QString afterCorrection = counts();
    auto again = service->issue(admin.id, other);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::CertificateNoDose);
    EXPECT_EQ(counts(), afterCorrection);

    auto unknown = service->issue(admin.id, QStringLiteral("no-such-person"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_EQ(counts(), afterCorrection);
}

TEST_F(CertificateTest, OnlyDeskRolesMayIssue)
{
    const auto [personId, doseId] = vaccinated(QStringLiteral("李小明"), 11);
    test::addStaff(*db, QStringLiteral("keeper"), Role::StockKeeper);
    test::addStaff(*db, QStringLiteral("admin-only"), Role::SiteAdmin);
    test::addStaff(*db, QStringLiteral("registrar"), Role::Registrar);
    const QString before = counts();
    for (const char* id : {"keeper", "admin-only", "nobody"}) {
        auto refused = service->issue(QString::fromLatin1(id), personId);
        ASSERT_FALSE(refused.ok()) << id;
        EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied) << id;
        EXPECT_EQ(refused.error().field, QStringLiteral("actor"));
    }
    EXPECT_EQ(counts(), before);
    auto allowed = service->issue(QStringLiteral("registrar"), personId);
    ASSERT_TRUE(allowed.ok()) << qPrintable(allowed.error().message);
    EXPECT_EQ(allowed->issuedBy, QStringLiteral("registrar"));
}

TEST_F(CertificateTest, ACorrectedDoseSupersedesTheCertificate)
{
    const auto [personId, doseId] = vaccinated(QStringLiteral("李小明"), 11);
    auto issued = service->issue(admin.id, personId);
    ASSERT_TRUE(issued.ok());
    auto before = service->verify(issued->number);
    ASSERT_TRUE(before.ok());
    EXPECT_TRUE(before->valid);
    EXPECT_EQ(before->status(), QStringLiteral("valid"));
    EXPECT_TRUE(before->summary.startsWith(QStringLiteral("Valid"))) << qPrintable(before->summary);

    clock.advance(60 * 1000);
    ASSERT_TRUE(
        correction->correct(doseId, QStringLiteral("recorded for the wrong person"), admin.id)
            .ok());
    auto after = service->verify(issued->number);
    ASSERT_TRUE(after.ok());
    EXPECT_FALSE(after->valid);
    EXPECT_EQ(after->status(), QStringLiteral("superseded"));
    ASSERT_EQ(after->doses.size(), 1u);
    EXPECT_EQ(after->doses.front().status, QStringLiteral("entered-in-error"));
    EXPECT_EQ(after->doses.front().errorReason, QStringLiteral("recorded for the wrong person"));
    EXPECT_TRUE(after->summary.startsWith(QStringLiteral("Superseded")))
        << qPrintable(after->summary);
    EXPECT_TRUE(after->summary.contains(doseId));
    // The record itself is unchanged: what was printed stays on file.
    EXPECT_EQ(after->record.payload, issued->payload);
}

TEST_F(CertificateTest, AScannedCodeIsCheckedAgainstTheRecordsAndTheIdShown)
{
    const auto [personId, doseId] = vaccinated(QStringLiteral("李小明"), 11);
    auto issued = service->issue(admin.id, personId);
    ASSERT_TRUE(issued.ok());
    const QString id = residentId(QDate(1980, 5, 5), 11);

    auto ok = service->verifyPayload(issued->payload, id);
    ASSERT_TRUE(ok.ok()) << qPrintable(ok.error().message);
    EXPECT_TRUE(ok->valid);
    EXPECT_EQ(ok->record.number, issued->number);
    // Typed with spaces and a lower-case x: the same document.
    QString typed = id;
    typed.insert(6, QLatin1Char(' '));
    EXPECT_TRUE(service->verifyPayload(issued->payload, typed.toLower()).ok());

    const auto refusedWith = [&](const QString& payload, const QString& idNumber) {
        const QString before = counts();
        auto r = service->verifyPayload(payload, idNumber);
        EXPECT_EQ(counts(), before);
        return r.ok() ? QStringLiteral("ok") : r.error().codeName();
    };
    EXPECT_EQ(refusedWith(issued->payload, residentId(QDate(1980, 5, 5), 12)),
              QStringLiteral("certificate.person_mismatch"));
    EXPECT_EQ(refusedWith(issued->payload, QString()), QStringLiteral("invalid_argument"));
    QString unknown = issued->payload;
    unknown.replace(issued->number, QStringLiteral("C20210601-0099"));
    EXPECT_EQ(refusedWith(unknown, id), QStringLiteral("not_found"));
    QString altered = issued->payload;
    altered.replace(doseId, QStringLiteral("D-forged"));
    EXPECT_EQ(refusedWith(altered, id), QStringLiteral("certificate.payload_mismatch"));
    QString otherSite = issued->payload;
    otherSite.replace(QStringLiteral("TEST-001"), QStringLiteral("OTHER-9"));
    EXPECT_EQ(refusedWith(otherSite, id), QStringLiteral("certificate.payload_mismatch"));
    EXPECT_EQ(refusedWith(QStringLiteral("hello"), id), QStringLiteral("qr.invalid"));

    auto byNumber = service->verify(QStringLiteral("C20210601-0099"));
    ASSERT_FALSE(byNumber.ok());
    EXPECT_EQ(byNumber.error().code, ErrorCode::NotFound);
    EXPECT_EQ(byNumber.error().field, QStringLiteral("number"));

    // A superseded certificate still verifies against its person, and says it is superseded.
    ASSERT_TRUE(correction->correct(doseId, QStringLiteral("wrong lot"), admin.id).ok());
    auto superseded = service->verifyPayload(issued->payload, id);
    ASSERT_TRUE(superseded.ok());
    EXPECT_FALSE(superseded->valid);
}
