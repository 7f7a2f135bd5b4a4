#pragma once

// The administration request tests use when the checklist is not what they test: every item the
// vaccinator confirms is confirmed, into the left deltoid.
#include <QString>

#include "desk/administrationservice.h"
#include "verification/checklist.h"

namespace vax::test {

// The desk's choices: every item the vaccinator confirms confirmed, into `site` (the left
// deltoid unless said).
inline DeskChoices allConfirmed(const QString& site = QStringLiteral("LD"))
{
    DeskChoices c;
    c.site = site;
    for (ChecklistItemKey k : confirmableItems())
        c.confirmed.insert(k);
    return c;
}

// A dose of lot `lotNumber` for visit `visitId`, given at `desk` by `staffId`.
inline AdministerRequest confirmedAdministration(const QString& visitId, const QString& lotNumber,
                                                 const QString& desk, const QString& staffId)
{
    AdministerRequest r;
    r.scan = {visitId, lotNumber, QString(), QString()};
    r.choices = allConfirmed();
    r.desk = desk;
    r.staffId = staffId;
    return r;
}

}  // namespace vax::test
