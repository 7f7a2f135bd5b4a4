#pragma once

// Shared by fuzz_bundle and fuzz_sealed: the fixed test keys (derived from fixed seeds, so a
// finding reproduces anywhere) and the seed corpus, a real bundle written by bundle::write.
// Run a target with VAX_FUZZ_WRITE_SEEDS=DIR to write its seeds into DIR and exit.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTimeZone>

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

#include "exchange/bundle.h"
#include "exchange/sealing.h"
#include "exchange/signing.h"

namespace vax::fuzz {

inline const signing::KeyPair& siteKeys()
{
    static const signing::KeyPair keys = [] {
        signing::KeyPair k;
        k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
        k.secretKey.resize(crypto_sign_SECRETKEYBYTES);
        const QByteArray seed(crypto_sign_SEEDBYTES, '\x11');
        crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(k.publicKey.data()),
                                 reinterpret_cast<unsigned char*>(k.secretKey.data()),
                                 reinterpret_cast<const unsigned char*>(seed.constData()));
        return k;
    }();
    return keys;
}

inline const sealing::DistrictKeys& districtKeys()
{
    static const sealing::DistrictKeys keys = [] {
        sealing::DistrictKeys k;
        k.publicKey.resize(crypto_box_PUBLICKEYBYTES);
        k.secretKey.resize(crypto_box_SECRETKEYBYTES);
        const QByteArray seed(crypto_box_SEEDBYTES, '\x22');
        crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(k.publicKey.data()),
                                reinterpret_cast<unsigned char*>(k.secretKey.data()),
                                reinterpret_cast<const unsigned char*>(seed.constData()));
        return k;
    }();
    return keys;
}

// The limits the targets verify with: small, so memory stays far below -rss_limit_mb.
inline bundle::Limits fuzzLimits()
{
    bundle::Limits limits;
    limits.maxEntryBytes = 1 << 20;
    limits.maxTotalBytes = 4 << 20;
    limits.maxManifestBytes = 64 << 10;
    limits.maxFileBytes = 8 << 20;
    return limits;
}

// With VAX_FUZZ_WRITE_SEEDS=DIR: writes a plain and a sealed bundle into DIR and exits.
inline void writeSeedsIfAsked()
{
    const QByteArray dir = qgetenv("VAX_FUZZ_WRITE_SEEDS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(QString::fromLocal8Bit(dir));
    bundle::Spec spec;
    spec.manifest =
        QJsonObject{{QStringLiteral("site"), QStringLiteral("T-1")}, {QStringLiteral("seq"), 1}};
    spec.files = {{QStringLiteral("immunizations.ndjson"),
                   QByteArray("{\"resourceType\":\"Immunization\"}\n{\"a\":1}\n")},
                  {QStringLiteral("doses.csv"), QByteArray("id,lot\n\"1\",\"A, 7\"\n")},
                  {QStringLiteral("vxu.hl7"), QByteArray("MSH|^~\\&|VAX\rPID|1\r")}};
    spec.createdAt = QDateTime(QDate(2024, 6, 1), QTime(8, 0), QTimeZone::utc());
    const QString base = QString::fromLocal8Bit(dir);
    auto plain = bundle::write(base + QStringLiteral("/plain.zip"), spec, siteKeys().secretKey);
    auto sealed = bundle::write(base + QStringLiteral("/sealed.zip.sealed"), spec,
                                siteKeys().secretKey, districtKeys().publicKey);
    std::fprintf(stderr, "seeds: plain %s, sealed %s\n", plain ? "ok" : "FAILED",
                 sealed ? "ok" : "FAILED");
    std::exit(plain && sealed ? 0 : 1);
}

}  // namespace vax::fuzz
