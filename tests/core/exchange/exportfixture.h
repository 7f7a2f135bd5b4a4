#pragma once

#include <QTimeZone>

#include "checkin/checkinservice.h"
#include "checkin/screening.h"
#include "desk/administrationservice.h"
#include "desk/dosecorrectionservice.h"
#include "stock/stockfixture.h"  // tests/core/stock
#include "support/residentid.h"
#include "verification/checklist.h"

namespace vax::test {

// A training site where people are checked in and vaccinated by the real services.
class ExportFixture : public StockFixture {
protected:
    const QTimeZone kChina{8 * 3600};

    void SetUp() override
    {
        StockFixture::SetUp();
        administration = std::make_unique<AdministrationService>(ServiceContext(*db, clock));
        correction = std::make_unique<DoseCorrectionService>(ServiceContext(*db, clock));
        checkin = std::make_unique<CheckInService>(ServiceContext(*db, clock));
    }

    QString checkIn(const QString& name, const QDate& birth, int seq)
    {
        CheckInRequest r;
        r.staffId = admin.id;
        r.draft.name = name;
        r.draft.document.number = residentId(birth, seq);
        for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
            r.answers.insert(q.id, false);
        r.temperatureC = 36.6;
        r.consent.textVersion = QString::fromLatin1(vax::kConsentTextVersion);
        if (ageInWholeYears(birth, checkin->today()) < 18) {
            r.consent.signer = ConsentSigner::Guardian;
            r.consent.guardianName = QStringLiteral("监护人");
            r.consent.guardianRelation = QStringLiteral("mother");
        }
        auto receipt = checkin->checkIn(r);
        EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? "" : qPrintable(receipt.error().message));
        return receipt.ok() ? receipt->visitId : QString();
    }

    // Checks a person in and gives them a dose of `lot` (single-dose vials); the dose id.
    QString vaccinate(const QString& name, const QDate& birth, int seq, const QString& lot)
    {
        const QString visit = checkIn(name, birth, seq);
        AdministerRequest r;
        r.scan = {visit, lot, QString(), QString()};
        r.choices.site = QStringLiteral("LD");
        for (ChecklistItemKey k : confirmableItems())
            r.choices.confirmed.insert(k);
        r.desk = QStringLiteral("1");
        r.staffId = admin.id;
        auto given = administration->administer(r);
        EXPECT_TRUE(given.ok()) << (given.ok() ? "" : qPrintable(given.error().message));
        clock.advance(60'000);
        return given.ok() ? given->dose.id : QString();
    }

    std::unique_ptr<AdministrationService> administration;
    std::unique_ptr<DoseCorrectionService> correction;
    std::unique_ptr<CheckInService> checkin;
};

}  // namespace vax::test
