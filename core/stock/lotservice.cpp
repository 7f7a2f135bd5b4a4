#include "stock/lotservice.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimeZone>

#include "catalog/catalog.h"
#include "coldchain/fridges.h"
#include "common/clock.h"
#include "common/dbformat.h"
#include "common/ids.h"
#include "common/inputpolicy.h"
#include "security/permissions.h"
#include "site/site.h"
#include "stock/lotrepository.h"
#include "stock/tracecoderepository.h"
#include "storage/audit.h"
#include "storage/clockguard.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct LotText {
    Q_DECLARE_TR_FUNCTIONS(Lot)
};

Status validate(const LotReceipt& r, const Product* product, const QDate& today)
{
    if (!product)
        return makeError(ErrorCode::NotFound,
                         LotText::tr("Product: \"%1\" is not in the catalog. Use a code from "
                                     "\"vaxctl catalog list\".")
                             .arg(r.productCode),
                         QStringLiteral("product"));
    if (r.lotNumber.trimmed().isEmpty() || r.lotNumber.size() > 20)
        return makeError(ErrorCode::InvalidArgument,
                         LotText::tr("Lot number: enter the lot printed on the box (1 to 20 "
                                     "characters)."),
                         QStringLiteral("lot"));
    VAX_TRY(input::checkText(r.lotNumber.trimmed(), QStringLiteral("lot"),
                             LotText::tr("Lot number"), input::kLotNumber));
    VAX_TRY(input::checkText(r.manufacturer.trimmed(), QStringLiteral("manufacturer"),
                             LotText::tr("Manufacturer"), input::kLabel));
    if (!r.expiry.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         LotText::tr("Expiry: enter the date as YYYY-MM-DD."),
                         QStringLiteral("expiry"));
    if (r.expiry < today)
        return makeError(ErrorCode::LotExpired,
                         LotText::tr("Expiry: the lot expired on %1; do not receive expired "
                                     "vaccine.")
                             .arg(r.expiry.toString(Qt::ISODate)),
                         QStringLiteral("expiry"));
    if (r.vials < 0 || r.doses < 0 || (r.vials == 0 && r.doses == 0))
        return makeError(ErrorCode::InvalidArgument,
                         LotText::tr("Quantity: enter the number of vials or of doses "
                                     "received."),
                         QStringLiteral("vials"));
    if (r.vials > 0 && r.doses > 0 && r.doses != r.vials * product->vialDoses)
        return makeError(ErrorCode::InvalidArgument,
                         LotText::tr("Quantity: %1 vials of %2 hold %3 doses, not %4. Correct "
                                     "the vials or the doses.")
                             .arg(r.vials)
                             .arg(product->code)
                             .arg(r.vials * product->vialDoses)
                             .arg(r.doses),
                         QStringLiteral("doses"));
    for (const QString& code : r.traceCodes) {
        if (!LotService::isTraceCode(code))
            return makeError(ErrorCode::TraceCodeInvalid,
                             LotText::tr("Box code: \"%1\" is not a 20-digit trace code. Scan "
                                         "the box's trace code again.")
                                 .arg(code),
                             QStringLiteral("box"));
    }
    return {};
}
}  // namespace

bool LotService::isTraceCode(const QString& text)
{
    if (text.size() != 20)
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

Result<ReceiveResult> LotService::receive(const ServiceContext& ctx, const LotReceipt& r)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actor = ctx.actorId;
    VAX_TRY(requirePermission(db, actor, Permission::ReceiveStock));
    const QDateTime now = clock.nowUtc();
    const Product* product = Catalog::builtIn().find(r.productCode);
    VAX_TRY(validate(r, product, siteCalendar(db, clock).dateOf(now)));
    VAX_TRY_VALUE(auto fridge, FridgeRepository::find(db, r.fridgeId));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(ClockGuard::admit(db, now));
    ReceiveResult result;
    result.doses = r.doses > 0 ? r.doses : r.vials * product->vialDoses;
    VAX_TRY_VALUE(auto existing, LotRepository::byNumber(db, product->code, r.lotNumber.trimmed()));
    if (existing.has_value()) {
        result.lot = *existing;
        result.newLot = false;
        if (result.lot.expiry != r.expiry)
            return makeError(ErrorCode::AlreadyExists,
                             LotText::tr("Expiry: lot %1 is already in stock with expiry %2. "
                                         "Check the box; one lot has one expiry.")
                                 .arg(r.lotNumber, result.lot.expiry.toString(Qt::ISODate)),
                             QStringLiteral("expiry"));
    } else {
        LotInfo& l = result.lot;
        l.id = newId();
        l.productCode = product->code;
        l.lotNumber = r.lotNumber.trimmed();
        l.expiry = r.expiry;
        l.manufacturer = r.manufacturer.isEmpty() ? product->manufacturer.en : r.manufacturer;
        l.gtin = r.gtin.isEmpty() ? product->gtins.value(0) : r.gtin;
        l.dosesPerVial = product->vialDoses;
        l.fridgeId = fridge.id;
        l.status = lotStatusName(LotStatus::Available);
        l.receivedAt = now;
        VAX_TRY(LotRepository::insert(db, l, actor));
    }
    VAX_TRY_VALUE(auto moved, LotLedger::book(db,
                                              {result.lot.id, fridge.id, MovementKind::Receipt,
                                               result.doses, QString()},
                                              now, actor));
    result.movementId = moved;
    for (const QString& code : r.traceCodes) {
        VAX_TRY_VALUE(auto taken, TraceCodeRepository::lotOf(db, code));
        if (taken.has_value())
            return makeError(ErrorCode::TraceCodeTaken,
                             LotText::tr("Box code: %1 was already received. Set that box "
                                         "aside and check the delivery note.")
                                 .arg(code),
                             QStringLiteral("box"));
        VAX_TRY(TraceCodeRepository::insert(db, code, result.lot.id, now));
    }
    VAX_TRY(tx.commit());
    result.lot.onHand += result.doses;
    return result;
}

Result<LotInfo> LotService::find(Database& db, const QString& idOrNumber)
{
    VAX_TRY_VALUE(auto lots, LotRepository::byIdOrNumber(db, idOrNumber));
    if (lots.size() != 1)
        return makeError(lots.empty() ? ErrorCode::NotFound : ErrorCode::InvalidArgument,
                         lots.empty() ? LotText::tr("Lot: no lot \"%1\". Give a lot number or "
                                                    "id from \"vaxctl lot list\".")
                                            .arg(idOrNumber)
                                      : LotText::tr("Lot: \"%1\" is the number of several "
                                                    "lots; give the lot's id.")
                                            .arg(idOrNumber),
                         QStringLiteral("lot"));
    return lots.front();
}

Result<std::vector<LotInfo>> LotService::list(Database& db)
{
    return LotRepository::all(db);
}

Result<std::vector<LotInfo>> LotService::nearExpiry(Database& db, const QDate& today, int days)
{
    auto lots = LotRepository::expiringBy(db, today.addDays(days));
    if (!lots)
        return lots.error();
    std::erase_if(*lots, [](const LotInfo& l) { return l.onHand <= 0; });
    return lots;
}

Status LotService::checkUsable(Database& db, const QString& lotId, const QDate& today)
{
    VAX_TRY_VALUE(auto lot, find(db, lotId));
    return checkUsable(lot, today);
}

Status LotService::checkUsable(const LotInfo& lot, const QDate& today)
{
    if (lot.state() == LotStatus::Quarantined)
        return makeError(ErrorCode::LotQuarantined,
                         LotText::tr("Lot %1 is quarantined after a temperature excursion. A "
                                     "supervisor must release it before use; take another lot.")
                             .arg(lot.lotNumber),
                         QStringLiteral("lot"));
    if (lot.state() != LotStatus::Available)
        return makeError(ErrorCode::PermissionDenied,
                         LotText::tr("Lot %1 is %2 and cannot be used; take another lot.")
                             .arg(lot.lotNumber, lot.status),
                         QStringLiteral("lot"));
    if (lot.expiry < today)
        return makeError(ErrorCode::LotExpired,
                         LotText::tr("Lot %1 expired on %2; book it as wasted (expired) and take "
                                     "another lot.")
                             .arg(lot.lotNumber, lot.expiry.toString(Qt::ISODate)),
                         QStringLiteral("lot"));
    return {};
}

Result<QString> LotService::waste(const ServiceContext& ctx, const QString& lotId,
                                  const QString& fridgeId, int doses, WasteReason reason,
                                  const QString& note)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actor = ctx.actorId;
    VAX_TRY(requirePermission(db, actor, Permission::WasteStock));
    if (doses <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         LotText::tr("Doses: enter how many doses were wasted (1 or more)."),
                         QStringLiteral("doses"));
    VAX_TRY(input::checkText(note.trimmed(), QStringLiteral("note"), LotText::tr("Note"),
                             input::kNote));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(ClockGuard::admit(db, clock.nowUtc()));
    const QString why = note.isEmpty() ? wasteReasonName(reason)
                                       : wasteReasonName(reason) + QStringLiteral(": ") + note;
    VAX_TRY_VALUE(auto id, LotLedger::book(db, {lotId, fridgeId, MovementKind::Wasted, -doses, why},
                                           clock.nowUtc(), actor));
    VAX_TRY(tx.commit());
    return id;
}

Status LotService::transfer(const ServiceContext& ctx, const QString& lotId,
                            const QString& fromFridgeId, const QString& toFridgeId, int doses)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actor = ctx.actorId;
    VAX_TRY(requirePermission(db, actor, Permission::TransferStock));
    if (doses <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         LotText::tr("Doses: enter how many doses to move (1 or more)."),
                         QStringLiteral("doses"));
    VAX_TRY_VALUE(auto lot, find(db, lotId));
    VAX_TRY_VALUE(auto from, FridgeRepository::find(db, fromFridgeId));
    VAX_TRY_VALUE(auto to, FridgeRepository::find(db, toFridgeId));
    if (from.id == to.id)
        return makeError(ErrorCode::InvalidArgument,
                         LotText::tr("To fridge: the doses are already in %1; choose another "
                                     "fridge.")
                             .arg(to.name),
                         QStringLiteral("to"));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    const QDateTime now = clock.nowUtc();
    VAX_TRY(LotLedger::transfer(db, lot.id, from.id, to.id, doses, now, actor));
    VAX_TRY(AuditLog::append(
        db, {now, actor, QStringLiteral("stock.transfer"), QStringLiteral("lot"), lot.id,
             QJsonObject{{QStringLiteral("from"), from.id},
                         {QStringLiteral("to"), to.id},
                         {QStringLiteral("doses"), doses}}}));
    return tx.commit();
}

Result<QString> LotService::administer(const ServiceContext& ctx, const QString& lotId,
                                       const QString& fridgeId)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actor = ctx.actorId;
    VAX_TRY(requirePermission(db, actor, Permission::Administer));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(ClockGuard::admit(db, clock.nowUtc()));
    const QDateTime now = clock.nowUtc();
    VAX_TRY_VALUE(auto id, bookAdministered(db, lotId, fridgeId, now,
                                            siteCalendar(db, clock).dateOf(now), actor));
    VAX_TRY(tx.commit());
    return id;
}

Result<QString> LotService::bookAdministered(Database& db, const QString& lotId,
                                             const QString& fridgeId, const QDateTime& at,
                                             const QDate& today, const QString& actor)
{
    VAX_TRY(requirePermission(db, actor, Permission::Administer));
    VAX_TRY(checkUsable(db, lotId, today));
    return LotLedger::book(db, {lotId, fridgeId, MovementKind::Administered, -1, QString()}, at,
                           actor);
}

}  // namespace vax
