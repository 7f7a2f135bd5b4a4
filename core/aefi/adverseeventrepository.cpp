#include "aefi/adverseeventrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "common/dbformat.h"
#include "identity/masking.h"
#include "storage/database.h"
#include "storage/queryread.h"

namespace vax {

namespace {
QString jsonList(const QStringList& list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString& text)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

const QString kSelect = QStringLiteral(
    "SELECT a.id AS id, a.dose_id AS dose_id, a.person_id AS person_id, "
    "COALESCE(a.observation_id, '') AS observation_id, v.queue_number AS queue_number, "
    "p.name AS name, a.onset_at AS onset_at, a.symptoms AS symptoms, "
    "a.other_description AS other_description, a.severity AS severity, "
    "a.seriousness AS seriousness, a.actions AS actions, a.outcome AS outcome, "
    "a.immediate_report AS immediate_report, a.note AS note, a.reported_by AS reported_by, "
    "a.recorded_at AS recorded_at, COALESCE(o.state, '') AS observation_state "
    "FROM adverse_event a JOIN dose d ON d.id = a.dose_id JOIN visit v ON v.id = d.visit_id "
    "JOIN person p ON p.id = a.person_id LEFT JOIN observation o ON o.id = a.observation_id ");

AdverseEventRecord fromRow(const Query& q)
{
    AdverseEventRecord r;
    r.id = text(q, "id");
    r.doseId = text(q, "dose_id");
    r.personId = text(q, "person_id");
    r.observationId = text(q, "observation_id");
    r.queueNumber = q.value(QStringLiteral("queue_number")).toInt();
    r.maskedName = maskName(text(q, "name"));
    r.onset = fromDbTime(text(q, "onset_at"));
    r.symptoms = listFromJson(text(q, "symptoms"));
    r.otherDescription = text(q, "other_description");
    r.severity = text(q, "severity");
    r.seriousness = text(q, "seriousness");
    r.actions = listFromJson(text(q, "actions"));
    r.outcome = text(q, "outcome");
    r.immediateReport = q.value(QStringLiteral("immediate_report")).toInt() != 0;
    r.note = text(q, "note");
    r.reportedBy = text(q, "reported_by");
    r.recordedAt = fromDbTime(text(q, "recorded_at"));
    r.observationState = text(q, "observation_state");
    return r;
}
}  // namespace

QString adverseEventStatusText(AdverseEventStatus status)
{
    return status == AdverseEventStatus::EnteredInError ? QStringLiteral("entered-in-error")
                                                        : QStringLiteral("active");
}

std::optional<AdverseEventStatus> adverseEventStatusFromText(QStringView text)
{
    for (AdverseEventStatus s : {AdverseEventStatus::Active, AdverseEventStatus::EnteredInError})
        if (text == adverseEventStatusText(s))
            return s;
    return std::nullopt;
}

Status AdverseEventRepository::insert(Database& db, const AdverseEventRecord& r)
{
    VAX_TRY(db.exec(
        QStringLiteral("INSERT INTO adverse_event(id, dose_id, person_id, observation_id, "
                       "onset_at, symptoms, other_description, severity, seriousness, actions, "
                       "outcome, immediate_report, note, reported_by, recorded_at) "
                       "VALUES (?, ?, ?, NULLIF(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id, r.doseId, r.personId, notNull(r.observationId), toDbTime(r.onset),
         jsonList(r.symptoms), notNull(r.otherDescription), r.severity, r.seriousness,
         jsonList(r.actions), r.outcome, r.immediateReport ? 1 : 0, notNull(r.note), r.reportedBy,
         toDbTime(r.recordedAt)}));
    return {};
}

Result<std::optional<AdverseEventRecord>> AdverseEventRepository::byId(Database& db,
                                                                       const QString& id)
{
    VAX_TRY_VALUE(auto q, db.exec(kSelect + QStringLiteral("WHERE a.id = ?"), {id}));
    if (!q.next())
        return std::optional<AdverseEventRecord>();
    return std::optional<AdverseEventRecord>(fromRow(q));
}

Result<std::vector<AdverseEventRecord>> AdverseEventRepository::activeWithOnsetBetween(
    Database& db, const QDateTime& from, const QDateTime& to)
{
    VAX_TRY_VALUE(auto q,
                  db.exec(kSelect + QStringLiteral("WHERE a.onset_at >= ? AND a.onset_at < ? AND "
                                                   "a.status = 'active' ORDER BY a.onset_at"),
                          {toDbTime(from), toDbTime(to)}));
    std::vector<AdverseEventRecord> out;
    while (q.next())
        out.push_back(fromRow(q));
    return out;
}

}  // namespace vax
