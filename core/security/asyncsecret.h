#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

#include "common/result.h"

namespace vax {

// Secrets for a thread that must not wait (the GUI thread): every call returns at once and
// reports later through `done`, on `context`'s thread, and not at all once `context` is gone.
// "Not found" is no value, as with SecretStore. No timeout here: the caller decides how long a
// person may take to answer the keyring's prompt.
class AsyncSecretStore {
public:
    using GetDone = std::function<void(Result<std::optional<QByteArray>>)>;
    using SetDone = std::function<void(Status)>;
    virtual ~AsyncSecretStore() = default;
    virtual void get(const QString& key, QObject* context, GetDone done) = 0;
    virtual void set(const QString& key, const QByteArray& value, QObject* context,
                     SetDone done) = 0;
    virtual QString describe() const = 0;
};

// The system keychain through QtKeychain's own asynchronous jobs. On a fresh GNOME desktop the
// first write makes the keyring ask its user to choose a password: that answer can take a
// minute, and a refusal (Cancel in that prompt) is reported as KeychainUnavailable.
class AsyncKeychainStore final : public AsyncSecretStore {
public:
    explicit AsyncKeychainStore(QString service);
    void get(const QString& key, QObject* context, GetDone done) override;
    void set(const QString& key, const QByteArray& value, QObject* context, SetDone done) override;
    QString describe() const override;

private:
    QString m_service;
};

}  // namespace vax
