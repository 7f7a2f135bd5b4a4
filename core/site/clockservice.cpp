#include "site/clockservice.h"

#include <QCoreApplication>
#include <QJsonObject>

#include "common/clock.h"
#include "common/inputpolicy.h"
#include "security/permissions.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct ClockServiceText {
    Q_DECLARE_TR_FUNCTIONS(ClockService)
};

QString stamp(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
}  // namespace

Result<ClockState> ClockService::status(const ServiceContext& ctx)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    return ClockGuard::state(db, clock);
}

Result<ClockAcknowledgement> ClockService::acknowledge(const ServiceContext& ctx,
                                                       const QString& reason)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actorId = ctx.actorId;
    VAX_TRY_VALUE(auto actor, requirePermission(db, actorId, Permission::ChangeSettings));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::ReasonRequired,
                         ClockServiceText::tr("Reason: say why the PC's clock was corrected, "
                                              "e.g. \"clock was 3 days ahead, set right\"."),
                         QStringLiteral("reason"));
    VAX_TRY(input::checkText(reason.trimmed(), QStringLiteral("reason"),
                             ClockServiceText::tr("Reason"), input::kNote));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY_VALUE(auto previous, ClockGuard::latestWritten(db));
    const QDateTime now = clock.nowUtc();
    VAX_TRY(ClockGuard::resetMark(db, now));
    VAX_TRY(AuditLog::append(
        db, {now, actor.id, QStringLiteral("clock.acknowledge"), QStringLiteral("clock"), QString(),
             QJsonObject{{QStringLiteral("from"), stamp(previous)},
                         {QStringLiteral("to"), stamp(now)},
                         {QStringLiteral("reason"), reason.trimmed()}}}));
    VAX_TRY(tx.commit());
    return ClockAcknowledgement{previous, now};
}

Status ClockService::setToleranceMinutes(const ServiceContext& ctx, int minutes)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actorId = ctx.actorId;
    VAX_TRY_VALUE(auto actor, requirePermission(db, actorId, Permission::ChangeSettings));
    if (minutes < kMinClockToleranceMinutes || minutes > kMaxClockToleranceMinutes)
        return makeError(ErrorCode::InvalidArgument,
                         ClockServiceText::tr("Clock tolerance: give %1 to %2 minutes.")
                             .arg(kMinClockToleranceMinutes)
                             .arg(kMaxClockToleranceMinutes),
                         QStringLiteral("minutes"));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY_VALUE(auto old, ClockGuard::toleranceMinutes(db));
    VAX_TRY(writeMeta(db, QStringLiteral("clock.tolerance_minutes"), QString::number(minutes)));
    VAX_TRY(AuditLog::append(db, {clock.nowUtc(), actor.id, QStringLiteral("settings.change"),
                                  QStringLiteral("meta"), QStringLiteral("clock.tolerance_minutes"),
                                  QJsonObject{{QStringLiteral("from"), QString::number(old)},
                                              {QStringLiteral("to"), QString::number(minutes)}}}));
    return tx.commit();
}

}  // namespace vax
