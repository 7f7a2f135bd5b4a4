// SecretStore round trip against a real keychain. CTest runs this under
//   dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets;
//                              exec test_keychain'
// (tests/core/CMakeLists.txt), so a real gnome-keyring answers over a private session bus.
#include <gtest/gtest.h>

#include <QUuid>

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

}  // namespace
