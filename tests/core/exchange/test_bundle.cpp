// The signed export bundle: written atomically, verified file by file; any changed byte, a
// missing or extra file, a broken chain or the wrong key is refused. CSV with BOM; signatures.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimeZone>

#include "exchange/bundle.h"
#include "exchange/csv.h"
#include "exchange/signing.h"

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

class BundleTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    signing::KeyPair key = signing::generate();
    QString path() const { return dir.filePath(QStringLiteral("b.zip")); }
    bundle::Written writeSample()
    {
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
