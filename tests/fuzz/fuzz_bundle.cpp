// Fuzzes the export bundle reader behind `vaxctl verify` and the district's import
// (core/exchange/bundle: bundle::verify on a file, with libzip). The input is the .zip file.
// Invariant: a clear error (a code and a message) or a verified bundle whose manifest lists
// files, each verified; memory bounded by the limits (run with -rss_limit_mb).
#include <QJsonArray>
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
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("bundle.zip"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    auto v = bundle::verify(path, fuzz::siteKeys().publicKey, std::nullopt, fuzz::fuzzLimits());
    if (!v) {
        FUZZ_CHECK(!v.error().message.isEmpty(), v.error().codeName());
        FUZZ_CHECK(v.error().code != ErrorCode::Internal, v.error().message);
        return 0;
    }
    FUZZ_CHECK(!v->sealed, QStringLiteral("plain verify returned sealed"));
    FUZZ_CHECK(v->sha256.size() == 64, v->sha256);
    const QJsonArray files = v->manifest.value(QStringLiteral("files")).toArray();
    for (const QJsonValue& file : files) {
        const QString name = file.toObject().value(QStringLiteral("name")).toString();
        FUZZ_CHECK(!name.isEmpty(), QStringLiteral("a verified file without a name"));
    }
    // Deterministic: the same file verifies the same.
    auto again = bundle::verify(path, fuzz::siteKeys().publicKey, std::nullopt, fuzz::fuzzLimits());
    FUZZ_CHECK(again.ok() && again->sha256 == v->sha256 && again->records == v->records, v->sha256);
    return 0;
}
