#include "site/siteadmin.h"

#include <QCoreApplication>

#include "checkin/consent.h"
#include "common/clock.h"
#include "common/inputpolicy.h"
#include "security/permissions.h"
#include "storage/audit.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct SiteAdminText {
    Q_DECLARE_TR_FUNCTIONS(SiteAdmin)
};

const QString kIdleLockKey = QStringLiteral("security.idle_lock_minutes");

Status writeSetting(Database& db, const Clock& clock, const QString& actorId, const QString& key,
                    const QString& value)
{
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY_VALUE(auto old, readMeta(db, key));
    VAX_TRY(writeMeta(db, key, value));
    VAX_TRY(AuditLog::append(
        db, {clock.nowUtc(), actorId, QStringLiteral("settings.change"), QStringLiteral("meta"),
             key, QJsonObject{{QStringLiteral("from"), old}, {QStringLiteral("to"), value}}}));
    return tx.commit();
}
}  // namespace

Result<int> SiteAdminService::idleLockMinutes(Database& db)
{
    VAX_TRY_VALUE(auto text, readMeta(db, kIdleLockKey));
    bool ok = false;
    const int minutes = text.toInt(&ok);
    if (!ok || minutes < kMinIdleLockMinutes || minutes > kMaxIdleLockMinutes)
        return kDefaultIdleLockMinutes;
    return minutes;
}

Status SiteAdminService::setIdleLockMinutes(const ServiceContext& ctx, int minutes)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actorId = ctx.actorId;
    VAX_TRY(requirePermission(db, actorId, Permission::ChangeSettings));
    if (minutes < kMinIdleLockMinutes || minutes > kMaxIdleLockMinutes) {
        return makeError(ErrorCode::InvalidArgument,
                         SiteAdminText::tr("Idle lock: give %1 to %2 minutes.")
                             .arg(kMinIdleLockMinutes)
                             .arg(kMaxIdleLockMinutes),
                         QStringLiteral("idle-lock-minutes"));
    }
    return writeSetting(db, clock, actorId, kIdleLockKey, QString::number(minutes));
}

Status SiteAdminService::setConsentVersions(const ServiceContext& ctx, const QStringList& versions)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actorId = ctx.actorId;
    VAX_TRY(requirePermission(db, actorId, Permission::ChangeSettings));
    QStringList clean;
    for (const QString& v : versions) {
        const QString t = v.trimmed();
        if (t.isEmpty())
            continue;
        VAX_TRY(input::checkText(t, QStringLiteral("consent_versions"),
                                 SiteAdminText::tr("Consent text version"), input::kIdentifier));
        if (t.contains(u','))
            return makeError(ErrorCode::InputInvalid,
                             SiteAdminText::tr("Consent text version \"%1\" contains a comma; "
                                               "separate versions with commas, not inside one.")
                                 .arg(t),
                             QStringLiteral("consent_versions"));
        if (!clean.contains(t))
            clean << t;
    }
    return writeSetting(db, clock, actorId, QString::fromLatin1(kConsentVersionsKey),
                        clean.join(u','));
}

Status SiteAdminService::setBackupMirror(const ServiceContext& ctx, const QString& dir)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actorId = ctx.actorId;
    VAX_TRY(requirePermission(db, actorId, Permission::Backup));
    return writeSetting(db, clock, actorId, QStringLiteral("backup.mirror_dir"), dir);
}

Result<QString> SiteAdminService::backup(const ServiceContext& ctx, const QString& extraDir)
{
    Database& db = ctx.db;
    const Clock& clock = ctx.clock;
    const QString& actorId = ctx.actorId;
    VAX_TRY(requirePermission(db, actorId, Permission::Backup));
    auto path = backupNow(db, clock, QStringLiteral("manual"), extraDir);
    if (!path)
        return path;
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(AuditLog::append(
        db,
        {clock.nowUtc(), actorId, QStringLiteral("backup"), QStringLiteral("database"), QString(),
         QJsonObject{{QStringLiteral("path"), *path}, {QStringLiteral("copy_to"), extraDir}}}));
    VAX_TRY(tx.commit());
    return path;
}

}  // namespace vax
