#include "exchange/keychainkey.h"

#include <QCoreApplication>

#include "exchange/signingkey.h"
#include "security/asyncsecret.h"

namespace vax {
namespace {

struct KeychainKeyText {
    Q_DECLARE_TR_FUNCTIONS(SigningKeyText)
};

}  // namespace

KeychainKeyRequest::KeychainKeyRequest(AsyncSecretStore& store, int timeoutMs, QObject* parent)
    : QObject(parent), m_store(store), m_timeoutMs(timeoutMs)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(makeError(
            ErrorCode::KeychainUnavailable,
            KeychainKeyText::tr("The system keyring did not answer within %1 s. If it showed a "
                                "prompt, answer it and export again.")
                .arg(m_timeoutMs / 1000),
            QStringLiteral("keychain")));
    });
}

void KeychainKeyRequest::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result.reset();
    delete m_context;
    m_context = new QObject(this);
    m_timeout.start(m_timeoutMs);
    m_store.get(QString::fromLatin1(signingkey::kSecretName), m_context,
                [this](const Result<std::optional<QByteArray>>& value) { stored(value); });
}

void KeychainKeyRequest::stored(const Result<std::optional<QByteArray>>& value)
{
    if (!value) {
        finish(value.error());
        return;
    }
    if (value->has_value()) {
        auto pair = signing::fromSecretKey(**value);
        if (!pair)
            finish(makeError(ErrorCode::SecretFileRefused,
                             KeychainKeyText::tr("The signing key in %1 is damaged (%2). Restore "
                                                 "it from the key backup.")
                                 .arg(m_store.describe(), pair.error().message)));
        else
            finish(*pair);
        return;
    }
    // First use: a new key, saved before it signs anything (the keyring may prompt now).
    const signing::KeyPair pair = signing::generate();
    m_store.set(QString::fromLatin1(signingkey::kSecretName), pair.secretKey, m_context,
                [this, pair](const Status& saved) {
                    if (saved)
                        finish(pair);
                    else
                        finish(saved.error());
                });
}

void KeychainKeyRequest::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    delete m_context;
    m_context = nullptr;
}

void KeychainKeyRequest::finish(Result<signing::KeyPair> result)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    // Disconnect whatever is still pending (a write after a timeout stays harmless: the key it
    // saves is the one the next request finds).
    m_context->deleteLater();
    m_context = nullptr;
    m_result = std::move(result);
    emit finished(m_result->ok());
}

}  // namespace vax
