#pragma once

#include <QByteArray>
#include <QString>

#include "common/result.h"

// Ed25519 detached signatures (libsodium) for export manifests.
namespace vax::signing {

struct KeyPair {
    QByteArray publicKey;  // 32 bytes
    QByteArray secretKey;  // 64 bytes (libsodium's seed + public key)
};

KeyPair generate();
// The key pair of a stored secret key; an error if it is not a 64-byte Ed25519 secret key.
Result<KeyPair> fromSecretKey(const QByteArray& secretKey);
QByteArray sign(const QByteArray& message, const QByteArray& secretKey);
bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey);

// The public key as people pass it around: "ed25519:" + base64.
QString publicKeyText(const QByteArray& publicKey);
// Reads what publicKeyText() wrote (surrounding whitespace allowed).
Result<QByteArray> parsePublicKey(const QString& text);

}  // namespace vax::signing
