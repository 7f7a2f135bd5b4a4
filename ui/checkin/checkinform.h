#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

#include "checkin/checkinservice.h"

namespace vax::ui {

// The steps of a check-in at the desk, in the order Enter walks them. The value is kept in the
// draft file: new steps are appended at the end, whatever their place in the walk.
enum class CheckInStep {
    Scan,              // ID card, registration QR or a typed ID number
    Name,              // only for a person not on file
    Temperature,       // axillary, °C
    Screening,         // yes/no questions
    Consent,           // self, or a guardian under 18
    GuardianName,      //
    GuardianRelation,  //
    Deferral,          // screening says not today: confirm to record the deferral
    Done,              // queue number shown (or the deferral recorded)
    // After Scan, for a new person whose document number carries no birth date (passport,
    // permits): the birth date typed from the document, shown on the recipient display.
    BirthDate,
    BirthDateAgain,  // typed a second time when it crosses a consent or catalog age boundary
};

// What the form holds so far. Plain data: the panel renders it, the draft store keeps it.
struct CheckInForm {
    QString documentText;                      // as scanned or typed
    std::optional<IdentityDocument> document;  // once checked
    QString personId;                          // a person on file
    QString name;
    QString phone;
    QString appointmentId;
    QString temperatureText;
    ScreeningAnswers answers;
    bool guardianSigns = false;
    QString guardianName;
    QString guardianRelation;
    DuplicateResolution duplicate;
    QString birthDateText;            // as typed at the birth-date step
    bool birthDateConfirmed = false;  // the birth-date step (and its second entry) is done
    // From a draft: the document as it was checked (type, country, birth date, sex), to check
    // again when the draft is restored.
    DocumentInput draftDocument;

    bool isEmpty() const { return documentText.isEmpty() && name.isEmpty(); }
    QJsonObject toJson(CheckInStep step, const QString& entryText) const;
    // Restores a draft; `step` and `entryText` receive the saved step and unfinished entry.
    static CheckInForm fromJson(const QJsonObject& json, CheckInStep* step, QString* entryText);
};

// "36.6", "36,6" and "366" (three digits: the dot is implied) → 36.6; empty when not a number.
std::optional<double> parseTemperature(const QString& text);

}  // namespace vax::ui
