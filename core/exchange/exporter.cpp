#include "exchange/exporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <map>

#include "aefi/aefi.h"
#include "catalog/catalog.h"
#include "coldchain/quarantinerepository.h"
#include "common/clock.h"
#include "common/dbformat.h"
#include "common/ids.h"
#include "contraindication/contraindicationrepository.h"
#include "dayclose/dayclose.h"
#include "desk/doserepository.h"
#include "exchange/bundle.h"
#include "exchange/csv.h"
#include "exchange/fhir.h"
#include "exchange/sealsetting.h"
#include "exchange/vxu.h"
#include "security/permissions.h"
#include "site/site.h"
#include "sitesync/siteconflicts.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/queryread.h"
#include "storage/transaction.h"

namespace vax {
namespace {

struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(ExportText)
};

const QString kPatients = QStringLiteral("patients.ndjson");
const QString kImmunizations = QStringLiteral("immunizations.ndjson");
const QString kAdverseEvents = QStringLiteral("adverse-events.ndjson");
const QString kVxu = QStringLiteral("vxu.hl7");
const QString kDosesCsv = QStringLiteral("doses.csv");
const QString kAefiCsv = QStringLiteral("adverse_events.csv");
const QString kMovementsCsv = QStringLiteral("stock_movements.csv");
const QString kTemperaturesCsv = QStringLiteral("temperatures.csv");
const QString kExcursionsCsv = QStringLiteral("excursions.csv");
// A supervisor's decision on a quarantined lot, with what a release rests on ("reading", or
// "override": released without a reading back in range).
const QString kQuarantineCsv = QStringLiteral("quarantine_decisions.csv");
const QString kContraindications = QStringLiteral("contraindications.ndjson");
const QString kContraindicationsCsv = QStringLiteral("contraindications.csv");
const QString kSummary = QStringLiteral("summary.json");
// The site's incidents open at export time (docs/site.md 4), as this desk last read them.
const QString kSiteIncidents = QStringLiteral("site_incidents.ndjson");
const QString kReport = QStringLiteral("report.pdf");

QString ncitRoute(const QString& route, QString* text)
{
    static const std::map<QString, std::pair<QString, QString>> codes{
        {QStringLiteral("IM"), {QStringLiteral("C28161"), QStringLiteral("Intramuscular")}},
        {QStringLiteral("SC"), {QStringLiteral("C38299"), QStringLiteral("Subcutaneous")}},
        {QStringLiteral("ID"), {QStringLiteral("C38238"), QStringLiteral("Intradermal")}},
        {QStringLiteral("PO"), {QStringLiteral("C38288"), QStringLiteral("Oral")}},
        {QStringLiteral("IN"), {QStringLiteral("C38284"), QStringLiteral("Nasal")}},
    };
    const auto it = codes.find(route);
    if (it == codes.end())
        return {};
    *text = it->second.second;
    return it->second.first;
}

QString siteText(const QString& site)
{
    static const std::map<QString, QString> names{
        {QStringLiteral("LD"), QStringLiteral("Left Deltoid")},
        {QStringLiteral("RD"), QStringLiteral("Right Deltoid")},
        {QStringLiteral("LT"), QStringLiteral("Left Thigh")},
        {QStringLiteral("RT"), QStringLiteral("Right Thigh")},
        {QStringLiteral("LA"), QStringLiteral("Left Arm")},
        {QStringLiteral("RA"), QStringLiteral("Right Arm")},
        {QStringLiteral("LVL"), QStringLiteral("Left Vastus Lateralis")},
        {QStringLiteral("RVL"), QStringLiteral("Right Vastus Lateralis")},
    };
    const auto it = names.find(site);
    return it == names.end() ? QString() : it->second;
}

// HL7 CX-5 identifier type of a document type.
QString documentTypeCode(const QString& type)
{
    if (type == u"resident_id")
        return QStringLiteral("NNCHN");
    if (type == u"passport")
        return QStringLiteral("PPN");
    return QStringLiteral("PPIN");
}

// OBX-5 of a contraindication (CDC IG 1.5, OBX 30945-0): the CDC code where one fits — an
// anaphylactic allergy to a vaccine or to a dose of it — else the local code of its reason.
// The CDC code below must be checked against the current PHVS_VaccinationContraindication_IIS
// value set before a district relies on it.
hl7::Coded contraindicationCode(const Contraindication& c)
{
    if (c.allergy && c.scope != ContraindicationScope::Component)
        return {QStringLiteral("VXC20"),
                QStringLiteral("Allergy (anaphylactic) to prior dose of this vaccine or any of its "
                               "components"),
                QStringLiteral("CDCPHINVS")};
    const QString local = c.reasonCode.isEmpty() ? contraindicationKindName(c.kind)
                                                 : c.reasonCode.split(u';').first();
    return {
        local,
        contraindicationKindName(c.kind) + QStringLiteral(" (") + c.scopeSpec().toString() + u')',
        QStringLiteral("99VXP")};
}

// The scope in English words for the district (resources are not translated).
QString scopeEnglish(const ScopeSpec& s)
{
    switch (s.scope) {
        case ContraindicationScope::All:
            return QStringLiteral("all vaccines");
        case ContraindicationScope::Product:
            return QStringLiteral("the vaccine ") + s.code;
        case ContraindicationScope::Group:
            return QStringLiteral("vaccines of the group ") + s.code;
        case ContraindicationScope::Component:
            return QStringLiteral("vaccines containing ") + s.code;
    }
    return {};
}

struct PersonData {
    fhir::Patient fhir;
    hl7::Patient hl7;
};

struct Collected {
    QJsonObject cursor;
    std::map<QString, PersonData> persons;  // by id
    std::vector<QJsonObject> immunizations;
    std::vector<QJsonObject> adverseEvents;
    std::vector<std::pair<QString, hl7::Dose>> doses;  // person id, dose
    std::vector<QJsonObject> contraindications;        // AllergyIntolerance / Flag
    std::vector<std::pair<QString, hl7::Contraindication>> hl7Contraindications;
    std::vector<QStringList> contraindicationRows;
    std::vector<QStringList> doseRows, aefiRows, movementRows, temperatureRows, excursionRows,
        quarantineRows;
    int enteredInError = 0;
    DaySummary summary;
};

class Reader {
public:
    Reader(Database& db, const QTimeZone& zone, const SiteInfo& site, QJsonObject cursor)
        : m_db(db), m_zone(zone), m_site(site), m_cursor(std::move(cursor))
    {
    }

    Status readAll(Collected& out)
    {
        for (const QString& table : exportedTables()) {
            VAX_TRY_VALUE(
                auto q,
                m_db.exec(QStringLiteral(
                              "SELECT COALESCE(MAX(change_seq), 0) FROM %1 WHERE change_seq > 0")
                              .arg(table)));
            const qint64 max = q.scalar().toLongLong();
            out.cursor.insert(table, std::max<qint64>(max, after(table)));
        }
        VAX_TRY(readPersons(out));
        VAX_TRY(readDoses(out));
        VAX_TRY(readAdverseEvents(out));
        VAX_TRY(readContraindications(out));
        VAX_TRY(readStock(out));
        VAX_TRY(readColdChain(out));
        for (auto& [id, person] : out.persons)
            if (person.fhir.id.isEmpty())
                VAX_TRY(loadPerson(id, person));
        return {};
    }

private:
    qint64 after(const QString& table) const { return m_cursor.value(table).toInteger(0); }
    QString time(const QString& dbTime) const
    {
        return dbTime.isEmpty() ? QString()
                                : fromDbTime(dbTime).toTimeZone(m_zone).toString(Qt::ISODate);
    }

    Status readPersons(Collected& out)
    {
        VAX_TRY_VALUE(
            auto q,
            m_db.exec(
                QStringLiteral(
                    "SELECT id FROM person WHERE change_seq > ? AND change_seq > 0 UNION "
                    "SELECT person_id FROM identity_document WHERE "
                    "change_seq > ? AND change_seq > 0"),
                {after(QStringLiteral("person")), after(QStringLiteral("identity_document"))}));
        while (q.next())
            out.persons[q.value(0).toString()];
        return {};
    }

    Status loadPerson(const QString& id, PersonData& p)
    {
        VAX_TRY_VALUE(auto q,
                      m_db.exec(QStringLiteral("SELECT name, COALESCE(sex, ''), birth_date, phone "
                                               "FROM person WHERE id = ?"),
                                {id}));
        if (!q.next())
            return makeError(ErrorCode::Internal, QStringLiteral("person %1 vanished").arg(id));
        const QString sex = q.value(1).toString();
        p.fhir.id = id;
        p.fhir.nameText = q.value(0).toString();
        p.fhir.gender = sex.isEmpty() ? QStringLiteral("unknown") : sex;
        p.fhir.birthDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        p.fhir.phone = q.value(3).toString();
        p.hl7.name.family = p.fhir.nameText;
        p.hl7.birthDate = p.fhir.birthDate;
        p.hl7.sex = sex == u"male" ? QStringLiteral("M")
                                   : (sex == u"female" ? QStringLiteral("F") : QStringLiteral("U"));
        if (!p.fhir.phone.isEmpty())
            p.hl7.phone.number = p.fhir.phone;
        p.hl7.identifiers.push_back({id, m_site.code, QStringLiteral("MR")});
        VAX_TRY_VALUE(auto docs,
                      m_db.exec(QStringLiteral("SELECT type, number FROM identity_document WHERE "
                                               "person_id = ? ORDER BY created_at"),
                                {id}));
        while (docs.next()) {
            const QString type = docs.value(0).toString();
            const QString number = docs.value(1).toString();
            p.fhir.identifiers.push_back({QStringLiteral("urn:vaxpoint:document:") + type, number});
            p.hl7.identifiers.push_back({number, QStringLiteral("CHN"), documentTypeCode(type)});
        }
        return {};
    }

    Status readDoses(Collected& out)
    {
        VAX_TRY_VALUE(
            auto q,
            m_db.exec(
                QStringLiteral(
                    "SELECT d.id, d.status, d.person_id, d.product_code, d.dose_number, d.site, "
                    "d.route, d.amount_ml, d.administered_at, d.staff_id, COALESCE(s.display_name, "
                    "''), l.lot_number, l.expiry, l.manufacturer, COALESCE(d.error_reason, ''), "
                    "COALESCE(d.corrected_at, ''), d.desk, p.name, COALESCE(p.sex, ''), "
                    "p.birth_date FROM dose d JOIN lot l ON l.id = d.lot_id JOIN person p ON p.id "
                    "= d.person_id LEFT JOIN staff s ON s.id = d.staff_id WHERE d.change_seq > ? "
                    "AND d.change_seq > 0 "
                    "ORDER BY d.change_seq"),
                {after(QStringLiteral("dose"))}));
        const Catalog& catalog = Catalog::builtIn();
        while (q.next()) {
            fhir::Immunization im;
            im.id = q.value(0).toString();
            im.status = q.value(1).toString();
            im.patientId = q.value(2).toString();
            im.productCode = q.value(3).toString();
            const Product* product = catalog.find(im.productCode);
            im.productName = product ? product->name.en : im.productCode;
            im.cvx = product ? product->cvx : QString();
            im.doseNumber = q.value(4).toInt();
            im.seriesDoses = product ? product->seriesDoses : 0;
            im.site = q.value(5).toString();
            im.route = q.value(6).toString();
            im.doseMl = q.value(7).toDouble();
            im.occurrence = fromDbTime(q.value(8).toString()).toTimeZone(m_zone);
            im.recorded = im.occurrence;
            im.performerId = q.value(9).toString();
            im.performerName = q.value(10).toString();
            im.lotNumber = q.value(11).toString();
            im.expirationDate = QDate::fromString(q.value(12).toString(), Qt::ISODate);
            im.manufacturer = q.value(13).toString();
            im.statusReason = q.value(14).toString();
            im.locationName = m_site.name;
            const bool deleted = doseStatusFromText(im.status) == DoseStatus::EnteredInError;
            if (deleted)
                ++out.enteredInError;
            out.immunizations.push_back(fhir::toJson(im));
            out.persons[im.patientId];

            hl7::Dose d;
            d.fillerOrderId = im.id;
            d.fillerNamespace = QStringLiteral("VaxPoint-") + m_site.code;
            d.enteredBy = {im.performerId,
                           {im.performerName, {}, {}, QStringLiteral("L")},
                           m_site.code,
                           QStringLiteral("L")};
            d.administeredBy = d.enteredBy;
            d.administeredAt = im.occurrence;
            d.vaccine = im.cvx.isEmpty()
                            ? hl7::Coded{im.productCode, im.productName, QStringLiteral("99VXP")}
                            : hl7::Coded{im.cvx, im.productName, QStringLiteral("CVX")};
            d.amount = QString::number(im.doseMl, 'g', 6);
            d.units = {QStringLiteral("mL"), QStringLiteral("MilliLiter [SI Volume Units]"),
                       QStringLiteral("UCUM")};
            d.informationSource = {QStringLiteral("00"), QStringLiteral("New Immunization Record"),
                                   QStringLiteral("NIP001")};
            d.facility = m_site.name;
            d.lotNumber = im.lotNumber;
            d.expiry = im.expirationDate;
            if (product && !product->mvx.isEmpty())
                d.manufacturer = {product->mvx, product->manufacturer.en, QStringLiteral("MVX")};
            d.deleted = deleted;
            QString routeText;
            const QString route = ncitRoute(im.route, &routeText);
            if (!route.isEmpty())
                d.route = {route, routeText, QStringLiteral("NCIT")};
            if (!im.site.isEmpty())
                d.site = {im.site, siteText(im.site), QStringLiteral("HL70163")};
            out.doses.emplace_back(im.patientId, d);

            out.doseRows.push_back(
                {im.id, im.status, time(q.value(8).toString()), im.patientId,
                 q.value(17).toString(), q.value(18).toString(), q.value(19).toString(),
                 im.productCode, im.cvx, QString::number(im.doseNumber), im.lotNumber,
                 q.value(12).toString(), im.site, im.route, QString::number(im.doseMl),
                 im.performerName, q.value(16).toString(), im.statusReason,
                 time(q.value(15).toString())});
        }
        return {};
    }

    Status readAdverseEvents(Collected& out)
    {
        VAX_TRY_VALUE(
            auto q, m_db.exec(QStringLiteral(
                                  "SELECT a.id, a.person_id, a.dose_id, a.onset_at, a.recorded_at, "
                                  "a.symptoms, a.seriousness, a.severity, a.outcome, "
                                  "COALESCE(s.display_name, ''), a.immediate_report, a.status, "
                                  "a.other_description FROM adverse_event a LEFT JOIN staff s ON "
                                  "s.id = a.reported_by WHERE a.change_seq > ? AND a.change_seq > "
                                  "0 ORDER BY a.change_seq"),
                              {after(QStringLiteral("adverse_event"))}));
        while (q.next()) {
            fhir::AdverseEvent e;
            e.id = q.value(0).toString();
            e.patientId = q.value(1).toString();
            e.immunizationId = q.value(2).toString();
            e.onset = fromDbTime(q.value(3).toString()).toTimeZone(m_zone);
            e.recorded = fromDbTime(q.value(4).toString()).toTimeZone(m_zone);
            const QJsonArray symptoms =
                QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
            for (const QJsonValue& v : symptoms)
                e.symptoms << v.toString();
            e.seriousness = q.value(6).toString() == u"serious" ? QStringLiteral("serious")
                                                                : QStringLiteral("non-serious");
            e.severity = q.value(7).toString();
            e.outcome = aefi::fhirOutcome(q.value(8).toString());
            e.recorderName = q.value(9).toString();
            out.adverseEvents.push_back(fhir::toJson(e));
            out.persons[e.patientId];
            out.aefiRows.push_back({e.id, q.value(11).toString(), e.immunizationId, e.patientId,
                                    time(q.value(3).toString()), e.symptoms.join(u';'),
                                    q.value(12).toString(), e.severity, q.value(6).toString(),
                                    q.value(8).toString(), q.value(10).toString(), e.recorderName,
                                    time(q.value(4).toString())});
        }
        return {};
    }

    Status readContraindications(Collected& out)
    {
        VAX_TRY_VALUE(auto rows, ContraindicationRepository::changedSince(
                                     m_db, after(QStringLiteral("contraindication"))));
        for (const Contraindication& c : rows) {
            VAX_TRY_VALUE(auto who,
                          m_db.exec(QStringLiteral("SELECT id, display_name FROM staff WHERE id IN "
                                                   "(?, ?)"),
                                    {c.recordedBy, c.liftedBy}));
            std::map<QString, QString> names;
            while (who.next())
                names[who.value(0).toString()] = who.value(1).toString();
            const QString status = c.statusOn(m_today);
            fhir::Contraindication f;
            f.id = c.id;
            f.patientId = c.personId;
            f.kind = contraindicationKindName(c.kind);
            f.scope = c.scopeSpec().toString();
            f.scopeText = scopeEnglish(c.scopeSpec());
            f.reasonCode = c.reasonCode;
            f.reasonText = c.reason;
            f.allergy = c.allergy;
            f.status = status;
            f.recorded = c.recordedAt.toTimeZone(m_zone);
            f.recorderName = names[c.recordedBy];
            f.until = c.until;
            if (c.lifted())
                f.lifted = c.liftedAt.toTimeZone(m_zone);
            f.liftReason = c.liftReason;
            if (c.origin == ContraindicationOrigin::Aefi) {
                f.reactions = c.reasonCode.split(u';', Qt::SkipEmptyParts);
                f.adverseEventId = c.originId;
            }
            out.contraindications.push_back(fhir::toJson(f));
            out.persons[c.personId];

            hl7::Contraindication h;
            h.fillerOrderId = c.id;
            h.fillerNamespace = QStringLiteral("VaxPoint-") + m_site.code;
            h.enteredBy = {c.recordedBy,
                           {f.recorderName, {}, {}, QStringLiteral("L")},
                           m_site.code,
                           QStringLiteral("L")};
            h.recordedAt = f.recorded;
            h.value = contraindicationCode(c);
            h.effective = f.recorded.date();
            h.expires = c.lifted() ? f.lifted.date() : c.until;
            out.hl7Contraindications.emplace_back(c.personId, h);

            out.contraindicationRows.push_back(
                {c.id, status, c.personId, f.kind, contraindicationScopeName(c.scope), c.scopeCode,
                 c.allergy ? QStringLiteral("1") : QStringLiteral("0"), c.reasonCode, c.reason,
                 contraindicationOriginName(c.origin), c.originId, c.originDetail,
                 c.until.isValid() ? c.until.toString(Qt::ISODate) : QString(),
                 f.recorded.toString(Qt::ISODate), f.recorderName,
                 c.lifted() ? f.lifted.toString(Qt::ISODate) : QString(), names[c.liftedBy],
                 c.liftReason});
        }
        return {};
    }

    // The stock and cold-chain rows changed since the cursor, with their lot and fridge, as the
    // CSVs list them (columns by name).
    Status readStock(Collected& out)
    {
        VAX_TRY_VALUE(
            auto q,
            m_db.exec(QStringLiteral(
                          "SELECT m.id AS id, l.product_code AS product_code, l.lot_number AS "
                          "lot_number, COALESCE(f.name, '') AS fridge, m.kind AS kind, m.doses "
                          "AS doses, m.reason AS reason, m.at AS at, m.actor AS actor FROM "
                          "stock_movement m JOIN lot l ON l.id = m.lot_id LEFT JOIN fridge f ON "
                          "f.id = m.fridge_id WHERE m.change_seq > ? AND m.change_seq > 0 ORDER BY "
                          "m.change_seq"),
                      {after(QStringLiteral("stock_movement"))}));
        while (q.next())
            out.movementRows.push_back({text(q, "id"), text(q, "product_code"),
                                        text(q, "lot_number"), text(q, "fridge"), text(q, "kind"),
                                        text(q, "doses"), text(q, "reason"), time(text(q, "at")),
                                        text(q, "actor")});
        return {};
    }

    Status readColdChain(Collected& out)
    {
        VAX_TRY_VALUE(
            auto t,
            m_db.exec(QStringLiteral(
                          "SELECT t.id AS id, f.name AS fridge, t.at AS at, "
                          "t.celsius AS celsius, t.source AS source, t.session "
                          "AS session FROM temperature_reading t JOIN fridge f "
                          "ON f.id = t.fridge_id WHERE t.change_seq > ? AND t.change_seq > 0 ORDER "
                          "BY t.change_seq"),
                      {after(QStringLiteral("temperature_reading"))}));
        while (t.next())
            out.temperatureRows.push_back(
                {text(t, "id"), text(t, "fridge"), time(text(t, "at")),
                 QString::number(t.value(QStringLiteral("celsius")).toDouble(), 'f', 1),
                 text(t, "source"), text(t, "session")});
        VAX_TRY_VALUE(
            auto e,
            m_db.exec(QStringLiteral("SELECT e.id AS id, f.name AS fridge, e.kind AS kind, "
                                     "e.start_at AS start_at, e.end_at AS end_at, e.minutes "
                                     "AS minutes, e.extreme_c AS extreme_c FROM excursion e "
                                     "JOIN fridge f ON f.id = e.fridge_id WHERE "
                                     "e.change_seq > ? AND e.change_seq > 0 ORDER BY e.change_seq"),
                      {after(QStringLiteral("excursion"))}));
        while (e.next())
            out.excursionRows.push_back(
                {text(e, "id"), text(e, "fridge"), text(e, "kind"), time(text(e, "start_at")),
                 time(text(e, "end_at")), text(e, "minutes"),
                 QString::number(e.value(QStringLiteral("extreme_c")).toDouble(), 'f', 1)});
        // Decisions only: a lot still quarantined has nothing to report yet.
        VAX_TRY_VALUE(
            auto d,
            m_db.exec(QStringLiteral(
                          "SELECT q.id AS id, l.lot_number AS lot_number, "
                          "q.excursion_id AS excursion_id, q.status AS status, "
                          "q.evidence AS evidence, q.reason AS reason, "
                          "q.decided_at AS decided_at, q.decided_by AS "
                          "decided_by FROM lot_quarantine q JOIN lot l ON l.id = "
                          "q.lot_id WHERE q.change_seq > ? AND q.change_seq > 0 AND q.status <> ? "
                          "ORDER BY q.change_seq"),
                      {after(QStringLiteral("lot_quarantine")),
                       quarantineStatusName(QuarantineStatus::Quarantined)}));
        while (d.next())
            out.quarantineRows.push_back({text(d, "id"), text(d, "lot_number"),
                                          text(d, "excursion_id"), text(d, "status"),
                                          text(d, "evidence"), text(d, "reason"),
                                          time(text(d, "decided_at")), text(d, "decided_by")});
        return {};
    }

    Database& m_db;
    QTimeZone m_zone;
    const SiteInfo& m_site;
    QJsonObject m_cursor;

public:
    // The site's date of the export: whether an "until" has passed.
    void setToday(const QDate& today) { m_today = today; }

private:
    QDate m_today;
};

QByteArray ndjson(const std::vector<QJsonObject>& objects)
{
    QByteArray out;
    for (const QJsonObject& o : objects)
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

// The bundle's "records": one per patient (a person is one record however many of their rows
// changed, and a person whose dose changed goes with it), immunization, adverse event,
// contraindication, stock movement, reading, excursion and quarantine decision. The count shown
// before an export and the count the export writes both come from here, over the same Reader.
int recordCount(const Collected& data)
{
    return static_cast<int>(data.immunizations.size() + data.adverseEvents.size() +
                            data.contraindications.size() + data.persons.size() +
                            data.movementRows.size() + data.temperatureRows.size() +
                            data.excursionRows.size() + data.quarantineRows.size());
}

}  // namespace

const QStringList& exportedTables()
{
    static const QStringList tables{
        QStringLiteral("person"),         QStringLiteral("identity_document"),
        QStringLiteral("dose"),           QStringLiteral("adverse_event"),
        QStringLiteral("stock_movement"), QStringLiteral("temperature_reading"),
        QStringLiteral("excursion"),      QStringLiteral("contraindication"),
        QStringLiteral("lot_quarantine")};
    return tables;
}

Exporter::Exporter(Database& db, const Clock& clock)
    : m_db(db), m_clock(clock), m_calendar(siteCalendar(db, clock))
{
}

Result<std::vector<ExportBatch>> Exporter::history(int limit)
{
    return ExportBatchRepository::newestFirst(m_db, limit);
}

Result<std::optional<ExportBatch>> Exporter::last()
{
    VAX_TRY_VALUE(auto h, history(1));
    if (h.empty())
        return std::optional<ExportBatch>();
    return std::optional<ExportBatch>(h.front());
}

Result<QMap<QString, int>> Exporter::pendingByTable()
{
    VAX_TRY_VALUE(auto previous, last());
    const QJsonObject cursor = previous ? previous->cursor : QJsonObject();
    QMap<QString, int> out;
    for (const QString& table : exportedTables()) {
        // An undecided quarantine is numbered but not sent (readColdChain): not pending either.
        const QString sent = table == QLatin1String("lot_quarantine")
                                 ? QStringLiteral(" AND status <> 'quarantined'")
                                 : QString();
        VAX_TRY_VALUE(
            auto q, m_db.exec(QStringLiteral(
                                  "SELECT count(*) FROM %1 WHERE change_seq > ? AND change_seq > 0")
                                      .arg(table) +
                                  sent,
                              {cursor.value(table).toInteger(0)}));
        out.insert(table, q.scalar().toInt());
    }
    return out;
}

Result<int> Exporter::pendingRecords()
{
    VAX_TRY_VALUE(auto site, SiteService::load(m_db));
    VAX_TRY_VALUE(auto previous, last());
    // No snapshot of its own: a caller may already be inside a transaction (the day close).
    Collected data;
    Reader reader(m_db, m_calendar.zone(), site, previous ? previous->cursor : QJsonObject());
    reader.setToday(m_calendar.local(m_clock.nowUtc()).date());
    VAX_TRY(reader.readAll(data));
    return recordCount(data);
}

Result<ExportReceipt> Exporter::run(const ExportRequest& request)
{
    auto actor = requirePermission(m_db, request.actorId, Permission::Export);
    if (!actor)
        return actor.error();
    const auto progress = [&](int percent, const char* step) {
        if (request.progress)
            request.progress(percent, QString::fromLatin1(step));
    };
    const QDir dir(request.outDir);
    if (request.outDir.isEmpty() || !dir.exists())
        return makeError(ErrorCode::InvalidArgument,
                         ExportText::tr("Output folder: %1 does not exist; create it or choose "
                                        "another (e.g. a USB drive).")
                             .arg(request.outDir),
                         QStringLiteral("out"));
    VAX_TRY_VALUE(auto site, SiteService::load(m_db));
    QByteArray sealTo = request.sealTo;
    if (sealTo.isEmpty()) {
        VAX_TRY_VALUE(auto setting, sealsetting::publicKey(m_db));
        sealTo = setting;
    }
    VAX_TRY_VALUE(auto previous, last());
    const int seq = previous ? previous->seq + 1 : 1;
    const QString previousSha = previous ? previous->sha256 : QString();
    const QDateTime now = m_clock.nowUtc();
    const QDateTime localNow = m_calendar.local(now);
    const QDate day = request.day.isValid() ? request.day : localNow.date();

    // 1. Everything after the cursors, from one snapshot.
    progress(5, "read");
    Collected data;
    QString auditHead;
    QList<sitesync::SiteConflict> openConflicts;
    {
        VAX_TRY_VALUE(auto snapshot, ReadTransaction::begin(m_db));
        Reader reader(m_db, m_calendar.zone(), site, previous ? previous->cursor : QJsonObject());
        reader.setToday(localNow.date());
        VAX_TRY(reader.readAll(data));
        VAX_TRY_VALUE(auto summary, DayCloseService::summary(m_db, day));
        data.summary = std::move(summary);
        VAX_TRY_VALUE(auto head,
                      m_db.exec(QStringLiteral("SELECT last_hash FROM audit_head WHERE id = 1")));
        auditHead = head.scalar().toString();
        VAX_TRY_VALUE(openConflicts, sitesync::SiteConflicts::open(m_db));
        snapshot.end();
    }

    // 2. The files.
    progress(30, "fhir");
    std::vector<QJsonObject> patients;
    std::map<QString, const hl7::Patient*> hl7Patients;
    for (const auto& [id, person] : data.persons) {
        patients.push_back(fhir::toJson(person.fhir));
        hl7Patients.emplace(id, &person.hl7);
    }
    progress(45, "hl7");
    const QString safeCode =
        site.code.isEmpty()
            ? QStringLiteral("site")
            : QString(site.code).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")),
                                         QStringLiteral("_"));
    const QString fileName = QStringLiteral("vaxpoint-%1-%2-%3.zip")
                                 .arg(safeCode, day.toString(QStringLiteral("yyyyMMdd")))
                                 .arg(seq, 4, 10, QLatin1Char('0'));
    const QString diskName =
        sealTo.isEmpty() ? fileName : fileName + QString::fromLatin1(sealing::kSealedSuffix);
    std::vector<hl7::Message> messages;
    messages.reserve(data.doses.size());
    int index = 0;
    for (const auto& [personId, dose] : data.doses) {
        hl7::Header header;
        header.sendingFacility = site.code;
        header.receivingFacility = site.district;
        header.time = localNow;
        // MSH-10: never reused — the bundle's seq is never reused and indexes count within it.
        header.controlId = QStringLiteral("%1-%2-%3").arg(site.code).arg(seq).arg(++index);
        messages.push_back(hl7::buildVxu(header, *hl7Patients.at(personId), {}, {dose}));
    }
    for (const auto& [personId, contraindication] : data.hl7Contraindications) {
        hl7::Header header;
        header.sendingFacility = site.code;
        header.receivingFacility = site.district;
        header.time = localNow;
        header.controlId = QStringLiteral("%1-%2-%3").arg(site.code).arg(seq).arg(++index);
        messages.push_back(
            hl7::buildVxu(header, *hl7Patients.at(personId), {}, {}, {contraindication}));
    }
    hl7::BatchHeader batchHeader;
    batchHeader.sendingFacility = site.code;
    batchHeader.receivingFacility = site.district;
    batchHeader.time = localNow;
    batchHeader.fileName = fileName;
    batchHeader.batchId = QStringLiteral("%1-%2").arg(site.code).arg(seq);
    const QByteArray vxu = hl7::buildBatch(batchHeader, messages).toUtf8();

    progress(60, "csv");
    const QByteArray dosesCsv = csv::document(
        {QStringLiteral("dose_id"), QStringLiteral("status"), QStringLiteral("administered_at"),
         QStringLiteral("person_id"), QStringLiteral("name"), QStringLiteral("sex"),
         QStringLiteral("birth_date"), QStringLiteral("product"), QStringLiteral("cvx"),
         QStringLiteral("dose_number"), QStringLiteral("lot_number"), QStringLiteral("expiry"),
         QStringLiteral("site"), QStringLiteral("route"), QStringLiteral("amount_ml"),
         QStringLiteral("vaccinator"), QStringLiteral("desk"), QStringLiteral("error_reason"),
         QStringLiteral("corrected_at")},
        data.doseRows);
    const QByteArray aefiCsv =
        csv::document({QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("dose_id"),
                       QStringLiteral("person_id"), QStringLiteral("onset_at"),
                       QStringLiteral("symptoms"), QStringLiteral("other_description"),
                       QStringLiteral("severity"), QStringLiteral("seriousness"),
                       QStringLiteral("outcome"), QStringLiteral("immediate_report"),
                       QStringLiteral("reported_by"), QStringLiteral("recorded_at")},
                      data.aefiRows);
    const QByteArray movementsCsv = csv::document(
        {QStringLiteral("id"), QStringLiteral("product"), QStringLiteral("lot_number"),
         QStringLiteral("fridge"), QStringLiteral("kind"), QStringLiteral("doses"),
         QStringLiteral("reason"), QStringLiteral("at"), QStringLiteral("actor")},
        data.movementRows);
    const QByteArray temperaturesCsv = csv::document(
        {QStringLiteral("id"), QStringLiteral("fridge"), QStringLiteral("at"),
         QStringLiteral("celsius"), QStringLiteral("source"), QStringLiteral("session")},
        data.temperatureRows);
    const QByteArray excursionsCsv =
        csv::document({QStringLiteral("id"), QStringLiteral("fridge"), QStringLiteral("kind"),
                       QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("minutes"),
                       QStringLiteral("extreme_c")},
                      data.excursionRows);
    const QByteArray quarantineCsv = csv::document(
        {QStringLiteral("id"), QStringLiteral("lot"), QStringLiteral("excursion"),
         QStringLiteral("decision"), QStringLiteral("evidence"), QStringLiteral("reason"),
         QStringLiteral("decided_at"), QStringLiteral("decided_by")},
        data.quarantineRows);

    const QByteArray contraindicationsCsv = csv::document(
        {QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("person_id"),
         QStringLiteral("kind"), QStringLiteral("scope"), QStringLiteral("scope_code"),
         QStringLiteral("allergy"), QStringLiteral("reason_code"), QStringLiteral("reason"),
         QStringLiteral("origin"), QStringLiteral("origin_id"), QStringLiteral("origin_detail"),
         QStringLiteral("until"), QStringLiteral("recorded_at"), QStringLiteral("recorded_by"),
         QStringLiteral("lifted_at"), QStringLiteral("lifted_by"), QStringLiteral("lift_reason")},
        data.contraindicationRows);

    // Double doses and person merges the site server found between desks, open now: a snapshot
    // repeated in every bundle while they wait for review, not records of the period.
    std::vector<QJsonObject> incidents;
    for (const sitesync::SiteConflict& c : openConflicts)
        if (c.kind == QLatin1String("double_dose") || c.kind == QLatin1String("person_merge"))
            incidents.push_back(
                {{QStringLiteral("id"), c.id},
                 {QStringLiteral("kind"), c.kind},
                 {QStringLiteral("raised_at"), m_calendar.local(c.raisedAt).toString(Qt::ISODate)},
                 {QStringLiteral("desk"), c.desk},
                 {QStringLiteral("detail"), c.detail}});

    const int records = recordCount(data);
    QJsonObject counts{
        {QStringLiteral("records"), records},
        {QStringLiteral("patients"), static_cast<int>(patients.size())},
        {QStringLiteral("immunizations"), static_cast<int>(data.immunizations.size())},
        {QStringLiteral("entered_in_error"), data.enteredInError},
        {QStringLiteral("adverse_events"), static_cast<int>(data.adverseEvents.size())},
        {QStringLiteral("hl7_messages"), static_cast<int>(messages.size())},
        {QStringLiteral("stock_movements"), static_cast<int>(data.movementRows.size())},
        {QStringLiteral("temperatures"), static_cast<int>(data.temperatureRows.size())},
        {QStringLiteral("excursions"), static_cast<int>(data.excursionRows.size())},
        {QStringLiteral("quarantine_decisions"), static_cast<int>(data.quarantineRows.size())},
        {QStringLiteral("contraindications"), static_cast<int>(data.contraindications.size())},
        {QStringLiteral("site_incidents"), static_cast<int>(incidents.size())},
    };
    const QJsonObject summaryJson{{QStringLiteral("day"), toJson(data.summary)},
                                  {QStringLiteral("bundle"), counts}};

    std::vector<bundle::File> files{
        {kPatients, ndjson(patients)},
        {kImmunizations, ndjson(data.immunizations)},
        {kAdverseEvents, ndjson(data.adverseEvents)},
        {kVxu, vxu},
        {kDosesCsv, dosesCsv},
        {kAefiCsv, aefiCsv},
        {kMovementsCsv, movementsCsv},
        {kTemperaturesCsv, temperaturesCsv},
        {kExcursionsCsv, excursionsCsv},
        {kQuarantineCsv, quarantineCsv},
        {kContraindications, ndjson(data.contraindications)},
        {kContraindicationsCsv, contraindicationsCsv},
        {kSummary, QJsonDocument(summaryJson).toJson(QJsonDocument::Indented)},
        {kSiteIncidents, ndjson(incidents)},
    };
    QJsonObject manifest{
        {QStringLiteral("site"), QJsonObject{{QStringLiteral("uuid"), site.uuid},
                                             {QStringLiteral("code"), site.code},
                                             {QStringLiteral("name"), site.name},
                                             {QStringLiteral("district"), site.district},
                                             {QStringLiteral("training"), site.training}}},
        {QStringLiteral("seq"), seq},
        {QStringLiteral("period"),
         QJsonObject{
             {QStringLiteral("from"),
              previous ? m_calendar.local(previous->createdAt).toString(Qt::ISODate) : QString()},
             {QStringLiteral("to"), localNow.toString(Qt::ISODate)}}},
        {QStringLiteral("previous_sha256"), previousSha},
        {QStringLiteral("zero_report"), records == 0},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("cursor"), data.cursor},
        {QStringLiteral("audit_head"), auditHead},
        {QStringLiteral("hl7_control_ids"),
         messages.empty()
             ? QString()
             : QStringLiteral("%1-%2-1 … %1-%2-%3").arg(site.code).arg(seq).arg(messages.size())},
    };
    if (request.renderReport) {
        progress(70, "report");
        files.push_back({kReport, request.renderReport(data.summary)});
    } else {
        manifest.insert(QStringLiteral("report_pdf"),
                        QStringLiteral("not included: written without a report renderer "
                                       "(vaxctl); print it from the day-close page"));
    }

    // 3. The file, proven from disk, then the record of it.
    progress(80, "write");
    const QString path = dir.filePath(diskName);
    auto written = bundle::write(path, {manifest, files, localNow}, request.secretKey, sealTo);
    if (!written)
        return written.error();
    progress(95, "record");
    ExportBatch batch;
    batch.id = newId();
    batch.seq = seq;
    batch.fileName = diskName;
    batch.sha256 = written->sha256;
    batch.previousSha256 = previousSha;
    batch.createdAt = now;
    batch.createdBy = actor->id;
    batch.cursor = data.cursor;
    batch.counts = counts;
    batch.hl7Messages = static_cast<int>(messages.size());
    batch.bytes = written->bytes;
    batch.path = QFileInfo(path).absoluteFilePath();
    const Status recorded = [&]() -> Status {
        VAX_TRY_VALUE(auto tx, WriteTransaction::begin(m_db));
        VAX_TRY(ExportBatchRepository::insert(m_db, batch));
        VAX_TRY(AuditLog::append(m_db, {now, actor->id, QStringLiteral("export"),
                                        QStringLiteral("export_batch"), batch.id,
                                        QJsonObject{{QStringLiteral("seq"), seq},
                                                    {QStringLiteral("file"), diskName},
                                                    {QStringLiteral("sealed"), written->sealed},
                                                    {QStringLiteral("sha256"), batch.sha256},
                                                    {QStringLiteral("records"), records}}}));
        if (m_faultHook)
            VAX_TRY(m_faultHook());
        return tx.commit();
    }();
    if (!recorded) {
        QFile::remove(path);  // never leave a bundle the database does not know about
        return recorded.error();
    }
    progress(100, "record");
    return ExportReceipt{batch, records};
}

}  // namespace vax
