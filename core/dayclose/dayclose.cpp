#include "dayclose/dayclose.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <map>
#include <tuple>

#include "common/age.h"
#include "common/clock.h"
#include "common/dbformat.h"
#include "desk/doserepository.h"
#include "exchange/exporter.h"
#include "security/permissions.h"
#include "site/site.h"
#include "stock/openvial.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/transaction.h"
#include "verification/checklist.h"

namespace vax {
namespace {

struct DayCloseText {
    Q_DECLARE_TR_FUNCTIONS(DayCloseText)
};

const QString kLastCloseKey = QStringLiteral("dayclose.last");

QJsonObject countsJson(const QMap<QString, int>& map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

Status loadDoses(Database& db, DaySummary& s, const QString& from, const QString& to,
                 const QTimeZone& zone)
{
    VAX_TRY_VALUE(auto q,
                  db.exec(QStringLiteral("SELECT d.product_code, d.dose_number, d.status, "
                                         "d.administered_at, p.birth_date, COALESCE(p.sex, '') "
                                         "FROM dose d JOIN person p ON p.id = d.person_id "
                                         "WHERE d.administered_at >= ? AND d.administered_at < ?"),
                          {from, to}));
    std::map<std::tuple<QString, int, int, QString>, int> cells;
    const QStringList& groups = ageGroups();
    while (q.next()) {
        if (doseStatusFromText(q.value(2).toString()) != DoseStatus::Completed) {
            ++s.dosesCorrected;
            continue;
        }
        ++s.dosesGiven;
        const QDateTime at = fromDbTime(q.value(3).toString()).toTimeZone(zone);
        s.hourly[static_cast<size_t>(at.time().hour())] += 1;
        const QDate birth = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        const int group =
            static_cast<int>(groups.indexOf(ageGroupOf(ageInWholeYears(birth, at.date()))));
        QString sex = q.value(5).toString();
        if (sex.isEmpty())
            sex = QStringLiteral("unknown");
        ++cells[{q.value(0).toString(), q.value(1).toInt(), group, sex}];
    }
    for (const auto& [key, count] : cells)
        s.doses.push_back({std::get<0>(key), std::get<1>(key), groups.value(std::get<2>(key)),
                           std::get<3>(key), count});
    return {};
}

Status loadStock(Database& db, DaySummary& s, const QString& from, const QString& to,
                 const QDate& day)
{
    VAX_TRY_VALUE(
        auto q,
        db.exec(
            QStringLiteral(
                "SELECT m.lot_id, l.lot_number, l.product_code, COALESCE(f.name, ''), "
                "SUM(CASE WHEN m.at < ? THEN m.doses ELSE 0 END), "
                "SUM(CASE WHEN m.at >= ? AND m.at < ? AND m.doses > 0 AND m.kind IN ('receipt', "
                "'transfer') THEN m.doses ELSE 0 END), "
                "-SUM(CASE WHEN m.at >= ? AND m.at < ? AND m.kind = 'administered' THEN m.doses "
                "ELSE 0 END), "
                "-SUM(CASE WHEN m.at >= ? AND m.at < ? AND m.kind = 'wasted' THEN m.doses ELSE 0 "
                "END), "
                "SUM(CASE WHEN m.at < ? THEN m.doses ELSE 0 END), "
                "(SELECT c.discrepancy FROM stock_count c WHERE c.lot_id = m.lot_id AND "
                "c.fridge_id = m.fridge_id AND c.day = ? ORDER BY c.at DESC LIMIT 1), "
                "SUM(CASE WHEN m.at >= ? AND m.at < ? THEN 1 ELSE 0 END) "
                "FROM stock_movement m JOIN lot l ON l.id = m.lot_id "
                "LEFT JOIN fridge f ON f.id = m.fridge_id "
                "WHERE m.at < ? GROUP BY m.lot_id, m.fridge_id ORDER BY l.product_code, "
                "l.lot_number"),
            {from, from, to, from, to, from, to, to, day.toString(Qt::ISODate), from, to, to}));
    while (q.next()) {
        LotDayStock l;
        l.lotId = q.value(0).toString();
        l.lotNumber = q.value(1).toString();
        l.productCode = q.value(2).toString();
        l.fridgeName = q.value(3).toString();
        l.opening = q.value(4).toInt();
        l.received = q.value(5).toInt();
        l.administered = q.value(6).toInt();
        l.wasted = q.value(7).toInt();
        l.expected = q.value(8).toInt();
        l.counted = !q.value(9).isNull();
        l.discrepancy = q.value(9).toInt();
        const bool movedToday = q.value(10).toInt() > 0;
        if (l.expected != 0 || movedToday || l.counted)
            s.stock.push_back(l);
    }
    VAX_TRY_VALUE(
        auto w, db.exec(QStringLiteral("SELECT reason, -SUM(doses) FROM stock_movement WHERE kind "
                                       "= 'wasted' AND at >= ? AND at < ? GROUP BY reason"),
                        {from, to}));
    while (w.next())
        s.wastageByReason.insert(w.value(0).toString(), w.value(1).toInt());
    VAX_TRY_VALUE(auto v,
                  db.exec(QStringLiteral("SELECT count(*) FROM vial WHERE closed_at IS NULL "
                                         "AND origin_desk IS NULL")));
    s.vialsOpen = v.scalar().toInt();
    return {};
}

Status loadColdChain(Database& db, DaySummary& s, const QString& from, const QString& to,
                     const QTimeZone& zone)
{
    VAX_TRY_VALUE(auto r, db.exec(QStringLiteral(
                                      "SELECT f.name, count(t.id), MIN(t.celsius), MAX(t.celsius), "
                                      "(SELECT count(*) FROM excursion e WHERE e.fridge_id = f.id "
                                      "AND e.start_at < ? AND e.end_at >= ?) "
                                      "FROM fridge f LEFT JOIN temperature_reading t ON "
                                      "t.fridge_id = f.id AND t.at >= ? AND t.at < ? "
                                      "WHERE f.active = 1 GROUP BY f.id ORDER BY f.name"),
                                  {to, from, from, to}));
    while (r.next())
        s.fridges.push_back({r.value(0).toString(), r.value(1).toInt(), r.value(2).toDouble(),
                             r.value(3).toDouble(), r.value(4).toInt()});
    VAX_TRY_VALUE(auto e, db.exec(QStringLiteral(
                                      "SELECT f.name, e.kind, e.start_at, e.minutes, e.extreme_c "
                                      "FROM excursion e JOIN fridge f ON f.id = e.fridge_id "
                                      "WHERE e.start_at < ? AND e.end_at >= ? ORDER BY e.start_at"),
                                  {to, from}));
    while (e.next())
        s.excursions.push_back({e.value(0).toString(), e.value(1).toString(),
                                fromDbTime(e.value(2).toString()).toTimeZone(zone),
                                e.value(3).toInt(), e.value(4).toDouble()});
    return {};
}

Status loadPeople(Database& db, DaySummary& s, const QString& from, const QString& to)
{
    const QString day = s.day.toString(Qt::ISODate);
    VAX_TRY_VALUE(
        auto v, db.exec(QStringLiteral("SELECT count(*) FROM visit WHERE visit_date = ?"), {day}));
    s.checkIns = v.scalar().toInt();
    VAX_TRY_VALUE(auto d, db.exec(QStringLiteral(
                                      "SELECT outcome, count(*) FROM deferral WHERE visit_date = ? "
                                      "GROUP BY outcome"),
                                  {day}));
    while (d.next()) {
        s.deferralsByOutcome.insert(d.value(0).toString(), d.value(1).toInt());
        s.deferrals += d.value(1).toInt();
    }
    VAX_TRY_VALUE(
        auto a, db.exec(QStringLiteral("SELECT severity, seriousness, count(*) FROM adverse_event "
                                       "WHERE onset_at >= ? AND onset_at < ? AND status = 'active' "
                                       "GROUP BY severity, seriousness"),
                        {from, to}));
    while (a.next()) {
        const int n = a.value(2).toInt();
        s.aefiTotal += n;
        s.aefiBySeverity[a.value(0).toString()] += n;
        if (a.value(1).toString() == u"serious")
            s.aefiSerious += n;
    }
    return {};
}

}  // namespace

QString ageGroupOf(int years)
{
    if (years < 3)
        return QStringLiteral("0-2");
    if (years <= 11)
        return QStringLiteral("3-11");
    if (years <= 14)
        return QStringLiteral("12-14");
    if (years <= 17)
        return QStringLiteral("15-17");
    if (years <= 59)
        return QStringLiteral("18-59");
    return QStringLiteral("60+");
}

const QStringList& ageGroups()
{
    static const QStringList groups{QStringLiteral("0-2"),   QStringLiteral("3-11"),
                                    QStringLiteral("12-14"), QStringLiteral("15-17"),
                                    QStringLiteral("18-59"), QStringLiteral("60+")};
    return groups;
}

int DaySummary::wasted() const
{
    int n = 0;
    for (int v : wastageByReason)
        n += v;
    return n;
}

int DaySummary::uncountedLots() const
{
    return static_cast<int>(
        std::count_if(stock.begin(), stock.end(), [](const LotDayStock& l) { return !l.counted; }));
}

QJsonObject toJson(const DaySummary& s)
{
    QJsonArray doses;
    for (const DoseCell& c : s.doses)
        doses.append(QJsonObject{{QStringLiteral("product"), c.productCode},
                                 {QStringLiteral("dose_number"), c.doseNumber},
                                 {QStringLiteral("age_group"), c.ageGroup},
                                 {QStringLiteral("sex"), c.sex},
                                 {QStringLiteral("count"), c.count}});
    QJsonArray hourly;
    for (int h = 0; h < 24; ++h)
        if (s.hourly[static_cast<size_t>(h)] > 0)
            hourly.append(QJsonObject{{QStringLiteral("hour"), h},
                                      {QStringLiteral("doses"), s.hourly[static_cast<size_t>(h)]}});
    QJsonArray stock;
    for (const LotDayStock& l : s.stock) {
        QJsonObject o{{QStringLiteral("lot_id"), l.lotId},
                      {QStringLiteral("lot_number"), l.lotNumber},
                      {QStringLiteral("product"), l.productCode},
                      {QStringLiteral("fridge"), l.fridgeName},
                      {QStringLiteral("opening"), l.opening},
                      {QStringLiteral("received"), l.received},
                      {QStringLiteral("administered"), l.administered},
                      {QStringLiteral("wasted"), l.wasted},
                      {QStringLiteral("expected"), l.expected},
                      {QStringLiteral("counted"), l.counted}};
        if (l.counted)
            o.insert(QStringLiteral("discrepancy"), l.discrepancy);
        stock.append(o);
    }
    QJsonArray fridges;
    for (const FridgeDay& f : s.fridges) {
        QJsonObject o{{QStringLiteral("fridge"), f.fridgeName},
                      {QStringLiteral("readings"), f.readings},
                      {QStringLiteral("excursions"), f.excursions}};
        if (f.readings > 0) {
            o.insert(QStringLiteral("min_c"), f.minC);
            o.insert(QStringLiteral("max_c"), f.maxC);
        }
        fridges.append(o);
    }
    QJsonArray excursions;
    for (const ExcursionLine& e : s.excursions)
        excursions.append(QJsonObject{{QStringLiteral("fridge"), e.fridgeName},
                                      {QStringLiteral("kind"), e.kind},
                                      {QStringLiteral("start"), e.start.toString(Qt::ISODate)},
                                      {QStringLiteral("minutes"), e.minutes},
                                      {QStringLiteral("extreme_c"), e.extremeC}});
    QJsonObject o{
        {QStringLiteral("day"), s.day.toString(Qt::ISODate)},
        {QStringLiteral("site"), QJsonObject{{QStringLiteral("code"), s.siteCode},
                                             {QStringLiteral("name"), s.siteName},
                                             {QStringLiteral("district"), s.district}}},
        {QStringLiteral("check_ins"), s.checkIns},
        {QStringLiteral("doses_given"), s.dosesGiven},
        {QStringLiteral("doses_corrected"), s.dosesCorrected},
        {QStringLiteral("doses"), doses},
        {QStringLiteral("hourly"), hourly},
        {QStringLiteral("aefi"),
         QJsonObject{{QStringLiteral("total"), s.aefiTotal},
                     {QStringLiteral("serious"), s.aefiSerious},
                     {QStringLiteral("by_severity"), countsJson(s.aefiBySeverity)}}},
        {QStringLiteral("wastage"), countsJson(s.wastageByReason)},
        {QStringLiteral("vials_open"), s.vialsOpen},
        {QStringLiteral("stock"), stock},
        {QStringLiteral("fridges"), fridges},
        {QStringLiteral("excursions"), excursions},
        {QStringLiteral("deferrals"),
         QJsonObject{{QStringLiteral("total"), s.deferrals},
                     {QStringLiteral("by_outcome"), countsJson(s.deferralsByOutcome)}}},
        {QStringLiteral("closed"), s.closed},
    };
    if (s.closed)
        o.insert(QStringLiteral("closed_at"), s.closedAt.toString(Qt::ISODate));
    return o;
}

Result<DaySummary> DayCloseService::summary(Database& db, const QDate& day)
{
    if (!day.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         DayCloseText::tr("Date: give the day as YYYY-MM-DD."),
                         QStringLiteral("date"));
    DaySummary s;
    s.day = day;
    VAX_TRY_VALUE(auto site, SiteService::load(db));
    s.siteCode = site.code;
    s.siteName = site.name;
    s.district = site.district;
    const QTimeZone zone = site.timeZone();
    const QString from = toDbTime(day.startOfDay(zone));
    const QString to = toDbTime(day.addDays(1).startOfDay(zone));
    VAX_TRY(loadDoses(db, s, from, to, zone));
    VAX_TRY(loadStock(db, s, from, to, day));
    VAX_TRY(loadColdChain(db, s, from, to, zone));
    VAX_TRY(loadPeople(db, s, from, to));
    VAX_TRY_VALUE(auto last, readMeta(db, kLastCloseKey));
    // "YYYY-MM-DD|closed at": the last day closed.
    if (last.section(u'|', 0, 0) == day.toString(Qt::ISODate)) {
        s.closed = true;
        s.closedAt = fromDbTime(last.section(u'|', 1)).toTimeZone(zone);
    }
    return s;
}

Result<DayCloseReceipt> DayCloseService::close(const ServiceContext& ctx)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actor = ctx.actorId;
    VAX_TRY(requirePermission(db, actor, Permission::Export));
    const SiteCalendar calendar = siteCalendar(db, clock);
    const QDateTime now = calendar.now();
    const QDate day = calendar.dateOf(now);
    DayCloseReceipt receipt;
    VAX_TRY_VALUE(auto open, VialService::listOpen(db));
    if (!open.empty()) {
        VAX_TRY_VALUE(auto vials, VialService::closeDay(ctx));
        receipt.vialsClosed = vials.vialsClosed;
        receipt.dosesWasted = vials.dosesWasted;
    }
    {
        VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
        VAX_TRY(writeMeta(db, kLastCloseKey, day.toString(Qt::ISODate) + u'|' + toDbTime(now)));
        VAX_TRY(AuditLog::append(
            db, {now, actor, QStringLiteral("day.close"), QStringLiteral("day"),
                 day.toString(Qt::ISODate),
                 QJsonObject{{QStringLiteral("vials_closed"), receipt.vialsClosed},
                             {QStringLiteral("doses_wasted"), receipt.dosesWasted}}}));
        VAX_TRY(tx.commit());
    }
    VAX_TRY_VALUE(auto s, summary(db, day));
    receipt.summary = std::move(s);
    return receipt;
}

Result<QDateTime> DayCloseService::closedAt(Database& db, const QDate& day)
{
    VAX_TRY_VALUE(auto last, readMeta(db, kLastCloseKey));
    if (!day.isValid() || last.section(u'|', 0, 0) != day.toString(Qt::ISODate))
        return QDateTime();
    VAX_TRY_VALUE(auto site, SiteService::load(db));
    return fromDbTime(last.section(u'|', 1)).toTimeZone(site.timeZone());
}

Result<DayCloseOpenItems> DayCloseService::openItems(const ServiceContext& ctx)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QDate day = siteCalendar(db, clock).today();
    VAX_TRY_VALUE(auto s, summary(db, day));
    DayCloseOpenItems items;
    items.day = day;
    items.uncountedLots = s.uncountedLots();
    items.alreadyClosed = s.closed;
    VAX_TRY_VALUE(auto vials, VialService::listOpen(db));
    items.vialsOpen = static_cast<int>(vials.size());
    for (const OpenVial& v : vials)
        items.dosesToWaste += std::max(0, v.dosesLeft());
    VAX_TRY_VALUE(auto o, db.exec(QStringLiteral("SELECT count(*) FROM observation WHERE state IN "
                                                 "('observing', 'adverse_event')")));
    items.underObservation = o.scalar().toInt();
    Exporter exporter(db, clock);
    VAX_TRY_VALUE(auto pending, exporter.pendingRecords());
    items.pendingRecords = pending;
    return items;
}

Status DayCloseService::reopen(const ServiceContext& ctx, const QDate& day)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actor = ctx.actorId;
    VAX_TRY(requirePermission(db, actor, Permission::ChangeSettings));
    const SiteCalendar calendar = siteCalendar(db, clock);
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(canReopen(db, day));
    VAX_TRY_VALUE(auto last, readMeta(db, kLastCloseKey));
    const QString closedAt = last.section(u'|', 1);
    // Empty, not NULL (meta.value is NOT NULL): no day is closed.
    VAX_TRY(writeMeta(db, kLastCloseKey, QStringLiteral("")));
    VAX_TRY(AuditLog::append(
        db, {calendar.now(), actor, QStringLiteral("day.reopen"), QStringLiteral("day"),
             day.toString(Qt::ISODate), QJsonObject{{QStringLiteral("closed_at"), closedAt}}}));
    return tx.commit();
}

Status DayCloseService::canReopen(Database& db, const QDate& day)
{
    if (!day.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         DayCloseText::tr("Date: give the day to reopen as YYYY-MM-DD."),
                         QStringLiteral("date"));
    const QString dayText = day.toString(Qt::ISODate);
    VAX_TRY_VALUE(auto last, readMeta(db, kLastCloseKey));
    if (last.section(u'|', 0, 0) != dayText)
        return makeError(ErrorCode::NotFound,
                         DayCloseText::tr("Date: %1 is not closed, so there is nothing to "
                                          "reopen. Only the day closed last can be reopened.")
                             .arg(dayText),
                         QStringLiteral("date"));
    VAX_TRY_VALUE(auto exported,
                  db.exec(QStringLiteral("SELECT file_name FROM export_batch WHERE created_at "
                                         ">= ? ORDER BY seq LIMIT 1"),
                          {last.section(u'|', 1)}));
    if (exported.next())
        return makeError(ErrorCode::AlreadyExists,
                         DayCloseText::tr("Date: %1 cannot be reopened: its bundle %2 was "
                                          "already exported after the close. Record late work "
                                          "today; the next export carries it to the district.")
                             .arg(dayText, exported.value(0).toString()),
                         QStringLiteral("date"));
    return {};
}

}  // namespace vax
