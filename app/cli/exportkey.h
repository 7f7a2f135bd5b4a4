#pragma once

// The export signing key as vaxctl commands get it (export, site close, key show-public): from
// the keychain or the key file the site uses, the file's passphrase from --passphrase-stdin or
// $VAXPOINT_KEY_PASSPHRASE.
#include <QCommandLineOption>
#include <QString>

#include "cli/cli.h"
#include "common/result.h"
#include "exchange/signing.h"

namespace vax {
class Database;
}

namespace vax::cli {

struct Session;

// The key file's passphrase: a line of standard input with --passphrase-stdin (after the
// actor's password, cli/secretinput.h), else $VAXPOINT_KEY_PASSPHRASE (may be empty: the
// keychain needs none).
QString passphrase(CommandContext& ctx);
QCommandLineOption passphraseOpt();
Result<signing::KeyPair> signingKey(CommandContext& ctx, Database& db, bool create);
// The key a bundle is signed with (created on first use), its public key recorded for the
// security page (signingkey::remember).
Result<signing::KeyPair> exportKey(CommandContext& ctx, Session& s);

}  // namespace vax::cli
