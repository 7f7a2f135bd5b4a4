#include "security/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

#include <qt6keychain/keychain.h>
#include <sodium.h>

namespace vax {

namespace {
struct SecretText {
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

const QString kProbeKey = QStringLiteral("vaxpoint-keychain-probe");
const QString kFileFormat = QStringLiteral("vaxpoint-keyfile");
constexpr int kFileVersion = 1;

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 2);
}

Error keychainUnavailable(const QString& detail, bool timedOut, int timeoutMs)
{
    const QString what =
        timedOut ? SecretText::tr("No keychain answered within %1 s").arg(seconds(timeoutMs))
                 : SecretText::tr("No keychain is available (%1)").arg(detail);
    return makeError(ErrorCode::KeychainUnavailable,
                     SecretText::tr("%1. On Linux this needs a running secret service (GNOME "
                                    "Keyring or KWallet) in the desktop session. Use a "
                                    "passphrase-protected key file instead.")
                         .arg(what),
                     QStringLiteral("keychain"));
}

struct JobOutcome {
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

// Starts `job` and waits for it in a local event loop, at most timeoutMs. A job that times out
// is left to finish (and delete itself) later; its late answer goes nowhere.
JobOutcome runJob(QKeychain::Job* job, int timeoutMs)
{
    auto outcome = std::make_shared<JobOutcome>();
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [outcome, &loop](QKeychain::Job* j) {
        outcome->finished = true;
        outcome->error = j->error();
        outcome->errorString = j->errorString();
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(j))
            outcome->data = read->binaryData();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome->finished)
        loop.exec();
    return *outcome;
}

Status keychainError(const JobOutcome& o, int timeoutMs)
{
    if (!o.finished)
        return keychainUnavailable(QString(), true, timeoutMs);
    return keychainUnavailable(o.errorString, false, timeoutMs);
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Error fileRefused(const QString& path, const QString& why)
{
    return makeError(ErrorCode::SecretFileRefused,
                     SecretText::tr("Key file %1: %2").arg(QDir::toNativeSeparators(path), why),
                     QStringLiteral("key-file"));
}

Result<QByteArray> deriveKey(const QString& passphrase, const QByteArray& salt, qulonglong ops,
                             qulonglong mem)
{
    if (!sodiumReady())
        return makeError(ErrorCode::Internal, QStringLiteral("libsodium failed to initialise"));
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    const QByteArray utf8 = passphrase.toUtf8();
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()),
                      static_cast<unsigned long long>(key.size()), utf8.constData(),
                      static_cast<unsigned long long>(utf8.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), ops,
                      static_cast<size_t>(mem), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return makeError(ErrorCode::Internal,
                         SecretText::tr("Deriving the key from the passphrase ran out of memory. "
                                        "Close other programs and try again."));
    }
    return key;
}
}  // namespace

// ---- keychain -------------------------------------------------------------------------------

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service)), m_timeoutMs(timeoutMs)
{
}

Result<std::optional<QByteArray>> KeychainSecretStore::get(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    const JobOutcome o = runJob(job, m_timeoutMs);
    if (o.finished && o.error == QKeychain::NoError)
        return std::optional<QByteArray>(o.data);
    if (o.finished && o.error == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    return keychainError(o, m_timeoutMs).error();
}

Status KeychainSecretStore::set(const QString& key, const QByteArray& value)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(value);
    const JobOutcome o = runJob(job, m_timeoutMs);
    if (o.finished && o.error == QKeychain::NoError)
        return {};
    return keychainError(o, m_timeoutMs);
}

Status KeychainSecretStore::remove(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const JobOutcome o = runJob(job, m_timeoutMs);
    if (o.finished && (o.error == QKeychain::NoError || o.error == QKeychain::EntryNotFound))
        return {};
    return keychainError(o, m_timeoutMs);
}

QString KeychainSecretStore::describe() const
{
    return SecretText::tr("the system keychain");
}

KeychainProbe::KeychainProbe(int timeoutMs, QObject* parent)
    : QObject(parent), m_timeoutMs(timeoutMs)
{
    qRegisterMetaType<vax::KeychainStatus>();
}

void KeychainProbe::start()
{
    auto* job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kKeychainService));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(kProbeKey);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto report = [this, timer](bool answered, QKeychain::Error error, const QString& text) {
        if (m_done)
            return;
        m_done = true;
        KeychainStatus status;
        status.elapsedMs = timer->elapsed();
        status.timedOut = !answered;
        status.available =
            answered && (error == QKeychain::NoError || error == QKeychain::EntryNotFound);
        status.detail = text;
        status.message = status.available
                             ? SecretText::tr(
                                   "The system keychain answered in %1 ms; secrets are "
                                   "stored there.")
                                   .arg(status.elapsedMs)
                             : keychainUnavailable(text, !answered, m_timeoutMs).message;
        emit finished(status);
    };
    connect(job, &QKeychain::Job::finished, this,
            [report](QKeychain::Job* j) { report(true, j->error(), j->errorString()); });
    QTimer::singleShot(m_timeoutMs, this, [report] { report(false, QKeychain::OtherError, {}); });
    job->start();
}

KeychainStatus probeKeychain(int timeoutMs)
{
    KeychainStatus result;
    KeychainProbe probe(timeoutMs);
    QEventLoop loop;
    bool done = false;
    QObject::connect(&probe, &KeychainProbe::finished, &loop, [&](const KeychainStatus& status) {
        result = status;
        done = true;
        loop.quit();
    });
    probe.start();
    if (!done)
        loop.exec();
    return result;
}

// ---- key file -------------------------------------------------------------------------------

FileSecretStore::~FileSecretStore()
{
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), static_cast<size_t>(m_key.size()));
}

Status FileSecretStore::checkNewPassphrase(const QString& passphrase)
{
    if (passphrase.size() < kMinPassphrase) {
        return makeError(ErrorCode::WeakPassword,
                         SecretText::tr("Passphrase: use at least %1 characters; a few unrelated "
                                        "words are easy to type and hard to guess.")
                             .arg(kMinPassphrase),
                         QStringLiteral("passphrase"));
    }
    return {};
}

Result<std::unique_ptr<FileSecretStore>> FileSecretStore::create(const QString& path,
                                                                 const QString& passphrase)
{
    VAX_TRY(checkNewPassphrase(passphrase));
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::AlreadyExists,
                         SecretText::tr("Key file %1 exists already. Open it with its passphrase, "
                                        "or choose another path.")
                             .arg(QDir::toNativeSeparators(path)),
                         QStringLiteral("key-file"));
    if (!sodiumReady())
        return makeError(ErrorCode::Internal, QStringLiteral("libsodium failed to initialise"));
    std::unique_ptr<FileSecretStore> store(new FileSecretStore);
    store->m_path = QFileInfo(path).absoluteFilePath();
    store->m_salt = QByteArray(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(store->m_salt.data(), static_cast<size_t>(store->m_salt.size()));
    // Interactive limits (64 MiB): desk PCs are small, and the file must also be stolen first.
    store->m_opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    store->m_memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    VAX_TRY_VALUE(auto key,
                  deriveKey(passphrase, store->m_salt, store->m_opsLimit, store->m_memLimit));
    store->m_key = key;
    const QDir dir = QFileInfo(store->m_path).absoluteDir();
    if (!dir.exists()) {
        if (!QDir().mkpath(dir.absolutePath()))
            return fileRefused(path, SecretText::tr("cannot create its folder; check the path."));
        QFile::setPermissions(dir.absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    VAX_TRY(store->save());
    return store;
}

Result<std::unique_ptr<FileSecretStore>> FileSecretStore::open(const QString& path,
                                                               const QString& passphrase)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound,
                         SecretText::tr("Key file %1 does not exist. Check the path, or create "
                                        "one.")
                             .arg(QDir::toNativeSeparators(path)),
                         QStringLiteral("key-file"));
    if (!file.open(QIODevice::ReadOnly))
        return fileRefused(path, file.errorString());
    const QJsonObject o = QJsonDocument::fromJson(file.read(1 << 20)).object();
    const QByteArray salt =
        QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
    const QByteArray nonce =
        QByteArray::fromBase64(o.value(QStringLiteral("nonce")).toString().toLatin1());
    const QByteArray box =
        QByteArray::fromBase64(o.value(QStringLiteral("ciphertext")).toString().toLatin1());
    const auto ops = static_cast<qulonglong>(o.value(QStringLiteral("opslimit")).toDouble());
    const auto mem = static_cast<qulonglong>(o.value(QStringLiteral("memlimit")).toDouble());
    // Bounds: a changed file must not make us allocate gigabytes or spin for minutes.
    if (o.value(QStringLiteral("format")).toString() != kFileFormat ||
        o.value(QStringLiteral("version")).toInt() != kFileVersion ||
        salt.size() != crypto_pwhash_SALTBYTES || nonce.size() != crypto_secretbox_NONCEBYTES ||
        box.size() < static_cast<qsizetype>(crypto_secretbox_MACBYTES) ||
        ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        mem < crypto_pwhash_MEMLIMIT_MIN || mem > crypto_pwhash_MEMLIMIT_SENSITIVE) {
        return fileRefused(path, SecretText::tr("it is not a VaxPoint key file, or it is "
                                                "damaged. Restore it from its backup."));
    }
    VAX_TRY_VALUE(auto key, deriveKey(passphrase, salt, ops, mem));
    QByteArray plain(box.size() - static_cast<qsizetype>(crypto_secretbox_MACBYTES),
                     Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                   reinterpret_cast<const unsigned char*>(box.constData()),
                                   static_cast<unsigned long long>(box.size()),
                                   reinterpret_cast<const unsigned char*>(nonce.constData()),
                                   reinterpret_cast<const unsigned char*>(key.constData())) != 0) {
        QByteArray wipe = key;
        sodium_memzero(wipe.data(), static_cast<size_t>(wipe.size()));
        return fileRefused(path, SecretText::tr("the passphrase is wrong, or the file was "
                                                "changed. Type the passphrase again; if it "
                                                "still fails, restore the key file from its "
                                                "backup."));
    }
    std::unique_ptr<FileSecretStore> store(new FileSecretStore);
    store->m_path = QFileInfo(path).absoluteFilePath();
    store->m_salt = salt;
    store->m_opsLimit = ops;
    store->m_memLimit = mem;
    store->m_key = key;
    const QJsonObject values = QJsonDocument::fromJson(plain).object();
    for (auto it = values.begin(); it != values.end(); ++it)
        store->m_values[it.key()] = QByteArray::fromBase64(it.value().toString().toLatin1());
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    return store;
}

Result<std::optional<QByteArray>> FileSecretStore::get(const QString& key)
{
    auto it = m_values.find(key);
    if (it == m_values.end())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(it->second);
}

Status FileSecretStore::set(const QString& key, const QByteArray& value)
{
    const auto old = m_values.find(key);
    const std::optional<QByteArray> previous =
        old == m_values.end() ? std::nullopt : std::optional<QByteArray>(old->second);
    m_values[key] = value;
    Status saved = save();
    if (!saved) {
        if (previous)
            m_values[key] = *previous;
        else
            m_values.erase(key);
    }
    return saved;
}

Status FileSecretStore::remove(const QString& key)
{
    auto it = m_values.find(key);
    if (it == m_values.end())
        return {};
    const QByteArray previous = it->second;
    m_values.erase(it);
    Status saved = save();
    if (!saved)
        m_values[key] = previous;
    return saved;
}

QString FileSecretStore::describe() const
{
    return SecretText::tr("the key file %1").arg(QDir::toNativeSeparators(m_path));
}

Status FileSecretStore::save()
{
    QJsonObject values;
    for (const auto& [k, v] : m_values)
        values.insert(k, QString::fromLatin1(v.toBase64()));
    QByteArray plain = QJsonDocument(values).toJson(QJsonDocument::Compact);
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), static_cast<size_t>(nonce.size()));
    QByteArray box(plain.size() + static_cast<qsizetype>(crypto_secretbox_MACBYTES),
                   Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(box.data()),
                          reinterpret_cast<const unsigned char*>(plain.constData()),
                          static_cast<unsigned long long>(plain.size()),
                          reinterpret_cast<const unsigned char*>(nonce.constData()),
                          reinterpret_cast<const unsigned char*>(m_key.constData()));
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    const QJsonObject file{
        {QStringLiteral("format"), kFileFormat},
        {QStringLiteral("version"), kFileVersion},
        {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
        {QStringLiteral("opslimit"), static_cast<double>(m_opsLimit)},
        {QStringLiteral("memlimit"), static_cast<double>(m_memLimit)},
        {QStringLiteral("salt"), QString::fromLatin1(m_salt.toBase64())},
        {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
        {QStringLiteral("ciphertext"), QString::fromLatin1(box.toBase64())},
    };
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return fileRefused(m_path, out.errorString());
    // Owner-only before the first byte: QSaveFile gives a new file the umask's mode.
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    out.write(QJsonDocument(file).toJson());
    if (!out.commit())
        return fileRefused(
            m_path,
            SecretText::tr("cannot be written (%1); check the disk.").arg(out.errorString()));
    return {};
}

}  // namespace vax
