#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

#include "common/result.h"

class QIODevice;

// Sealing a bundle for the district (libsodium): only the holder of the district's X25519
// secret key can read it. A random 32-byte key encrypts the bundle with
// crypto_secretstream_xchacha20poly1305 in chunks (any size, streamed on both sides); the key
// itself is sealed to the district's public key with crypto_box_seal (anonymous sender). The
// format, version 1 (docs/export.md):
//
//   offset  bytes  field
//   0       8      magic "VXSEAL01"
//   8       4      chunk: plaintext bytes per chunk, little-endian (65536)
//   12      80     crypto_box_seal(stream key) — crypto_box_SEALBYTES (48) + 32
//   92      24     crypto_secretstream_xchacha20poly1305 header
//   116     …      chunks: each `chunk` plaintext bytes (the last may be shorter, even empty)
//                  + 17 bytes of tag and MAC; the last one tagged TAG_FINAL. Every chunk
//                  authenticates bytes 0–91 as additional data.
//
// A truncated, reordered, extended or changed file fails to open (ErrorCode::BundleInvalid); a
// key that does not open it is ErrorCode::BundleSignature, field "district-key"; the sender is not
// authenticated by the seal — the Ed25519 signature inside the bundle does that.
namespace vax::sealing {

inline constexpr char kMagic[] = "VXSEAL01";
inline constexpr int kMagicBytes = 8;
inline constexpr int kChunkBytes = 65536;
inline constexpr int kPreambleBytes = 92;  // magic + chunk + sealed key
inline constexpr int kHeaderBytes = 116;   // + secretstream header
inline constexpr const char* kSealedSuffix = ".sealed";

struct DistrictKeys {
    QByteArray publicKey;  // 32 bytes (X25519)
    QByteArray secretKey;  // 32 bytes
};

DistrictKeys generate();

// Key texts as people pass them around: "x25519:" + base64 (public), "x25519-secret:" + base64
// (secret; the file must stay with the district).
QString publicKeyText(const QByteArray& publicKey);
QString secretKeyText(const QByteArray& secretKey);
Result<QByteArray> parsePublicKey(const QString& text);
Result<DistrictKeys> parseSecretKey(const QString& text);

// The sealed form of `plain` for `publicKey`.
Result<QByteArray> seal(const QByteArray& plain, const QByteArray& publicKey);

// True when `head` (the first bytes of a file) starts a sealed bundle.
bool isSealed(const QByteArray& head);

// Checks the framing of a sealed file without its key: magic, chunk size, and that the length
// splits into whole chunks (a truncated file fails). Returns the plaintext's size.
Result<qint64> inspect(QIODevice& in);

// Opens a sealed stream with the district's keys, handing the plaintext to `sink` chunk by
// chunk (never more than one chunk in memory). A sink error stops and is returned.
using Sink = std::function<Status(const char* data, qsizetype size)>;
Status open(QIODevice& in, const DistrictKeys& keys, const Sink& sink);

}  // namespace vax::sealing
