#pragma once
// Keychains for tests, behind the AsyncSecretStore seam the GUI uses (the real one is
// AsyncKeychainStore, exercised against gnome-keyring in test_keychain):
// - an in-memory keychain that answers at once;
// - a keychain that never answers, as a GNOME keyring whose first-time prompt nobody answers;
// - a keychain that is not there (the D-Bus error QtKeychain gives without a secret service).
#include <QPointer>

#include <map>

#include "security/asyncsecret.h"

namespace vax::test {

class MemoryKeychain final : public AsyncSecretStore {
public:
    std::map<QString, QByteArray> values;
    int writes = 0;
    void get(const QString& key, QObject*, GetDone done) override
    {
        auto it = values.find(key);
        done(it == values.end() ? std::optional<QByteArray>()
                                : std::optional<QByteArray>(it->second));
    }
    void set(const QString& key, const QByteArray& value, QObject*, SetDone done) override
    {
        values[key] = value;
        ++writes;
        done(Status{});
    }
    QString describe() const override { return QStringLiteral("the test keychain"); }
};

class SilentKeychain final : public AsyncSecretStore {
public:
    int asked = 0;
    void get(const QString&, QObject*, GetDone) override { ++asked; }
    void set(const QString&, const QByteArray&, QObject*, SetDone) override { ++asked; }
    QString describe() const override { return QStringLiteral("the silent keychain"); }
};

class MissingKeychain final : public AsyncSecretStore {
public:
    void get(const QString&, QObject*, GetDone done) override { done(missing()); }
    void set(const QString&, const QByteArray&, QObject*, SetDone done) override
    {
        done(missing());
    }
    QString describe() const override { return QStringLiteral("no keychain"); }

private:
    static Error missing()
    {
        return makeError(ErrorCode::KeychainUnavailable,
                         QStringLiteral("No keychain is available (Cannot autolaunch D-Bus "
                                        "without X11 $DISPLAY)."),
                         QStringLiteral("keychain"));
    }
};

}  // namespace vax::test
