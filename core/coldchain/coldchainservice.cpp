#include "coldchain/coldchainservice.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

#include "coldchain/excursionrepository.h"
#include "coldchain/fridges.h"
#include "coldchain/lotquarantine.h"
#include "common/clock.h"
#include "common/dbformat.h"
#include "common/ids.h"
#include "common/sitecalendar.h"
#include "security/permissions.h"
#include "site/site.h"
#include "storage/audit.h"
#include "storage/clockguard.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

namespace {
// How far ahead of the site's clock a reading may be: clocks of loggers and PCs drift.
constexpr int kFutureToleranceSeconds = 300;

struct ColdChainText {
    Q_DECLARE_TR_FUNCTIONS(ColdChain)
};

Status storeExcursions(Database& db, const QString& fridgeId,
                       const std::vector<DetectedExcursion>& found, const QDateTime& now,
                       const QString& actor, std::vector<StoredExcursion>& out)
{
    for (const DetectedExcursion& e : found) {
        StoredExcursion s{newId(), fridgeId, e, now, 0};
        VAX_TRY_VALUE(auto stored,
                      ExcursionRepository::insertIfNew(db, s.id, fridgeId, e, now, actor));
        if (!stored)
            continue;  // already known from an earlier import
        VAX_TRY_VALUE(auto lots, LotQuarantine::quarantineFor(db, s.id, fridgeId, e.start, e.end));
        s.lotsQuarantined = lots;
        VAX_TRY(AuditLog::append(
            db,
            {now, actor, QStringLiteral("excursion.detected"), QStringLiteral("excursion"), s.id,
             QJsonObject{{QStringLiteral("fridge"), fridgeId},
                         {QStringLiteral("kind"), excursionKindName(e.kind)},
                         {QStringLiteral("extreme_c"), e.extremeC},
                         {QStringLiteral("lots"), lots}}}));
        out.push_back(s);
    }
    return {};
}
// Where a reading of an import came from, for its error.
QString readingPlace(const TemperatureReading& r)
{
    return r.line > 0 ? ColdChainText::tr("Line %1").arg(r.line)
                      : ColdChainText::tr("The reading at %1").arg(r.at.toString(Qt::ISODate));
}

// What no logger can have measured: readings or days after now (beyond the tolerance the
// manual readings have), a temperature that is not a number or out of any fridge's range.
Status checkReport(const LoggerReport& report, const SiteCalendar& calendar)
{
    const QDateTime latest = calendar.now().addSecs(kFutureToleranceSeconds);
    for (const TemperatureReading& r : report.readings) {
        if (!r.at.isValid() || r.at > latest)
            return makeError(
                ErrorCode::ImportLine,
                ColdChainText::tr("%1: the reading at %2 is in the future (the "
                                  "site's clock says %3). Check the logger's "
                                  "clock and export it again; nothing was "
                                  "imported.")
                    .arg(readingPlace(r), r.at.toString(Qt::ISODate),
                         calendar.local(calendar.now()).toString(Qt::ISODate)),
                r.line > 0 ? QStringLiteral("line:%1").arg(r.line) : QStringLiteral("file"));
        if (!std::isfinite(r.celsius) || r.celsius < -100 || r.celsius > 100)
            return makeError(
                ErrorCode::ImportLine,
                ColdChainText::tr("%1: the temperature is not a number between "
                                  "-100 and 100 °C. Fix the file or export it "
                                  "again; nothing was imported.")
                    .arg(readingPlace(r)),
                r.line > 0 ? QStringLiteral("line:%1").arg(r.line) : QStringLiteral("file"));
    }
    const QDate today = calendar.today();
    for (const LoggerDay& d : report.days)
        if (d.date > today)
            return makeError(ErrorCode::ImportLine,
                             ColdChainText::tr("The logger's history has a day in the future "
                                               "(%1; today is %2). Check the logger's clock "
                                               "and export it again; nothing was imported.")
                                 .arg(d.date.toString(Qt::ISODate), today.toString(Qt::ISODate)),
                             QStringLiteral("file"));
    return {};
}
}  // namespace

Result<ReadingOutcome> ColdChainService::addManualReading(const ServiceContext& ctx,
                                                          const QString& fridgeId, double celsius,
                                                          const QDateTime& at)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actor = ctx.actorId;
    VAX_TRY(requirePermission(db, actor, Permission::RecordTemperature));
    const QDateTime now = clock.nowUtc();
    const QDateTime when = at.isValid() ? at : now;
    if (when > now.addSecs(kFutureToleranceSeconds))
        return makeError(ErrorCode::InvalidArgument,
                         ColdChainText::tr("Time: the reading is in the future; enter the time "
                                           "it was read."),
                         QStringLiteral("at"));
    if (!std::isfinite(celsius))
        return makeError(ErrorCode::InvalidArgument,
                         ColdChainText::tr("Temperature: \"%1\" is not a number; enter the "
                                           "reading in °C, e.g. 4.5.")
                             .arg(celsius),
                         QStringLiteral("celsius"));
    if (celsius < -100 || celsius > 100)
        return makeError(ErrorCode::InvalidArgument,
                         ColdChainText::tr("Temperature: %1 °C is not a plausible fridge "
                                           "reading; enter it in °C.")
                             .arg(celsius),
                         QStringLiteral("celsius"));
    VAX_TRY_VALUE(auto fridge, FridgeRepository::find(db, fridgeId));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(ClockGuard::admit(db, now));
    ReadingOutcome out;
    const TemperatureReading reading{when, celsius};
    const ReadingSession session = sessionAt(when.toTimeZone(siteZone(db)).time());
    VAX_TRY_VALUE(auto id, ReadingRepository::insertIfNew(
                               db, fridge.id, reading, ReadingSource::Manual, session, {}, actor));
    if (id.isEmpty())
        return makeError(ErrorCode::AlreadyExists,
                         ColdChainText::tr("Time: this fridge already has a manual reading at "
                                           "that time."),
                         QStringLiteral("at"));
    out.readingId = id;
    out.readingsStored = 1;
    VAX_TRY(storeExcursions(db, fridge.id,
                            ExcursionDetector::fromManualReadings({reading}, fridge.thresholds),
                            now, actor, out.excursions));
    VAX_TRY(tx.commit());
    return out;
}

Result<ReadingOutcome> ColdChainService::importReport(const ServiceContext& ctx,
                                                      const QString& fridgeId,
                                                      const LoggerReport& report)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actor = ctx.actorId;
    VAX_TRY(requirePermission(db, actor, Permission::RecordTemperature));
    VAX_TRY_VALUE(auto fridge, FridgeRepository::find(db, fridgeId));
    const QDateTime now = clock.nowUtc();
    VAX_TRY(checkReport(report, siteCalendar(db, clock)));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    const QString importId = newId();
    ReadingOutcome out;
    for (const TemperatureReading& r : report.readings) {
        VAX_TRY_VALUE(auto id,
                      ReadingRepository::insertIfNew(db, fridge.id, r, ReadingSource::Logger,
                                                     std::nullopt, importId, actor));
        (id.isEmpty() ? out.readingsSkipped : out.readingsStored) += 1;
    }
    const auto found =
        report.readings.empty()
            ? ExcursionDetector::fromLoggerDays(report, fridge.thresholds, siteZone(db))
            : ExcursionDetector::fromLoggerReadings(report.readings, fridge.thresholds);
    VAX_TRY(storeExcursions(db, fridge.id, found, now, actor, out.excursions));
    VAX_TRY(AuditLog::append(
        db,
        {now, actor, QStringLiteral("temperature.import"), QStringLiteral("fridge"), fridge.id,
         QJsonObject{{QStringLiteral("format"), report.format},
                     {QStringLiteral("serial"), report.serial},
                     {QStringLiteral("stored"), out.readingsStored},
                     {QStringLiteral("excursions"), static_cast<int>(out.excursions.size())}}}));
    VAX_TRY(tx.commit());
    return out;
}

Result<std::vector<StoredReading>> ColdChainService::readings(Database& db, const QString& fridgeId,
                                                              const QDateTime& from,
                                                              const QDateTime& to)
{
    return ReadingRepository::between(db, fridgeId, from, to);
}

Result<std::optional<ReadingSession>> ColdChainService::manualReadingDue(const ServiceContext& ctx,
                                                                         const QString& fridgeId)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const SiteCalendar calendar = siteCalendar(db, clock);
    const QDateTime now = calendar.now();
    const QTimeZone& zone = calendar.zone();
    const QDate today = calendar.dateOf(now);
    VAX_TRY_VALUE(auto taken, ReadingRepository::timesBetween(db, fridgeId, ReadingSource::Manual,
                                                              calendar.startOfDay(today),
                                                              calendar.endOfDay(today)));
    return vax::manualReadingDue(now, zone, taken);
}

}  // namespace vax
