#pragma once

#include <QString>

#include <memory>

#include "common/result.h"
#include "exchange/signing.h"
#include "security/secretstore.h"

namespace vax {

class Clock;
class Database;

// The site's export signing key (Ed25519): generated on first use and kept in a SecretStore —
// the system keychain, or on a machine without one a passphrase-protected key file. Which one
// is a site setting (meta "export.signing_key_store": "keychain" or "file:<path>").
namespace signingkey {

inline constexpr const char* kSecretName = "export-signing-key";
inline constexpr const char* kStoreMetaKey = "export.signing_key_store";
inline constexpr const char* kPassphraseEnv = "VAXPOINT_KEY_PASSPHRASE";

struct StoreChoice {
    bool file = false;
    QString path;  // the key file, when `file`
};

Result<StoreChoice> storeChoice(Database& db);

// Opens the chosen store: the keychain after a probe (at most `timeoutMs`; KeychainUnavailable
// with what to do when none answers), or the key file with `passphrase`.
Result<std::unique_ptr<SecretStore>> openStore(Database& db, const QString& passphrase,
                                               int timeoutMs = kKeychainTimeoutMs);

// The key pair held in `store`; when there is none and `create`, a new one is generated and
// saved there first.
Result<signing::KeyPair> load(SecretStore& store, bool create);

// Sets up a passphrase key file at `path` (created when missing, opened otherwise), puts a
// signing key in it (keeps one already there) and makes it the site's store. Needs
// Permission::Export; audited ("key.init"). Returns the key pair.
Result<signing::KeyPair> initFile(Database& db, const Clock& clock, const QString& path,
                                  const QString& passphrase, const QString& actor);

}  // namespace signingkey
}  // namespace vax
