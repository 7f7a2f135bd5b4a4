#pragma once
// An in-memory SecretStore for core tests of services that keep a secret in the keychain (the
// real KeychainSecretStore is exercised against gnome-keyring by the keychain-labelled tests).
#include <map>

#include "security/secretstore.h"

namespace vax::test {

class MemorySecretStore final : public SecretStore {
public:
    std::map<QString, QByteArray> values;
    bool failWrites = false;  // as a keychain that refuses (no secret service)

    Result<std::optional<QByteArray>> get(const QString& key) override
    {
        auto it = values.find(key);
        if (it == values.end())
            return std::optional<QByteArray>();
        return std::optional<QByteArray>(it->second);
    }
    Status set(const QString& key, const QByteArray& value) override
    {
        if (failWrites)
            return makeError(ErrorCode::KeychainUnavailable,
                             QStringLiteral("No keychain is available (test)."),
                             QStringLiteral("keychain"));
        values[key] = value;
        return {};
    }
    Status remove(const QString& key) override
    {
        values.erase(key);
        return {};
    }
    QString describe() const override { return QStringLiteral("the test keychain"); }
};

}  // namespace vax::test
