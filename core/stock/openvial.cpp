#include "stock/openvial.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include "catalog/catalog.h"
#include "common/clock.h"
#include "common/dbformat.h"
#include "common/ids.h"
#include "security/permissions.h"
#include "site/site.h"
#include "stock/lotservice.h"
#include "stock/vialrepository.h"
#include "storage/audit.h"
#include "storage/clockguard.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct VialText {
    Q_DECLARE_TR_FUNCTIONS(Vial)
};

}  // namespace

QDateTime vialDiscardAt(const QDateTime& opened, std::optional<int> openVialHours,
                        const QTime& sessionEnd, const QDate& lotExpiry, const QTimeZone& zone)
{
    const QDateTime local = opened.toTimeZone(zone);
    QDateTime session(local.date(), sessionEnd, zone);
    if (session <= local)
        session = QDateTime(local.date().addDays(1), QTime(0, 0), zone);
    QDateTime result = session;
    const QDateTime expiryEnd(lotExpiry.addDays(1), QTime(0, 0), zone);
    if (expiryEnd < result)
        result = expiryEnd;
    if (openVialHours) {
        const QDateTime rule = local.addSecs(qint64(*openVialHours) * 3600);
        if (rule < result)
            result = rule;
    }
    return result.toUTC();
}

Result<QTime> VialService::sessionEnd(Database& db)
{
    VAX_TRY_VALUE(auto text,
                  readMeta(db, QStringLiteral("stock.session_end"), QStringLiteral("17:30")));
    const QTime t = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!t.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         VialText::tr("Session end: the site setting \"%1\" is not HH:MM; set it "
                                      "again, e.g. 17:30.")
                             .arg(text),
                         QStringLiteral("stock.session_end"));
    return t;
}

Result<QTime> VialService::setSessionEnd(const ServiceContext& ctx, const QString& text)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actor = ctx.actorId;
    VAX_TRY(requirePermission(db, actor, Permission::ChangeSettings));
    static const QRegularExpression kHhMm(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    const QString trimmed = text.trimmed();
    if (!kHhMm.match(trimmed).hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         VialText::tr("Session end: \"%1\" is not a time of day; give it as "
                                      "HH:MM (24-hour), e.g. 17:30.")
                             .arg(text),
                         QStringLiteral("stock.session_end"));
    VAX_TRY_VALUE(auto previous,
                  readMeta(db, QStringLiteral("stock.session_end"), QStringLiteral("17:30")));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(writeMeta(db, QStringLiteral("stock.session_end"), trimmed));
    VAX_TRY(AuditLog::append(
        db, {clock.nowUtc(), actor, QStringLiteral("setting.changed"), QStringLiteral("meta"),
             QStringLiteral("stock.session_end"),
             QJsonObject{{QStringLiteral("from"), previous}, {QStringLiteral("to"), trimmed}}}));
    VAX_TRY(tx.commit());
    return QTime::fromString(trimmed, QStringLiteral("HH:mm"));
}

Result<OpenVial> VialService::open(const ServiceContext& ctx, const QString& lotId,
                                   const QString& fridgeId)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actor = ctx.actorId;
    VAX_TRY(requirePermission(db, actor, Permission::Administer));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(ClockGuard::admit(db, clock.nowUtc()));
    const QDateTime now = clock.nowUtc();
    const QTimeZone zone = siteZone(db);
    VAX_TRY(LotService::checkUsable(db, lotId, now.toTimeZone(zone).date()));
    VAX_TRY_VALUE(auto lot, LotService::find(db, lotId));
    VAX_TRY_VALUE(auto onHand, LotLedger::onHand(db, lot.id, fridgeId));
    VAX_TRY_VALUE(auto reserved, VialRepository::dosesLeftInOpen(db, lot.id, fridgeId));
    const int doses = std::min(lot.dosesPerVial, onHand - reserved);
    if (doses <= 0)
        return makeError(ErrorCode::StockNegative,
                         VialText::tr("Lot %1 has no unopened doses in this fridge; receive "
                                      "stock or use an open vial.")
                             .arg(lot.lotNumber),
                         QStringLiteral("lot"));
    VAX_TRY_VALUE(auto end, sessionEnd(db));
    const Product* product = Catalog::builtIn().find(lot.productCode);
    OpenVial v;
    v.id = newId();
    v.lotId = lot.id;
    v.lotNumber = lot.lotNumber;
    v.productCode = lot.productCode;
    v.fridgeId = fridgeId;
    v.openedAt = now;
    v.discardAt =
        vialDiscardAt(now, product ? product->openVialHours : std::nullopt, end, lot.expiry, zone);
    v.doses = doses;
    VAX_TRY(VialRepository::insert(db, v, actor));
    VAX_TRY(tx.commit());
    return v;
}

Result<OpenVial> VialService::drawDose(const ServiceContext& ctx, const QString& vialId)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actor = ctx.actorId;
    VAX_TRY(requirePermission(db, actor, Permission::Administer));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(ClockGuard::admit(db, clock.nowUtc()));
    VAX_TRY_VALUE(auto drawn, drawDoseInTransaction(db, vialId, clock.nowUtc(), actor));
    VAX_TRY(tx.commit());
    return drawn.vial;
}

Result<std::optional<OpenVial>> VialService::find(Database& db, const QString& vialId,
                                                  bool includeClosed)
{
    return VialRepository::byId(db, vialId, includeClosed);
}

Result<VialService::Draw> VialService::drawDoseInTransaction(Database& db, const QString& vialId,
                                                             const QDateTime& at,
                                                             const QString& actor)
{
    VAX_TRY(requirePermission(db, actor, Permission::Administer));
    VAX_TRY_VALUE(auto found, find(db, vialId));
    if (!found)
        return makeError(ErrorCode::NotFound,
                         VialText::tr("Vial: no open vial \"%1\"; open a new vial.").arg(vialId),
                         QStringLiteral("vial"));
    Draw draw{*found, QString()};
    OpenVial& v = draw.vial;
    if (v.ownerDesk != 0)
        return makeError(ErrorCode::PermissionDenied,
                         VialText::tr("Vial: this vial belongs to desk %1, which opened it; draw "
                                      "from it there, or open a new vial at this desk.")
                             .arg(v.ownerDesk),
                         QStringLiteral("vial"));
    if (v.expiredAt(at))
        return makeError(
            ErrorCode::VialExpired,
            VialText::tr("Vial: this vial had to be discarded at %1; discard it "
                         "and open a new one.")
                .arg(v.discardAt.toTimeZone(siteZone(db)).toString(QStringLiteral("HH:mm"))),
            QStringLiteral("vial"));
    if (v.dosesLeft() <= 0)
        return makeError(ErrorCode::VialEmpty,
                         VialText::tr("Vial: no doses left; open a new vial."),
                         QStringLiteral("vial"));
    VAX_TRY_VALUE(auto id, LotLedger::book(db,
                                           {v.lotId, v.fridgeId, MovementKind::Administered, -1,
                                            QStringLiteral("vial:") + v.id},
                                           at, actor));
    VAX_TRY(VialRepository::drawOne(db, v.id));
    ++v.dosesDrawn;
    draw.movementId = id;
    return draw;
}

Result<std::vector<OpenVial>> VialService::listOpen(Database& db)
{
    return VialRepository::listOpen(db);
}

Result<DayCloseResult> VialService::closeDay(const ServiceContext& ctx)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actor = ctx.actorId;
    VAX_TRY(requirePermission(db, actor, Permission::CountStock));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(ClockGuard::admit(db, clock.nowUtc()));
    VAX_TRY_VALUE(auto vials, listOpen(db));
    const QDateTime now = clock.nowUtc();
    DayCloseResult result;
    for (const OpenVial& v : vials) {
        if (v.dosesLeft() > 0) {
            VAX_TRY(LotLedger::book(db,
                                    {v.lotId, v.fridgeId, MovementKind::Wasted, -v.dosesLeft(),
                                     wasteReasonName(WasteReason::OpenVialTime)},
                                    now, actor));
            result.dosesWasted += v.dosesLeft();
        }
        VAX_TRY(VialRepository::close(db, v.id, now, VialCloseReason::DayClose));
        ++result.vialsClosed;
    }
    VAX_TRY(tx.commit());
    return result;
}

}  // namespace vax
