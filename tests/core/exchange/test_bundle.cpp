// The signed export bundle: written atomically, verified file by file; any changed byte, a
// missing or extra file, a broken chain or the wrong key is refused. CSV with BOM; signatures.
#include <gtest/gtest.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "exchange/bundle.h"
#include "exchange/csv.h"
#include "exchange/sealing.h"
#include "exchange/signing.h"
#include "storage/durablefile.h"
#include "support/craftedzip.h"
#include "support/tmpfsmount.h"

using namespace vax;

namespace {

bundle::Spec sampleSpec(const QString& previous = {})
{
    bundle::Spec spec;
    spec.createdAt = QDateTime(QDate(2021, 11, 22), QTime(18, 0), QTimeZone(8 * 3600));
    spec.manifest = {{QStringLiteral("site"), QStringLiteral("320102001")},
                     {QStringLiteral("seq"), 7},
                     {QStringLiteral("previous_sha256"), previous}};
    spec.files = {
        {QStringLiteral("patients.ndjson"), QByteArray("{\"id\":\"a\"}\n{\"id\":\"b\"}\n")},
        {QStringLiteral("doses.csv"),
         csv::document({QStringLiteral("id"), QStringLiteral("name")},
                       {{QStringLiteral("1"), QStringLiteral("张三")},
                        {QStringLiteral("2"), QStringLiteral("line\nbreak, \"quoted\"")}})},
        {QStringLiteral("vxu.hl7"), QByteArray("FHS|^~\\&\rBHS|^~\\&\rMSH|^~\\&|A\rPID|1\r"
                                               "MSH|^~\\&|B\rBTS|2\rFTS|1\r")},
        {QStringLiteral("summary.json"), QByteArray("{}")},
    };
    return spec;
}

// Rewrites the bundle at `path` with `change` applied to its entries (keeping the signature).
void repack(const QString& path, const std::function<void(std::vector<bundle::File>&)>& change)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    auto files = bundle::unzipFiles(f.readAll());
    f.close();
    ASSERT_TRUE(files.ok());
    change(*files);
    auto bytes = bundle::zipFiles(*files, 0);
    ASSERT_TRUE(bytes.ok());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(*bytes);
}

int fileMode(const QString& path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : -1;
}

class BundleTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    signing::KeyPair key = signing::generate();
    QString path() const { return dir.filePath(QStringLiteral("b.zip")); }
    bundle::Written writeSample()
    {
        QFile::remove(path());  // bundle::write never replaces a file
        auto w = bundle::write(path(), sampleSpec(), key.secretKey);
        EXPECT_TRUE(w.ok()) << (w.ok() ? "" : qPrintable(w.error().message));
        return w.ok() ? *w : bundle::Written{};
    }
};

}  // namespace

TEST(Csv, BomCrlfQuotingAndFormulaGuard)
{
    const QByteArray doc = csv::document({QStringLiteral("a"), QStringLiteral("b")},
                                         {{QStringLiteral("=SUM(A1)"), QStringLiteral("-3")},
                                          {QStringLiteral("x,y"), QStringLiteral("say \"hi\"")}});
    EXPECT_TRUE(doc.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(QString::fromUtf8(doc.mid(3)),
              QStringLiteral("a,b\r\n'=SUM(A1),-3\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n"));
    EXPECT_EQ(csv::rowCount(doc), 2);
    EXPECT_EQ(csv::field(QStringLiteral("-")), QStringLiteral("'-"));
}

TEST(Signing, SignVerifyAndPublicKeyText)
{
    const auto k = signing::generate();
    const QByteArray sig = signing::sign("manifest", k.secretKey);
    EXPECT_TRUE(signing::verify("manifest", sig, k.publicKey));
    EXPECT_FALSE(signing::verify("manifesT", sig, k.publicKey));
    EXPECT_FALSE(signing::verify("manifest", sig, signing::generate().publicKey));
    auto parsed = signing::parsePublicKey(signing::publicKeyText(k.publicKey) + u'\n');
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, k.publicKey);
    EXPECT_FALSE(signing::parsePublicKey(QStringLiteral("ed25519:abc")).ok());
    auto restored = signing::fromSecretKey(k.secretKey);
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(restored->publicKey, k.publicKey);
    EXPECT_FALSE(signing::fromSecretKey(QByteArray(10, 'x')).ok());
}

TEST_F(BundleTest, WrittenBundleVerifiesWithRecordCounts)
{
    const auto w = writeSample();
    EXPECT_EQ(w.sha256.size(), 64);
    auto v = bundle::verify(path(), key.publicKey);
    ASSERT_TRUE(v.ok()) << qPrintable(v.error().message);
    EXPECT_EQ(v->sha256, w.sha256);
    EXPECT_EQ(v->records.value(QStringLiteral("patients.ndjson")), 2);
    EXPECT_EQ(v->records.value(QStringLiteral("doses.csv")), 2);
    EXPECT_EQ(v->records.value(QStringLiteral("vxu.hl7")), 2);
    EXPECT_FALSE(v->records.contains(QStringLiteral("summary.json")));
    EXPECT_EQ(v->manifest.value(u"seq").toInt(), 7);
    EXPECT_EQ(v->manifest.value(u"files").toArray().size(), 4);
    // No temporary file is left beside it.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("b.zip")});
}

TEST_F(BundleTest, SameInputGivesTheSameBytes)
{
    const auto a = writeSample();
    const auto b =
        bundle::write(dir.filePath(QStringLiteral("c.zip")), sampleSpec(), key.secretKey);
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(a.sha256, b->sha256);
}

TEST_F(BundleTest, AnyChangedByteInAnyFileIsRefused)
{
    writeSample();
    QFile f(path());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    auto original = bundle::unzipFiles(f.readAll());
    f.close();
    ASSERT_TRUE(original.ok());
    for (size_t i = 0; i < original->size(); ++i) {
        const QString name = original->at(i).name;
        SCOPED_TRACE(name.toStdString());
        writeSample();
        repack(path(), [i](std::vector<bundle::File>& files) {
            QByteArray& d = files[i].data;
            d[d.size() / 2] = static_cast<char>(d[d.size() / 2] ^ 0x01);
        });
        const auto v = bundle::verify(path(), key.publicKey);
        ASSERT_FALSE(v.ok());
        const ErrorCode expected = name == u"manifest.json" || name == u"manifest.sig"
                                       ? ErrorCode::BundleSignature
                                       : ErrorCode::BundleFileMismatch;
        EXPECT_EQ(v.error().code, expected) << qPrintable(v.error().message);
    }
}

TEST_F(BundleTest, FlippedByteInTheZipItselfIsRefused)
{
    writeSample();
    QFile f(path());
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() / 3] = static_cast<char>(bytes[bytes.size() / 3] ^ 0x40);
    f.seek(0);
    f.write(bytes);
    f.close();
    EXPECT_FALSE(bundle::verify(path(), key.publicKey).ok());
}

TEST_F(BundleTest, MissingAndExtraFilesAreRefused)
{
    writeSample();
    repack(path(), [](std::vector<bundle::File>& files) { files.pop_back(); });
    auto v = bundle::verify(path(), key.publicKey);
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().code, ErrorCode::BundleFileMismatch);
    EXPECT_TRUE(v.error().message.contains(QStringLiteral("summary.json")));

    writeSample();
    repack(path(), [](std::vector<bundle::File>& files) {
        files.push_back({QStringLiteral("extra.csv"), QByteArray("x\r\n")});
    });
    v = bundle::verify(path(), key.publicKey);
    ASSERT_FALSE(v.ok());
    EXPECT_TRUE(v.error().message.contains(QStringLiteral("extra.csv")));
}

TEST_F(BundleTest, WrongKeyIsRefused)
{
    writeSample();
    const auto v = bundle::verify(path(), signing::generate().publicKey);
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().code, ErrorCode::BundleSignature);
}

TEST_F(BundleTest, ChainToThePreviousBundle)
{
    const auto first = writeSample();
    const QString second = dir.filePath(QStringLiteral("second.zip"));
    ASSERT_TRUE(bundle::write(second, sampleSpec(first.sha256), key.secretKey).ok());
    EXPECT_TRUE(bundle::verify(second, key.publicKey, first.sha256).ok());
    const auto broken = bundle::verify(second, key.publicKey, QString(64, u'0'));
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().code, ErrorCode::BundleChain);
}

TEST_F(BundleTest, UnwritableFolderIsAClearErrorAndWritesNothing)
{
    const QString target = dir.filePath(QStringLiteral("no/such/dir/b.zip"));
    const auto w = bundle::write(target, sampleSpec(), key.secretKey);
    ASSERT_FALSE(w.ok());
    EXPECT_EQ(w.error().code, ErrorCode::Io);
    EXPECT_FALSE(QFile::exists(target));
}

TEST_F(BundleTest, NotAZipIsRefused)
{
    QFile f(path());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a zip at all");
    f.close();
    const auto v = bundle::verify(path(), key.publicKey);
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().code, ErrorCode::BundleInvalid);
}

TEST_F(BundleTest, TheBundleIsOwnerOnlyAndNoTemporaryFileIsLeft)
{
    const mode_t old = ::umask(022);
    writeSample();
    ::umask(old);
    EXPECT_EQ(fileMode(path()), 0600);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("b.zip")});
}

TEST_F(BundleTest, AnExistingFileOfTheSameNameIsNeverReplaced)
{
    QFile other(path());
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.write("a bundle the district has not received yet");
    other.close();
    const auto w = bundle::write(path(), sampleSpec(), key.secretKey);
    ASSERT_FALSE(w.ok());
    EXPECT_EQ(w.error().code, ErrorCode::Io);
    EXPECT_TRUE(w.error().message.contains(QStringLiteral("b.zip")));
    ASSERT_TRUE(other.open(QIODevice::ReadOnly));
    EXPECT_EQ(other.readAll(), QByteArray("a bundle the district has not received yet"));
}

TEST_F(BundleTest, EveryFailedStepIsAClearErrorAndLeavesNoFile)
{
    const struct {
        durable::Step step;
        int error;
        const char* says;
    } cases[] = {
        {durable::Step::Create, EROFS, "read-only"},
        {durable::Step::Write, ENOSPC, "is full"},
        {durable::Step::Sync, EIO, "stopped answering"},
        {durable::Step::Rename, EXDEV, "Could not write"},
        {durable::Step::SyncFolder, EIO, "stopped answering"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.says);
        durable::setFaultHookForTesting(
            [&c](durable::Step step, const QString&) { return step == c.step ? c.error : 0; });
        const auto w = bundle::write(path(), sampleSpec(), key.secretKey);
        durable::setFaultHookForTesting({});
        ASSERT_FALSE(w.ok());
        EXPECT_EQ(w.error().code, ErrorCode::Io);
        EXPECT_EQ(w.error().field, QStringLiteral("out"));
        EXPECT_TRUE(w.error().message.contains(QDir::toNativeSeparators(dir.path())))
            << qPrintable(w.error().message);
        EXPECT_TRUE(w.error().message.contains(QString::fromLatin1(c.says)))
            << qPrintable(w.error().message);
        EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
}

TEST_F(BundleTest, AFileThatDoesNotReadBackIsRemoved)
{
    bundle::setBeforeProofHookForTesting([](const QString& p) {
        QFile f(p);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x10);
        f.seek(0);
        f.write(bytes);
    });
    const auto w = bundle::write(path(), sampleSpec(), key.secretKey);
    bundle::setBeforeProofHookForTesting({});
    ASSERT_FALSE(w.ok());
    EXPECT_EQ(w.error().code, ErrorCode::Io);
    EXPECT_TRUE(w.error().message.contains(QStringLiteral("does not read back")));
    EXPECT_FALSE(QFile::exists(path()));
}

TEST_F(BundleTest, AFullDiskIsAClearErrorAndLeavesNoFile)
{
    test::TmpfsMount disk("64k");
    if (!disk.mounted())
        GTEST_SKIP() << qPrintable(disk.skipReason());
    ASSERT_GT(disk.fill(), 0);
    const QString target = disk.filePath(QStringLiteral("b.zip"));
    const auto w = bundle::write(target, sampleSpec(), key.secretKey);
    ASSERT_FALSE(w.ok()) << "a bundle on a full disk must not be reported written";
    EXPECT_EQ(w.error().code, ErrorCode::Io);
    EXPECT_TRUE(w.error().message.contains(QStringLiteral("is full")))
        << qPrintable(w.error().message);
    EXPECT_TRUE(w.error().message.contains(QDir::toNativeSeparators(disk.path())));
    EXPECT_TRUE(disk.entriesExcept().isEmpty()) << qPrintable(disk.entriesExcept().join(u' '));
}

TEST_F(BundleTest, AReadOnlyMediumIsAClearErrorAndLeavesNoFile)
{
    test::TmpfsMount disk("64k", test::TmpfsMount::Mode::ReadOnly);
    if (!disk.mounted())
        GTEST_SKIP() << qPrintable(disk.skipReason());
    const auto w =
        bundle::write(disk.filePath(QStringLiteral("b.zip")), sampleSpec(), key.secretKey);
    ASSERT_FALSE(w.ok());
    EXPECT_EQ(w.error().code, ErrorCode::Io);
    EXPECT_TRUE(w.error().message.contains(QStringLiteral("read-only")))
        << qPrintable(w.error().message);
    EXPECT_TRUE(disk.entriesExcept().isEmpty());
}

TEST_F(BundleTest, SealedBundleOpensOnlyWithTheDistrictKey)
{
    const sealing::DistrictKeys district = sealing::generate();
    const QString sealedPath = dir.filePath(QStringLiteral("b.zip.sealed"));
    const auto plain = writeSample();
    const auto w = bundle::write(sealedPath, sampleSpec(), key.secretKey, district.publicKey);
    ASSERT_TRUE(w.ok()) << qPrintable(w.error().message);
    EXPECT_TRUE(w->sealed);
    EXPECT_EQ(w->sha256, plain.sha256);  // the chain is the zip's, sealed or not
    EXPECT_EQ(fileMode(sealedPath), 0600);
    QFile f(sealedPath);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    f.close();
    EXPECT_TRUE(bytes.startsWith("VXSEAL01"));
    EXPECT_FALSE(bytes.contains("patients.ndjson"));  // not even the names are in clear
    EXPECT_TRUE(bundle::isSealedFile(sealedPath));

    const auto withoutKey = bundle::verify(sealedPath, key.publicKey);
    ASSERT_FALSE(withoutKey.ok());
    EXPECT_EQ(withoutKey.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(withoutKey.error().field, QStringLiteral("district-key"));
    EXPECT_TRUE(withoutKey.error().message.contains(QStringLiteral("--district-key")));

    const auto opened = bundle::verifySealed(sealedPath, key.publicKey, district);
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
    EXPECT_TRUE(opened->sealed);
    EXPECT_EQ(opened->sha256, plain.sha256);
    EXPECT_EQ(opened->records.value(QStringLiteral("patients.ndjson")), 2);
    auto sha = bundle::bundleSha256(sealedPath, &district);
    ASSERT_TRUE(sha.ok());
    EXPECT_EQ(*sha, plain.sha256);
    EXPECT_EQ(bundle::bundleSha256(sealedPath).error().field, QStringLiteral("district-key"));

    const auto wrong = bundle::verifySealed(sealedPath, key.publicKey, sealing::generate());
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::BundleSignature);
    EXPECT_EQ(wrong.error().field, QStringLiteral("district-key"));

    // Cut short, one byte changed, one byte added: all refused.
    QByteArray changed = bytes;
    changed[changed.size() - 30] = static_cast<char>(changed[changed.size() - 30] ^ 0x01);
    const QByteArray variants[] = {bytes.left(bytes.size() - 1), changed, bytes + 'x'};
    for (const QByteArray& v : variants) {
        QFile::remove(sealedPath);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(v);
        f.close();
        const auto bad = bundle::verifySealed(sealedPath, key.publicKey, district);
        ASSERT_FALSE(bad.ok());
        EXPECT_EQ(bad.error().code, ErrorCode::BundleInvalid) << qPrintable(bad.error().message);
    }
}

TEST(Sealing, KeyTextsRoundTripAndLargeInputsStreamInChunks)
{
    const sealing::DistrictKeys k = sealing::generate();
    auto pub = sealing::parsePublicKey(sealing::publicKeyText(k.publicKey));
    ASSERT_TRUE(pub.ok());
    EXPECT_EQ(*pub, k.publicKey);
    auto secret = sealing::parseSecretKey(sealing::secretKeyText(k.secretKey) + u'\n');
    ASSERT_TRUE(secret.ok());
    EXPECT_EQ(secret->publicKey, k.publicKey);
    EXPECT_FALSE(sealing::parsePublicKey(QStringLiteral("ed25519:AAAA")).ok());

    // Empty, exactly one chunk, and several chunks with a short last one.
    for (const qsizetype size : {qsizetype(0), qsizetype(sealing::kChunkBytes),
                                 qsizetype(3 * sealing::kChunkBytes + 17)}) {
        SCOPED_TRACE(size);
        QByteArray plain(size, '\0');
        for (qsizetype i = 0; i < size; ++i)
            plain[i] = static_cast<char>(i * 31);
        auto sealed = sealing::seal(plain, k.publicKey);
        ASSERT_TRUE(sealed.ok());
        QBuffer in(&*sealed);
        ASSERT_TRUE(in.open(QIODevice::ReadOnly));
        auto inspected = sealing::inspect(in);
        ASSERT_TRUE(inspected.ok()) << qPrintable(inspected.error().message);
        EXPECT_EQ(*inspected, size);
        in.seek(0);
        QByteArray out;
        qsizetype largest = 0;
        ASSERT_TRUE(sealing::open(in, k, [&](const char* p, qsizetype n) -> Status {
                        out.append(p, n);
                        largest = std::max(largest, n);
                        return {};
                    }).ok());
        EXPECT_EQ(out, plain);
        EXPECT_LE(largest, sealing::kChunkBytes);
    }
}

TEST_F(BundleTest, AnEntryDeclaringMoreThanTheLimitIsRefusedBeforeUnpacking)
{
    // 1.5 GiB declared, a few bytes of data: refused from the central directory alone (today's
    // code allocated the declared size first).
    QFile f(path());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(test::craftedZip({{"manifest.json", 2, QByteArray("\x03\x00", 2)},
                              {"manifest.sig", 2, QByteArray("\x03\x00", 2)},
                              {"patients.ndjson", 0x60000000u, QByteArray(64, '\0')}}));
    f.close();
    const auto v = bundle::verify(path(), key.publicKey);
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().code, ErrorCode::BundleInvalid);
    EXPECT_TRUE(v.error().message.contains(QStringLiteral("unpacks to 1536.0 MB")))
        << qPrintable(v.error().message);
    EXPECT_TRUE(v.error().message.contains(QStringLiteral("patients.ndjson")));
    const auto unzipped = bundle::unzipFiles(
        test::craftedZip({{"patients.ndjson", 0x60000000u, QByteArray(64, '\0')}}));
    ASSERT_FALSE(unzipped.ok());
    EXPECT_TRUE(unzipped.error().message.contains(QStringLiteral("unpacks to")));
}

TEST_F(BundleTest, AZipBombIsRefusedByItsSizesWithoutUnpackingIt)
{
    // A real bomb: 16 MiB of zeros deflate to a few KiB. With a 1 MiB limit it is refused by
    // its declared size, signature or not.
    auto zipped = bundle::zipFiles({{QStringLiteral("manifest.json"), QByteArray("{}")},
                                    {QStringLiteral("manifest.sig"), QByteArray("x")},
                                    {QStringLiteral("bomb.csv"), QByteArray(16 << 20, '\0')}},
                                   0);
    ASSERT_TRUE(zipped.ok());
    ASSERT_LT(zipped->size(), 1 << 20);
    QFile f(path());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(*zipped);
    f.close();
    bundle::Limits limits;
    limits.maxEntryBytes = 1 << 20;
    const auto v = bundle::verify(path(), key.publicKey, std::nullopt, limits);
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().code, ErrorCode::BundleInvalid);
    EXPECT_TRUE(v.error().message.contains(QStringLiteral("bomb.csv")));
    EXPECT_TRUE(v.error().message.contains(QStringLiteral("unpacks to 16.0 MB")));
    // The sum of entries is bounded too.
    limits.maxEntryBytes = 32 << 20;
    limits.maxTotalBytes = 8 << 20;
    const auto total = bundle::verify(path(), key.publicKey, std::nullopt, limits);
    ASSERT_FALSE(total.ok());
    EXPECT_EQ(total.error().code, ErrorCode::BundleInvalid);
    EXPECT_TRUE(total.error().message.contains(QStringLiteral("more than 8.0 MB")))
        << qPrintable(total.error().message);
}

TEST_F(BundleTest, TooManyEntriesOrTooLargeAFileIsRefusedBeforeUnpacking)
{
    std::vector<bundle::File> files{{QStringLiteral("manifest.json"), QByteArray("{}")},
                                    {QStringLiteral("manifest.sig"), QByteArray("x")}};
    for (int i = 0; i < 100; ++i)
        files.push_back({QStringLiteral("f%1.csv").arg(i), QByteArray("a\n")});
    auto zipped = bundle::zipFiles(files, 0);
    ASSERT_TRUE(zipped.ok());
    QFile f(path());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(*zipped);
    f.close();
    const auto many = bundle::verify(path(), key.publicKey);
    ASSERT_FALSE(many.ok());
    EXPECT_EQ(many.error().code, ErrorCode::BundleTooLarge);
    EXPECT_TRUE(many.error().message.contains(QStringLiteral("102 entries")))
        << qPrintable(many.error().message);
    bundle::Limits limits;
    limits.maxFileBytes = 1024;
    const auto big = bundle::verify(path(), key.publicKey, std::nullopt, limits);
    ASSERT_FALSE(big.ok());
    EXPECT_EQ(big.error().code, ErrorCode::BundleTooLarge);
    EXPECT_TRUE(big.error().message.contains(QFileInfo(path()).fileName()));
}

TEST_F(BundleTest, ASignedEntryLargerThanTheManifestSaysIsRefusedBeforeUnpacking)
{
    // Signed by the right key, but an entry holds more than the manifest's byte count: refused
    // from the sizes, before any hash is computed.
    writeSample();
    repack(path(), [](std::vector<bundle::File>& files) {
        for (bundle::File& file : files)
            if (file.name == u"patients.ndjson")
                file.data += QByteArray(4 << 20, '\n');
    });
    const auto v = bundle::verify(path(), key.publicKey);
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().code, ErrorCode::BundleFileMismatch);
    EXPECT_TRUE(v.error().message.contains(QStringLiteral("patients.ndjson")));
}

TEST(Bundle, RecordsAreCountedTheSameInChunks)
{
    const QByteArray csvDoc =
        csv::document({QStringLiteral("a")}, {{QStringLiteral("x\ny")}, {QStringLiteral("z")}});
    EXPECT_EQ(bundle::countRecords(QStringLiteral("a.csv"), csvDoc), 2);
    EXPECT_EQ(bundle::countRecords(QStringLiteral("a.ndjson"), QByteArray("{}\n \n{}")), 2);
    EXPECT_EQ(bundle::countRecords(QStringLiteral("a.hl7"),
                                   QByteArray("FHS|\r\nMSH|a\rPID|\r MSH|b\rMSHX\rBTS|")),
              2);
    EXPECT_EQ(bundle::countRecords(QStringLiteral("summary.json"), QByteArray("{}")), -1);
}

namespace {
// This process's data segment (VmData, bytes): what RLIMIT_DATA limits.
[[maybe_unused]] qint64 dataBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmData:"))
            return line.mid(7).trimmed().split(' ').first().toLongLong() * 1024;
    return -1;
}
}  // namespace

TEST_F(BundleTest, ALargeEntryIsVerifiedWithBoundedMemory)
{
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "RLIMIT_DATA and the address sanitizer's shadow memory do not mix";
#else
    // A signed bundle with a 96 MiB entry (deflated to ~100 KiB). Verified in a child process
    // whose data segment may grow by 32 MiB only: reading the entry whole cannot fit.
    constexpr qsizetype kEntry = qsizetype(96) << 20;
    bundle::Spec spec = sampleSpec();
    spec.files.push_back({QStringLiteral("big.bin"), QByteArray(kEntry, '\0')});
    QFile::remove(path());
    ASSERT_TRUE(bundle::write(path(), spec, key.secretKey).ok());
    spec = {};
    const qint64 base = dataBytes();
    ASSERT_GT(base, 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        const rlimit limit{static_cast<rlim_t>(base + (32 << 20)),
                           static_cast<rlim_t>(base + (32 << 20))};
        ::setrlimit(RLIMIT_DATA, &limit);
        const auto v = bundle::verify(path(), key.publicKey);
        ::_exit(v.ok() && v->records.size() == 3 ? 0 : 3);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status)) << "the verifier died (out of memory?), signal "
                                   << (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    EXPECT_EQ(WEXITSTATUS(status), 0);
#endif
}
