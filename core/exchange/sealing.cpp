#include "exchange/sealing.h"

#include <sodium.h>

#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

#include <cstring>

namespace vax::sealing {
namespace {

struct SealingText {
    Q_DECLARE_TR_FUNCTIONS(SealingText)
};

static_assert(crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES == 80);
static_assert(kPreambleBytes == kMagicBytes + 4 + 80);
static_assert(kHeaderBytes == kPreambleBytes + crypto_secretstream_xchacha20poly1305_HEADERBYTES);
constexpr int kTagBytes = crypto_secretstream_xchacha20poly1305_ABYTES;

const QString kPublicPrefix = QStringLiteral("x25519:");
const QString kSecretPrefix = QStringLiteral("x25519-secret:");

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    Q_ASSERT(ready);
    (void)ready;
}

unsigned char* u(QByteArray& a)
{
    return reinterpret_cast<unsigned char*>(a.data());
}
const unsigned char* u(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

Error damaged(const QString& detail)
{
    return makeError(ErrorCode::BundleInvalid,
                     SealingText::tr("The sealed bundle is damaged or truncated (%1). Ask the "
                                     "site to send it again.")
                         .arg(detail));
}

Error wrongKey()
{
    return makeError(ErrorCode::BundleSignature,
                     SealingText::tr("The district key does not open this bundle: it was sealed "
                                     "to another key (another district's, or one replaced "
                                     "since), or it was changed. Use the district key whose "
                                     "public key the site has, or ask the site to send it "
                                     "again."),
                     QStringLiteral("district-key"));
}

// Reads `n` bytes (fewer only at the end of the file).
QByteArray readUpTo(QIODevice& in, qint64 n)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(n));
    while (out.size() < n) {
        const QByteArray part = in.read(n - out.size());
        if (part.isEmpty())
            break;
        out += part;
    }
    return out;
}

Result<quint32> readPreamble(QIODevice& in, QByteArray* preamble)
{
    *preamble = readUpTo(in, kPreambleBytes);
    if (!isSealed(*preamble))
        return makeError(ErrorCode::BundleInvalid,
                         SealingText::tr("The file is not a sealed VaxPoint bundle (it does not "
                                         "start with %1).")
                             .arg(QString::fromLatin1(kMagic)));
    if (preamble->size() < kPreambleBytes)
        return damaged(SealingText::tr("it ends inside its header"));
    const quint32 chunk = qFromLittleEndian<quint32>(preamble->constData() + kMagicBytes);
    if (chunk == 0 || chunk > (1u << 24))
        return damaged(SealingText::tr("chunk size %1").arg(chunk));
    return chunk;
}

}  // namespace

DistrictKeys generate()
{
    ensureSodium();
    DistrictKeys k;
    k.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    k.secretKey.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(u(k.publicKey), u(k.secretKey));
    return k;
}

QString publicKeyText(const QByteArray& publicKey)
{
    return kPublicPrefix + QString::fromLatin1(publicKey.toBase64());
}

QString secretKeyText(const QByteArray& secretKey)
{
    return kSecretPrefix + QString::fromLatin1(secretKey.toBase64());
}

Result<QByteArray> parsePublicKey(const QString& text)
{
    const QString t = text.trimmed();
    const QByteArray raw = t.startsWith(kPublicPrefix)
                               ? QByteArray::fromBase64(t.mid(kPublicPrefix.size()).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors)
                               : QByteArray();
    if (raw.size() != crypto_box_PUBLICKEYBYTES)
        return makeError(ErrorCode::InvalidArgument,
                         SealingText::tr("District public key: not an X25519 key. Pass the "
                                         "district.pub file that 'vaxctl key init --district' "
                                         "wrote (x25519:…)."),
                         QStringLiteral("seal-to"));
    return raw;
}

Result<DistrictKeys> parseSecretKey(const QString& text)
{
    ensureSodium();
    const QString t = text.trimmed();
    const QByteArray raw = t.startsWith(kSecretPrefix)
                               ? QByteArray::fromBase64(t.mid(kSecretPrefix.size()).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors)
                               : QByteArray();
    if (raw.size() != crypto_box_SECRETKEYBYTES)
        return makeError(ErrorCode::InvalidArgument,
                         SealingText::tr("District key: not an X25519 secret key. Pass the "
                                         "district.key file that 'vaxctl key init --district' "
                                         "wrote (x25519-secret:…)."),
                         QStringLiteral("district-key"));
    DistrictKeys k;
    k.secretKey = raw;
    k.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    crypto_scalarmult_base(u(k.publicKey), u(k.secretKey));
    return k;
}

bool isSealed(const QByteArray& head)
{
    return head.startsWith(QByteArray::fromRawData(kMagic, kMagicBytes));
}

Result<QByteArray> seal(const QByteArray& plain, const QByteArray& publicKey)
{
    ensureSodium();
    if (publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return parsePublicKey(QString()).error();
    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_keygen(u(key));

    const qsizetype chunks = plain.size() / kChunkBytes + 1;  // the last one may be empty
    QByteArray out;
    out.reserve(kHeaderBytes + plain.size() + chunks * kTagBytes);
    out.append(kMagic, kMagicBytes);
    char chunk[4];
    qToLittleEndian<quint32>(kChunkBytes, chunk);
    out.append(chunk, 4);
    QByteArray sealedKey(crypto_box_SEALBYTES + key.size(), '\0');
    if (crypto_box_seal(u(sealedKey), u(key), static_cast<unsigned long long>(key.size()),
                        u(publicKey)) != 0)
        return makeError(ErrorCode::Internal, QStringLiteral("crypto_box_seal failed"));
    out.append(sealedKey);
    const QByteArray preamble = out;

    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray header(crypto_secretstream_xchacha20poly1305_HEADERBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(&state, u(header), u(key));
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));
    out.append(header);

    QByteArray cipher(kChunkBytes + kTagBytes, '\0');
    for (qsizetype i = 0; i < chunks; ++i) {
        const qsizetype from = i * kChunkBytes;
        const qsizetype n = std::min<qsizetype>(kChunkBytes, plain.size() - from);
        const bool last = i == chunks - 1;
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, u(cipher), &written, u(plain) + from, static_cast<unsigned long long>(n),
            u(preamble), static_cast<unsigned long long>(preamble.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        out.append(cipher.constData(), static_cast<qsizetype>(written));
    }
    return out;
}

Result<qint64> inspect(QIODevice& in)
{
    QByteArray preamble;
    VAX_TRY_VALUE(auto chunk, readPreamble(in, &preamble));
    const QByteArray header = readUpTo(in, crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    if (header.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES)
        return damaged(SealingText::tr("it ends inside its header"));
    qint64 body = 0;
    while (true) {
        const QByteArray part = in.read(1 << 16);
        if (part.isEmpty())
            break;
        body += part.size();
    }
    const qint64 full = chunk + kTagBytes;
    const qint64 lastChunk = body % full;
    // Whole chunks, then a shorter final one (which may hold 0 bytes: just its tag).
    if (body < kTagBytes || (lastChunk != 0 && lastChunk < kTagBytes))
        return damaged(
            SealingText::tr("%1 bytes after the header do not split into chunks").arg(body));
    const qint64 chunks = body / full + (lastChunk != 0 ? 1 : 0);
    return body - chunks * kTagBytes;
}

Status open(QIODevice& in, const DistrictKeys& keys, const Sink& sink)
{
    ensureSodium();
    QByteArray preamble;
    VAX_TRY_VALUE(auto chunk, readPreamble(in, &preamble));
    const QByteArray sealedKey = preamble.mid(kMagicBytes + 4);
    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, '\0');
    if (keys.secretKey.size() != crypto_box_SECRETKEYBYTES ||
        keys.publicKey.size() != crypto_box_PUBLICKEYBYTES ||
        crypto_box_seal_open(u(key), u(sealedKey),
                             static_cast<unsigned long long>(sealedKey.size()), u(keys.publicKey),
                             u(keys.secretKey)) != 0)
        return wrongKey();
    const QByteArray header = readUpTo(in, crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    crypto_secretstream_xchacha20poly1305_state state;
    if (header.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES ||
        crypto_secretstream_xchacha20poly1305_init_pull(&state, u(header), u(key)) != 0) {
        sodium_memzero(key.data(), static_cast<size_t>(key.size()));
        return damaged(SealingText::tr("it ends inside its header"));
    }
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));

    QByteArray plain(static_cast<qsizetype>(chunk), '\0');
    bool final = false;
    qint64 index = 0;
    while (true) {
        const QByteArray cipher = readUpTo(in, static_cast<qint64>(chunk) + kTagBytes);
        if (cipher.isEmpty())
            break;
        if (final)
            return damaged(SealingText::tr("bytes follow its final chunk"));
        unsigned long long n = 0;
        unsigned char tag = 0;
        if (cipher.size() < kTagBytes ||
            crypto_secretstream_xchacha20poly1305_pull(
                &state, u(plain), &n, &tag, u(cipher),
                static_cast<unsigned long long>(cipher.size()), u(preamble),
                static_cast<unsigned long long>(preamble.size())) != 0)
            return damaged(SealingText::tr("chunk %1 does not authenticate").arg(index + 1));
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        ++index;
        if (n > 0)
            VAX_TRY(sink(plain.constData(), static_cast<qsizetype>(n)));
    }
    if (!final)
        return damaged(SealingText::tr("its final chunk is missing"));
    return {};
}

}  // namespace vax::sealing
