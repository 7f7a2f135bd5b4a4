#include "desk/deskpolicy.h"

#include "checkin/consent.h"
#include "desk/desktext.h"
#include "storage/meta.h"

namespace vax {

Result<DeskPolicy> DeskPolicy::load(Database& db)
{
    DeskPolicy p;
    VAX_TRY_VALUE(auto days,
                  readMeta(db, QStringLiteral("desk.other_vaccine_days"), QStringLiteral("14")));
    bool ok = false;
    p.checklist.otherVaccineDays = days.toInt(&ok);
    if (!ok || p.checklist.otherVaccineDays < 0)
        return makeError(ErrorCode::InvalidArgument,
                         DeskText::tr("Site setting desk.other_vaccine_days is \"%1\"; set it to "
                                      "a number of days, e.g. 14.")
                             .arg(days),
                         QStringLiteral("desk.other_vaccine_days"));
    VAX_TRY_VALUE(auto interchange,
                  readMeta(db, QStringLiteral("desk.interchange"), QStringLiteral("group")));
    p.checklist.interchangeWithinGroup = interchange != QLatin1String("none");
    VAX_TRY_VALUE(auto adultAge, loadAdultAgeYears(db));
    p.checklist.adultAgeYears = adultAge;
    VAX_TRY_VALUE(auto minutes, readMeta(db, QStringLiteral("desk.allergy_observation_minutes"),
                                         QStringLiteral("30")));
    p.allergyObservationMinutes = minutes.toInt(&ok);
    if (!ok || p.allergyObservationMinutes < 0)
        return makeError(ErrorCode::InvalidArgument,
                         DeskText::tr("Site setting desk.allergy_observation_minutes is \"%1\"; "
                                      "set it to minutes, e.g. 30.")
                             .arg(minutes),
                         QStringLiteral("desk.allergy_observation_minutes"));
    return p;
}

int observationMinutesFor(const Product& product, const QJsonObject& screening,
                          const DeskPolicy& policy, QString* reason)
{
    const QJsonObject answers = screening.value(QStringLiteral("answers")).toObject();
    bool allergy = false;
    for (const QString& q : policy.allergyQuestions)
        allergy = allergy || answers.value(q).toBool();
    if (allergy && policy.allergyObservationMinutes > product.observationMinutes) {
        if (reason)
            *reason = QStringLiteral("allergy_history");
        return policy.allergyObservationMinutes;
    }
    if (reason)
        *reason = allergy ? QStringLiteral("allergy_history") : QStringLiteral("product");
    return product.observationMinutes;
}

}  // namespace vax
