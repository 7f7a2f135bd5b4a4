#include "exchange/signingkey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include "common/clock.h"
#include "security/permissions.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/transaction.h"

namespace vax::signingkey {
namespace {

struct SigningKeyText {
    Q_DECLARE_TR_FUNCTIONS(SigningKeyText)
};

const QString kFilePrefix = QStringLiteral("file:");

}  // namespace

Result<StoreChoice> storeChoice(Database& db)
{
    VAX_TRY_VALUE(auto value,
                  readMeta(db, QString::fromLatin1(kStoreMetaKey), QStringLiteral("keychain")));
    if (value.startsWith(kFilePrefix))
        return StoreChoice{true, value.mid(kFilePrefix.size())};
    return StoreChoice{};
}

Result<Location> location(Database& db)
{
    VAX_TRY_VALUE(auto choice, storeChoice(db));
    VAX_TRY_VALUE(auto recorded, readMeta(db, QString::fromLatin1(kPublicKeyMetaKey)));
    Location where;
    if (auto key = signing::parsePublicKey(recorded); key && !recorded.isEmpty())
        where.fingerprint = fingerprint(*key);
    if (choice.file) {
        where.kind = Location::Kind::KeyFile;
        where.path = choice.path;
        where.fileMissing = !QFileInfo::exists(choice.path);
    } else if (!where.fingerprint.isEmpty()) {
        where.kind = Location::Kind::Keychain;
    }
    return where;
}

QString describe(const Location& where)
{
    const QString print = where.fingerprint.isEmpty()
                              ? SigningKeyText::tr(
                                    "fingerprint not recorded yet: the next "
                                    "export records it")
                              : SigningKeyText::tr("fingerprint %1").arg(where.fingerprint);
    switch (where.kind) {
        case Location::Kind::KeyFile:
            if (where.fileMissing)
                return SigningKeyText::tr(
                           "The export signing key is kept in the key file %1 (%2), "
                           "but that file is not there now: connect the drive that "
                           "holds it, or restore the file from its backup.")
                    .arg(QDir::toNativeSeparators(where.path), print);
            return SigningKeyText::tr(
                       "The export signing key is in the key file %1 (%2), protected "
                       "by a passphrase that every export asks for.")
                .arg(QDir::toNativeSeparators(where.path), print);
        case Location::Kind::Keychain:
            return SigningKeyText::tr(
                       "The export signing key is in the system keychain of this PC "
                       "(%1).")
                .arg(print);
        case Location::Kind::None:
            break;
    }
    return SigningKeyText::tr(
        "No export signing key has been set up yet. The first export "
        "keeps one in the system keychain, or, where there is none, in a "
        "key file protected by a passphrase.");
}

QString fingerprint(const QByteArray& publicKey)
{
    const QByteArray hex =
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(8).toHex();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

Status remember(Database& db, const Clock& clock, const QString& actor, const QByteArray& publicKey)
{
    // Only who may export records which key signs the exports.
    VAX_TRY(requirePermission(db, actor, Permission::Export));
    const QString text = signing::publicKeyText(publicKey);
    VAX_TRY_VALUE(auto recorded, readMeta(db, QString::fromLatin1(kPublicKeyMetaKey)));
    if (recorded == text)
        return {};
    VAX_TRY_VALUE(auto choice, storeChoice(db));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(writeMeta(db, QString::fromLatin1(kPublicKeyMetaKey), text));
    VAX_TRY(AuditLog::append(
        db, {clock.nowUtc(), actor, QStringLiteral("key.recorded"), QStringLiteral("signing_key"),
             QString(),
             QJsonObject{{QStringLiteral("store"),
                          choice.file ? QStringLiteral("file") : QStringLiteral("keychain")},
                         {QStringLiteral("public_key"), text}}}));
    return tx.commit();
}

Result<std::unique_ptr<SecretStore>> openStore(Database& db, const QString& passphrase,
                                               int timeoutMs)
{
    VAX_TRY_VALUE(auto choice, storeChoice(db));
    if (choice.file) {
        if (passphrase.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             SigningKeyText::tr("Passphrase: the signing key is in the key file "
                                                "%1; give its passphrase (--passphrase-stdin or "
                                                "%2).")
                                 .arg(choice.path, QString::fromLatin1(kPassphraseEnv)),
                             QStringLiteral("passphrase"));
        VAX_TRY_VALUE(auto file, FileSecretStore::open(choice.path, passphrase));
        return std::unique_ptr<SecretStore>(std::move(file));
    }
    const KeychainStatus status = probeKeychain(timeoutMs);
    if (!status.available)
        return makeError(ErrorCode::KeychainUnavailable,
                         SigningKeyText::tr("%1 To sign exports on this machine, a site "
                                            "administrator runs \"vaxctl key init --file PATH "
                                            "--passphrase-stdin\" once.")
                             .arg(status.message),
                         QStringLiteral("keychain"));
    return std::unique_ptr<SecretStore>(
        std::make_unique<KeychainSecretStore>(QString::fromLatin1(kKeychainService), timeoutMs));
}

Result<signing::KeyPair> load(SecretStore& store, bool create)
{
    VAX_TRY_VALUE(auto stored, store.get(QString::fromLatin1(kSecretName)));
    if (stored.has_value()) {
        auto pair = signing::fromSecretKey(*stored);
        if (!pair)
            return makeError(ErrorCode::SecretFileRefused,
                             SigningKeyText::tr("The signing key in %1 is damaged (%2). Restore "
                                                "it from the key backup.")
                                 .arg(store.describe(), pair.error().message));
        return pair;
    }
    if (!create)
        return makeError(ErrorCode::NotFound,
                         SigningKeyText::tr("There is no signing key in %1 yet; the first "
                                            "export creates one.")
                             .arg(store.describe()));
    const signing::KeyPair pair = signing::generate();
    VAX_TRY(store.set(QString::fromLatin1(kSecretName), pair.secretKey));
    return pair;
}

Result<signing::KeyPair> initFile(Database& db, const Clock& clock, const QString& path,
                                  const QString& passphrase, const QString& actor)
{
    VAX_TRY(requirePermission(db, actor, Permission::Export));
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         SigningKeyText::tr("Key file: give the path of the key file, e.g. "
                                            "--file /media/usb/vaxpoint-key.bin."),
                         QStringLiteral("file"));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    VAX_TRY_VALUE(auto store, QFileInfo::exists(absolute)
                                  ? FileSecretStore::open(absolute, passphrase)
                                  : FileSecretStore::create(absolute, passphrase));
    VAX_TRY_VALUE(auto pair, load(*store, true));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(writeMeta(db, QString::fromLatin1(kStoreMetaKey), kFilePrefix + absolute));
    VAX_TRY(writeMeta(db, QString::fromLatin1(kPublicKeyMetaKey),
                      signing::publicKeyText(pair.publicKey)));
    VAX_TRY(AuditLog::append(
        db, {clock.nowUtc(), actor, QStringLiteral("key.init"), QStringLiteral("signing_key"),
             QString(),
             QJsonObject{{QStringLiteral("store"), QStringLiteral("file")},
                         {QStringLiteral("public_key"), signing::publicKeyText(pair.publicKey)}}}));
    VAX_TRY(tx.commit());
    return pair;
}

}  // namespace vax::signingkey
