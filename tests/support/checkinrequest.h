#pragma once

// The check-in request tests use when screening is not what they test: one that passes.
#include <QString>

#include "checkin/checkinservice.h"
#include "checkin/consent.h"

namespace vax::test {

// Every question of the built-in questionnaire answered "no", `temperatureC`, and the current
// consent text signed by the person (a minor needs guardianSigns()).
inline CheckInRequest passingCheckIn(const QString& staffId, const QString& name,
                                     const QString& documentNumber, double temperatureC = 36.6)
{
    CheckInRequest r;
    r.staffId = staffId;
    r.draft.name = name;
    r.draft.document.number = documentNumber;
    for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
        r.answers.insert(q.id, false);
    r.temperatureC = temperatureC;
    r.consent.textVersion = QString::fromLatin1(kConsentTextVersion);
    return r;
}

// The consent signed by a guardian instead of the person.
inline void guardianSigns(CheckInRequest& r, const QString& name,
                          const QString& relation = QStringLiteral("mother"))
{
    r.consent.signer = ConsentSigner::Guardian;
    r.consent.guardianName = name;
    r.consent.guardianRelation = relation;
}

}  // namespace vax::test
