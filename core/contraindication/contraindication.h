#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

#include "common/result.h"

namespace vax {

struct Product;

// A contraindication blocks a dose; a precaution needs a doctor's decision (DOMAIN.md §4).
enum class ContraindicationKind { Contraindication, Precaution };
// What it applies to: every vaccine, one product, one interchange group, or any product that
// holds a component (catalog "components").
enum class ContraindicationScope { All, Product, Group, Component };
// Where it came from: a screening answer, a serious allergic AEFI, a doctor's entry.
enum class ContraindicationOrigin { Screening, Aefi, Doctor };

QString contraindicationKindName(ContraindicationKind kind);  // contraindication, precaution
std::optional<ContraindicationKind> contraindicationKindFromName(const QString& name);
QString contraindicationScopeName(ContraindicationScope scope);  // all, product, group, component
std::optional<ContraindicationScope> contraindicationScopeFromName(const QString& name);
QString contraindicationOriginName(ContraindicationOrigin origin);  // screening, aefi, doctor
std::optional<ContraindicationOrigin> contraindicationOriginFromName(const QString& name);

// A scope as written in data and on the command line: "all", "product:CODE", "group:G",
// "component:C".
struct ScopeSpec {
    ContraindicationScope scope = ContraindicationScope::All;
    QString code;  // empty for All
    static Result<ScopeSpec> parse(const QString& text, const QString& field);
    QString toString() const;
};

struct Contraindication {
    QString id;
    QString personId;
    ContraindicationKind kind = ContraindicationKind::Contraindication;
    ContraindicationScope scope = ContraindicationScope::All;
    QString scopeCode;
    bool allergy = false;  // an allergy (exported as FHIR AllergyIntolerance)
    QString reasonCode;    // screening question id, AEFI symptom codes (';'), or "doctor"
    QString reason;        // free text (the doctor's words)
    ContraindicationOrigin origin = ContraindicationOrigin::Doctor;
    QString originId;      // the deferral, the adverse event; empty for a doctor's entry
    QString originDetail;  // the question id, the dose id of the adverse event
    QDate until;           // last day it applies, in the site's calendar; invalid: permanent
    QDateTime recordedAt;  // UTC
    QString recordedBy;    // staff id
    QDateTime liftedAt;    // invalid while not lifted
    QString liftedBy;
    QString liftReason;
    qint64 changeSeq = 0;

    bool lifted() const { return liftedAt.isValid(); }
    bool expiredOn(const QDate& day) const { return until.isValid() && day > until; }
    // Not lifted and not past its "until" day.
    bool activeOn(const QDate& day) const { return !lifted() && !expiredOn(day); }
    // active, lifted or expired on `day`.
    QString statusOn(const QDate& day) const;
    // Whether it applies to a dose of `product` (All applies to any product).
    bool appliesTo(const Product& product) const;
    ScopeSpec scopeSpec() const { return {scope, scopeCode}; }
};

// Translated labels for people (never the codes): "Contraindication", "all vaccines",
// "interchange group covid-inactivated", "screening answer", the question's text …
QString contraindicationKindLabel(ContraindicationKind kind);
QString contraindicationScopeLabel(const ScopeSpec& scope);
QString contraindicationOriginLabel(ContraindicationOrigin origin);
QString contraindicationStatusLabel(const QString& status);
// Why, in words: the screening question in the UI language, the AEFI symptoms' names, or the
// doctor's text.
QString contraindicationReasonLabel(const Contraindication& c);
// One line for a person's card: "Contraindication — all vaccines: <reason> (screening answer,
// 2021-06-01)", the date in the site's zone.
QString contraindicationSummary(const Contraindication& c, const QTimeZone& siteZone);

// Labels of the finding codes and origin codes this feature adds (for the code-label table).
QString contraindicationCodeLabel(const QString& code);

}  // namespace vax
