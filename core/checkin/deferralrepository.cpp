#include "checkin/deferralrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "common/dbformat.h"
#include "storage/database.h"

namespace vax {

Status DeferralRepository::insert(Database& db, const NewDeferral& d)
{
    VAX_TRY(db.exec(
        QStringLiteral("INSERT INTO deferral(id, person_id, visit_date, outcome, temperature_c, "
                       "screening_version, screening, appointment_id, recorded_at, recorded_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {d.id, d.personId, d.date.toString(Qt::ISODate), screeningOutcomeName(d.outcome),
         d.temperatureC, d.screeningVersion,
         QString::fromUtf8(QJsonDocument(d.screening).toJson(QJsonDocument::Compact)),
         notNull(d.appointmentId), d.recordedAt.toString(Qt::ISODateWithMs), d.recordedBy}));
    return {};
}

Result<std::vector<DeferralEntry>> DeferralRepository::onDay(Database& db, const QDate& day)
{
    VAX_TRY_VALUE(
        auto q,
        db.exec(QStringLiteral("SELECT d.id AS id, d.person_id AS person_id, p.name AS name, "
                               "d.outcome AS outcome, d.screening AS screening, "
                               "d.temperature_c AS temperature_c, "
                               "d.recorded_at AS recorded_at FROM deferral d JOIN person "
                               "p ON p.id = d.person_id WHERE d.visit_date = ? ORDER BY "
                               "d.recorded_at"),
                {day.toString(Qt::ISODate)}));
    std::vector<DeferralEntry> out;
    while (q.next()) {
        DeferralEntry e;
        e.deferralId = q.value(QStringLiteral("id")).toString();
        e.personId = q.value(QStringLiteral("person_id")).toString();
        e.name = q.value(QStringLiteral("name")).toString();
        e.outcome = screeningOutcomeFromName(q.value(QStringLiteral("outcome")).toString())
                        .value_or(ScreeningOutcome::Defer);
        const QJsonObject screening =
            QJsonDocument::fromJson(q.value(QStringLiteral("screening")).toString().toUtf8())
                .object();
        for (const QJsonValue& r : screening.value(QStringLiteral("reasons")).toArray())
            e.reasons << r.toString();
        e.temperatureC = q.value(QStringLiteral("temperature_c")).toDouble();
        e.recordedAt = QDateTime::fromString(q.value(QStringLiteral("recorded_at")).toString(),
                                             Qt::ISODateWithMs);
        out.push_back(e);
    }
    return out;
}

}  // namespace vax
