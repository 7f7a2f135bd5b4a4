#include "coldchain/lotquarantine.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

#include "coldchain/fridges.h"
#include "coldchain/readingrepository.h"
#include "common/clock.h"
#include "common/dbformat.h"
#include "common/ids.h"
#include "common/inputpolicy.h"
#include "common/labels.h"
#include "security/permissions.h"
#include "site/site.h"
#include "stock/lotrepository.h"
#include "stock/stockledger.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct QuarantineText {
    Q_DECLARE_TR_FUNCTIONS(LotQuarantine)
};

enum class Decision { Release, Discard };

// Why the excursion's fridge gives no evidence for a release yet, or an empty string.
Result<QString> evidenceGap(Database& db, const Clock& clock, const QString& excursionId)
{
    VAX_TRY_VALUE(auto e, ExcursionRepository::byId(db, excursionId));
    if (!e.has_value())
        return makeError(ErrorCode::NotFound,
                         QuarantineText::tr("Excursion: there is no excursion \"%1\". See "
                                            "\"vaxctl excursion list\".")
                             .arg(excursionId),
                         QStringLiteral("excursion"));
    VAX_TRY_VALUE(auto fridge, FridgeRepository::find(db, e->fridgeId));
    const QDateTime end = e->end;
    const double minC = fridge.thresholds.minC;
    const double maxC = fridge.thresholds.maxC;
    const QString name = e->fridgeName;
    VAX_TRY_VALUE(auto newest, ReadingRepository::newest(db, e->fridgeId));
    const SiteCalendar calendar = siteCalendar(db, clock);
    const QString range = QStringLiteral("%1–%2 °C").arg(minC).arg(maxC);
    if (!newest.has_value() || newest->at < end)
        return QuarantineText::tr(
                   "%1 has no reading since the excursion ended (%2). Record a "
                   "reading back in %3 first, or release with an override.")
            .arg(name, calendar.minuteText(end), range);
    const double last = newest->celsius;
    if (last < minC || last > maxC)
        return QuarantineText::tr(
                   "%1's newest reading is %2 °C (%3), outside %4: the fridge is "
                   "not back in range. Wait for a reading in range, or release "
                   "with an override.")
            .arg(name)
            .arg(last, 0, 'f', 1)
            .arg(calendar.minuteText(newest->at), range);
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
    auto rows = QuarantineRepository::holdsOf(db, excursionId, lotId);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return makeError(
            ErrorCode::NotFound,
            QuarantineText::tr("Excursion: no quarantined lot for excursion \"%1\"%2. "
                               "See \"vaxctl excursion list\".")
                .arg(excursionId, lotId.isEmpty() ? QString() : QStringLiteral(" / ") + lotId),
            QStringLiteral("excursion"));
    // Evidence is asked only of a release that would decide something (a lot decided already
    // says so below).
    const bool undecided = std::any_of(rows->begin(), rows->end(), [](const QuarantineHold& r) {
        return r.state() == QuarantineStatus::Quarantined;
    });
    if (undecided && decision == Decision::Release && evidence == ReleaseEvidence::Reading) {
        VAX_TRY_VALUE(auto gap, evidenceGap(db, clock, excursionId));
        if (!gap.isEmpty())
            return makeError(ErrorCode::QuarantineNoEvidence, gap, QStringLiteral("evidence"));
    }
    const QDateTime now = clock.nowUtc();
    const QuarantineStatus outcome =
        decision == Decision::Release ? QuarantineStatus::Released : QuarantineStatus::Discarded;
    const std::optional<ReleaseEvidence> rests =
        decision == Decision::Release ? std::optional<ReleaseEvidence>(evidence) : std::nullopt;
    int decided = 0;
    for (const QuarantineHold& r : *rows) {
        if (r.state() != QuarantineStatus::Quarantined) {
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
            VAX_TRY_VALUE(auto onHand, LotLedger::onHand(db, r.lotId, r.fridgeId));
            if (onHand > 0) {
                VAX_TRY(LotLedger::book(db,
                                        {r.lotId, r.fridgeId, MovementKind::Wasted, -onHand,
                                         wasteReasonName(WasteReason::ColdChain)},
                                        now, supervisor.id));
                wasted = onHand;
            }
        }
        VAX_TRY(QuarantineRepository::decide(db, r.id, outcome, rests, supervisor.id, now,
                                             reason.trimmed()));
        if (decision == Decision::Discard) {
            VAX_TRY_VALUE(auto remaining, LotLedger::onHandAllFridges(db, r.lotId));
            if (remaining <= 0)
                VAX_TRY(LotRepository::markDiscarded(db, r.lotId));
        }
        VAX_TRY(LotRepository::releaseIfUnheld(db, r.lotId));
        VAX_TRY(AuditLog::append(
            db,
            {now, supervisor.id, QStringLiteral("lot.quarantine.") + quarantineStatusName(outcome),
             QStringLiteral("lot"), r.lotId,
             QJsonObject{{QStringLiteral("excursion"), excursionId},
                         {QStringLiteral("reason"), reason.trimmed()},
                         {QStringLiteral("evidence"),
                          rests ? releaseEvidenceName(*rests) : QStringLiteral("")},
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

Result<int> LotQuarantine::quarantineFor(Database& db, const QString& excursionId,
                                         const QString& fridgeId, const QDateTime& start,
                                         const QDateTime& end)
{
    VAX_TRY_VALUE(auto lots, LotRepository::stockedIn(db, fridgeId, start, end));
    for (const QString& lot : lots) {
        VAX_TRY(QuarantineRepository::hold(db, lot, excursionId));
        VAX_TRY(LotRepository::markQuarantined(db, lot));
    }
    return static_cast<int>(lots.size());
}

Result<std::vector<ExcursionRecord>> LotQuarantine::list(Database& db, bool openOnly)
{
    auto result = ExcursionRepository::all(db);
    if (!result)
        return result.error();
    for (ExcursionRecord& e : *result) {
        VAX_TRY_VALUE(auto lots, QuarantineRepository::lotsOf(db, e.id));
        e.lots = std::move(lots);
    }
    if (openOnly)
        std::erase_if(*result, [](const ExcursionRecord& e) { return !e.open(); });
    return result;
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
