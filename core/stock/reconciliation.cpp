#include "stock/reconciliation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimeZone>

#include "common/clock.h"
#include "common/ids.h"
#include "common/inputpolicy.h"
#include "security/permissions.h"
#include "site/site.h"
#include "stock/stockcountrepository.h"
#include "stock/stockledger.h"
#include "storage/audit.h"
#include "storage/clockguard.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct CountText {
    Q_DECLARE_TR_FUNCTIONS(StockCount)
};
}  // namespace

Result<Reconciliation> reconcile(const DayFigures& figures, int counted, const QString& reason)
{
    if (counted < 0)
        return makeError(ErrorCode::InvalidArgument,
                         CountText::tr("Counted: enter the doses counted in the fridge (0 or "
                                       "more)."),
                         QStringLiteral("counted"));
    Reconciliation r;
    r.figures = figures;
    r.expected = figures.expected();
    r.counted = counted;
    r.discrepancy = counted - r.expected;
    r.reason = reason.trimmed();
    VAX_TRY(input::checkText(r.reason, QStringLiteral("reason"), CountText::tr("Reason"),
                             input::kNote));
    if (r.discrepancy != 0 && r.reason.isEmpty())
        return makeError(ErrorCode::ReasonRequired,
                         CountText::tr("Reason: the count differs from the books by %1 doses "
                                       "(expected %2, counted %3); give the reason.")
                             .arg(r.discrepancy)
                             .arg(r.expected)
                             .arg(counted),
                         QStringLiteral("reason"));
    return r;
}

Result<DayFigures> StockCountService::dayFigures(Database& db, const QString& lotId,
                                                 const QString& fridgeId, const QDate& day)
{
    const QTimeZone zone = siteZone(db);
    const QDateTime from = day.startOfDay(zone);
    const QDateTime to = day.addDays(1).startOfDay(zone);
    DayFigures f;
    VAX_TRY_VALUE(auto opening, LotLedger::onHandBefore(db, lotId, fridgeId, from));
    f.opening = opening;
    VAX_TRY_VALUE(auto moves, LotLedger::movementsBetween(db, lotId, fridgeId, from, to));
    for (const Movement& m : moves) {
        if (m.kind == MovementKind::Receipt || (m.kind == MovementKind::Transfer && m.doses > 0))
            f.received += m.doses;
        else if (m.kind == MovementKind::Administered)
            f.administered -= m.doses;
        else if (m.kind == MovementKind::Wasted)
            f.wasted -= m.doses;
        else
            f.otherMoves += m.doses;
    }
    return f;
}

Result<Reconciliation> StockCountService::record(const ServiceContext& ctx, const QString& lotId,
                                                 const QString& fridgeId, int counted,
                                                 const QString& reason)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actor = ctx.actorId;
    VAX_TRY(requirePermission(db, actor, Permission::CountStock));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    const SiteCalendar calendar = siteCalendar(db, clock);
    const QDateTime now = calendar.now();
    const QDate today = calendar.dateOf(now);
    VAX_TRY(ClockGuard::admit(db, now));
    VAX_TRY_VALUE(auto figures, dayFigures(db, lotId, fridgeId, today));
    VAX_TRY_VALUE(auto r, reconcile(figures, counted, reason));
    if (r.discrepancy != 0) {
        VAX_TRY_VALUE(auto id,
                      LotLedger::book(
                          db, {lotId, fridgeId, MovementKind::Adjustment, r.discrepancy, r.reason},
                          now, actor));
        r.adjustmentId = id;
    }
    r.countId = newId();
    VAX_TRY(StockCountRepository::insert(
        db, {r.countId, lotId, fridgeId, today, figures.opening, figures.received,
             figures.administered, figures.wasted, r.expected, counted, r.discrepancy, r.reason,
             r.adjustmentId, now, actor}));
    if (r.discrepancy != 0) {
        VAX_TRY(AuditLog::append(
            db, {now, actor, QStringLiteral("stock.adjustment"), QStringLiteral("lot"), lotId,
                 QJsonObject{{QStringLiteral("fridge"), fridgeId},
                             {QStringLiteral("expected"), r.expected},
                             {QStringLiteral("counted"), counted},
                             {QStringLiteral("discrepancy"), r.discrepancy},
                             {QStringLiteral("reason"), r.reason}}}));
    }
    VAX_TRY(tx.commit());
    return r;
}

}  // namespace vax
