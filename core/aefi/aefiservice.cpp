#include "aefi/aefiservice.h"
#include "site/site.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "catalog/catalog.h"
#include "common/clock.h"
#include "common/ids.h"
#include "contraindication/contraindicationservice.h"
#include "identity/masking.h"
#include "security/permissions.h"
#include "stock/dbtime.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct AefiServiceText {
    Q_DECLARE_TR_FUNCTIONS(Aefi)
};

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
    "SELECT a.id, a.dose_id, a.person_id, COALESCE(a.observation_id, ''), v.queue_number, p.name, "
    "a.onset_at, a.symptoms, a.other_description, a.severity, a.seriousness, a.actions, "
    "a.outcome, a.immediate_report, a.note, a.reported_by, a.recorded_at, "
    "COALESCE(o.state, '') "
    "FROM adverse_event a JOIN dose d ON d.id = a.dose_id JOIN visit v ON v.id = d.visit_id "
    "JOIN person p ON p.id = a.person_id LEFT JOIN observation o ON o.id = a.observation_id ");

AdverseEventRecord fromRow(const Query& q)
{
    AdverseEventRecord r;
    r.id = q.value(0).toString();
    r.doseId = q.value(1).toString();
    r.personId = q.value(2).toString();
    r.observationId = q.value(3).toString();
    r.queueNumber = q.value(4).toInt();
    r.maskedName = maskName(q.value(5).toString());
    r.onset = fromDbTime(q.value(6).toString());
    r.symptoms = listFromJson(q.value(7).toString());
    r.otherDescription = q.value(8).toString();
    r.severity = q.value(9).toString();
    r.seriousness = q.value(10).toString();
    r.actions = listFromJson(q.value(11).toString());
    r.outcome = q.value(12).toString();
    r.immediateReport = q.value(13).toInt() != 0;
    r.note = q.value(14).toString();
    r.reportedBy = q.value(15).toString();
    r.recordedAt = fromDbTime(q.value(16).toString());
    r.observationState = q.value(17).toString();
    return r;
}
}  // namespace

AefiService::AefiService(Database& db, const Clock& clock)
    : m_db(db), m_clock(clock), m_calendar(siteCalendar(db, clock))
{
}

Status AefiService::fault(QStringView step) const
{
    return m_faultHook ? m_faultHook(step) : Status();
}

Result<AdverseEventRecord> AefiService::add(aefi::Report report)
{
    report.symptoms.removeDuplicates();
    report.actions.removeDuplicates();
    report.otherDescription = report.otherDescription.trimmed();
    report.note = report.note.trimmed();
    if (report.doseId.isEmpty())
        return makeError(ErrorCode::AefiInvalid,
                         AefiServiceText::tr("Dose: choose the dose this event follows."),
                         QStringLiteral("dose"));
    auto dose = m_db.exec(QStringLiteral("SELECT administered_at, person_id, status, product_code "
                                         "FROM dose WHERE id = ?"),
                          {report.doseId});
    if (!dose)
        return dose.error();
    if (!dose->next())
        return makeError(ErrorCode::NotFound,
                         AefiServiceText::tr("Dose: there is no dose \"%1\". Take the id from "
                                             "\"vaxctl dose list\" or \"vaxctl observe list\".")
                             .arg(report.doseId),
                         QStringLiteral("dose"));
    report.doseAt = fromDbTime(dose->value(0).toString());
    const QString personId = dose->value(1).toString();
    const QString productCode = dose->value(3).toString();
    if (dose->value(2).toString() != QLatin1String("completed"))
        return makeError(ErrorCode::AefiInvalid,
                         AefiServiceText::tr("Dose: this dose was entered in error; record the "
                                             "event against the dose the person was given."),
                         QStringLiteral("dose"));
    const QDateTime now = m_clock.nowUtc();
    VAX_TRY(aefi::validate(report, now, m_calendar.zone()));
    auto actor = requirePermission(m_db, report.reporterStaffId, Permission::RecordAdverseEvent);
    if (!actor)
        return actor.error();

    auto tx = WriteTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    // The person's observation, if they are still in the area.
    auto obs = m_db.exec(QStringLiteral("SELECT id, state FROM observation WHERE dose_id = ? "
                                        "ORDER BY started_at DESC LIMIT 1"),
                         {report.doseId});
    if (!obs)
        return obs.error();
    QString observationId;
    QString observationState;
    if (obs->next()) {
        observationId = obs->value(0).toString();
        observationState = obs->value(1).toString();
    }

    AdverseEventRecord r;
    r.id = newId();
    r.doseId = report.doseId;
    r.personId = personId;
    r.observationId = observationId;
    r.onset = report.onset.toUTC();
    r.symptoms = report.symptoms;
    r.otherDescription = report.otherDescription;
    r.severity = report.severity;
    r.seriousness = report.seriousness;
    r.actions = report.actions;
    r.outcome = report.outcome;
    r.immediateReport = aefi::needsImmediateReport(report);
    r.note = report.note;
    r.reportedBy = report.reporterStaffId;
    r.recordedAt = now;
    auto ins = m_db.exec(
        QStringLiteral("INSERT INTO adverse_event(id, dose_id, person_id, observation_id, "
                       "onset_at, symptoms, other_description, severity, seriousness, actions, "
                       "outcome, immediate_report, note, reported_by, recorded_at) "
                       "VALUES (?, ?, ?, NULLIF(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id, r.doseId, r.personId, notNull(r.observationId), toDbTime(r.onset),
         jsonList(r.symptoms), notNull(r.otherDescription), r.severity, r.seriousness,
         jsonList(r.actions), r.outcome, r.immediateReport ? 1 : 0, notNull(r.note), r.reportedBy,
         toDbTime(now)});
    if (!ins)
        return ins.error();
    VAX_TRY(fault(u"adverse_event"));

    // A serious allergic reaction (catalog "seriousAllergicAefi", e.g. anaphylaxis) is remembered
    // with the person: no further dose of that product's interchange group.
    std::optional<Contraindication> remembered;
    if (r.seriousness == QLatin1String("serious")) {
        auto added = ContraindicationService::recordFromAefi(m_db, Catalog::builtIn(), personId,
                                                             r.id, r.doseId, productCode,
                                                             r.symptoms, now, r.reportedBy);
        if (!added)
            return added.error();
        remembered = *added;
    }

    // A person still in the area now shows as an adverse event — or leaves for a hospital.
    const bool referred = r.actions.contains(QStringLiteral("referred")) ||
                          r.actions.contains(QStringLiteral("ambulance"));
    r.observationState = observationState;
    if (!observationId.isEmpty() && (observationState == QLatin1String("observing") ||
                                     observationState == QLatin1String("adverse_event"))) {
        r.observationState =
            referred ? QStringLiteral("referred") : QStringLiteral("adverse_event");
        auto up = m_db.exec(
            QStringLiteral(
                "UPDATE observation SET state = ?, departed_at = NULLIF(?, ''), updated_by = ? "
                "WHERE id = ?"),
            {r.observationState, referred ? toDbTime(now) : QStringLiteral(""), r.reportedBy,
             observationId});
        if (!up)
            return up.error();
    }
    VAX_TRY(fault(u"observation"));
    VAX_TRY(AuditLog::append(
        m_db, {now, r.reportedBy, QStringLiteral("aefi.add"), QStringLiteral("adverse_event"), r.id,
               QJsonObject{{QStringLiteral("dose_id"), r.doseId},
                           {QStringLiteral("severity"), r.severity},
                           {QStringLiteral("seriousness"), r.seriousness},
                           {QStringLiteral("symptoms"), QJsonArray::fromStringList(r.symptoms)},
                           {QStringLiteral("actions"), QJsonArray::fromStringList(r.actions)},
                           {QStringLiteral("immediate_report"), r.immediateReport},
                           {QStringLiteral("observation_state"), r.observationState},
                           {QStringLiteral("contraindication_id"),
                            remembered ? remembered->id : QString()}}}));
    VAX_TRY(fault(u"audit"));
    VAX_TRY(tx->commit());
    auto stored = m_db.exec(kSelect + QStringLiteral("WHERE a.id = ?"), {r.id});
    if (stored && stored->next())
        return fromRow(*stored);
    return r;
}

Result<std::vector<AdverseEventRecord>> AefiService::listOn(const QDate& day)
{
    const QDateTime from = m_calendar.startOfDay(day);
    const QDateTime to = m_calendar.endOfDay(day);
    auto q = m_db.exec(kSelect + QStringLiteral("WHERE a.onset_at >= ? AND a.onset_at < ? AND "
                                                "a.status = 'active' ORDER BY a.onset_at"),
                       {toDbTime(from), toDbTime(to)});
    if (!q)
        return q.error();
    std::vector<AdverseEventRecord> out;
    while (q->next())
        out.push_back(fromRow(*q));
    return out;
}

}  // namespace vax
