#include "site/site.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

#include "catalog/catalog.h"
#include "coldchain/fridges.h"
#include "common/clock.h"
#include "common/ids.h"
#include "common/inputpolicy.h"
#include "security/permissions.h"
#include "security/staff.h"
#include "stock/lotrepository.h"
#include "stock/stockledger.h"
#include "stock/tracecoderepository.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "training/trainingcodes.h"

namespace vax {

namespace {
struct SiteText {
    Q_DECLARE_TR_FUNCTIONS(Site)
};

Status validate(const InitRequest& r)
{
    static const QRegularExpression codeRe(QStringLiteral("^[A-Za-z0-9-]{2,20}$"));
    if (!codeRe.match(r.code).hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         SiteText::tr("Site code: use 2 to 20 letters, digits or dashes, e.g. "
                                      "\"BJ-CY-001\"."),
                         QStringLiteral("site-code"));
    if (r.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         SiteText::tr("Site name: enter the vaccination point's name."),
                         QStringLiteral("site-name"));
    if (r.district.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         SiteText::tr("District: enter the district that receives this site's "
                                      "reports."),
                         QStringLiteral("district"));
    VAX_TRY(input::checkText(r.name.trimmed(), QStringLiteral("site-name"),
                             SiteText::tr("Site name"), input::kLabel));
    VAX_TRY(input::checkText(r.district.trimmed(), QStringLiteral("district"),
                             SiteText::tr("District"), input::kLabel));
    if (!r.timeZoneId.isEmpty())
        VAX_TRY(SiteCalendar::zoneFromId(r.timeZoneId, QStringLiteral("timezone")));
    if (!r.training && (r.adminUsername.isEmpty() || r.adminPassword.isEmpty()))
        return makeError(ErrorCode::InvalidArgument,
                         SiteText::tr("Administrator: a production site needs the first "
                                      "administrator's username and password."),
                         QStringLiteral("admin-user"));
    return {};
}

Status storeCatalog(Database& db, const QDateTime& now)
{
    const QByteArray json = Catalog::builtInJson();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    return SiteRepository::storeCatalog(db, Catalog::builtIn().version(), sha,
                                        QString::fromUtf8(json), now);
}

Status seedTrainingStock(Database& db, const QDateTime& now, const QTimeZone& zone,
                         const QString& actor)
{
    // The default thresholds: 2–8 °C and the factory alarms.
    const QString fridgeId = newId();
    VAX_TRY(FridgeRepository::insert(
        db, {fridgeId, SiteText::tr("Fridge 1 (training)"), FridgeThresholds{}, true, now}));
    const QDate today = now.toTimeZone(zone).date();
    struct DemoLot {
        const char* product;
        const char* lot;
        int expiryDays;
        int doses;
    };
    const DemoLot lots[] = {
        {"BBIBP-CorV", "TRAIN-B2021001", 300, 400}, {"CoronaVac", "TRAIN-C2021001", 200, 400},
        {"ZF2001", "TRAIN-Z2021001", 180, 200},     {"Convidecia", "TRAIN-A2021001", 120, 90},
        {"BBIBP-CorV", "TRAIN-B2020099", 10, 40},
    };
    for (const DemoLot& demo : lots) {
        const Product* p = Catalog::builtIn().find(QString::fromLatin1(demo.product));
        if (!p)
            return makeError(ErrorCode::Internal, QStringLiteral("demo product missing"));
        LotInfo lot;
        lot.id = newId();
        lot.productCode = p->code;
        lot.lotNumber = QString::fromLatin1(demo.lot);
        lot.expiry = today.addDays(demo.expiryDays);
        lot.manufacturer = p->manufacturer.en;
        lot.gtin = p->gtins.value(0);
        lot.dosesPerVial = p->vialDoses;
        lot.fridgeId = fridgeId;
        lot.receivedAt = now;
        VAX_TRY(LotRepository::insert(db, lot, actor));
        VAX_TRY(LotLedger::book(
            db,
            {lot.id, fridgeId, MovementKind::Receipt, demo.doses, QStringLiteral("training data")},
            now, actor));
        // The boxes' trace codes, so a nurse can practise scanning a box at the desk.
        for (int box = 0; box < TrainingCodes::kDemoBoxesPerLot; ++box)
            VAX_TRY(TraceCodeRepository::insertIfAbsent(
                db, TrainingCodes::demoTraceCode(p->code, lot.lotNumber, box), lot.id, now));
    }
    return {};
}
}  // namespace

Result<SiteInfo> SiteService::load(Database& db)
{
    VAX_TRY_VALUE(auto site, SiteRepository::load(db));
    if (!site.has_value()) {
        return makeError(ErrorCode::DbNotInitialized,
                         SiteText::tr("The database has no site yet. Create it with \"vaxctl init "
                                      "--site-code … --site-name … --district …\"."),
                         QStringLiteral("site"));
    }
    return *site;
}

QTimeZone siteZone(Database& db)
{
    auto id = SiteRepository::timeZoneId(db);
    if (!id || !id->has_value())
        return SiteCalendar::defaultZone();
    SiteInfo s;
    s.timeZoneId = **id;
    return s.timeZone();
}

SiteCalendar siteCalendar(Database& db, const Clock& clock)
{
    return SiteCalendar(clock, siteZone(db));
}

Result<SiteInfo> SiteService::setTimeZone(const ServiceContext& ctx, const QString& ianaId)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actor = ctx.actorId;
    VAX_TRY(requirePermission(db, actor, Permission::ChangeSettings));
    VAX_TRY_VALUE(auto zone, SiteCalendar::zoneFromId(ianaId, QStringLiteral("timezone")));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY_VALUE(auto before, load(db));
    const QString id = QString::fromUtf8(zone.id());
    VAX_TRY(SiteRepository::setTimeZone(db, id));
    VAX_TRY(AuditLog::append(db, {clock.nowUtc(), actor, QStringLiteral("site.timezone"),
                                  QStringLiteral("site"), before.uuid,
                                  QJsonObject{{QStringLiteral("from"), before.timeZoneId},
                                              {QStringLiteral("to"), id}}}));
    VAX_TRY(tx.commit());
    SiteInfo after = before;
    after.timeZoneId = id;
    return after;
}

Result<SiteInfo> SiteService::init(const ServiceContext& ctx, const InitRequest& request)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    VAX_TRY(validate(request));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY_VALUE(auto existing, SiteRepository::load(db));
    if (existing.has_value()) {
        return makeError(ErrorCode::AlreadyExists,
                         SiteText::tr("This database already belongs to site %1. Use another "
                                      "--db path for a new site.")
                             .arg(existing->code),
                         QStringLiteral("db"));
    }
    SiteInfo site;
    site.uuid = newId();
    site.code = request.code;
    site.name = request.name.trimmed();
    site.district = request.district.trimmed();
    site.training = request.training;
    site.createdAt = clock.nowUtc();
    site.timeZoneId =
        request.timeZoneId.isEmpty() ? SiteCalendar::defaultZoneId() : request.timeZoneId.trimmed();
    VAX_TRY(SiteRepository::insert(db, site));
    VAX_TRY(storeCatalog(db, site.createdAt));
    NewStaff admin;
    admin.username = request.adminUsername.isEmpty() ? QString::fromLatin1(kDemoUsername)
                                                     : request.adminUsername;
    admin.password = request.adminPassword.isEmpty() ? QString::fromLatin1(kDemoPassword)
                                                     : request.adminPassword;
    admin.displayName =
        request.adminName.isEmpty() ? SiteText::tr("Site administrator") : request.adminName;
    admin.roles = Roles(Role::SiteAdmin) | Role::Registrar | Role::Vaccinator | Role::Doctor |
                  Role::StockKeeper;
    VAX_TRY_VALUE(auto staff, StaffRepository::insert(db, clock, admin, QStringLiteral("system")));
    if (site.training)
        VAX_TRY(seedTrainingStock(db, site.createdAt, site.timeZone(), staff.id));
    VAX_TRY(AuditLog::append(db, {site.createdAt, QStringLiteral("system"),
                                  QStringLiteral("site.init"), QStringLiteral("site"), site.uuid,
                                  QJsonObject{{QStringLiteral("code"), site.code},
                                              {QStringLiteral("training"), site.training},
                                              {QStringLiteral("timezone"), site.timeZoneId}}}));
    VAX_TRY(tx.commit());
    return site;
}

}  // namespace vax
