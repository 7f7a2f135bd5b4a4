#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

#include "catalog/catalog.h"
#include "checkin/consent.h"
#include "checkin/screening.h"
#include "contraindication/contraindication.h"
#include "identity/document.h"

namespace vax {

// 三查七对一验证 (DOMAIN.md §2): three checks, seven verifications, one validation.
enum class ChecklistGroup { ThreeChecks, SevenVerifications, OneValidation };

// The eleven items, in the order of the 2016 规范.
enum class ChecklistItemKey {
    Health,         // 查 health and contraindications (screening, consent, other vaccines)
    Record,         // 查 the record: dose due, earlier doses, intervals, interchange
    Vaccine,        // 查 vaccine appearance, lot, expiry, open vial, box code
    Name,           // 对 name
    Age,            // 对 age
    Product,        // 对 vaccine name
    Specification,  // 对 specification
    Dose,           // 对 dose
    Site,           // 对 site
    Route,          // 对 route
    Verification,   // 验证 the person or guardian verifies vaccine and expiry
};

// Worst last: an item's state is the worst state of its findings.
enum class CheckState { Pass, Warning, NeedsConfirmation, Fail };

QString checklistGroupName(ChecklistGroup group);  // three_checks, seven_verifications, …
QString checklistItemName(ChecklistItemKey key);   // health, record, vaccine, name, …
std::optional<ChecklistItemKey> checklistItemFromName(const QString& name);
QString checkStateName(CheckState state);  // pass, warning, needs_confirmation, fail
ChecklistGroup checklistGroupOf(ChecklistItemKey key);
// The items only eyes can check, which the nurse confirms: vaccine (appearance), name,
// verification.
const std::vector<ChecklistItemKey>& confirmableItems();
const std::vector<ChecklistItemKey>& allChecklistItems();

// Site rules that are configurable (DOMAIN.md §3).
struct ChecklistPolicy {
    int otherVaccineDays = 14;           // another vaccine within this many days defers
    bool interchangeWithinGroup = true;  // products of one interchange group complete a series
    // Younger (whole years, common/age.h) needs a guardian's consent: desk.adult_age_years.
    int adultAgeYears = kDefaultAdultAgeYears;
};

struct RecipientFacts {
    QString name;
    QDate birthDate;
    std::optional<Sex> sex;
};

// Today's check-in: its date and state, the screening outcome and the consent.
struct VisitFacts {
    QDate date;
    QString state;  // waiting, called, vaccinated, deferred, cancelled
    bool screeningRecorded = true;
    ScreeningOutcome screening = ScreeningOutcome::Clear;
    QStringList screeningReasons;
    bool consentRecorded = true;
    ConsentSigner signer = ConsentSigner::Self;
    QString guardianName;
    QString guardianRelation;
};

struct PastDose {
    QString id;
    QString productCode;
    int doseNumber = 0;
    QDate date;             // local date given
    bool completed = true;  // false: entered-in-error, ignored
};

struct LotFacts {
    QString id;
    QString number;
    QString productCode;
    QDate expiry;    // usable through this date
    QString status;  // available, quarantined, recalled, discarded
    int dosesPerVial = 1;
    int available = 0;  // doses on hand not already in open vials
};

struct VialFacts {
    QString id;
    QString lotId;
    QDateTime discardAt;
    int dosesLeft = 0;
    bool closed = false;
};

struct TraceCodeFacts {
    QString code;
    bool known = false;  // received with a lot at this site
    QString lotId;
    bool used = false;  // already used for a dose
};

// Which dose history the checklist judges (docs/site.md 5, "Site history at the desk"). A desk
// not joined to a site server is the whole record (Desk); a joined desk asks the server for the
// person's rows before the checklist: Site when it answered, DeskOnly when it could not be asked.
struct HistoryScope {
    enum class Kind { Desk, Site, DeskOnly };
    Kind kind = Kind::Desk;
    QDateTime asOf;              // Site: when the server answered for this person
    QDateTime unreachableSince;  // DeskOnly: since when it has not answered (invalid: not asked)
    int missing = 0;             // Site: the person's rows this desk could not apply yet
    // Without the whole site's history the nurse asks the person about other doses today.
    bool needsQuestion() const
    {
        return kind == Kind::DeskOnly || (kind == Kind::Site && missing > 0);
    }
};
QString historyScopeName(HistoryScope::Kind kind);  // desk, site, desk_only
// {scope, as_of, unreachable_since, missing}: recorded with a dose, given by vaxctl checklist.
QJsonObject historyJson(const HistoryScope& scope);
// "site history as of 10:31", "this desk only: server unreachable since 10:02" (site time, with
// the date when not `today`); empty for a desk not joined.
QString historyScopeNote(const HistoryScope& scope, const QTimeZone& zone, const QDate& today);

struct ChecklistInput {
    const Catalog* catalog = nullptr;  // products of earlier doses; null: the built-in catalog
    RecipientFacts person;
    VisitFacts visit;
    std::vector<PastDose> history;
    // The person's contraindications and precautions on record (not lifted; those past their
    // "until" day are ignored here): they block whatever today's screening answers are.
    std::vector<Contraindication> contraindications;
    QString expectedProduct;           // the product chosen for this person; empty: any
    const Product* product = nullptr;  // the product of the scanned lot
    std::optional<LotFacts> lot;
    std::optional<VialFacts> vial;
    std::optional<TraceCodeFacts> traceCode;
    QString site;                      // HL7 0163, chosen by the nurse
    QString route;                     // empty: the product's route
    double amountMl = 0;               // 0: the product's dose volume
    QDateTime now;                     // the instant of the check
    QTimeZone zone;                    // the site's zone: its midnight starts a day
    QSet<ChecklistItemKey> confirmed;  // what the nurse ticked
    QSet<QString> overrides;           // finding codes a doctor overrides
    ChecklistPolicy policy;
    // The history judged. Without the site's whole history, Record in `confirmed` says the
    // nurse asked the person about other doses today.
    HistoryScope historyScope;
};

struct CheckFinding {
    QString code;  // stable, e.g. "interval.too_early"
    CheckState state = CheckState::Fail;
    QString message;  // translated; says what is wrong and what to do
    bool blocks = true;
    bool overridable = false;  // a doctor may override it with a reason
    bool overridden = false;
};

struct ChecklistItem {
    ChecklistItemKey key = ChecklistItemKey::Health;
    ChecklistGroup group = ChecklistGroup::ThreeChecks;
    CheckState state = CheckState::Pass;
    QString title;   // translated
    QString detail;  // translated: what was checked, e.g. "Dose 2 of 2; 28 days after dose 1"
    std::vector<CheckFinding> findings;
    bool blocks() const;
};

struct ChecklistResult {
    std::vector<ChecklistItem> items;  // always the eleven, in order
    QDate today;
    int doseNumber = 0;   // the dose due; 0 when no product is known yet
    int seriesDoses = 0;  // doses in the product's series
    QStringList appliedOverrides;
    QStringList rejectedOverrides;  // requested but not present or not overridable
    HistoryScope history;           // which history was judged
    QString historyNote;            // translated: historyScopeNote(); empty when not joined

    // Nothing blocks and nothing waits for a confirmation.
    bool canAdminister() const;
    const ChecklistItem& item(ChecklistItemKey key) const;
    // Every finding that blocks, with its item.
    std::vector<std::pair<ChecklistItemKey, CheckFinding>> blocking() const;
    // The outcome as recorded with a dose: codes and states, no translated text.
    QJsonObject toJson() const;
};

// Evaluates the whole checklist. Pure: everything comes from `input`.
ChecklistResult evaluateChecklist(const ChecklistInput& input);

}  // namespace vax
