#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>

#include "common/result.h"

namespace vax {

// Where secrets live (the export signing key, later an upload token). "Not found" is not an
// error: get() returns no value. A store that cannot be reached says so plainly — there is never
// a silent plaintext fallback.
class SecretStore {
public:
    virtual ~SecretStore() = default;
    virtual Result<std::optional<QByteArray>> get(const QString& key) = 0;
    virtual Status set(const QString& key, const QByteArray& value) = 0;
    // Removing a key that is not there succeeds.
    virtual Status remove(const QString& key) = 0;
    // For people: "the system keychain", "the key file /path".
    virtual QString describe() const = 0;
};

inline constexpr int kKeychainTimeoutMs = 3000;
inline constexpr const char* kKeychainService = "VaxPoint";

// The operating system's keychain through QtKeychain (Secret Service on Linux, Credential
// Manager on Windows, Keychain on macOS). QtKeychain's jobs are asynchronous and 0.13 has no
// availability check, so each call waits in its own event loop at most `timeoutMs` and then
// reports KeychainUnavailable. Needs a running Qt event dispatcher on the calling thread (the
// main thread of vaxctl and of the GUI); never enables QtKeychain's insecure fallback.
class KeychainSecretStore final : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QString::fromLatin1(kKeychainService),
                                 int timeoutMs = kKeychainTimeoutMs);
    Result<std::optional<QByteArray>> get(const QString& key) override;
    Status set(const QString& key, const QByteArray& value) override;
    Status remove(const QString& key) override;
    QString describe() const override;

private:
    QString m_service;
    int m_timeoutMs;
};

// Whether a keychain answered, and if not what to tell the administrator.
struct KeychainStatus {
    bool available = false;
    bool timedOut = false;
    qint64 elapsedMs = 0;
    QString detail;   // the backend's own words, e.g. "Cannot autolaunch D-Bus without X11"
    QString message;  // translated, complete: what happened and what to do
};

// Asks the keychain for a key that does not exist: "not found" means it answers. Asynchronous,
// for the GUI thread; finished() is emitted once, after at most `timeoutMs`.
class KeychainProbe final : public QObject {
    Q_OBJECT
public:
    explicit KeychainProbe(int timeoutMs = kKeychainTimeoutMs, QObject* parent = nullptr);
    void start();

signals:
    void finished(const vax::KeychainStatus& status);

private:
    int m_timeoutMs;
    bool m_done = false;
};

// The same, waiting in a local event loop (vaxctl, tests).
KeychainStatus probeKeychain(int timeoutMs = kKeychainTimeoutMs);

// A passphrase-protected key file, for machines without a keychain: the secrets as one JSON map
// sealed with libsodium's crypto_secretbox (XSalsa20-Poly1305), the key derived from the
// passphrase with Argon2id (crypto_pwhash) and a random salt stored in the file. Written
// atomically (QSaveFile), owner-only (0600, folder 0700). A wrong passphrase and a changed file
// are both refused (SecretFileRefused): the MAC cannot tell them apart. Key derivation is slow
// on purpose (~0.1–0.5 s): call create/open off the GUI thread.
class FileSecretStore final : public SecretStore {
public:
    ~FileSecretStore() override;
    // The rule a new key file's passphrase must meet (create() applies it; the GUI's key file
    // dialog says so before the slow key derivation): at least kMinPassphrase characters.
    static constexpr int kMinPassphrase = 10;
    static Status checkNewPassphrase(const QString& passphrase);
    // A new, empty key file; refuses an existing file and a passphrase under 10 characters.
    static Result<std::unique_ptr<FileSecretStore>> create(const QString& path,
                                                           const QString& passphrase);
    static Result<std::unique_ptr<FileSecretStore>> open(const QString& path,
                                                         const QString& passphrase);
    Result<std::optional<QByteArray>> get(const QString& key) override;
    Status set(const QString& key, const QByteArray& value) override;
    Status remove(const QString& key) override;
    QString describe() const override;
    const QString& path() const { return m_path; }

private:
    FileSecretStore() = default;
    Status save();

    QString m_path;
    QByteArray m_key;  // derived, wiped on destruction
    QByteArray m_salt;
    qulonglong m_opsLimit = 0;
    qulonglong m_memLimit = 0;
    std::map<QString, QByteArray> m_values;
};

}  // namespace vax

Q_DECLARE_METATYPE(vax::KeychainStatus)
