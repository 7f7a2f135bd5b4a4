#pragma once

// Puts people under observation the way the point does: check-in (CheckInService), then a dose
// at the desk (AdministrationService::administer), which starts the observation with its stored
// end time. Shared by the observation tests, the observation GUI test and the board benchmark.
#include <QDate>
#include <QStringList>
#include <QTimeZone>

#include "checkin/checkinservice.h"
#include "checkin/screening.h"
#include "coldchain/fridges.h"
#include "common/clock.h"
#include "desk/administrationservice.h"
#include "desk/queueservice.h"
#include "security/staff.h"
#include "stock/lotservice.h"
#include "storage/database.h"
#include "support/administerrequest.h"
#include "support/residentid.h"

namespace vax::test {

class ObservationSeeder {
public:
    struct Admitted {
        QString fullName;
        QString documentNumber;
        QString visitId;
        QString personId;
        QString doseId;
        QString observationId;
        int queueNumber = 0;
        QDateTime endsAt;
    };

    // `staffId` acts everywhere (the demo administrator holds every role). Receives one lot of
    // `doses` single-dose vials into a fridge of its own.
    ObservationSeeder(Database& db, const Clock& clock, QString staffId, int doses = 400,
                      QTimeZone zone = QTimeZone(8 * 3600))
        : m_db(db),
          m_clock(clock),
          m_staffId(std::move(staffId)),
          m_zone(zone),
          m_checkin({db, clock}),
          m_queue({db, clock}),
          m_administration({db, clock})
    {
        auto fridge =
            FridgeRepository::add(db, clock, QStringLiteral("Observation fridge"), {}, m_staffId);
        if (!fridge) {
            m_error = fridge.error().message;
            return;
        }
        LotReceipt r;
        r.productCode = QStringLiteral("BBIBP-CorV");
        r.lotNumber = QStringLiteral("OBS-LOT-1");
        r.expiry = clock.nowUtc().toTimeZone(zone).date().addDays(200);
        r.vials = doses;
        r.fridgeId = fridge->id;
        auto lot = LotService::receive({db, clock, m_staffId}, r);
        if (!lot)
            m_error = lot.error().message;
    }

    const QString& error() const { return m_error; }

    // A Chinese name for person `i`: surname + one or two given characters.
    static QString nameFor(int i)
    {
        static const QStringList surnames = QStringLiteral(
                                                "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 "
                                                "何 高 林 罗 欧阳 司马")
                                                .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        static const QStringList given = QStringLiteral(
                                             "伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 "
                                             "涛 明 超 秀兰 霞 平 刚 桂英 建华 小红")
                                             .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return surnames.at(i % surnames.size()) + given.at((i / 3) % given.size());
    }

    // Checks person `i` in, calls them to `desk` and gives the dose now. On failure the
    // returned observationId is empty and error() says why.
    Admitted admit(int i, const QString& desk = QStringLiteral("1"))
    {
        Admitted a;
        a.fullName = nameFor(i);
        a.documentNumber = residentId(QDate(1960, 1, 1).addDays(i * 37), 100 + i % 800);
        CheckInRequest r;
        r.staffId = m_staffId;
        r.draft.name = a.fullName;
        r.draft.document.number = a.documentNumber;
        for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
            r.answers.insert(q.id, false);
        r.temperatureC = 36.6;
        r.consent.textVersion = QString::fromLatin1(vax::kConsentTextVersion);
        auto receipt = m_checkin.checkIn(r);
        if (!receipt) {
            m_error = receipt.error().message;
            return a;
        }
        a.visitId = receipt->visitId;
        a.personId = receipt->personId;
        a.queueNumber = receipt->queueNumber;
        auto called = m_queue.callNext(desk, m_staffId);
        if (!called || !called->has_value()) {
            m_error = called ? QStringLiteral("nobody waiting") : called.error().message;
            return a;
        }
        auto given = m_administration.administer(test::confirmedAdministration(
            (*called)->visitId, QStringLiteral("OBS-LOT-1"), desk, m_staffId));
        if (!given) {
            m_error = given.error().message;
            return a;
        }
        a.doseId = given->dose.id;
        a.observationId = given->observationId;
        a.endsAt = given->observationEndsAt;
        return a;
    }

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_staffId;
    QTimeZone m_zone;
    CheckInService m_checkin;
    QueueService m_queue;
    AdministrationService m_administration;
    QString m_error;
};

}  // namespace vax::test
