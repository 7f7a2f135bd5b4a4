#pragma once

#include <QDate>
#include <QString>

#include <optional>

#include "checkin/checkinform.h"

namespace vax::ui {

// The rules of the check-in walk over the plain form: which step follows which, what each step
// asks, what a typed value makes of the form, and where an error is shown. No widgets, so the
// panel only renders and routes keys. The strings keep the check-in panel's translation context.

// The places of the check-in form where a message stands.
enum class CheckInField { Document, BirthDate, Name, Temperature, Consent, Screening };

// One line for a document: type, number, birth date and sex when known.
QString documentSummary(const IdentityDocument& document);
// "Guardian: name (relation)" without empty parts: the name and relation come one step at a time.
QString guardianLine(const QString& name, const QString& relation);

// A new form from a person's document scanned or typed at the scan step: an ID card, a
// registration QR code (with the name, phone and appointment it carries) or a typed permit number
// (H/M…, an 8-digit Taiwan permit); else the error to show under the document.
Result<CheckInForm> formFromScan(const QString& text, const QDate& today);

// The form kept in a draft (CheckInForm::toJson) with its step and the entry line's text; the
// document typed is checked again (a person found by a scan or on file keeps it).
CheckInForm formFromDraft(const QJsonObject& draft, const QDate& today, CheckInStep* step,
                          QString* entryText);

// The birth date is typed for this person: a new person whose document number carries none.
bool needsBirthDate(const CheckInForm& form);
// Under the site's adult age: a guardian signs the consent.
bool isMinor(const CheckInForm& form, const QDate& today, int adultAgeYears);
// The step after the document (and after the birth date).
CheckInStep stepAfterDocument(const CheckInForm& form);
// Where Esc goes from `step` (at the scan step the panel starts over instead).
CheckInStep stepBack(CheckInStep step, const CheckInForm& form);
// What the entry line shows at `step`: the step's value so far, so Esc and errors keep what was
// typed; none at the steps that type no value (the line is cleared).
std::optional<QString> stepValue(CheckInStep step, const CheckInForm& form);
// Screening, consent and deferral act on single keys; the other steps type a line.
bool takesSingleKeys(CheckInStep step);
// What the entry line asks for at `step`.
QString stepPrompt(CheckInStep step, const CheckInForm& form, const QDate& today,
                   int adultAgeYears);

// A message under a field while it is typed: `ok` green (a valid number, digits so far), else red.
struct FieldNote {
    QString text;
    bool ok = false;
};
// The document number typed so far at the scan step.
FieldNote documentNote(const QString& typed, const QDate& today);
// A fever typed at the temperature step: the person will be deferred (empty otherwise).
QString feverNote(const QString& typed);
// The temperature typed at its step, in °C, or the message that names the fix.
Result<double> readTemperature(const QString& typed);
// The temperature typed at its step taken into `form` (one decimal, kept in the draft even when the
// core finds it implausible): the error to show under it, empty when the walk goes on.
QString typeTemperature(CheckInForm& form, const QString& typed);

// What the screening answers and the temperature of `form` make of the check-in: a deferral with
// the message to show, or on to the consent with a note under the screening (empty when none).
struct ScreeningVerdict {
    std::optional<QString> deferral;
    QString note;
};
ScreeningVerdict screeningVerdict(const CheckInForm& form);

// A birth date typed at the BirthDate step, or a second time at BirthDateAgain, taken into
// `form`: the step to go to (none: the step stays), the error under the birth date, and what the
// recipient display shows.
struct BirthDateTyped {
    enum class Display { Keep, Show, Clear };
    std::optional<CheckInStep> next;
    QString error;
    Display display = Display::Keep;
};
BirthDateTyped typeBirthDate(CheckInForm& form, CheckInStep step, const QString& text,
                             const QDate& today, int adultAgeYears);

// The request of a complete form, or the error naming the first field still missing.
// `answers` are the screening toggles' (the form keeps them only for the draft).
Result<CheckInRequest> checkInRequest(const CheckInForm& form, const ScreeningAnswers& answers,
                                      const QString& staffId);

// Where an error of the check-in is shown: the step to go back to (none: the step stays) and the
// field it stands under; no field: the database refused, the form is kept. It undoes in `form`
// what the error makes untrue (a refused birth date is no longer confirmed).
struct ErrorPlace {
    std::optional<CheckInStep> step;
    std::optional<CheckInField> field;
};
ErrorPlace placeError(const Error& error, CheckInForm& form);

}  // namespace vax::ui
