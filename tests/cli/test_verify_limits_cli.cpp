// Issue 18: `vaxctl verify` on a real zip bomb — one entry of 1 GiB of zeros, deflated to about
// 1 MB, written here with libzip from a streaming source (never 1 GiB in memory) — is refused
// by the entry's size, naming it, without unpacking it.
#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <zip.h>

#include <cstring>

#include "clirun.h"

using namespace vax;

namespace {
constexpr zip_uint64_t kBombBytes = zip_uint64_t(1) << 30;

// A libzip source of kBombBytes zero bytes, produced chunk by chunk.
zip_int64_t zeros(void* state, void* data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    auto* left = static_cast<zip_uint64_t*>(state);
    switch (cmd) {
        case ZIP_SOURCE_OPEN:
            *left = kBombBytes;
            return 0;
        case ZIP_SOURCE_READ: {
            const zip_uint64_t n = std::min(len, *left);
            std::memset(data, 0, n);
            *left -= n;
            return static_cast<zip_int64_t>(n);
        }
        case ZIP_SOURCE_CLOSE:
            return 0;
        case ZIP_SOURCE_STAT: {
            auto* st = static_cast<zip_stat_t*>(data);
            zip_stat_init(st);
            st->size = kBombBytes;
            st->valid |= ZIP_STAT_SIZE;
            return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_ERROR:
            return 2 * sizeof(int);
        case ZIP_SOURCE_FREE:
            return 0;
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ,
                                                  ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                  ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default:
            return -1;
    }
}

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}
}  // namespace

TEST(VerifyLimitsCli, ARealOneGigabyteZipBombIsRefusedWithoutUnpacking)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.zip"));
    int error = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    ASSERT_NE(z, nullptr);
    for (const char* name : {"manifest.json", "manifest.sig"}) {
        zip_source_t* small = zip_source_buffer(z, "{}", 2, 0);
        ASSERT_GE(zip_file_add(z, name, small, 0), 0);
    }
    zip_uint64_t left = 0;
    zip_source_t* src = zip_source_function(z, zeros, &left);
    ASSERT_NE(src, nullptr);
    const zip_int64_t index = zip_file_add(z, "immunizations.ndjson", src, 0);
    ASSERT_GE(index, 0);
    zip_set_file_compression(z, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 1);
    ASSERT_EQ(zip_close(z), 0);
    ASSERT_LT(QFile(path).size(), qint64(8) << 20);  // ~1 MB on disk

    // Any key: the sizes are checked before the signature.
    const QString key = dir.filePath(QStringLiteral("site.pub"));
    {
        QFile f(key);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("ed25519:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
    }
    const long before = peakRssKb();
    const test::CliRun r =
        test::runVaxctl({QStringLiteral("verify"), path, QStringLiteral("--public-key"), key,
                         QStringLiteral("--json")});
    EXPECT_NE(r.code, 0);
    EXPECT_EQ(r.errorCode(), QStringLiteral("export.bundle_invalid")) << qPrintable(r.out + r.err);
    EXPECT_TRUE(r.error()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("immunizations.ndjson")))
        << qPrintable(r.out);
    // Nothing near the 1 GiB was unpacked into memory.
    EXPECT_LT(peakRssKb() - before, 200 * 1024);
}
