#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "common/result.h"

namespace vax {

// What a "yes" to a screening question means (DOMAIN.md §4), worst last.
enum class ScreeningOutcome { Clear, DoctorReview, Defer, Contraindicated };

QString screeningOutcomeName(ScreeningOutcome outcome);  // "clear", "doctor_review", …
std::optional<ScreeningOutcome> screeningOutcomeFromName(const QString& name);

struct ScreeningQuestion {
    QString id;
    ScreeningOutcome outcome = ScreeningOutcome::DoctorReview;  // of a "yes"
    QString textZhCN, textZhTW, textEn;
    // A contraindicating "yes" is remembered with the person ("remember" in screening.json): its
    // scope ("all", "product:CODE", "group:G", "component:C", or "previous_group": the group of
    // the person's latest dose) and whether it is an allergy.
    QString rememberScope;
    bool rememberAllergy = false;
    QString text(const QString& language) const;
};

// The questionnaire is data (resources/screening/screening.json), checked when loaded.
class Questionnaire {
public:
    static Result<Questionnaire> fromJson(const QByteArray& json);
    // The questionnaire built into this release.
    static const Questionnaire& builtIn();

    const QString& version() const { return m_version; }
    double feverThresholdC() const { return m_feverThresholdC; }
    const std::vector<ScreeningQuestion>& questions() const { return m_questions; }
    const ScreeningQuestion* question(const QString& id) const;

private:
    QString m_version;
    double m_feverThresholdC = 37.3;
    std::vector<ScreeningQuestion> m_questions;
};

// Answers: question id → yes (true) / no (false). Every question must be answered.
using ScreeningAnswers = QMap<QString, bool>;

struct ScreeningResult {
    ScreeningOutcome outcome = ScreeningOutcome::Clear;
    QStringList reasons;  // ids of the questions answered yes, and "fever"
    bool fever = false;
    // The answers and outcome as stored with the visit.
    QJsonObject toJson(const QString& version, double temperatureC,
                       const ScreeningAnswers& answers) const;
};

// Evaluates the answers and the axillary temperature (°C, measured to 0.1): at or above the
// fever threshold defers. Refuses missing or unknown answers and implausible temperatures.
Result<ScreeningResult> evaluateScreening(const Questionnaire& q, const ScreeningAnswers& answers,
                                          double temperatureC);

}  // namespace vax
