// Check-in and the injection desk judge age by the same rule and the same adult age: the person
// born on 29 February 2004 is a minor on 28 February 2022 and an adult on 1 March 2022, for the
// guardian's consent at check-in and for the checklist at the desk alike. A real database.
#include <gtest/gtest.h>

#include <QTimeZone>

#include "checkin/checkinservice.h"
#include "desk/administrationservice.h"
#include "stock/stockfixture.h"  // tests/core/stock
#include "storage/meta.h"
#include "support/administerrequest.h"
#include "support/residentid.h"

using namespace vax;
using vax::test::residentId;

namespace {
const QTimeZone kChina(8 * 3600);

bool hasFinding(const ChecklistResult& r, const char* code)
{
    for (const ChecklistItem& i : r.items)
        for (const CheckFinding& f : i.findings)
            if (f.code == QLatin1String(code))
                return true;
    return false;
}

class AgeAgreementTest : public test::StockFixture {
protected:
    void SetUp() override
    {
        clock.setNow(QDateTime(QDate(2022, 2, 28), QTime(9, 0), kChina));
        StockFixture::SetUp();
        checkin = std::make_unique<CheckInService>(ServiceContext(*db, clock));
        administration = std::make_unique<AdministrationService>(ServiceContext(*db, clock));
        lot = receive(QStringLiteral("ZF-1"), 10, 300, QStringLiteral("ZF2001"));  // from 18
    }

    CheckInRequest request(const QDate& birth, bool guardian)
    {
        CheckInRequest r;
        r.staffId = admin.id;
        if (!personId.isEmpty())
            r.personId = personId;
        r.draft.name = QStringLiteral("林小闰");
        r.draft.document.number = residentId(birth, 12);
        for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
            r.answers.insert(q.id, false);
        r.temperatureC = 36.6;
        r.consent.textVersion = QString::fromLatin1(kConsentTextVersion);
        if (guardian) {
            r.consent.signer = ConsentSigner::Guardian;
            r.consent.guardianName = QStringLiteral("林母");
            r.consent.guardianRelation = QStringLiteral("mother");
        }
        return r;
    }

    // Check-in's answer: does the person need a guardian? (A self-signed consent is refused.)
    bool checkInWantsGuardian(const QDate& birth)
    {
        auto self = checkin->checkIn(request(birth, false));
        if (self.ok()) {
            personId = self->personId;
            visitId = self->visitId;
            return false;
        }
        EXPECT_EQ(self.error().code, ErrorCode::ConsentGuardianRequired)
            << qPrintable(self.error().message);
        EXPECT_EQ(self.error().field, QStringLiteral("consent_signer"));
        auto withGuardian = checkin->checkIn(request(birth, true));
        EXPECT_TRUE(withGuardian.ok())
            << (withGuardian.ok() ? "" : qPrintable(withGuardian.error().message));
        if (withGuardian.ok()) {
            personId = withGuardian->personId;
            visitId = withGuardian->visitId;
        }
        return true;
    }

    ChecklistResult checklist()
    {
        auto r = administration->evaluate(DeskScan{visitId, lot.id, {}, {}}, test::allConfirmed());
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : qPrintable(r.error().message));
        return r.ok() ? *r : ChecklistResult{};
    }

    std::unique_ptr<CheckInService> checkin;
    std::unique_ptr<AdministrationService> administration;
    LotInfo lot;
    QString personId;
    QString visitId;
};
}  // namespace

TEST_F(AgeAgreementTest, BornOn29February2004MinorOn28FebruaryAdultOn1March2022)
{
    const QDate born(2004, 2, 29);

    // 28 February 2022: 17 for both.
    EXPECT_TRUE(checkInWantsGuardian(born));
    ChecklistResult minor = checklist();
    EXPECT_TRUE(hasFinding(minor, "age.below_minimum"));  // ZF2001 is from 18
    EXPECT_FALSE(minor.canAdminister());
    EXPECT_TRUE(minor.item(ChecklistItemKey::Age).detail.contains(QStringLiteral("17 years")))
        << qPrintable(minor.item(ChecklistItemKey::Age).detail);

    // 1 March 2022: 18 for both; the same person comes back and signs alone.
    clock.setNow(QDateTime(QDate(2022, 3, 1), QTime(9, 0), kChina));
    EXPECT_FALSE(checkInWantsGuardian(born));
    ChecklistResult adult = checklist();
    EXPECT_FALSE(hasFinding(adult, "age.below_minimum"));
    EXPECT_FALSE(hasFinding(adult, "consent.guardian_missing"));
    EXPECT_TRUE(adult.item(ChecklistItemKey::Age).detail.contains(QStringLiteral("18 years")))
        << qPrintable(adult.item(ChecklistItemKey::Age).detail);
}

TEST_F(AgeAgreementTest, BothTakeTheSitesAdultAge)
{
    // The site lets 16-year-olds sign: check-in takes a self-signed consent and the desk's
    // checklist does not ask for a guardian either.
    ASSERT_TRUE(writeMeta(*db, QStringLiteral("desk.adult_age_years"), QStringLiteral("16")));
    const QDate born(2005, 3, 1);  // 16 on 28 Feb 2022
    EXPECT_FALSE(checkInWantsGuardian(born));
    ChecklistResult r = checklist();
    EXPECT_FALSE(hasFinding(r, "consent.guardian_missing"));
    EXPECT_TRUE(hasFinding(r, "age.below_minimum"));  // the product's own minimum stays 18

    auto policy = DeskPolicy::load(*db);
    ASSERT_TRUE(policy.ok());
    EXPECT_EQ(policy->checklist.adultAgeYears, 16);
}

TEST_F(AgeAgreementTest, AnAdultAgeSettingThatIsNotANumberIsRefusedByBoth)
{
    ASSERT_TRUE(writeMeta(*db, QStringLiteral("desk.adult_age_years"), QStringLiteral("adult")));
    auto r = checkin->checkIn(request(QDate(1980, 1, 1), false));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("desk.adult_age_years"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("e.g. 18")));
    EXPECT_FALSE(DeskPolicy::load(*db).ok());
    EXPECT_EQ(test::queryNumber(*db, QStringLiteral("SELECT count(*) FROM visit")), 0);
}
