#pragma once

#include <QObject>
#include <QTimer>

#include <optional>

#include "common/result.h"
#include "exchange/signing.h"

namespace vax {

class AsyncSecretStore;

// The site's signing key from the system keychain, generated and saved there on first use,
// without blocking the calling thread (the GUI's). On a fresh desktop the first save makes the
// keyring ask its user to choose a password, so the wait is long enough for a person
// (signingkey::kGuiKeychainTimeoutMs); after `timeoutMs` without an answer it gives up with
// KeychainUnavailable. finished() is emitted once, never after cancel().
class KeychainKeyRequest final : public QObject {
    Q_OBJECT
public:
    KeychainKeyRequest(AsyncSecretStore& store, int timeoutMs, QObject* parent = nullptr);
    void start();
    void cancel();
    bool running() const { return m_running; }
    // The key pair or the error, once finished.
    const std::optional<Result<signing::KeyPair>>& result() const { return m_result; }

signals:
    void finished(bool ok);

private:
    void finish(Result<signing::KeyPair> result);
    void stored(const Result<std::optional<QByteArray>>& value);

    AsyncSecretStore& m_store;
    int m_timeoutMs;
    QTimer m_timeout;
    bool m_running = false;
    // Late answers of a cancelled or timed-out request are dropped: they go to a context that
    // is replaced on every start().
    QObject* m_context = nullptr;
    std::optional<Result<signing::KeyPair>> m_result;
};

}  // namespace vax
