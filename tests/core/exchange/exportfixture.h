#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <map>
#include <vector>

#include "checkin/checkinservice.h"
#include "checkin/screening.h"
#include "desk/administrationservice.h"
#include "desk/dosecorrectionservice.h"
#include "exchange/bundle.h"
#include "stock/stockfixture.h"  // tests/core/stock
#include "support/administerrequest.h"
#include "support/checkinrequest.h"
#include "support/residentid.h"
#include "verification/checklist.h"

namespace vax::test {

// The files of the export bundle at `path`, by name (empty, and the test failed, if it does not
// unzip).
inline std::map<QString, QByteArray> bundleEntries(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    auto files = bundle::unzipFiles(f.readAll());
    EXPECT_TRUE(files.ok());
    std::map<QString, QByteArray> out;
    if (files.ok())
        for (const bundle::File& file : *files)
            out[file.name] = file.data;
    return out;
}

// The JSON objects of an NDJSON file, one a line.
inline std::vector<QJsonObject> ndjsonObjects(const QByteArray& data)
{
    std::vector<QJsonObject> out;
    for (const QByteArray& line : data.split('\n'))
        if (!line.isEmpty())
            out.push_back(QJsonDocument::fromJson(line).object());
    return out;
}

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
        CheckInRequest r = passingCheckIn(admin.id, name, residentId(birth, seq));
        if (ageInWholeYears(birth, checkin->today()) < 18)
            guardianSigns(r, QStringLiteral("监护人"));
        auto receipt = checkin->checkIn(r);
        EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? "" : qPrintable(receipt.error().message));
        return receipt.ok() ? receipt->visitId : QString();
    }

    // Checks a person in and gives them a dose of `lot` (single-dose vials); the dose id.
    QString vaccinate(const QString& name, const QDate& birth, int seq, const QString& lot)
    {
        const QString visit = checkIn(name, birth, seq);
        auto given = administration->administer(
            confirmedAdministration(visit, lot, QStringLiteral("1"), admin.id));
        EXPECT_TRUE(given.ok()) << (given.ok() ? "" : qPrintable(given.error().message));
        clock.advance(60'000);
        return given.ok() ? given->dose.id : QString();
    }

    std::unique_ptr<AdministrationService> administration;
    std::unique_ptr<DoseCorrectionService> correction;
    std::unique_ptr<CheckInService> checkin;
};

}  // namespace vax::test
