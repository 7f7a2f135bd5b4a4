#include "exchange/signing.h"

#include <sodium.h>

#include <QCoreApplication>

namespace vax::signing {
namespace {

struct SigningText {
    Q_DECLARE_TR_FUNCTIONS(SigningText)
};

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    Q_ASSERT(ready);
    (void)ready;
}

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

}  // namespace

KeyPair generate()
{
    ensureSodium();
    KeyPair k;
    k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(k.publicKey.data()),
                        reinterpret_cast<unsigned char*>(k.secretKey.data()));
    return k;
}

Result<KeyPair> fromSecretKey(const QByteArray& secretKey)
{
    ensureSodium();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return makeError(ErrorCode::InvalidArgument,
                         SigningText::tr("The stored signing key is damaged (%1 bytes, expected "
                                         "%2). Restore it from the key backup.")
                             .arg(secretKey.size())
                             .arg(crypto_sign_SECRETKEYBYTES));
    KeyPair k;
    k.secretKey = secretKey;
    k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(k.publicKey.data()),
                                 bytes(secretKey));
    return k;
}

QByteArray sign(const QByteArray& message, const QByteArray& secretKey)
{
    ensureSodium();
    Q_ASSERT(secretKey.size() == crypto_sign_SECRETKEYBYTES);
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), bytes(secretKey));
    return sig;
}

bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey)
{
    ensureSodium();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(publicKey)) == 0;
}

QString publicKeyText(const QByteArray& publicKey)
{
    return QStringLiteral("ed25519:") + QString::fromLatin1(publicKey.toBase64());
}

Result<QByteArray> parsePublicKey(const QString& text)
{
    const QString t = text.trimmed();
    const QString prefix = QStringLiteral("ed25519:");
    const QByteArray raw = t.startsWith(prefix)
                               ? QByteArray::fromBase64(t.mid(prefix.size()).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors)
                               : QByteArray();
    if (raw.size() != crypto_sign_PUBLICKEYBYTES)
        return makeError(ErrorCode::InvalidArgument,
                         SigningText::tr("Public key: not an Ed25519 key. Pass the text that "
                                         "'vaxctl key show-public' printed (ed25519:…)."));
    return raw;
}

}  // namespace vax::signing
