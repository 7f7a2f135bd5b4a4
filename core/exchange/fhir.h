#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// FHIR R4 resources for the district export (DOMAIN.md §8): Patient, Immunization and
// AdverseEvent as JSON objects, from plain structs. Pure; ids are the records' permanent UUIDs,
// so a re-import updates rather than duplicates, and a correction is the same Immunization id
// with status entered-in-error.
namespace vax::fhir {

inline constexpr auto kCvxSystem = "http://hl7.org/fhir/sid/cvx";
inline constexpr auto kCatalogSystem = "urn:vaxpoint:catalog";
inline constexpr auto kActSiteSystem = "http://terminology.hl7.org/CodeSystem/v3-ActSite";
inline constexpr auto kRouteSystem =
    "http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration";
inline constexpr auto kUcumSystem = "http://unitsofmeasure.org";
inline constexpr auto kSeriousnessSystem =
    "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness";
inline constexpr auto kSeveritySystem =
    "http://terminology.hl7.org/CodeSystem/adverse-event-severity";
inline constexpr auto kOutcomeSystem =
    "http://terminology.hl7.org/CodeSystem/adverse-event-outcome";

inline constexpr auto kAllergyClinicalSystem =
    "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
inline constexpr auto kAllergyVerificationSystem =
    "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
inline constexpr auto kFlagCategorySystem = "http://terminology.hl7.org/CodeSystem/flag-category";
inline constexpr auto kContraindicationSystem = "urn:vaxpoint:contraindication";
inline constexpr auto kContraindicationScopeSystem = "urn:vaxpoint:contraindication-scope";
inline constexpr auto kContraindicationReasonSystem = "urn:vaxpoint:contraindication-reason";

struct Identifier {
    QString system;  // e.g. urn:vaxpoint:document:resident_id
    QString value;
};

struct Patient {
    QString id;
    std::vector<Identifier> identifiers;
    QString nameText;  // the full name as written (张三)
    QString family;
    QString given;
    QString gender;  // male, female, other, unknown
    QDate birthDate;
    QString phone;
};

struct Immunization {
    QString id;
    QString status;  // completed, entered-in-error, not-done
    QString productCode;
    QString productName;
    QString cvx;  // may be empty
    QString patientId;
    QDateTime occurrence;
    QDateTime recorded;
    QString lotNumber;
    QDate expirationDate;
    QString manufacturer;
    QString site;   // HL7 0163 / v3-ActSite code: LD, RD …
    QString route;  // catalog route: IM, SC, ID, PO, IN
    double doseMl = 0;
    QString performerId;
    QString performerName;
    int doseNumber = 0;
    int seriesDoses = 0;
    QString locationName;
    QString statusReason;  // why it was entered in error
};

struct AdverseEvent {
    QString id;
    QString patientId;
    QString immunizationId;
    QDateTime onset;
    QDateTime recorded;
    QStringList symptoms;  // coded list, e.g. "fever", "anaphylaxis"
    QString seriousness;   // serious, non-serious
    QString severity;      // mild, moderate, severe
    QString outcome;       // resolved, recovering, ongoing, resolvedWithSequelae, fatal, unknown
    QString recorderName;
};

// A contraindication or precaution a person carries: an allergy becomes an AllergyIntolerance
// (clinicalStatus active, inactive when its "until" passed, resolved when a doctor lifted it),
// anything else a Flag (status active / inactive, period start … end).
struct Contraindication {
    QString id;
    QString patientId;
    QString kind;        // contraindication, precaution
    QString scope;       // all, product:CODE, group:G, component:C
    QString scopeText;   // in words (English), e.g. "vaccines of the group covid-inactivated"
    QString reasonCode;  // screening question id, AEFI symptom codes (';'), doctor
    QString reasonText;  // in words
    bool allergy = false;
    QString status;  // active, expired, lifted
    QDateTime recorded;
    QString recorderName;
    QDate until;
    QDateTime lifted;
    QString liftReason;
    QStringList reactions;   // AEFI symptom codes when it came from an adverse event
    QString adverseEventId;  // that adverse event
};

QJsonObject toJson(const Patient& patient);
QJsonObject toJson(const Contraindication& contraindication);
QJsonObject toJson(const Immunization& immunization);
QJsonObject toJson(const AdverseEvent& event);

// The v3-RouteOfAdministration code for a catalog route (IM → IM, SC → SQ …); empty if unknown.
QString routeCode(const QString& catalogRoute);

// What an R4 validator would reject in one of the resource types this export writes:
// missing required elements and codes outside their required value sets. Empty when valid.
QStringList validate(const QJsonObject& resource);

}  // namespace vax::fhir
