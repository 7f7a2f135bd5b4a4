#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

#include "checkin/person.h"
#include "common/result.h"
#include "desk/deskpolicy.h"
#include "desk/doserepository.h"
#include "stock/lotservice.h"
#include "stock/openvial.h"
#include "verification/checklist.h"

namespace vax {

class Database;
class SiteCalendar;

// What the nurse has scanned for a visit. The lot may come from the lot field (id or number),
// a box trace code or an open vial.
struct DeskScan {
    QString visitId;
    QString lot;
    QString vialId;
    QString traceCode;
};

// What the nurse chose and ticked.
struct DeskChoices {
    QString site;
    QString route;        // empty: the product's
    double amountMl = 0;  // 0: the product's dose volume
    QString expectedProduct;
    QSet<ChecklistItemKey> confirmed;
    QSet<QString> overrides;  // finding codes a doctor overrides
};

// Everything the checklist needs about one visit and what was scanned: loaded once per scan,
// then evaluated as often as the nurse ticks (evaluation is pure and fast).
struct DeskContext {
    QString visitId;
    int queueNumber = 0;
    QString visitDesk;
    Person person;
    QJsonObject screening;  // as stored with the visit
    std::vector<DoseRecord> history;
    std::optional<LotInfo> lot;
    std::optional<OpenVial> vial;
    QString fridgeId;  // where a dose without a vial is taken from
    DeskPolicy policy;
    ChecklistInput input;  // all facts; the time and the choices are added by evaluate()
};

// Reads the visit (with its consent), the person, their remembered contraindications and dose
// history, and what was scanned (box code, open vial, lot and its free stock) into a context.
// Only reads: AdministrationService calls it again inside its write transaction.
Result<DeskContext> loadDeskContext(Database& db, const SiteCalendar& calendar,
                                    const DeskScan& scan);

}  // namespace vax
