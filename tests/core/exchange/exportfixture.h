#pragma once

#include <QTimeZone>

#include "checkin/checkinservice.h"
#include "checkin/screening.h"
#include "desk/deskservice.h"
#include "stock/stockfixture.h"  // tests/core/stock
#include "verification/checklist.h"

namespace vax::test {

// A training site where people are checked in and vaccinated by the real services.
class ExportFixture : public StockFixture {
protected:
    const QTimeZone kChina{8 * 3600};

    void SetUp() override
    {
        StockFixture::SetUp();
        desk = std::make_unique<DeskService>(*db, clock);
        checkin = std::make_unique<CheckInService>(*db, clock);
    }

    // A valid 18-digit resident ID (MOD 11-2) born on `birth`, sequence `seq` (odd: male).
    static QString residentId(const QDate& birth, int seq)
    {
        const QString body = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd")) +
                             QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
        static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; ++i)
            sum += body.at(i).digitValue() * weights[i];
        return body + QStringLiteral("10X98765432").at(sum % 11);
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
        auto given = desk->administer(r);
        EXPECT_TRUE(given.ok()) << (given.ok() ? "" : qPrintable(given.error().message));
        clock.advance(60'000);
        return given.ok() ? given->dose.id : QString();
    }

    std::unique_ptr<DeskService> desk;
    std::unique_ptr<CheckInService> checkin;
};

}  // namespace vax::test
