#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "catalog/catalog.h"
#include "common/result.h"
#include "verification/checklist.h"

namespace vax {

class Database;

// The desk's configurable rules, from the site settings (meta):
//   desk.other_vaccine_days (14), desk.interchange ("group" or "none"),
//   desk.allergy_observation_minutes (30), desk.adult_age_years (18, see loadAdultAgeYears).
struct DeskPolicy {
    ChecklistPolicy checklist;
    // A "yes" to one of these screening questions means a history of allergy: the person is
    // observed at least allergyObservationMinutes.
    QStringList allergyQuestions{QStringLiteral("allergy"), QStringLiteral("allergy_history")};
    int allergyObservationMinutes = 30;

    static Result<DeskPolicy> load(Database& db);
};

// How long to observe after a dose of `product`, given the screening stored with the visit;
// `reason` gets "product" or "allergy_history". Pure.
int observationMinutesFor(const Product& product, const QJsonObject& screening,
                          const DeskPolicy& policy, QString* reason = nullptr);

}  // namespace vax
