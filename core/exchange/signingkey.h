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
// The public key of the signing key last set up or used (not secret): lets the security page
// say which key is where without unlocking anything.
inline constexpr const char* kPublicKeyMetaKey = "export.signing_public_key";
// How long the GUI waits for the keychain: a first-time keyring prompt ("choose a password for
// the new keyring") needs a person to read and type. vaxctl keeps kKeychainTimeoutMs.
inline constexpr int kGuiKeychainTimeoutMs = 90'000;

struct StoreChoice {
    bool file = false;
    QString path;  // the key file, when `file`
};

Result<StoreChoice> storeChoice(Database& db);

// Where the site's signing key is, as far as this database knows, for people (the security
// page) and scripts. Asks no keychain and opens no key file.
struct Location {
    enum class Kind { None, Keychain, KeyFile };
    Kind kind = Kind::None;
    QString path;              // the key file (KeyFile)
    bool fileMissing = false;  // KeyFile whose file is not there now (a USB stick out?)
    QString fingerprint;       // of the public key, "1a2b 3c4d 5e6f 7a8b"; empty when not known
};
Result<Location> location(Database& db);
// The same in a sentence for people (translated): where, which fingerprint, what to do.
QString describe(const Location& where);

// A short, readable fingerprint of a public key: the first 8 bytes of its SHA-256, in groups.
QString fingerprint(const QByteArray& publicKey);

// Records `publicKey` as the key in use (after an export found or created it), audited
// ("key.recorded") when it changes; nothing is written when it is the one recorded already.
// Needs Permission::Export, as the export that found the key.
Status remember(Database& db, const Clock& clock, const QString& actor,
                const QByteArray& publicKey);

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
