// Fuzzes the sealed-bundle opener (core/exchange/sealing: sealing::inspect and sealing::open,
// then bundle::verifySealed as `vaxctl verify --district-key` runs it) with a fixed district
// key pair. The input is the sealed file. Invariant: a clear error (a code and a message) or
// the plaintext, whose size inspect() announced, and a verified bundle or a clear error;
// memory bounded (one chunk at a time; the limits bound the unsealed zip).
#include <QBuffer>
#include <QTemporaryDir>

#include "fuzzbundle.h"
#include "fuzzsupport.h"

using namespace vax;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    if (sodium_init() < 0)
        std::abort();
    fuzz::writeSeedsIfAsked();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes = fuzz::bytes(data, size);
    (void)sealing::isSealed(bytes.left(sealing::kMagicBytes));

    QBuffer framing(&bytes);
    framing.open(QIODevice::ReadOnly);
    auto inspected = sealing::inspect(framing);
    if (!inspected)
        FUZZ_CHECK(!inspected.error().message.isEmpty(), inspected.error().codeName());

    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    qint64 plain = 0;
    const Status opened =
        sealing::open(in, fuzz::districtKeys(), [&plain](const char*, qsizetype n) -> Status {
            FUZZ_CHECK(n >= 0 && n <= sealing::kChunkBytes, QString::number(n));
            plain += n;
            return {};
        });
    if (!opened) {
        FUZZ_CHECK(!opened.error().message.isEmpty(), opened.error().codeName());
        return 0;
    }
    // What opens has a sound framing, and inspect() announced its size.
    FUZZ_CHECK(inspected.ok(), inspected.error().message);
    FUZZ_CHECK(*inspected == plain, QString::number(plain));

    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("bundle.zip.sealed"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(bytes);
    }
    auto v = bundle::verifySealed(path, fuzz::siteKeys().publicKey, fuzz::districtKeys(),
                                  std::nullopt, fuzz::fuzzLimits());
    if (!v)
        FUZZ_CHECK(!v.error().message.isEmpty(), v.error().codeName());
    else
        FUZZ_CHECK(v->sealed, v->sha256);
    return 0;
}
