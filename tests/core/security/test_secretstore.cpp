// The passphrase-protected key file, and what the keychain says when no secret service is
// reachable. The round trip against a real keychain is in test_keychain.cpp (run under
// dbus-run-session with gnome-keyring).
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "security/secretstore.h"
#include "support/envguard.h"

#include <sys/stat.h>

using namespace vax;

namespace {

const QString kPass = QStringLiteral("blue kettle river seven");

int modeOf(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 0777);
}

class KeyFileTest : public ::testing::Test {
protected:
    void SetUp() override { m_oldUmask = ::umask(022); }  // a common default that would leak
    void TearDown() override { ::umask(m_oldUmask); }
    QString path() const { return dir.filePath(QStringLiteral("keys/site.vaxkey")); }
    QTemporaryDir dir;
    mode_t m_oldUmask = 0;
};

TEST_F(KeyFileTest, RoundTripSurvivesReopeningAndIsOwnerOnly)
{
    const QByteArray signingKey = QByteArray::fromHex("00ff10203040506070800090a0b0c0d0e0f0");
    {
        auto store = FileSecretStore::create(path(), kPass);
        ASSERT_TRUE(store.ok()) << qPrintable(store.error().message);
        EXPECT_FALSE((*store)->get(QStringLiteral("export-signing-key"))->has_value());
        ASSERT_TRUE((*store)->set(QStringLiteral("export-signing-key"), signingKey).ok());
        ASSERT_TRUE((*store)->set(QStringLiteral("upload-token"), "tok-1").ok());
        ASSERT_TRUE((*store)->set(QStringLiteral("upload-token"), "tok-2").ok());
        EXPECT_TRUE((*store)->describe().contains(QStringLiteral("site.vaxkey")));
    }
    EXPECT_EQ(modeOf(path()), 0600);
    EXPECT_EQ(modeOf(QFileInfo(path()).absolutePath()), 0700);
    // Nothing of the secret in the file.
    QFile raw(path());
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    EXPECT_FALSE(bytes.contains("tok-2"));
    EXPECT_FALSE(bytes.contains(signingKey.toBase64()));

    auto reopened = FileSecretStore::open(path(), kPass);
    ASSERT_TRUE(reopened.ok()) << qPrintable(reopened.error().message);
    EXPECT_EQ((*reopened)->get(QStringLiteral("export-signing-key"))->value(), signingKey);
    EXPECT_EQ((*reopened)->get(QStringLiteral("upload-token"))->value(), QByteArray("tok-2"));
    ASSERT_TRUE((*reopened)->remove(QStringLiteral("upload-token")).ok());
    ASSERT_TRUE((*reopened)->remove(QStringLiteral("upload-token")).ok());  // gone: still fine
    EXPECT_EQ(modeOf(path()), 0600);
    auto third = FileSecretStore::open(path(), kPass);
    ASSERT_TRUE(third.ok());
    EXPECT_FALSE((*third)->get(QStringLiteral("upload-token"))->has_value());
    EXPECT_TRUE((*third)->get(QStringLiteral("export-signing-key"))->has_value());
}

TEST_F(KeyFileTest, WrongPassphraseIsRefused)
{
    ASSERT_TRUE(FileSecretStore::create(path(), kPass).ok());
    auto wrong = FileSecretStore::open(path(), QStringLiteral("blue kettle river eight"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::SecretFileRefused);
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("passphrase is wrong")))
        << qPrintable(wrong.error().message);
}

TEST_F(KeyFileTest, ATamperedFileIsRefused)
{
    {
        auto store = FileSecretStore::create(path(), kPass);
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE((*store)->set(QStringLiteral("k"), "value").ok());
    }
    QFile f(path());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    for (const char* field : {"ciphertext", "nonce", "salt"}) {
        SCOPED_TRACE(field);
        QJsonObject changed = o;
        QByteArray bytes =
            QByteArray::fromBase64(o.value(QString::fromLatin1(field)).toString().toLatin1());
        bytes[0] = static_cast<char>(bytes.at(0) ^ 0x01);  // one bit
        changed.insert(QString::fromLatin1(field), QString::fromLatin1(bytes.toBase64()));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(changed).toJson());
        f.close();
        auto opened = FileSecretStore::open(path(), kPass);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, ErrorCode::SecretFileRefused);
    }
    // Not a key file at all, and absurd key-derivation limits.
    QJsonObject greedy = o;
    greedy.insert(QStringLiteral("memlimit"), 64.0 * 1024 * 1024 * 1024);
    for (const QByteArray& content : {QByteArray("plain text"), QJsonDocument(greedy).toJson()}) {
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        auto opened = FileSecretStore::open(path(), kPass);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, ErrorCode::SecretFileRefused);
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("damaged")));
    }
}

TEST_F(KeyFileTest, ShortPassphraseExistingFileAndMissingFileAreRefused)
{
    auto shortPass = FileSecretStore::create(path(), QStringLiteral("short"));
    ASSERT_FALSE(shortPass.ok());
    EXPECT_EQ(shortPass.error().field, QStringLiteral("passphrase"));
    EXPECT_FALSE(QFileInfo::exists(path()));
    ASSERT_TRUE(FileSecretStore::create(path(), kPass).ok());
    EXPECT_EQ(FileSecretStore::create(path(), kPass).error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(FileSecretStore::open(path() + QStringLiteral(".missing"), kPass).error().code,
              ErrorCode::NotFound);
}

// No session bus at all (a Linux desk PC without a desktop keyring): the keychain must say so
// plainly, within its timeout, and never fall back to plaintext.
TEST(KeychainWithoutSecretService, ReportsClearlyWithinTheTimeout)
{
    test::EnvGuard bus("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/vaxpoint-test-bus");
    test::EnvGuard display("DISPLAY", nullptr);
    test::EnvGuard wayland("WAYLAND_DISPLAY", nullptr);
    test::EnvGuard runtime("XDG_RUNTIME_DIR", nullptr);
    constexpr int timeoutMs = 3000;
    QElapsedTimer timer;
    timer.start();
    const KeychainStatus status = probeKeychain(timeoutMs);
    EXPECT_FALSE(status.available);
    EXPECT_TRUE(status.message.contains(QStringLiteral("passphrase-protected key file")))
        << qPrintable(status.message);
    // Bounded: the probe gives up at its timeout at the latest (slack for a loaded machine).
    EXPECT_LT(timer.elapsed(), timeoutMs + 2000);

    KeychainSecretStore store(QStringLiteral("VaxPoint-test"), timeoutMs);
    auto set = store.set(QStringLiteral("export-signing-key"), "secret");
    ASSERT_FALSE(set.ok());
    EXPECT_EQ(set.error().code, ErrorCode::KeychainUnavailable);
    auto get = store.get(QStringLiteral("export-signing-key"));
    ASSERT_FALSE(get.ok()) << "no silent fallback may have stored it";
    EXPECT_EQ(get.error().code, ErrorCode::KeychainUnavailable);
    EXPECT_FALSE(store.remove(QStringLiteral("export-signing-key")).ok());
}

}  // namespace
