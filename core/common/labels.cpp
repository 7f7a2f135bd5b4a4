#include "common/labels.h"

#include <QCoreApplication>

#include <span>

#include "aefi/aefi.h"
#include "catalog/catalog.h"
#include "checkin/screening.h"
#include "common/i18n.h"

namespace vax::labels {

namespace {

struct Entry {
    const char* code;
    const char* text;  // source text for tr() in the context "Labels"
};

// Short reasons for the questions of the built-in questionnaire; the questionnaire's own text
// (a question, per language) is the fallback for questions a site adds.
constexpr Entry kScreeningReasons[] = {
    {"fever", QT_TRANSLATE_NOOP("Labels", "Fever")},
    {"allergy", QT_TRANSLATE_NOOP("Labels", "Allergy to a vaccine component")},
    {"severe_reaction", QT_TRANSLATE_NOOP("Labels", "Severe reaction to an earlier dose")},
    {"neurological", QT_TRANSLATE_NOOP("Labels", "Serious neurological disease")},
    {"acute_illness", QT_TRANSLATE_NOOP("Labels", "Acute illness")},
    {"uncontrolled_chronic", QT_TRANSLATE_NOOP("Labels", "Uncontrolled chronic disease")},
    {"pregnancy", QT_TRANSLATE_NOOP("Labels", "Pregnancy")},
    {"recent_vaccine", QT_TRANSLATE_NOOP("Labels", "Another vaccine recently")},
    {"immunodeficiency",
     QT_TRANSLATE_NOOP("Labels", "Immunodeficiency or immunosuppressive therapy")},
    {"other_condition", QT_TRANSLATE_NOOP("Labels", "Another condition for a doctor to judge")},
};

constexpr Entry kScreeningOutcomes[] = {
    {"clear", QT_TRANSLATE_NOOP("Labels", "Clear")},
    {"doctor_review", QT_TRANSLATE_NOOP("Labels", "Doctor's review")},
    {"defer", QT_TRANSLATE_NOOP("Labels", "Defer")},
    {"contraindicated", QT_TRANSLATE_NOOP("Labels", "Contraindicated")},
};

constexpr Entry kVisitStates[] = {
    {"waiting", QT_TRANSLATE_NOOP("Labels", "Waiting")},
    {"called", QT_TRANSLATE_NOOP("Labels", "Called")},
    {"vaccinated", QT_TRANSLATE_NOOP("Labels", "Vaccinated")},
    {"deferred", QT_TRANSLATE_NOOP("Labels", "Deferred")},
    {"cancelled", QT_TRANSLATE_NOOP("Labels", "Cancelled")},
};

constexpr Entry kQueueLanes[] = {{"normal", QT_TRANSLATE_NOOP("Labels", "Normal")},
                                 {"priority", QT_TRANSLATE_NOOP("Labels", "Priority")}};

constexpr Entry kConsentSigners[] = {{"self", QT_TRANSLATE_NOOP("Labels", "The person")},
                                     {"guardian", QT_TRANSLATE_NOOP("Labels", "Guardian")}};

constexpr Entry kChecklistGroups[] = {
    {"three_checks", QT_TRANSLATE_NOOP("Labels", "Three checks")},
    {"seven_verifications", QT_TRANSLATE_NOOP("Labels", "Seven verifications")},
    {"one_validation", QT_TRANSLATE_NOOP("Labels", "One validation")},
};

constexpr Entry kChecklistItems[] = {
    {"health", QT_TRANSLATE_NOOP("Labels", "Health and contraindications")},
    {"record", QT_TRANSLATE_NOOP("Labels", "Record: dose due and intervals")},
    {"vaccine", QT_TRANSLATE_NOOP("Labels", "Vaccine: appearance, lot, expiry")},
    {"name", QT_TRANSLATE_NOOP("Labels", "Name")},
    {"age", QT_TRANSLATE_NOOP("Labels", "Age")},
    {"product", QT_TRANSLATE_NOOP("Labels", "Vaccine name")},
    {"specification", QT_TRANSLATE_NOOP("Labels", "Specification")},
    {"dose", QT_TRANSLATE_NOOP("Labels", "Dose")},
    {"site", QT_TRANSLATE_NOOP("Labels", "Injection site")},
    {"route", QT_TRANSLATE_NOOP("Labels", "Route")},
    {"verification", QT_TRANSLATE_NOOP("Labels", "The person verifies the vaccine and its expiry")},
};

constexpr Entry kCheckStates[] = {
    {"pass", QT_TRANSLATE_NOOP("Labels", "Passed")},
    {"warning", QT_TRANSLATE_NOOP("Labels", "Warning")},
    {"needs_confirmation", QT_TRANSLATE_NOOP("Labels", "To confirm")},
    {"fail", QT_TRANSLATE_NOOP("Labels", "Failed")},
};

constexpr Entry kFindings[] = {
    {"visit.not_today", QT_TRANSLATE_NOOP("Labels", "Check-in is not from today")},
    {"visit.already_vaccinated",
     QT_TRANSLATE_NOOP("Labels", "Already vaccinated at this check-in")},
    {"visit.closed", QT_TRANSLATE_NOOP("Labels", "Check-in closed")},
    {"health.contraindication_on_record",
     QT_TRANSLATE_NOOP("Labels", "Contraindication on record")},
    {"health.precaution_on_record", QT_TRANSLATE_NOOP("Labels", "Precaution on record")},
    {"screening.missing", QT_TRANSLATE_NOOP("Labels", "No screening recorded")},
    {"screening.contraindicated",
     QT_TRANSLATE_NOOP("Labels", "Contraindication found at screening")},
    {"screening.deferred", QT_TRANSLATE_NOOP("Labels", "Deferred at screening")},
    {"screening.doctor_review", QT_TRANSLATE_NOOP("Labels", "Doctor's decision needed")},
    {"consent.missing", QT_TRANSLATE_NOOP("Labels", "No consent recorded")},
    {"consent.guardian_missing", QT_TRANSLATE_NOOP("Labels", "Guardian's consent missing")},
    {"other_vaccine.within_days", QT_TRANSLATE_NOOP("Labels", "Another vaccine too recently")},
    {"interchange.not_allowed",
     QT_TRANSLATE_NOOP("Labels", "Product may not continue this series")},
    {"interchange.other_product",
     QT_TRANSLATE_NOOP("Labels", "Series continued with another product")},
    {"series.complete", QT_TRANSLATE_NOOP("Labels", "Series already complete")},
    {"interval.too_early", QT_TRANSLATE_NOOP("Labels", "Too early for this dose")},
    {"interval.late", QT_TRANSLATE_NOOP("Labels", "Later than recommended")},
    {"lot.not_scanned", QT_TRANSLATE_NOOP("Labels", "Vaccine not scanned yet")},
    {"lot.quarantined", QT_TRANSLATE_NOOP("Labels", "Lot quarantined")},
    {"lot.recalled", QT_TRANSLATE_NOOP("Labels", "Lot recalled")},
    {"lot.discarded", QT_TRANSLATE_NOOP("Labels", "Lot discarded")},
    {"lot.unusable", QT_TRANSLATE_NOOP("Labels", "Lot not usable")},
    {"lot.expired", QT_TRANSLATE_NOOP("Labels", "Lot expired")},
    {"vial.other_lot", QT_TRANSLATE_NOOP("Labels", "Open vial of another lot")},
    {"vial.closed", QT_TRANSLATE_NOOP("Labels", "Vial closed")},
    {"vial.past_discard", QT_TRANSLATE_NOOP("Labels", "Open vial past its discard time")},
    {"vial.empty", QT_TRANSLATE_NOOP("Labels", "Open vial empty")},
    {"vial.not_opened", QT_TRANSLATE_NOOP("Labels", "No vial opened")},
    {"stock.none", QT_TRANSLATE_NOOP("Labels", "No doses in stock")},
    {"trace_code.unknown", QT_TRANSLATE_NOOP("Labels", "Box code not received here")},
    {"trace_code.other_lot", QT_TRANSLATE_NOOP("Labels", "Box code of another lot")},
    {"trace_code.used", QT_TRANSLATE_NOOP("Labels", "Box code already used")},
    {"appearance.unconfirmed", QT_TRANSLATE_NOOP("Labels", "Appearance not confirmed")},
    {"name.missing", QT_TRANSLATE_NOOP("Labels", "Name missing")},
    {"name.unconfirmed", QT_TRANSLATE_NOOP("Labels", "Name not confirmed")},
    {"age.unknown", QT_TRANSLATE_NOOP("Labels", "Birth date missing")},
    {"age.below_minimum", QT_TRANSLATE_NOOP("Labels", "Below the minimum age")},
    {"age.above_maximum", QT_TRANSLATE_NOOP("Labels", "Above the maximum age")},
    {"product.unknown", QT_TRANSLATE_NOOP("Labels", "Product not in the catalog")},
    {"product.mismatch", QT_TRANSLATE_NOOP("Labels", "Not the chosen vaccine")},
    {"specification.mismatch", QT_TRANSLATE_NOOP("Labels", "Doses per vial do not match")},
    {"dose.amount_mismatch", QT_TRANSLATE_NOOP("Labels", "Wrong dose amount")},
    {"site.missing", QT_TRANSLATE_NOOP("Labels", "Injection site not chosen")},
    {"site.not_allowed", QT_TRANSLATE_NOOP("Labels", "Injection site not allowed")},
    {"route.mismatch", QT_TRANSLATE_NOOP("Labels", "Wrong route")},
    {"verification.unconfirmed",
     QT_TRANSLATE_NOOP("Labels", "Person's verification not confirmed")},
    {"history.desk_only", QT_TRANSLATE_NOOP("Labels", "This desk's history only")},
    {"history.incomplete", QT_TRANSLATE_NOOP("Labels", "Site history incomplete")},
};

constexpr Entry kErrors[] = {
    {"internal", QT_TRANSLATE_NOOP("Labels", "Internal error")},
    {"invalid_argument", QT_TRANSLATE_NOOP("Labels", "Invalid input")},
    {"not_found", QT_TRANSLATE_NOOP("Labels", "Not found")},
    {"already_exists", QT_TRANSLATE_NOOP("Labels", "Already exists")},
    {"permission_denied", QT_TRANSLATE_NOOP("Labels", "Not permitted")},
    {"io", QT_TRANSLATE_NOOP("Labels", "File error")},
    {"db.not_initialized", QT_TRANSLATE_NOOP("Labels", "Database not set up")},
    {"db.open_failed", QT_TRANSLATE_NOOP("Labels", "Database cannot be opened")},
    {"db.corrupt", QT_TRANSLATE_NOOP("Labels", "Database damaged")},
    {"db.newer_schema", QT_TRANSLATE_NOOP("Labels", "Database from a newer version")},
    {"db.migration_failed", QT_TRANSLATE_NOOP("Labels", "Database upgrade failed")},
    {"db.busy", QT_TRANSLATE_NOOP("Labels", "Database busy")},
    {"db.full", QT_TRANSLATE_NOOP("Labels", "Disk full")},
    {"db.read_only", QT_TRANSLATE_NOOP("Labels", "Database read-only")},
    {"db.query_failed", QT_TRANSLATE_NOOP("Labels", "Database error")},
    {"backup.failed", QT_TRANSLATE_NOOP("Labels", "Backup failed")},
    {"audit.broken", QT_TRANSLATE_NOOP("Labels", "Audit log broken")},
    {"clock.fake_refused", QT_TRANSLATE_NOOP("Labels", "Fake clock refused")},
    {"clock.fake_invalid", QT_TRANSLATE_NOOP("Labels", "Fake clock time invalid")},
    {"catalog.invalid", QT_TRANSLATE_NOOP("Labels", "Catalog invalid")},
    {"auth.login_failed", QT_TRANSLATE_NOOP("Labels", "Login failed")},
    {"auth.locked", QT_TRANSLATE_NOOP("Labels", "Account locked")},
    {"auth.disabled", QT_TRANSLATE_NOOP("Labels", "Account disabled")},
    {"auth.weak_password", QT_TRANSLATE_NOOP("Labels", "Password too weak")},
    {"id.format", QT_TRANSLATE_NOOP("Labels", "Document number format wrong")},
    {"id.checksum", QT_TRANSLATE_NOOP("Labels", "Document number check failed")},
    {"id.date", QT_TRANSLATE_NOOP("Labels", "Birth date in the number invalid")},
    {"id.future_birth", QT_TRANSLATE_NOOP("Labels", "Birth date in the future")},
    {"id.region", QT_TRANSLATE_NOOP("Labels", "Region code invalid")},
    {"id.mismatch", QT_TRANSLATE_NOOP("Labels", "Document does not match")},
    {"id.country", QT_TRANSLATE_NOOP("Labels", "Country invalid")},
    {"id.type", QT_TRANSLATE_NOOP("Labels", "Document type invalid")},
    {"scan.unknown", QT_TRANSLATE_NOOP("Labels", "Scan not recognised")},
    {"gs1.invalid", QT_TRANSLATE_NOOP("Labels", "Box code invalid")},
    {"gs1.checksum", QT_TRANSLATE_NOOP("Labels", "Box code check failed")},
    {"gs1.ambiguous", QT_TRANSLATE_NOOP("Labels", "Box code ambiguous")},
    {"qr.invalid", QT_TRANSLATE_NOOP("Labels", "Registration code invalid")},
    {"qr.version", QT_TRANSLATE_NOOP("Labels", "Registration code version unsupported")},
    {"person.invalid", QT_TRANSLATE_NOOP("Labels", "Person's details invalid")},
    {"person.possible_duplicate", QT_TRANSLATE_NOOP("Labels", "Possibly registered already")},
    {"person.document_taken", QT_TRANSLATE_NOOP("Labels", "Document belongs to another person")},
    {"screening.invalid", QT_TRANSLATE_NOOP("Labels", "Screening incomplete")},
    {"checkin.contraindicated", QT_TRANSLATE_NOOP("Labels", "Contraindicated")},
    {"checkin.deferred", QT_TRANSLATE_NOOP("Labels", "Deferred")},
    {"checkin.temperature", QT_TRANSLATE_NOOP("Labels", "Temperature invalid")},
    {"consent.missing", QT_TRANSLATE_NOOP("Labels", "Consent missing")},
    {"consent.guardian_required", QT_TRANSLATE_NOOP("Labels", "Guardian's consent required")},
    {"checkin.already_today", QT_TRANSLATE_NOOP("Labels", "Already checked in today")},
    {"import.line", QT_TRANSLATE_NOOP("Labels", "Import line invalid")},
    {"import.format", QT_TRANSLATE_NOOP("Labels", "Import file format unknown")},
    {"stock.negative", QT_TRANSLATE_NOOP("Labels", "Not enough stock")},
    {"stock.quarantined", QT_TRANSLATE_NOOP("Labels", "Lot quarantined")},
    {"stock.expired", QT_TRANSLATE_NOOP("Labels", "Lot expired")},
    {"stock.reason_required", QT_TRANSLATE_NOOP("Labels", "Reason required")},
    {"stock.vial_expired", QT_TRANSLATE_NOOP("Labels", "Open vial expired")},
    {"stock.vial_empty", QT_TRANSLATE_NOOP("Labels", "Open vial empty")},
    {"stock.trace_code_invalid", QT_TRANSLATE_NOOP("Labels", "Box code invalid")},
    {"stock.trace_code_taken", QT_TRANSLATE_NOOP("Labels", "Box code already used")},
    {"coldchain.already_decided", QT_TRANSLATE_NOOP("Labels", "Already decided")},
    {"aefi.invalid", QT_TRANSLATE_NOOP("Labels", "Adverse event report incomplete")},
    {"observation.state", QT_TRANSLATE_NOOP("Labels", "Not in observation")},
    {"export.bundle_invalid", QT_TRANSLATE_NOOP("Labels", "Export file invalid")},
    {"export.signature_invalid", QT_TRANSLATE_NOOP("Labels", "Export signature invalid")},
    {"export.file_mismatch", QT_TRANSLATE_NOOP("Labels", "Export file altered")},
    {"export.chain_broken", QT_TRANSLATE_NOOP("Labels", "Export sequence broken")},
    {"desk.checklist_failed", QT_TRANSLATE_NOOP("Labels", "Checklist not passed")},
    {"desk.override_refused", QT_TRANSLATE_NOOP("Labels", "Override refused")},
    {"desk.dose_already_corrected", QT_TRANSLATE_NOOP("Labels", "Dose already corrected")},
    {"checkin.not_deferred", QT_TRANSLATE_NOOP("Labels", "Not a deferral")},
    {"visit.not_waiting", QT_TRANSLATE_NOOP("Labels", "Not waiting in the queue")},
    {"auth.last_site_admin", QT_TRANSLATE_NOOP("Labels", "Last site administrator")},
    {"auth.pin_not_set", QT_TRANSLATE_NOOP("Labels", "No PIN set")},
    {"secrets.keychain_unavailable", QT_TRANSLATE_NOOP("Labels", "Keychain unavailable")},
    {"secrets.file_refused", QT_TRANSLATE_NOOP("Labels", "Key file refused")},
    {"demo.training_only", QT_TRANSLATE_NOOP("Labels", "Training databases only")},
    {"observation.too_early", QT_TRANSLATE_NOOP("Labels", "Observation not over")},
    {"certificate.no_dose", QT_TRANSLATE_NOOP("Labels", "No dose for a certificate")},
    {"certificate.no_document", QT_TRANSLATE_NOOP("Labels", "No document for a certificate")},
    {"certificate.person_mismatch", QT_TRANSLATE_NOOP("Labels", "Certificate of another person")},
    {"certificate.payload_mismatch", QT_TRANSLATE_NOOP("Labels", "Certificate altered")},
    {"clock.went_back", QT_TRANSLATE_NOOP("Labels", "Clock set back")},
    {"db.not_a_database", QT_TRANSLATE_NOOP("Labels", "Not a VaxPoint database")},
    {"db.access_denied", QT_TRANSLATE_NOOP("Labels", "No permission for the database")},
    {"db.unknown_schema", QT_TRANSLATE_NOOP("Labels", "Unknown database version")},
    {"input.invalid", QT_TRANSLATE_NOOP("Labels", "Input not accepted")},
    {"consent.version_unknown", QT_TRANSLATE_NOOP("Labels", "Consent text not known to the site")},
    {"quarantine.no_evidence", QT_TRANSLATE_NOOP("Labels", "Fridge not shown back in range")},
    {"import.too_large", QT_TRANSLATE_NOOP("Labels", "Import file too large")},
    {"export.bundle_too_large", QT_TRANSLATE_NOOP("Labels", "Export file too large")},
    {"site.unreachable", QT_TRANSLATE_NOOP("Labels", "Site server unreachable")},
    {"site.login_failed", QT_TRANSLATE_NOOP("Labels", "Site server refused the desk password")},
    {"site.tls_refused", QT_TRANSLATE_NOOP("Labels", "Site server without encryption")},
    {"site.other_site", QT_TRANSLATE_NOOP("Labels", "Server of another site")},
    {"site.schema_newer", QT_TRANSLATE_NOOP("Labels", "Site server newer than this desk")},
    {"site.schema_older", QT_TRANSLATE_NOOP("Labels", "Site server older than this desk")},
    {"site.protocol", QT_TRANSLATE_NOOP("Labels", "Site protocol version not accepted")},
    {"site.desk_taken", QT_TRANSLATE_NOOP("Labels", "Desk number already taken")},
    {"site.not_initialized", QT_TRANSLATE_NOOP("Labels", "Site server not set up")},
    {"site.not_joined", QT_TRANSLATE_NOOP("Labels", "Desk not joined to a site server")},
    {"site.server_error", QT_TRANSLATE_NOOP("Labels", "Site server error")},
    {"site.desk_behind", QT_TRANSLATE_NOOP("Labels", "Desk database older than the server")},
    {"desk.dose_other_desk", QT_TRANSLATE_NOOP("Labels", "Dose given at another desk")},
};

constexpr Entry kMovementKinds[] = {
    {"receipt", QT_TRANSLATE_NOOP("Labels", "Receipt")},
    {"administered", QT_TRANSLATE_NOOP("Labels", "Administered")},
    {"wasted", QT_TRANSLATE_NOOP("Labels", "Wasted")},
    {"adjustment", QT_TRANSLATE_NOOP("Labels", "Count adjustment")},
    {"transfer", QT_TRANSLATE_NOOP("Labels", "Transfer")},
};

constexpr Entry kWasteReasons[] = {
    {"broken", QT_TRANSLATE_NOOP("Labels", "Broken")},
    {"expired", QT_TRANSLATE_NOOP("Labels", "Expired")},
    {"open_vial_time", QT_TRANSLATE_NOOP("Labels", "Open vial time over")},
    {"cold_chain", QT_TRANSLATE_NOOP("Labels", "Cold chain")},
    {"other", QT_TRANSLATE_NOOP("Labels", "Other")},
};

constexpr Entry kLotStatuses[] = {
    {"available", QT_TRANSLATE_NOOP("Labels", "Available")},
    {"quarantined", QT_TRANSLATE_NOOP("Labels", "Quarantined")},
    {"recalled", QT_TRANSLATE_NOOP("Labels", "Recalled")},
    {"discarded", QT_TRANSLATE_NOOP("Labels", "Discarded")},
};

constexpr Entry kQuarantineStatuses[] = {
    {"quarantined", QT_TRANSLATE_NOOP("Labels", "Quarantined")},
    {"released", QT_TRANSLATE_NOOP("Labels", "Released")},
    {"discarded", QT_TRANSLATE_NOOP("Labels", "Discarded")},
};

constexpr Entry kExcursionKinds[] = {
    {"out_of_range", QT_TRANSLATE_NOOP("Labels", "Out of range")},
    {"heat", QT_TRANSLATE_NOOP("Labels", "Too warm")},
    {"freeze", QT_TRANSLATE_NOOP("Labels", "Freezing")},
};

constexpr Entry kObservationStates[] = {
    {"observing", QT_TRANSLATE_NOOP("Labels", "Observing")},
    {"departed", QT_TRANSLATE_NOOP("Labels", "Departed")},
    {"left_early", QT_TRANSLATE_NOOP("Labels", "Left early")},
    {"adverse_event", QT_TRANSLATE_NOOP("Labels", "Adverse event")},
    {"referred", QT_TRANSLATE_NOOP("Labels", "Referred")},
    {"cancelled", QT_TRANSLATE_NOOP("Labels", "Cancelled")},
};

constexpr Entry kBoardStates[] = {
    {"observing", QT_TRANSLATE_NOOP("Labels", "Observing")},
    {"may_leave", QT_TRANSLATE_NOOP("Labels", "May leave")},
    {"overdue", QT_TRANSLATE_NOOP("Labels", "Overdue")},
    {"adverse_event", QT_TRANSLATE_NOOP("Labels", "Adverse event")},
};

constexpr Entry kAefiSeriousness[] = {{"non_serious", QT_TRANSLATE_NOOP("Labels", "Not serious")},
                                      {"serious", QT_TRANSLATE_NOOP("Labels", "Serious")}};

constexpr Entry kDoseStatuses[] = {
    {"completed", QT_TRANSLATE_NOOP("Labels", "Given")},
    {"entered-in-error", QT_TRANSLATE_NOOP("Labels", "Entered in error")},
};

constexpr Entry kSexes[] = {{"male", QT_TRANSLATE_NOOP("Labels", "Male")},
                            {"female", QT_TRANSLATE_NOOP("Labels", "Female")}};

constexpr Entry kRoutes[] = {
    {"IM", QT_TRANSLATE_NOOP("Labels", "Intramuscular")},
    {"SC", QT_TRANSLATE_NOOP("Labels", "Subcutaneous")},
    {"ID", QT_TRANSLATE_NOOP("Labels", "Intradermal")},
    {"PO", QT_TRANSLATE_NOOP("Labels", "Oral")},
    {"IN", QT_TRANSLATE_NOOP("Labels", "Intranasal")},
};

constexpr Entry kInjectionSites[] = {
    {"LD", QT_TRANSLATE_NOOP("Labels", "Left deltoid")},
    {"RD", QT_TRANSLATE_NOOP("Labels", "Right deltoid")},
    {"LA", QT_TRANSLATE_NOOP("Labels", "Left arm")},
    {"RA", QT_TRANSLATE_NOOP("Labels", "Right arm")},
    {"LT", QT_TRANSLATE_NOOP("Labels", "Left thigh")},
    {"RT", QT_TRANSLATE_NOOP("Labels", "Right thigh")},
    {"LVL", QT_TRANSLATE_NOOP("Labels", "Left vastus lateralis")},
    {"RVL", QT_TRANSLATE_NOOP("Labels", "Right vastus lateralis")},
    {"LG", QT_TRANSLATE_NOOP("Labels", "Left gluteus medius")},
    {"RG", QT_TRANSLATE_NOOP("Labels", "Right gluteus medius")},
};

constexpr Entry kPlatforms[] = {
    {"inactivated", QT_TRANSLATE_NOOP("Labels", "Inactivated")},
    {"adenovirus-vector", QT_TRANSLATE_NOOP("Labels", "Adenovirus vector")},
    {"recombinant-protein", QT_TRANSLATE_NOOP("Labels", "Recombinant protein")},
    {"mrna", QT_TRANSLATE_NOOP("Labels", "mRNA")},
    {"live-attenuated", QT_TRANSLATE_NOOP("Labels", "Live attenuated")},
    {"polysaccharide", QT_TRANSLATE_NOOP("Labels", "Polysaccharide")},
    {"conjugate", QT_TRANSLATE_NOOP("Labels", "Conjugate")},
    {"toxoid", QT_TRANSLATE_NOOP("Labels", "Toxoid")},
    {"other", QT_TRANSLATE_NOOP("Labels", "Other")},
};

constexpr Entry kScanKinds[] = {
    {"id_document", QT_TRANSLATE_NOOP("Labels", "Identity document")},
    {"registration_qr", QT_TRANSLATE_NOOP("Labels", "Registration QR code")},
    {"gs1", QT_TRANSLATE_NOOP("Labels", "Vaccine box code (GS1)")},
    {"trace_code", QT_TRANSLATE_NOOP("Labels", "Drug trace code")},
    {"unknown", QT_TRANSLATE_NOOP("Labels", "Not recognised")},
};

std::span<const Entry> table(Family family)
{
    switch (family) {
        case Family::ScreeningReason:
            return kScreeningReasons;
        case Family::ScreeningOutcome:
            return kScreeningOutcomes;
        case Family::VisitState:
            return kVisitStates;
        case Family::QueueLane:
            return kQueueLanes;
        case Family::ConsentSigner:
            return kConsentSigners;
        case Family::ChecklistGroup:
            return kChecklistGroups;
        case Family::ChecklistItem:
            return kChecklistItems;
        case Family::CheckState:
            return kCheckStates;
        case Family::Finding:
            return kFindings;
        case Family::Error:
            return kErrors;
        case Family::MovementKind:
            return kMovementKinds;
        case Family::WasteReason:
            return kWasteReasons;
        case Family::LotStatus:
            return kLotStatuses;
        case Family::QuarantineStatus:
            return kQuarantineStatuses;
        case Family::ExcursionKind:
            return kExcursionKinds;
        case Family::ObservationState:
            return kObservationStates;
        case Family::BoardState:
            return kBoardStates;
        case Family::AefiSeriousness:
            return kAefiSeriousness;
        case Family::DoseStatus:
            return kDoseStatuses;
        case Family::Sex:
            return kSexes;
        case Family::Route:
            return kRoutes;
        case Family::InjectionSite:
            return kInjectionSites;
        case Family::Platform:
            return kPlatforms;
        case Family::ScanKind:
            return kScanKinds;
        case Family::AefiSymptom:
        case Family::AefiSeverity:
        case Family::AefiAction:
        case Family::AefiOutcome:
        case Family::AgeSpan:
        case Family::Product:
            return {};  // labelled from their own data below
    }
    return {};
}

const char* find(Family family, const QString& code)
{
    for (const Entry& e : table(family))
        if (code == QLatin1String(e.code))
            return e.text;
    return nullptr;
}

QString translated(const char* text)
{
    return QCoreApplication::translate("Labels", text);
}

QStringList codesOf(std::span<const Entry> entries)
{
    QStringList out;
    for (const Entry& e : entries)
        out << QString::fromLatin1(e.code);
    return out;
}

QStringList ageSpansOfCatalog()
{
    QStringList out;
    const auto add = [&out](const CalendarSpan& s) {
        if (!out.contains(s.toString()))
            out << s.toString();
    };
    for (const Product& p : Catalog::builtIn().products()) {
        add(p.minAge);
        if (p.maxAge)
            add(*p.maxAge);
        for (const SeriesInterval& iv : p.intervals) {
            add(iv.min);
            if (iv.recommendedMax)
                add(*iv.recommendedMax);
        }
    }
    return out;
}

}  // namespace

QString familyName(Family family)
{
    switch (family) {
        case Family::ScreeningReason:
            return QStringLiteral("screening_reason");
        case Family::ScreeningOutcome:
            return QStringLiteral("screening_outcome");
        case Family::VisitState:
            return QStringLiteral("visit_state");
        case Family::QueueLane:
            return QStringLiteral("queue_lane");
        case Family::ConsentSigner:
            return QStringLiteral("consent_signer");
        case Family::ChecklistGroup:
            return QStringLiteral("checklist_group");
        case Family::ChecklistItem:
            return QStringLiteral("checklist_item");
        case Family::CheckState:
            return QStringLiteral("check_state");
        case Family::Finding:
            return QStringLiteral("finding");
        case Family::Error:
            return QStringLiteral("error");
        case Family::MovementKind:
            return QStringLiteral("movement_kind");
        case Family::WasteReason:
            return QStringLiteral("waste_reason");
        case Family::LotStatus:
            return QStringLiteral("lot_status");
        case Family::QuarantineStatus:
            return QStringLiteral("quarantine_status");
        case Family::ExcursionKind:
            return QStringLiteral("excursion_kind");
        case Family::ObservationState:
            return QStringLiteral("observation_state");
        case Family::BoardState:
            return QStringLiteral("board_state");
        case Family::AefiSymptom:
            return QStringLiteral("aefi_symptom");
        case Family::AefiSeverity:
            return QStringLiteral("aefi_severity");
        case Family::AefiSeriousness:
            return QStringLiteral("aefi_seriousness");
        case Family::AefiAction:
            return QStringLiteral("aefi_action");
        case Family::AefiOutcome:
            return QStringLiteral("aefi_outcome");
        case Family::DoseStatus:
            return QStringLiteral("dose_status");
        case Family::Sex:
            return QStringLiteral("sex");
        case Family::Route:
            return QStringLiteral("route");
        case Family::InjectionSite:
            return QStringLiteral("injection_site");
        case Family::Platform:
            return QStringLiteral("platform");
        case Family::AgeSpan:
            return QStringLiteral("age_span");
        case Family::Product:
            return QStringLiteral("product");
        case Family::ScanKind:
            return QStringLiteral("scan_kind");
    }
    return {};
}

QString label(Family family, const QString& code)
{
    if (const char* text = find(family, code))
        return translated(text);
    switch (family) {
        case Family::ScreeningReason:
            if (const ScreeningQuestion* q = Questionnaire::builtIn().question(code))
                return q->text(currentLanguage());
            break;
        case Family::AefiSymptom:
            return aefi::symptomName(code);
        case Family::AefiSeverity:
            return aefi::severityName(code);
        case Family::AefiAction:
            return aefi::actionName(code);
        case Family::AefiOutcome:
            return aefi::outcomeName(code);
        case Family::AgeSpan:
            if (const auto span = CalendarSpan::parse(code))
                return span->describe();
            break;
        case Family::Product:
            if (const Product* p = Catalog::builtIn().find(code))
                return p->name.forLocale(currentLanguage());
            break;
        default:
            break;
    }
    return code;
}

QString labelList(Family family, const QStringList& codes)
{
    QStringList parts;
    for (const QString& code : codes)
        parts << label(family, code);
    const bool chinese = currentLanguage().startsWith(QLatin1String("zh"));
    return parts.join(chinese ? QStringLiteral("、") : QStringLiteral(", "));
}

QStringList knownCodes(Family family)
{
    switch (family) {
        case Family::ScreeningReason: {
            QStringList out{QStringLiteral("fever")};
            for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
                out << q.id;
            return out;
        }
        case Family::Error: {
            // Walks the enum: errorCodeName() falls back to "internal" past the last value.
            QStringList out{errorCodeName(ErrorCode::Internal)};
            for (int i = 1;; ++i) {
                const QString name = errorCodeName(static_cast<ErrorCode>(i));
                if (name == out.front())
                    break;
                out << name;
            }
            return out;
        }
        case Family::AefiSymptom: {
            QStringList out;
            for (const aefi::Symptom& s : aefi::symptoms())
                out << s.code;
            return out;
        }
        case Family::AefiSeverity:
            return aefi::severities();
        case Family::AefiSeriousness:
            return aefi::seriousness();
        case Family::AefiAction:
            return aefi::actions();
        case Family::AefiOutcome:
            return aefi::outcomes();
        case Family::Route:
            return knownRoutes();
        case Family::InjectionSite:
            return knownSites();
        case Family::Platform:
            return knownPlatforms();
        case Family::AgeSpan:
            return ageSpansOfCatalog();
        case Family::Product: {
            QStringList out;
            for (const Product& p : Catalog::builtIn().products())
                out << p.code;
            return out;
        }
        default:
            return codesOf(table(family));
    }
}

QString errorLabel(ErrorCode code)
{
    return label(Family::Error, errorCodeName(code));
}

QString screeningReasons(const QStringList& codes)
{
    return labelList(Family::ScreeningReason, codes);
}

QString visitState(const QString& code)
{
    return label(Family::VisitState, code);
}

QString finding(const QString& code)
{
    return label(Family::Finding, code);
}

QString route(const QString& code)
{
    return label(Family::Route, code);
}

QString injectionSite(const QString& code)
{
    return label(Family::InjectionSite, code);
}

QString injectionSites(const QStringList& codes)
{
    return labelList(Family::InjectionSite, codes);
}

QString ageSpan(const QString& isoSpan)
{
    return label(Family::AgeSpan, isoSpan);
}

QString age(const QString& isoSpan)
{
    if (const auto span = CalendarSpan::parse(isoSpan))
        return span->describeAsAge();
    return isoSpan;
}

QString product(const QString& code)
{
    return label(Family::Product, code);
}

}  // namespace vax::labels
