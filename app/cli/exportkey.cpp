#include "cli/exportkey.h"

#include <QCoreApplication>

#include "cli/secretinput.h"
#include "cli/session.h"
#include "exchange/signingkey.h"

namespace vax::cli {

namespace {
struct ExportKeyText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};
}  // namespace

QString passphrase(CommandContext& ctx)
{
    return readSecret(ctx.args().isSet(QStringLiteral("passphrase-stdin")),
                      signingkey::kPassphraseEnv);
}

QCommandLineOption passphraseOpt()
{
    return {QStringLiteral("passphrase-stdin"),
            ExportKeyText::tr("Read the key file's passphrase from standard input (or set "
                              "VAXPOINT_KEY_PASSPHRASE)")};
}

Result<signing::KeyPair> signingKey(CommandContext& ctx, Database& db, bool create)
{
    VAX_TRY_VALUE(auto store, signingkey::openStore(db, passphrase(ctx)));
    return signingkey::load(*store, create);
}

Result<signing::KeyPair> exportKey(CommandContext& ctx, Session& s)
{
    VAX_TRY_VALUE(auto key, signingKey(ctx, s.db(), true));
    VAX_TRY(signingkey::remember(s.db(), s.clock(), s.actor.id, key.publicKey));
    return key;
}

}  // namespace vax::cli
