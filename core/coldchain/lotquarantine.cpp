#include "coldchain/lotquarantine.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

#include "common/clock.h"
#include "common/ids.h"
#include "common/inputpolicy.h"
#include "common/labels.h"
#include "security/permissions.h"
#include "site/site.h"
#include "stock/dbtime.h"
#include "stock/stockledger.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct QuarantineText {
    Q_DECLARE_TR_FUNCTIONS(LotQuarantine)
};

// Puts the lot's status back to available once nothing holds it.
Status refreshLotStatus(Database& db, const QString& lotId)
{
    auto q = db.exec(QStringLiteral("UPDATE lot SET status = 'available' WHERE id = ? AND "
                                    "status = 'quarantined' AND NOT EXISTS (SELECT 1 FROM "
                                    "lot_quarantine WHERE lot_id = ? AND status = 'quarantined')"),
                     {lotId, lotId});
    if (!q)
        return q.error();
    return {};
}

enum class Decision { Release, Discard };

// Why the excursion's fridge gives no evidence for a release yet, or an empty string.
Result<QString> evidenceGap(Database& db, const Clock& clock, const QString& excursionId)
{
    auto e = db.exec(QStringLiteral("SELECT e.fridge_id, e.end_at, f.min_c, f.max_c, f.name FROM "
                                    "excursion e JOIN fridge f ON f.id = e.fridge_id WHERE e.id = "
                                    "?"),
                     {excursionId});
    if (!e)
        return e.error();
    if (!e->next())
        return makeError(ErrorCode::NotFound,
                         QuarantineText::tr("Excursion: there is no excursion \"%1\". See "
                                            "\"vaxctl excursion list\".")
                             .arg(excursionId),
                         QStringLiteral("excursion"));
    const QString fridgeId = e->value(0).toString();
    const QDateTime end = fromDbTime(e->value(1).toString());
    const double minC = e->value(2).toDouble();
    const double maxC = e->value(3).toDouble();
    const QString fridge = e->value(4).toString();
    auto r = db.exec(QStringLiteral("SELECT at, celsius FROM temperature_reading WHERE fridge_id "
                                    "= ? ORDER BY at DESC LIMIT 1"),
                     {fridgeId});
    if (!r)
        return r.error();
    const SiteCalendar calendar = siteCalendar(db, clock);
    const QString range = QStringLiteral("%1–%2 °C").arg(minC).arg(maxC);
    if (!r->next() || fromDbTime(r->value(0).toString()) < end)
        return QuarantineText::tr(
                   "%1 has no reading since the excursion ended (%2). Record a "
                   "reading back in %3 first, or release with an override.")
            .arg(fridge, calendar.minuteText(end), range);
    const double last = r->value(1).toDouble();
    if (last < minC || last > maxC)
        return QuarantineText::tr(
                   "%1's newest reading is %2 °C (%3), outside %4: the fridge is "
                   "not back in range. Wait for a reading in range, or release "
                   "with an override.")
            .arg(fridge)
            .arg(last, 0, 'f', 1)
            .arg(calendar.minuteText(fromDbTime(r->value(0).toString())), range);
    return QString();
}

Result<int> decide(Database& db, const Clock& clock, const QString& excursionId,
                   const QString& lotId, const QString& reason, const StaffMember& supervisor,
                   Decision decision, ReleaseEvidence evidence = ReleaseEvidence::Reading)
{
    // Re-read from the database: a supervisor disabled meanwhile may no longer decide.
    VAX_TRY(requirePermission(db, supervisor.id, Permission::ReleaseQuarantine));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::ReasonRequired,
                         decision == Decision::Release && evidence == ReleaseEvidence::Override
                             ? QuarantineText::tr("Reason: an override needs the reason the lots "
                                                  "may be used although the fridge is not shown "
                                                  "back in range (e.g. the manufacturer's "
                                                  "stability data).")
                             : QuarantineText::tr("Reason: say why the lots are released or "
                                                  "discarded (e.g. the manufacturer's stability "
                                                  "data)."),
                         QStringLiteral("reason"));
    VAX_TRY(input::checkText(reason.trimmed(), QStringLiteral("reason"),
                             QuarantineText::tr("Reason"), input::kNote));
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    auto q = db.exec(QStringLiteral("SELECT q.id, q.lot_id, q.status, e.fridge_id FROM "
                                    "lot_quarantine q JOIN excursion e ON e.id = q.excursion_id "
                                    "WHERE q.excursion_id = ? AND (? = '' OR q.lot_id = ?)"),
                     {excursionId, notNull(lotId), notNull(lotId)});
    if (!q)
        return q.error();
    struct Row {
        QString id, lotId, status, fridgeId;
    };
    std::vector<Row> rows;
    while (q->next())
        rows.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                        q->value(3).toString()});
    if (rows.empty())
        return makeError(
            ErrorCode::NotFound,
            QuarantineText::tr("Excursion: no quarantined lot for excursion \"%1\"%2. "
                               "See \"vaxctl excursion list\".")
                .arg(excursionId, lotId.isEmpty() ? QString() : QStringLiteral(" / ") + lotId),
            QStringLiteral("excursion"));
    // Evidence is asked only of a release that would decide something (a lot decided already
    // says so below).
    const bool undecided = std::any_of(rows.begin(), rows.end(), [](const Row& r) {
        return r.status == QLatin1String("quarantined");
    });
    if (undecided && decision == Decision::Release && evidence == ReleaseEvidence::Reading) {
        auto gap = evidenceGap(db, clock, excursionId);
        if (!gap)
            return gap.error();
        if (!gap->isEmpty())
            return makeError(ErrorCode::QuarantineNoEvidence, *gap, QStringLiteral("evidence"));
    }
    const QDateTime now = clock.nowUtc();
    const QString status =
        decision == Decision::Release ? QStringLiteral("released") : QStringLiteral("discarded");
    int decided = 0;
    for (const Row& r : rows) {
        if (r.status != QLatin1String("quarantined")) {
            if (!lotId.isEmpty())
                return makeError(
                    ErrorCode::AlreadyDecided,
                    QuarantineText::tr("Lot: this lot was already %1 for this "
                                       "excursion.")
                        .arg(labels::label(labels::Family::QuarantineStatus, r.status)),
                    QStringLiteral("lot"));
            continue;
        }
        int wasted = 0;
        if (decision == Decision::Discard) {
            auto onHand = LotLedger::onHand(db, r.lotId, r.fridgeId);
            if (!onHand)
                return onHand.error();
            if (*onHand > 0) {
                auto m = LotLedger::book(db,
                                         {r.lotId, r.fridgeId, MovementKind::Wasted, -*onHand,
                                          wasteReasonName(WasteReason::ColdChain)},
                                         now, supervisor.id);
                if (!m)
                    return m.error();
                wasted = *onHand;
            }
        }
        const QString evidenceName =
            decision == Decision::Release ? releaseEvidenceName(evidence) : QStringLiteral("");
        auto up =
            db.exec(QStringLiteral("UPDATE lot_quarantine SET status = ?, decided_by = ?, "
                                   "decided_at = ?, reason = ?, evidence = ? WHERE id = ?"),
                    {status, supervisor.id, toDbTime(now), reason.trimmed(), evidenceName, r.id});
        if (!up)
            return up.error();
        if (decision == Decision::Discard) {
            auto remaining = LotLedger::onHandAllFridges(db, r.lotId);
            if (!remaining)
                return remaining.error();
            if (*remaining <= 0) {
                auto l = db.exec(QStringLiteral("UPDATE lot SET status = 'discarded' WHERE id = ?"),
                                 {r.lotId});
                if (!l)
                    return l.error();
            }
        }
        VAX_TRY(refreshLotStatus(db, r.lotId));
        VAX_TRY(
            AuditLog::append(db, {now, supervisor.id, QStringLiteral("lot.quarantine.") + status,
                                  QStringLiteral("lot"), r.lotId,
                                  QJsonObject{{QStringLiteral("excursion"), excursionId},
                                              {QStringLiteral("reason"), reason.trimmed()},
                                              {QStringLiteral("evidence"), evidenceName},
                                              {QStringLiteral("doses_wasted"), wasted}}}));
        ++decided;
    }
    if (decided == 0)
        return makeError(ErrorCode::AlreadyDecided,
                         QuarantineText::tr("Excursion: every lot of this excursion was already "
                                            "decided."),
                         QStringLiteral("excursion"));
    VAX_TRY(tx->commit());
    return decided;
}
}  // namespace

bool ExcursionRecord::open() const
{
    for (const QuarantinedLot& l : lots) {
        if (l.status == QLatin1String("quarantined"))
            return true;
    }
    return false;
}

Result<int> LotQuarantine::quarantineFor(Database& db, const QString& excursionId,
                                         const QString& fridgeId, const QDateTime& start,
                                         const QDateTime& end)
{
    auto q = db.exec(
        QStringLiteral("SELECT l.id FROM lot l WHERE l.status IN ('available', 'quarantined') "
                       "AND ((SELECT COALESCE(SUM(doses), 0) FROM stock_movement m WHERE "
                       "m.lot_id = l.id AND m.fridge_id = ? AND m.at <= ?) > 0 OR "
                       "(SELECT COALESCE(SUM(doses), 0) FROM stock_movement m WHERE "
                       "m.lot_id = l.id AND m.fridge_id = ? AND m.at <= ?) > 0)"),
        {fridgeId, toDbTime(start), fridgeId, toDbTime(end)});
    if (!q)
        return q.error();
    QStringList lots;
    while (q->next())
        lots << q->value(0).toString();
    for (const QString& lot : lots) {
        auto ins = db.exec(QStringLiteral("INSERT OR IGNORE INTO lot_quarantine(id, lot_id, "
                                          "excursion_id) VALUES(?,?,?)"),
                           {newId(), lot, excursionId});
        if (!ins)
            return ins.error();
        auto up =
            db.exec(QStringLiteral("UPDATE lot SET status = 'quarantined' WHERE id = ?"), {lot});
        if (!up)
            return up.error();
    }
    return static_cast<int>(lots.size());
}

Result<std::vector<ExcursionRecord>> LotQuarantine::list(Database& db, bool openOnly)
{
    auto q =
        db.exec(QStringLiteral("SELECT e.id, e.fridge_id, f.name, e.kind, e.start_at, "
                               "e.end_at, e.minutes, e.extreme_c FROM excursion e JOIN "
                               "fridge f ON f.id = e.fridge_id ORDER BY e.start_at"));
    if (!q)
        return q.error();
    std::vector<ExcursionRecord> result;
    while (q->next()) {
        result.push_back({q->value(0).toString(),
                          q->value(1).toString(),
                          q->value(2).toString(),
                          q->value(3).toString(),
                          fromDbTime(q->value(4).toString()),
                          fromDbTime(q->value(5).toString()),
                          q->value(6).toInt(),
                          q->value(7).toDouble(),
                          {}});
    }
    for (ExcursionRecord& e : result) {
        auto lots =
            db.exec(QStringLiteral("SELECT q.lot_id, l.lot_number, q.status, "
                                   "COALESCE(q.decided_by, ''), COALESCE(q.decided_at, "
                                   "''), q.reason, q.evidence FROM lot_quarantine q JOIN lot l ON "
                                   "l.id = q.lot_id WHERE q.excursion_id = ? ORDER BY "
                                   "l.lot_number"),
                    {e.id});
        if (!lots)
            return lots.error();
        while (lots->next())
            e.lots.push_back({lots->value(0).toString(), lots->value(1).toString(),
                              lots->value(2).toString(), lots->value(3).toString(),
                              fromDbTime(lots->value(4).toString()), lots->value(5).toString(),
                              lots->value(6).toString()});
    }
    if (openOnly)
        std::erase_if(result, [](const ExcursionRecord& e) { return !e.open(); });
    return result;
}

QString releaseEvidenceName(ReleaseEvidence evidence)
{
    return evidence == ReleaseEvidence::Override ? QStringLiteral("override")
                                                 : QStringLiteral("reading");
}

Result<int> LotQuarantine::release(Database& db, const Clock& clock, const QString& excursionId,
                                   const QString& lotId, const QString& reason,
                                   const StaffMember& supervisor, ReleaseEvidence evidence)
{
    return decide(db, clock, excursionId, lotId, reason, supervisor, Decision::Release, evidence);
}

Result<QString> LotQuarantine::missingEvidence(Database& db, const Clock& clock,
                                               const QString& excursionId)
{
    return evidenceGap(db, clock, excursionId);
}

Result<int> LotQuarantine::discard(Database& db, const Clock& clock, const QString& excursionId,
                                   const QString& lotId, const QString& reason,
                                   const StaffMember& supervisor)
{
    return decide(db, clock, excursionId, lotId, reason, supervisor, Decision::Discard);
}

}  // namespace vax
