#include "exchange/sealsetting.h"

#include <QCoreApplication>
#include <QJsonObject>

#include "common/clock.h"
#include "exchange/sealing.h"
#include "security/permissions.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/transaction.h"

namespace vax::sealsetting {
namespace {

struct SealSettingText {
    Q_DECLARE_TR_FUNCTIONS(SealSetting)
};

}  // namespace

Result<QByteArray> publicKey(Database& db)
{
    VAX_TRY_VALUE(auto text, readMeta(db, QString::fromLatin1(kMetaKey)));
    if (text.trimmed().isEmpty())
        return QByteArray();
    auto key = sealing::parsePublicKey(text);
    if (!key)
        return makeError(ErrorCode::InvalidArgument,
                         SealSettingText::tr("The site setting %1 does not hold a district public "
                                             "key (x25519:…), so nothing is exported in clear. A "
                                             "site administrator sets it again: vaxctl export "
                                             "seal-to --public-key district.pub, or clears it "
                                             "with --clear.")
                             .arg(QString::fromLatin1(kMetaKey)),
                         QStringLiteral("seal-to"));
    return key;
}

Status set(Database& db, const Clock& clock, const QString& actorId, const QString& keyText)
{
    VAX_TRY_VALUE(auto actor, requirePermission(db, actorId, Permission::ChangeSettings));
    QString value = QStringLiteral("");  // empty, not null: meta.value is NOT NULL
    if (!keyText.trimmed().isEmpty()) {
        VAX_TRY_VALUE(auto key, sealing::parsePublicKey(keyText));
        value = sealing::publicKeyText(key);
    }
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    const QString metaKey = QString::fromLatin1(kMetaKey);
    VAX_TRY_VALUE(auto old, readMeta(db, metaKey));
    VAX_TRY(writeMeta(db, metaKey, value));
    VAX_TRY(AuditLog::append(
        db, {clock.nowUtc(), actor.id, QStringLiteral("settings.change"), QStringLiteral("meta"),
             metaKey, QJsonObject{{QStringLiteral("from"), old}, {QStringLiteral("to"), value}}}));
    return tx.commit();
}

}  // namespace vax::sealsetting
