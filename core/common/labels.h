#pragma once

#include <QString>
#include <QStringList>

#include <array>

#include "common/errorcode.h"

// Words for people, in the user's language, for every stable code VaxPoint stores or returns
// (screening reasons, visit states, checklist findings, error codes, stock, cold chain,
// observation, AEFI, routes, injection sites, catalog age spans and products). Screens and the
// human output of vaxctl show these; --json output, the database and exports keep the codes.
//
// Texts come from tr() (context "Labels"), except where the data file has its own names per
// language: products (catalog.json "name"), and screening questions of a questionnaire that this
// release has no short label for (screening.json "text").
namespace vax::labels {

enum class Family {
    ScreeningReason,   // question ids of screening.json, and "fever"
    ScreeningOutcome,  // clear, doctor_review, defer, contraindicated
    VisitState,        // waiting, called, vaccinated, deferred, cancelled
    QueueLane,         // normal, priority
    ConsentSigner,     // self, guardian
    ChecklistGroup,    // three_checks, seven_verifications, one_validation
    ChecklistItem,     // health, record, vaccine, name, …
    CheckState,        // pass, warning, needs_confirmation, fail
    Finding,           // checklist finding codes, e.g. interval.too_early
    Error,             // errorCodeName(), e.g. db.corrupt
    MovementKind,      // receipt, administered, wasted, adjustment, transfer
    WasteReason,       // broken, expired, open_vial_time, cold_chain, other
    LotStatus,         // available, quarantined, recalled, discarded
    QuarantineStatus,  // a lot's decision after an excursion: quarantined, released, discarded
    ExcursionKind,     // out_of_range, heat, freeze
    ObservationState,  // observing, departed, left_early, adverse_event, referred, cancelled
    BoardState,        // observing, may_leave, overdue, adverse_event
    AefiSymptom,       // aefi::symptoms()
    AefiSeverity,      // mild, moderate, severe
    AefiSeriousness,   // non_serious, serious
    AefiAction,        // observed, treated_on_site, referred, ambulance
    AefiOutcome,       // recovered, …, unknown
    DoseStatus,        // completed, entered-in-error
    Sex,               // male, female
    Route,             // IM, SC, ID, PO, IN
    InjectionSite,     // HL7 0163: LD, RD, LA, RA, …
    Platform,          // inactivated, adenovirus-vector, …
    AgeSpan,           // catalog spans: P3Y, P8M, P21D, P1Y6M
    Product,           // catalog product codes (names from the built-in catalog)
    ScanKind,          // id_document, registration_qr, gs1, trace_code, unknown
};
inline constexpr std::array kAllFamilies{Family::ScreeningReason, Family::ScreeningOutcome,
                                         Family::VisitState,      Family::QueueLane,
                                         Family::ConsentSigner,   Family::ChecklistGroup,
                                         Family::ChecklistItem,   Family::CheckState,
                                         Family::Finding,         Family::Error,
                                         Family::MovementKind,    Family::WasteReason,
                                         Family::LotStatus,       Family::QuarantineStatus,
                                         Family::ExcursionKind,   Family::ObservationState,
                                         Family::BoardState,      Family::AefiSymptom,
                                         Family::AefiSeverity,    Family::AefiSeriousness,
                                         Family::AefiAction,      Family::AefiOutcome,
                                         Family::DoseStatus,      Family::Sex,
                                         Family::Route,           Family::InjectionSite,
                                         Family::Platform,        Family::AgeSpan,
                                         Family::Product,         Family::ScanKind};
inline constexpr int kFamilyCount = static_cast<int>(Family::ScanKind) + 1;
static_assert(kAllFamilies.size() == kFamilyCount, "every family is in kAllFamilies");

// The family's name for tests and messages, e.g. "visit_state".
QString familyName(Family family);

// The label of `code` in the current language. An unknown code comes back unchanged (a newer
// database or catalog may hold codes this release does not know; the code beats an empty cell).
QString label(Family family, const QString& code);
// Several codes of one family, joined the way the language lists things ("发热、近期接种" /
// "fever, recent vaccine").
QString labelList(Family family, const QStringList& codes);
// Every code this release knows in the family (for the exhaustive test, and for lists to pick
// from). AgeSpan lists the spans the built-in catalog uses.
QStringList knownCodes(Family family);

// Shorthands for the families used most.
QString errorLabel(ErrorCode code);
QString screeningReasons(const QStringList& codes);
QString visitState(const QString& code);
QString finding(const QString& code);
QString route(const QString& code);
QString injectionSite(const QString& code);
QString injectionSites(const QStringList& codes);
QString ageSpan(const QString& isoSpan);  // "P3Y" → "3 年" / "3 years" (a span of time)
QString age(const QString& isoSpan);      // "P3Y" → "3 岁" / "3 years old" (a minimum age)
QString product(const QString& code);     // the catalog's name in the user's language

}  // namespace vax::labels
