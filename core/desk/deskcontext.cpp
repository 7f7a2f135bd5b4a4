#include "desk/deskcontext.h"

#include <QJsonArray>

#include <map>

#include "catalog/catalog.h"
#include "checkin/visitrepository.h"
#include "common/sitecalendar.h"
#include "contraindication/contraindicationrepository.h"
#include "desk/desktext.h"
#include "sitesync/sitehistory.h"
#include "storage/database.h"

namespace vax {

Result<DeskContext> loadDeskContext(Database& db, const SiteCalendar& calendar,
                                    const DeskScan& scan)
{
    DeskContext ctx;
    VAX_TRY_VALUE(auto policy, DeskPolicy::load(db));
    ctx.policy = policy;
    ChecklistInput& in = ctx.input;
    in.catalog = &Catalog::builtIn();
    in.policy = ctx.policy.checklist;
    in.zone = calendar.zone();

    // The visit, its screening and consent.
    VAX_TRY_VALUE(auto v, VisitRepository::forDesk(db, scan.visitId));
    if (!v)
        return makeError(ErrorCode::NotFound,
                         DeskText::tr("Visit: no check-in \"%1\". Call the person from the queue "
                                      "or check them in.")
                             .arg(scan.visitId),
                         QStringLiteral("visit"));
    ctx.visitId = scan.visitId;
    const DeskVisit& visit = *v;
    const QString personId = visit.personId;
    in.visit.date = visit.date;
    in.visit.state = visit.state;
    ctx.queueNumber = visit.queueNumber;
    ctx.screening = visit.screening;
    const auto outcome = screeningOutcomeFromName(visit.screeningOutcome);
    in.visit.screeningRecorded = outcome.has_value();
    in.visit.screening = outcome.value_or(ScreeningOutcome::Clear);
    for (const QJsonValue& r : ctx.screening.value(QStringLiteral("reasons")).toArray())
        in.visit.screeningReasons << r.toString();
    ctx.visitDesk = visit.desk;
    in.visit.consentRecorded = visit.consentRecorded;
    in.visit.signer = visit.signer;
    in.visit.guardianName = visit.guardianName;
    in.visit.guardianRelation = visit.guardianRelation;

    VAX_TRY_VALUE(auto person, PersonRepository::byId(db, personId));
    if (!person)
        return makeError(ErrorCode::NotFound,
                         DeskText::tr("Visit: its person is missing. Check the person in again."),
                         QStringLiteral("person"));
    ctx.person = *person;
    in.person = {ctx.person.name, ctx.person.birthDate, ctx.person.sex};
    // Which history is judged: this desk's, or the site's as the server gave it (docs/site.md 5).
    VAX_TRY_VALUE(in.historyScope,
                  sitesync::SiteHistoryService::scope(db, calendar.now(), personId));

    // What earlier visits left on record; the checklist judges "until" by the site's today.
    VAX_TRY_VALUE(auto contraindications,
                  ContraindicationRepository::ofPerson(db, personId, /*includeLifted=*/false));
    in.contraindications = std::move(contraindications);

    VAX_TRY_VALUE(auto history, DoseRepository::ofPerson(db, personId, /*withChecklist=*/false));
    ctx.history = std::move(history);
    for (const DoseRecord& d : ctx.history)
        in.history.push_back({d.id, d.productCode, d.doseNumber, calendar.dateOf(d.administeredAt),
                              doseStatusFromText(d.status) == DoseStatus::Completed});

    // What was scanned: a box code, an open vial, a lot.
    QString lotRef = scan.lot.trimmed();
    if (!scan.traceCode.isEmpty()) {
        if (!LotService::isTraceCode(scan.traceCode))
            return makeError(ErrorCode::TraceCodeInvalid,
                             DeskText::tr("Box code: \"%1\" is not a 20-digit trace code. Scan the "
                                          "box's trace code again.")
                                 .arg(scan.traceCode),
                             QStringLiteral("trace"));
        // owner of trace_code: core/stock (a read; the dose part is the dose table's rule that a
        // code serves one completed dose).
        VAX_TRY_VALUE(
            auto t, db.exec(QStringLiteral("SELECT lot_id, used_at IS NOT NULL OR EXISTS (SELECT 1 "
                                           "FROM dose WHERE trace_code = ? AND status = "
                                           "'completed') FROM trace_code WHERE code = ?"),
                            {scan.traceCode, scan.traceCode}));
        TraceCodeFacts facts;
        facts.code = scan.traceCode;
        if (t.next()) {
            facts.known = true;
            facts.lotId = t.value(0).toString();
            facts.used = t.value(1).toInt() != 0;
            if (lotRef.isEmpty())
                lotRef = facts.lotId;
        }
        in.traceCode = facts;
    }
    if (!scan.vialId.isEmpty()) {
        VAX_TRY_VALUE(auto vial, VialService::find(db, scan.vialId, /*includeClosed=*/true));
        if (!vial)
            return makeError(ErrorCode::NotFound,
                             DeskText::tr("Vial: no vial \"%1\". Scan the open vial again or open "
                                          "a new one.")
                                 .arg(scan.vialId),
                             QStringLiteral("vial"));
        ctx.vial = *vial;
        VAX_TRY_VALUE(auto closed,
                      db.exec(QStringLiteral("SELECT closed_at IS NOT NULL FROM vial WHERE id = ?"),
                              {scan.vialId}));
        in.vial = VialFacts{ctx.vial->id, ctx.vial->lotId, ctx.vial->discardAt,
                            ctx.vial->dosesLeft(), closed.scalar().toInt() != 0};
        if (lotRef.isEmpty())
            lotRef = ctx.vial->lotId;
        ctx.fridgeId = ctx.vial->fridgeId;
    }
    if (!lotRef.isEmpty()) {
        VAX_TRY_VALUE(auto lot, LotService::find(db, lotRef));
        ctx.lot = lot;
        // Doses on hand per fridge, less those already in open vials.
        std::map<QString, int> free;
        VAX_TRY_VALUE(
            auto stock,
            db.exec(QStringLiteral("SELECT fridge_id, doses FROM stock_balance WHERE lot_id = ?"),
                    {lot.id}));
        while (stock.next())
            free[stock.value(0).toString()] += stock.value(1).toInt();
        VAX_TRY_VALUE(auto open,
                      db.exec(QStringLiteral("SELECT fridge_id, SUM(doses - doses_drawn) FROM "
                                             "vial WHERE lot_id = ? AND closed_at IS NULL "
                                             "GROUP BY fridge_id"),
                              {lot.id}));
        while (open.next())
            free[open.value(0).toString()] -= open.value(1).toInt();
        // Take from the lot's own fridge while it has doses, else from the fullest.
        int available = 0;
        QString fullest;
        for (const auto& [fridge, doses] : free) {
            if (doses <= 0)
                continue;
            available += doses;
            if (fullest.isEmpty() || doses > free[fullest])
                fullest = fridge;
        }
        if (ctx.fridgeId.isEmpty())
            ctx.fridgeId = free[lot.fridgeId] > 0 || fullest.isEmpty() ? lot.fridgeId : fullest;
        in.lot = LotFacts{lot.id,     lot.lotNumber,    lot.productCode, lot.expiry,
                          lot.status, lot.dosesPerVial, available};
        in.product = in.catalog->find(lot.productCode);
    }
    return ctx;
}

}  // namespace vax
