// SecretStore round trip against a real keychain. CTest runs this under
//   dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets;
//                              exec test_keychain'
// (tests/core/CMakeLists.txt), so a real gnome-keyring answers over a private session bus.
#include <gtest/gtest.h>

#include <QEventLoop>
#include <QTimer>
#include <QUuid>

#include "exchange/keychainkey.h"
#include "exchange/signingkey.h"
#include "security/asyncsecret.h"
#include "security/secretstore.h"

using namespace vax;

namespace {

TEST(KeychainSecretStore, ProbeAnswersAndSecretsMakeTheRoundTrip)
{
    const KeychainStatus status = probeKeychain();
    ASSERT_TRUE(status.available) << qPrintable(status.message) << " / "
                                  << qPrintable(status.detail);

    KeychainSecretStore store(QStringLiteral("VaxPoint-test"));
    const QString key =
        QStringLiteral("export-signing-key-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto missing = store.get(key);
    ASSERT_TRUE(missing.ok()) << qPrintable(missing.error().message);
    EXPECT_FALSE(missing->has_value()) << "not found means no value, not an error";

    static const char raw[] = "\x00\x01\xfe\xff signing key \x00 end";
    const QByteArray binary(raw, sizeof raw - 1);  // NUL bytes included, the final one not
    ASSERT_TRUE(store.set(key, binary).ok());
    auto got = store.get(key);
    ASSERT_TRUE(got.ok()) << qPrintable(got.error().message);
    ASSERT_TRUE(got->has_value());
    EXPECT_EQ(**got, binary);

    ASSERT_TRUE(store.set(key, "replaced").ok());
    EXPECT_EQ(store.get(key)->value(), QByteArray("replaced"));

    ASSERT_TRUE(store.remove(key).ok());
    auto gone = store.get(key);
    ASSERT_TRUE(gone.ok());
    EXPECT_FALSE(gone->has_value());
    EXPECT_TRUE(store.remove(key).ok());  // removing what is not there succeeds
}

// The GUI's path: QtKeychain's asynchronous jobs, no local event loop in the store; the first
// request creates the signing key, the second finds the same one.
TEST(AsyncKeychainStore, TheSigningKeyIsCreatedOnceAndFoundAgain)
{
    AsyncKeychainStore store(QStringLiteral("VaxPoint-test-") +
                             QUuid::createUuid().toString(QUuid::WithoutBraces));
    auto fetch = [&store]() -> Result<signing::KeyPair> {
        KeychainKeyRequest request(store, signingkey::kGuiKeychainTimeoutMs);
        QEventLoop loop;
        QObject::connect(&request, &KeychainKeyRequest::finished, &loop, &QEventLoop::quit);
        request.start();
        if (request.running())
            loop.exec();
        return *request.result();
    };
    auto first = fetch();
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().message);
    auto second = fetch();
    ASSERT_TRUE(second.ok()) << qPrintable(second.error().message);
    EXPECT_EQ(second->secretKey, first->secretKey);
}

}  // namespace
