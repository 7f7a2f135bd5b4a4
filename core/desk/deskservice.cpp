#include "desk/deskservice.h"
#include "site/site.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <map>

#include "catalog/catalog.h"
#include "common/clock.h"
#include "common/ids.h"
#include "common/inputpolicy.h"
#include "common/labels.h"
#include "contraindication/contraindicationrepository.h"
#include "security/permissions.h"
#include "security/roles.h"
#include "stock/dbtime.h"
#include "stock/stockledger.h"
#include "storage/audit.h"
#include "storage/clockguard.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct DeskText {
    Q_DECLARE_TR_FUNCTIONS(Desk)
};

const QString kDoseSelect = QStringLiteral(
    "SELECT d.id, d.visit_id, d.person_id, d.product_code, d.lot_id, l.lot_number, l.expiry, "
    "COALESCE(d.vial_id, ''), COALESCE(d.trace_code, ''), d.dose_number, d.site, d.route, "
    "d.amount_ml, d.administered_at, d.desk, d.staff_id, COALESCE(d.override_reason, ''), "
    "COALESCE(d.override_by, ''), d.status, COALESCE(d.error_reason, ''), "
    "COALESCE(d.corrected_by, ''), COALESCE(d.corrected_at, ''), d.checklist, "
    "COALESCE(d.override_auth, '') "
    "FROM dose d JOIN lot l ON l.id = d.lot_id ");

DoseRecord doseFromRow(const Query& q, bool withChecklist = true)
{
    DoseRecord d;
    d.id = q.value(0).toString();
    d.visitId = q.value(1).toString();
    d.personId = q.value(2).toString();
    d.productCode = q.value(3).toString();
    d.lotId = q.value(4).toString();
    d.lotNumber = q.value(5).toString();
    d.lotExpiry = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    d.vialId = q.value(7).toString();
    d.traceCode = q.value(8).toString();
    d.doseNumber = q.value(9).toInt();
    d.site = q.value(10).toString();
    d.route = q.value(11).toString();
    d.amountMl = q.value(12).toDouble();
    d.administeredAt = fromDbTime(q.value(13).toString());
    d.desk = q.value(14).toString();
    d.staffId = q.value(15).toString();
    d.overrideReason = q.value(16).toString();
    d.overrideBy = q.value(17).toString();
    d.status = q.value(18).toString();
    d.errorReason = q.value(19).toString();
    d.correctedBy = q.value(20).toString();
    const QString corrected = q.value(21).toString();
    if (!corrected.isEmpty())
        d.correctedAt = fromDbTime(corrected);
    if (withChecklist)
        d.checklist = QJsonDocument::fromJson(q.value(22).toString().toUtf8()).object();
    d.overrideAuth = q.value(23).toString();
    return d;
}

Result<std::vector<DoseRecord>> selectDoses(Database& db, const QString& where,
                                            const QVariantList& args, bool withChecklist = true)
{
    auto q = db.exec(kDoseSelect + where, args);
    if (!q)
        return q.error();
    std::vector<DoseRecord> out;
    while (q->next())
        out.push_back(doseFromRow(*q, withChecklist));
    return out;
}

Status expectOneRow(const Query& q, const QString& what)
{
    if (q.rowsAffected() != 1)
        return makeError(
            ErrorCode::Internal,
            DeskText::tr("%1 changed while saving; nothing was saved. Try again.").arg(what));
    return {};
}
}  // namespace

Result<DeskPolicy> DeskPolicy::load(Database& db)
{
    DeskPolicy p;
    auto days = readMeta(db, QStringLiteral("desk.other_vaccine_days"), QStringLiteral("14"));
    if (!days)
        return days.error();
    bool ok = false;
    p.checklist.otherVaccineDays = days->toInt(&ok);
    if (!ok || p.checklist.otherVaccineDays < 0)
        return makeError(ErrorCode::InvalidArgument,
                         DeskText::tr("Site setting desk.other_vaccine_days is \"%1\"; set it to "
                                      "a number of days, e.g. 14.")
                             .arg(*days),
                         QStringLiteral("desk.other_vaccine_days"));
    auto interchange = readMeta(db, QStringLiteral("desk.interchange"), QStringLiteral("group"));
    if (!interchange)
        return interchange.error();
    p.checklist.interchangeWithinGroup = *interchange != QLatin1String("none");
    auto adultAge = loadAdultAgeYears(db);  // the same setting check-in's consent reads
    if (!adultAge)
        return adultAge.error();
    p.checklist.adultAgeYears = *adultAge;
    auto minutes =
        readMeta(db, QStringLiteral("desk.allergy_observation_minutes"), QStringLiteral("30"));
    if (!minutes)
        return minutes.error();
    p.allergyObservationMinutes = minutes->toInt(&ok);
    if (!ok || p.allergyObservationMinutes < 0)
        return makeError(ErrorCode::InvalidArgument,
                         DeskText::tr("Site setting desk.allergy_observation_minutes is \"%1\"; "
                                      "set it to minutes, e.g. 30.")
                             .arg(*minutes),
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

DeskService::DeskService(Database& db, const Clock& clock)
    : m_db(db), m_clock(clock), m_calendar(siteCalendar(db, clock))
{
}

QDate DeskService::today() const
{
    return m_calendar.today();
}

Status DeskService::fault(QStringView step) const
{
    return m_faultHook ? m_faultHook(step) : Status();
}

Result<std::optional<CalledVisit>> DeskService::callNext(const QString& desk,
                                                         const QString& staffId)
{
    if (desk.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         DeskText::tr("Desk: give the desk's name or number, e.g. 3."),
                         QStringLiteral("desk"));
    VAX_TRY(input::checkText(desk.trimmed(), QStringLiteral("desk"), DeskText::tr("Desk"),
                             input::kShortText));
    VAX_TRY(requirePermission(m_db, staffId, Permission::CallNext));
    auto tx = WriteTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    VAX_TRY(ClockGuard::admit(m_db, m_clock.nowUtc()));
    auto q = m_db.exec(QStringLiteral("SELECT v.id, v.person_id, p.name, v.queue_number, v.lane "
                                      "FROM visit v JOIN person p ON p.id = v.person_id "
                                      "WHERE v.visit_date = ? AND v.state = 'waiting' "
                                      "ORDER BY v.lane = 'priority' DESC, v.queue_number LIMIT 1"),
                       {today().toString(Qt::ISODate)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CalledVisit>();
    CalledVisit c;
    c.visitId = q->value(0).toString();
    c.personId = q->value(1).toString();
    c.name = q->value(2).toString();
    c.queueNumber = q->value(3).toInt();
    c.lane = q->value(4).toString();
    c.desk = desk.trimmed();
    c.calledAt = m_clock.nowUtc();
    auto up = m_db.exec(QStringLiteral("UPDATE visit SET state = 'called', desk = ?, called_at = "
                                       "? WHERE id = ? AND state = 'waiting'"),
                        {c.desk, toDbTime(c.calledAt), c.visitId});
    if (!up)
        return up.error();
    VAX_TRY(expectOneRow(*up, DeskText::tr("The queue")));
    VAX_TRY(tx->commit());
    return std::optional<CalledVisit>(c);
}

Result<DeskContext> DeskService::loadContext(const DeskScan& scan)
{
    DeskContext ctx;
    auto policy = DeskPolicy::load(m_db);
    if (!policy)
        return policy.error();
    ctx.policy = *policy;
    ChecklistInput& in = ctx.input;
    in.catalog = &Catalog::builtIn();
    in.policy = ctx.policy.checklist;
    in.zone = m_calendar.zone();

    // The visit, its screening and consent.
    auto v = m_db.exec(QStringLiteral("SELECT v.person_id, v.visit_date, v.state, v.queue_number, "
                                      "v.screening, v.screening_outcome, v.desk, c.text_version, "
                                      "c.signer, c.guardian_name, c.guardian_relation "
                                      "FROM visit v LEFT JOIN consent c ON c.visit_id = v.id "
                                      "WHERE v.id = ?"),
                       {scan.visitId});
    if (!v)
        return v.error();
    if (!v->next())
        return makeError(ErrorCode::NotFound,
                         DeskText::tr("Visit: no check-in \"%1\". Call the person from the queue "
                                      "or check them in.")
                             .arg(scan.visitId),
                         QStringLiteral("visit"));
    ctx.visitId = scan.visitId;
    const QString personId = v->value(0).toString();
    in.visit.date = QDate::fromString(v->value(1).toString(), Qt::ISODate);
    in.visit.state = v->value(2).toString();
    ctx.queueNumber = v->value(3).toInt();
    ctx.screening = QJsonDocument::fromJson(v->value(4).toString().toUtf8()).object();
    const auto outcome = screeningOutcomeFromName(v->value(5).toString());
    in.visit.screeningRecorded = outcome.has_value();
    in.visit.screening = outcome.value_or(ScreeningOutcome::Clear);
    for (const QJsonValue& r : ctx.screening.value(QStringLiteral("reasons")).toArray())
        in.visit.screeningReasons << r.toString();
    ctx.visitDesk = v->value(6).toString();
    in.visit.consentRecorded = !v->value(7).isNull() && !v->value(7).toString().isEmpty();
    in.visit.signer = v->value(8).toString() == QLatin1String("guardian") ? ConsentSigner::Guardian
                                                                          : ConsentSigner::Self;
    in.visit.guardianName = v->value(9).toString();
    in.visit.guardianRelation = v->value(10).toString();

    auto person = PersonRepository::byId(m_db, personId);
    if (!person)
        return person.error();
    if (!*person)
        return makeError(ErrorCode::NotFound,
                         DeskText::tr("Visit: its person is missing. Check the person in again."),
                         QStringLiteral("person"));
    ctx.person = **person;
    in.person = {ctx.person.name, ctx.person.birthDate, ctx.person.sex};

    // What earlier visits left on record; the checklist judges "until" by the site's today.
    auto contraindications =
        ContraindicationRepository::ofPerson(m_db, personId, /*includeLifted=*/false);
    if (!contraindications)
        return contraindications.error();
    in.contraindications = std::move(*contraindications);

    auto history =
        selectDoses(m_db, QStringLiteral("WHERE d.person_id = ? ORDER BY d.administered_at"),
                    {personId}, /*withChecklist=*/false);
    if (!history)
        return history.error();
    ctx.history = std::move(*history);
    for (const DoseRecord& d : ctx.history)
        in.history.push_back({d.id, d.productCode, d.doseNumber,
                              m_calendar.dateOf(d.administeredAt),
                              d.status == QLatin1String("completed")});

    // What was scanned: a box code, an open vial, a lot.
    QString lotRef = scan.lot.trimmed();
    if (!scan.traceCode.isEmpty()) {
        if (!LotService::isTraceCode(scan.traceCode))
            return makeError(ErrorCode::TraceCodeInvalid,
                             DeskText::tr("Box code: \"%1\" is not a 20-digit trace code. Scan the "
                                          "box's trace code again.")
                                 .arg(scan.traceCode),
                             QStringLiteral("trace"));
        auto t = m_db.exec(QStringLiteral("SELECT lot_id, used_at IS NOT NULL OR EXISTS (SELECT 1 "
                                          "FROM dose WHERE trace_code = ? AND status = "
                                          "'completed') FROM trace_code WHERE code = ?"),
                           {scan.traceCode, scan.traceCode});
        if (!t)
            return t.error();
        TraceCodeFacts facts;
        facts.code = scan.traceCode;
        if (t->next()) {
            facts.known = true;
            facts.lotId = t->value(0).toString();
            facts.used = t->value(1).toInt() != 0;
            if (lotRef.isEmpty())
                lotRef = facts.lotId;
        }
        in.traceCode = facts;
    }
    if (!scan.vialId.isEmpty()) {
        auto vial = VialService::find(m_db, scan.vialId, /*includeClosed=*/true);
        if (!vial)
            return vial.error();
        if (!*vial)
            return makeError(ErrorCode::NotFound,
                             DeskText::tr("Vial: no vial \"%1\". Scan the open vial again or open "
                                          "a new one.")
                                 .arg(scan.vialId),
                             QStringLiteral("vial"));
        ctx.vial = **vial;
        auto closed = m_db.exec(
            QStringLiteral("SELECT closed_at IS NOT NULL FROM vial WHERE id = ?"), {scan.vialId});
        if (!closed)
            return closed.error();
        in.vial = VialFacts{ctx.vial->id, ctx.vial->lotId, ctx.vial->discardAt,
                            ctx.vial->dosesLeft(), closed->scalar().toInt() != 0};
        if (lotRef.isEmpty())
            lotRef = ctx.vial->lotId;
        ctx.fridgeId = ctx.vial->fridgeId;
    }
    if (!lotRef.isEmpty()) {
        auto lot = LotService::find(m_db, lotRef);
        if (!lot)
            return lot.error();
        ctx.lot = *lot;
        // Doses on hand per fridge, less those already in open vials.
        std::map<QString, int> free;
        auto stock =
            m_db.exec(QStringLiteral("SELECT fridge_id, doses FROM stock_balance WHERE lot_id = ?"),
                      {lot->id});
        if (!stock)
            return stock.error();
        while (stock->next())
            free[stock->value(0).toString()] += stock->value(1).toInt();
        auto open = m_db.exec(QStringLiteral("SELECT fridge_id, SUM(doses - doses_drawn) FROM "
                                             "vial WHERE lot_id = ? AND closed_at IS NULL "
                                             "GROUP BY fridge_id"),
                              {lot->id});
        if (!open)
            return open.error();
        while (open->next())
            free[open->value(0).toString()] -= open->value(1).toInt();
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
            ctx.fridgeId = free[lot->fridgeId] > 0 || fullest.isEmpty() ? lot->fridgeId : fullest;
        in.lot = LotFacts{lot->id,     lot->lotNumber,    lot->productCode, lot->expiry,
                          lot->status, lot->dosesPerVial, available};
        in.product = in.catalog->find(lot->productCode);
    }
    return ctx;
}

ChecklistResult DeskService::evaluateAt(const DeskContext& context, const DeskChoices& choices,
                                        const QDateTime& now) const
{
    ChecklistInput in = context.input;
    in.now = now;
    in.zone = m_calendar.zone();
    in.site = choices.site.trimmed().toUpper();
    in.route = choices.route.trimmed().toUpper();
    in.amountMl = choices.amountMl;
    in.expectedProduct = choices.expectedProduct.trimmed();
    in.confirmed = choices.confirmed;
    in.overrides = choices.overrides;
    return evaluateChecklist(in);
}

ChecklistResult DeskService::evaluate(const DeskContext& context, const DeskChoices& choices) const
{
    return evaluateAt(context, choices, m_clock.nowUtc());
}

Status DeskService::checkChoices(const DeskChoices& choices)
{
    // 0 stands for "the product's dose volume"; any other amount is checked by the checklist
    // against the catalog, but only a real number of millilitres may reach it.
    if (choices.amountMl != 0.0)
        VAX_TRY(input::checkNumber(choices.amountMl, QStringLiteral("amount"),
                                   DeskText::tr("Amount"), 0.01, 5.0, QStringLiteral("mL")));
    return {};
}

Result<ChecklistResult> DeskService::evaluate(const DeskScan& scan, const DeskChoices& choices)
{
    VAX_TRY(checkChoices(choices));
    auto ctx = loadContext(scan);
    if (!ctx)
        return ctx.error();
    return evaluate(*ctx, choices);
}

Result<AdministerReceipt> DeskService::administer(const AdministerRequest& request,
                                                  ChecklistResult* evaluated)
{
    VAX_TRY(requirePermission(m_db, request.staffId, Permission::Administer));
    VAX_TRY(checkChoices(request.choices));
    VAX_TRY(input::checkText(request.overrideReason.trimmed(), QStringLiteral("reason"),
                             DeskText::tr("Override reason"), input::kNote));
    VAX_TRY(input::checkText(request.desk.trimmed(), QStringLiteral("desk"), DeskText::tr("Desk"),
                             input::kShortText));
    const bool overriding = !request.choices.overrides.isEmpty();
    if (overriding) {
        if (request.overrideReason.trimmed().isEmpty())
            return makeError(ErrorCode::DeskOverrideRefused,
                             DeskText::tr("Override: give the doctor's reason for allowing the "
                                          "dose."),
                             QStringLiteral("reason"));
        if (!request.doctorApproval)
            return makeError(ErrorCode::DeskOverrideRefused,
                             DeskText::tr("Override: only a doctor may override, with their own "
                                          "password or PIN typed here. Ask the doctor to "
                                          "confirm."),
                             QStringLiteral("doctor"));
    }

    auto tx = WriteTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    // A clock that went back would judge the checklist on the wrong day: say so first.
    VAX_TRY(ClockGuard::admit(m_db, m_clock.nowUtc()));
    // Everything is read again under the write lock and the checklist re-run: what the screen
    // showed a moment ago is not trusted.
    auto ctx = loadContext(request.scan);
    if (!ctx)
        return ctx.error();
    const QDateTime now = m_clock.nowUtc();
    const QDate day = m_calendar.dateOf(now);
    if (overriding)
        VAX_TRY(checkOverrideApproval(request, now));
    AdministerReceipt receipt;
    receipt.checklist = evaluateAt(*ctx, request.choices, now);
    const ChecklistResult& check = receipt.checklist;
    if (evaluated)
        *evaluated = check;
    if (!check.rejectedOverrides.isEmpty())
        return makeError(
            ErrorCode::DeskOverrideRefused,
            DeskText::tr("Override: %1 cannot be overridden here (not failing, or not "
                         "an item a doctor may override).")
                .arg(labels::labelList(labels::Family::Finding, check.rejectedOverrides)),
            QStringLiteral("override"));
    if (!check.canAdminister()) {
        const auto blocking = check.blocking();
        QStringList codes;
        for (const auto& [key, finding] : blocking)
            codes << finding.code;
        return makeError(ErrorCode::DeskChecklistFailed,
                         DeskText::tr("The checklist does not pass (%1): %2")
                             .arg(labels::labelList(labels::Family::Finding, codes),
                                  blocking.empty() ? DeskText::tr("no dose is due.")
                                                   : blocking.front().second.message),
                         checklistItemName(blocking.empty() ? ChecklistItemKey::Record
                                                            : blocking.front().first));
    }
    const Product& product = *ctx->input.product;
    const LotInfo& lot = *ctx->lot;

    // 1. The stock: a draw from the open vial, or one dose out of the lot.
    if (ctx->vial) {
        auto draw = VialService::drawDoseInTransaction(m_db, ctx->vial->id, now, request.staffId);
        if (!draw)
            return draw.error();
        receipt.movementId = draw->movementId;
    } else {
        auto moved =
            LotService::bookAdministered(m_db, lot.id, ctx->fridgeId, now, day, request.staffId);
        if (!moved)
            return moved.error();
        receipt.movementId = *moved;
    }
    VAX_TRY(fault(u"stock"));

    // 2. The dose, with the checklist as evaluated.
    DoseRecord& dose = receipt.dose;
    dose.id = newId();
    dose.visitId = ctx->visitId;
    dose.personId = ctx->person.id;
    dose.productCode = product.code;
    dose.lotId = lot.id;
    dose.lotNumber = lot.lotNumber;
    dose.lotExpiry = lot.expiry;
    dose.vialId = ctx->vial ? ctx->vial->id : QString();
    dose.traceCode = request.scan.traceCode;
    dose.doseNumber = check.doseNumber;
    dose.site = request.choices.site.trimmed().toUpper();
    dose.route = request.choices.route.trimmed().isEmpty()
                     ? product.route
                     : request.choices.route.trimmed().toUpper();
    dose.amountMl = request.choices.amountMl > 0 ? request.choices.amountMl : product.doseVolumeMl;
    dose.administeredAt = now;
    dose.desk = request.desk.trimmed().isEmpty() ? ctx->visitDesk : request.desk.trimmed();
    dose.staffId = request.staffId;
    dose.status = QStringLiteral("completed");
    QJsonObject recorded = check.toJson();
    QJsonArray confirmed;
    for (ChecklistItemKey k : confirmableItems())
        if (request.choices.confirmed.contains(k))
            confirmed.append(checklistItemName(k));
    recorded.insert(QStringLiteral("confirmed"), confirmed);
    QString approvalId;
    if (overriding) {
        const OverrideApproval& approval = *request.doctorApproval;
        approvalId = approval.id();
        dose.overrideReason = request.overrideReason.trimmed();
        dose.overrideBy = approval.doctor().id;
        dose.overrideAuth = approval.method() == UnlockMethod::Pin ? QStringLiteral("pin")
                                                                   : QStringLiteral("password");
        recorded.insert(QStringLiteral("override"),
                        QJsonObject{{QStringLiteral("by"), dose.overrideBy},
                                    {QStringLiteral("username"), approval.doctor().username},
                                    {QStringLiteral("findings"),
                                     QJsonArray::fromStringList(check.appliedOverrides)},
                                    {QStringLiteral("reason"), dose.overrideReason},
                                    {QStringLiteral("credential_checked"), true},
                                    {QStringLiteral("method"), dose.overrideAuth},
                                    {QStringLiteral("checked_at"), toDbTime(approval.checkedAt())},
                                    {QStringLiteral("approval"), approvalId}});
    }
    dose.checklist = recorded;
    auto ins = m_db.exec(
        QStringLiteral("INSERT INTO dose(id, visit_id, person_id, product_code, lot_id, vial_id, "
                       "trace_code, dose_number, site, route, amount_ml, administered_at, desk, "
                       "staff_id, checklist, override_reason, override_by, override_auth, "
                       "override_approval, movement_id) VALUES (?, ?, ?, ?, ?, NULLIF(?, ''), "
                       "NULLIF(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, ''), NULLIF(?, ''), "
                       "NULLIF(?, ''), NULLIF(?, ''), ?)"),
        {dose.id,
         dose.visitId,
         dose.personId,
         dose.productCode,
         dose.lotId,
         notNull(dose.vialId),
         notNull(dose.traceCode),
         dose.doseNumber,
         dose.site,
         dose.route,
         dose.amountMl,
         toDbTime(now),
         notNull(dose.desk),
         dose.staffId,
         QString::fromUtf8(QJsonDocument(recorded).toJson(QJsonDocument::Compact)),
         notNull(dose.overrideReason),
         notNull(dose.overrideBy),
         notNull(dose.overrideAuth),
         notNull(approvalId),
         receipt.movementId});
    if (!ins)
        return ins.error();
    VAX_TRY(fault(u"dose"));

    // 3. The box code is used up.
    if (!dose.traceCode.isEmpty()) {
        auto used = m_db.exec(QStringLiteral("UPDATE trace_code SET used_at = ? WHERE code = ? "
                                             "AND used_at IS NULL"),
                              {toDbTime(now), dose.traceCode});
        if (!used)
            return used.error();
        VAX_TRY(expectOneRow(*used, DeskText::tr("The box code")));
    }
    VAX_TRY(fault(u"trace_code"));

    // 4. The visit is done.
    auto visit = m_db.exec(QStringLiteral("UPDATE visit SET state = 'vaccinated', desk = ? "
                                          "WHERE id = ? AND state IN ('waiting', 'called')"),
                           {notNull(dose.desk), dose.visitId});
    if (!visit)
        return visit.error();
    VAX_TRY(expectOneRow(*visit, DeskText::tr("The check-in")));
    VAX_TRY(fault(u"visit"));

    // 5. The observation starts; its end is stored, never counted down.
    QString observationReason;
    receipt.observationMinutes =
        observationMinutesFor(product, ctx->screening, ctx->policy, &observationReason);
    receipt.observationId = newId();
    receipt.observationEndsAt = now.addSecs(qint64(receipt.observationMinutes) * 60);
    auto obs =
        m_db.exec(QStringLiteral("INSERT INTO observation(id, dose_id, visit_id, person_id, desk, "
                                 "started_at, ends_at, minutes, reason, state, updated_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'observing', ?)"),
                  {receipt.observationId, dose.id, dose.visitId, dose.personId, notNull(dose.desk),
                   toDbTime(now), toDbTime(receipt.observationEndsAt), receipt.observationMinutes,
                   observationReason, request.staffId});
    if (!obs)
        return obs.error();
    VAX_TRY(fault(u"observation"));

    // 6. The audit row.
    QJsonObject detail{{QStringLiteral("person_id"), dose.personId},
                       {QStringLiteral("visit_id"), dose.visitId},
                       {QStringLiteral("product"), dose.productCode},
                       {QStringLiteral("lot_id"), dose.lotId},
                       {QStringLiteral("dose_number"), dose.doseNumber},
                       {QStringLiteral("desk"), dose.desk},
                       {QStringLiteral("observation_minutes"), receipt.observationMinutes}};
    if (overriding) {
        detail.insert(QStringLiteral("overrides"),
                      QJsonArray::fromStringList(check.appliedOverrides));
        detail.insert(QStringLiteral("override_by"), dose.overrideBy);
        detail.insert(QStringLiteral("override_reason"), dose.overrideReason);
        detail.insert(QStringLiteral("override_auth"), dose.overrideAuth);
        detail.insert(QStringLiteral("override_approval"), approvalId);
    }
    VAX_TRY(AuditLog::append(m_db, {now, request.staffId, QStringLiteral("dose.administer"),
                                    QStringLiteral("dose"), dose.id, detail}));
    VAX_TRY(fault(u"audit"));
    VAX_TRY(tx->commit());
    return receipt;
}

Status DeskService::checkOverrideApproval(const AdministerRequest& request, const QDateTime& now)
{
    const OverrideApproval& approval = *request.doctorApproval;
    const auto refuse = [](const QString& message) {
        return makeError(ErrorCode::DeskOverrideRefused, message, QStringLiteral("doctor"));
    };
    // The doctor's account as it is now: still active, still allowed, not locked meanwhile.
    auto doctor = requirePermission(m_db, approval.doctor().id, Permission::OverrideChecklist);
    if (!doctor)
        return refuse(doctor.error().message);
    if (doctor->lockedUntil.isValid() && doctor->lockedUntil > now)
        return refuse(DeskText::tr("Override: the account \"%1\" is locked after wrong passwords "
                                   "or PINs. Another doctor must decide.")
                          .arg(doctor->username));
    if (approval.checkedAt() > now ||
        approval.checkedAt().secsTo(now) > kOverrideApprovalMinutes * 60)
        return refuse(DeskText::tr("Override: the doctor confirmed more than %1 minutes ago. Ask "
                                   "the doctor to confirm again with their password or PIN.")
                          .arg(kOverrideApprovalMinutes));
    if (approval.visitId() != request.scan.visitId)
        return refuse(
            DeskText::tr("Override: the doctor confirmed it for another visit. Ask the "
                         "doctor to confirm again for this person."));
    QStringList notApproved;
    for (const QString& code : request.choices.overrides)
        if (!approval.findings().contains(code))
            notApproved << code;
    if (!notApproved.isEmpty()) {
        notApproved.sort();
        return refuse(DeskText::tr("Override: the doctor did not approve %1. Ask the doctor to "
                                   "confirm again.")
                          .arg(notApproved.join(QStringLiteral(", "))));
    }
    // The approval is the one the credential check recorded, and it allows one dose.
    auto recorded = m_db.exec(
        QStringLiteral("SELECT count(*) FROM audit WHERE at >= ? AND action = 'override.auth' AND "
                       "actor = ? AND json_extract(detail, '$.approval') = ?"),
        {approval.checkedAt().addSecs(-60).toUTC().toString(Qt::ISODateWithMs),
         approval.doctor().id, approval.id()});
    if (!recorded)
        return recorded.error();
    if (approval.id().isEmpty() || recorded->scalar().toInt() != 1)
        return refuse(
            DeskText::tr("Override: the doctor's confirmation is not on record. Ask the "
                         "doctor to confirm again with their password or PIN."));
    auto used = m_db.exec(QStringLiteral("SELECT count(*) FROM dose WHERE override_approval = ?"),
                          {approval.id()});
    if (!used)
        return used.error();
    if (used->scalar().toInt() != 0)
        return refuse(
            DeskText::tr("Override: this confirmation was already used for a dose. Ask "
                         "the doctor to confirm again."));
    return {};
}

Result<CorrectionReceipt> DeskService::correct(const QString& doseId, const QString& reason,
                                               const QString& staffId)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::ReasonRequired,
                         DeskText::tr("Reason: say why the dose is entered in error, e.g. "
                                      "\"recorded for the wrong person\"."),
                         QStringLiteral("reason"));
    VAX_TRY(input::checkText(reason.trimmed(), QStringLiteral("reason"), DeskText::tr("Reason"),
                             input::kNote));
    VAX_TRY(requirePermission(m_db, staffId, Permission::CorrectDose));
    auto tx = WriteTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto found = selectDoses(m_db, QStringLiteral("WHERE d.id = ?"), {doseId});
    if (!found)
        return found.error();
    if (found->empty())
        return makeError(ErrorCode::NotFound,
                         DeskText::tr("Dose: no dose \"%1\". Take the id from \"vaxctl dose "
                                      "list\".")
                             .arg(doseId),
                         QStringLiteral("dose"));
    CorrectionReceipt receipt;
    receipt.dose = found->front();
    DoseRecord& d = receipt.dose;
    if (d.status != QLatin1String("completed"))
        return makeError(
            ErrorCode::DoseAlreadyCorrected,
            DeskText::tr("Dose: it was already entered in error on %1 (%2).")
                .arg(m_calendar.local(d.correctedAt).toString(Qt::ISODate), d.errorReason),
            QStringLiteral("dose"));
    const QDateTime now = m_clock.nowUtc();
    d.status = QStringLiteral("entered-in-error");
    d.errorReason = reason.trimmed();
    d.correctedBy = staffId;
    d.correctedAt = now;
    auto up = m_db.exec(QStringLiteral("UPDATE dose SET status = 'entered-in-error', error_reason "
                                       "= ?, corrected_by = ?, corrected_at = ? WHERE id = ? AND "
                                       "status = 'completed'"),
                        {d.errorReason, staffId, toDbTime(now), d.id});
    if (!up)
        return up.error();
    VAX_TRY(expectOneRow(*up, DeskText::tr("The dose")));

    // The dose goes back: into its open vial (and so into stock), or into the lot's stock.
    const QString why = QStringLiteral("correction:") + d.id;
    QString fridgeId;
    if (!d.vialId.isEmpty()) {
        auto vial = VialService::find(m_db, d.vialId);  // open vials only
        if (!vial)
            return vial.error();
        if (*vial) {
            auto back = m_db.exec(QStringLiteral("UPDATE vial SET doses_drawn = doses_drawn - 1 "
                                                 "WHERE id = ? AND doses_drawn > 0"),
                                  {d.vialId});
            if (!back)
                return back.error();
            VAX_TRY(expectOneRow(*back, DeskText::tr("The vial")));
            fridgeId = (*vial)->fridgeId;
        }
    } else {
        auto m = m_db.exec(QStringLiteral("SELECT fridge_id FROM stock_movement WHERE id = (SELECT "
                                          "movement_id FROM dose WHERE id = ?)"),
                           {d.id});
        if (!m)
            return m.error();
        fridgeId = m->scalar().toString();
    }
    if (!fridgeId.isEmpty()) {
        auto booked = LotLedger::book(m_db, {d.lotId, fridgeId, MovementKind::Adjustment, 1, why},
                                      now, staffId);
        if (!booked)
            return booked.error();
        receipt.stockReturned = true;
    }
    if (!d.traceCode.isEmpty()) {
        auto freed = m_db.exec(
            QStringLiteral("UPDATE trace_code SET used_at = NULL WHERE code = ?"), {d.traceCode});
        if (!freed)
            return freed.error();
    }
    auto obs = m_db.exec(QStringLiteral("UPDATE observation SET state = 'cancelled', updated_by = "
                                        "?, note = ? WHERE dose_id = ? AND state = 'observing'"),
                         {staffId, d.errorReason, d.id});
    if (!obs)
        return obs.error();
    receipt.observationCancelled = obs->rowsAffected() > 0;
    // Today's visit opens again so that the right dose can be recorded.
    auto visit = m_db.exec(QStringLiteral("UPDATE visit SET state = 'called' WHERE id = ? AND "
                                          "state = 'vaccinated' AND visit_date = ?"),
                           {d.visitId, today().toString(Qt::ISODate)});
    if (!visit)
        return visit.error();
    VAX_TRY(AuditLog::append(
        m_db, {now, staffId, QStringLiteral("dose.correct"), QStringLiteral("dose"), d.id,
               QJsonObject{{QStringLiteral("reason"), d.errorReason},
                           {QStringLiteral("stock_returned"), receipt.stockReturned},
                           {QStringLiteral("lot_id"), d.lotId}}}));
    VAX_TRY(tx->commit());
    return receipt;
}

Result<std::optional<DoseRecord>> DeskService::dose(const QString& doseId)
{
    auto found = selectDoses(m_db, QStringLiteral("WHERE d.id = ?"), {doseId});
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<DoseRecord>();
    return std::optional<DoseRecord>(found->front());
}

Result<std::vector<DoseRecord>> DeskService::dosesOfPerson(const QString& personId)
{
    return selectDoses(m_db, QStringLiteral("WHERE d.person_id = ? ORDER BY d.administered_at"),
                       {personId});
}

Result<std::vector<DoseRecord>> DeskService::dosesOn(const QDate& day)
{
    const QDateTime from = m_calendar.startOfDay(day);
    const QDateTime to = m_calendar.endOfDay(day);
    return selectDoses(m_db,
                       QStringLiteral("WHERE d.administered_at >= ? AND d.administered_at < ? "
                                      "ORDER BY d.administered_at"),
                       {toDbTime(from), toDbTime(to)});
}

}  // namespace vax
