#pragma once

// The checklist input of a dose that may be given, which the checklist tests and the desk
// benchmark start from and change.
#include <QDateTime>
#include <QTimeZone>

#include "catalog/catalog.h"
#include "verification/checklist.h"

namespace vax::test {

// An adult (张三, born 1980-03-15) called today, an available lot B2021001 of BBIBP-CorV
// (single-dose vials, 100 doses, expiring 2021-12-31), the left deltoid and every item the
// vaccinator confirms confirmed; `now` in `zone`.
inline ChecklistInput passingChecklistInput(const QDateTime& now, const QTimeZone& zone)
{
    ChecklistInput in;
    in.person = {QStringLiteral("张三"), QDate(1980, 3, 15), Sex::Male};
    in.visit.date = now.toTimeZone(zone).date();
    in.visit.state = QStringLiteral("called");
    in.product = Catalog::builtIn().find(QStringLiteral("BBIBP-CorV"));
    in.lot = LotFacts{QStringLiteral("lot-1"),
                      QStringLiteral("B2021001"),
                      QStringLiteral("BBIBP-CorV"),
                      QDate(2021, 12, 31),
                      QStringLiteral("available"),
                      1,
                      100};
    in.site = QStringLiteral("LD");
    in.now = now;
    in.zone = zone;
    for (ChecklistItemKey k : confirmableItems())
        in.confirmed.insert(k);
    return in;
}

}  // namespace vax::test
