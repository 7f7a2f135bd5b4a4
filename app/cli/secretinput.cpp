#include "cli/secretinput.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace vax::cli {

namespace {
struct SecretText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};
}  // namespace

QString readStdinLine()
{
    static QTextStream in(stdin);
    return in.readLine();
}

QString readSecret(bool fromStdin, const char* envVar)
{
    return fromStdin ? readStdinLine() : qEnvironmentVariable(envVar);
}

Result<QString> requireSecret(bool fromStdin, const char* envVar, const QString& what,
                              const QString& field, const QString& stdinFlag)
{
    QString value = readSecret(fromStdin, envVar);
    if (value.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         SecretText::tr("%1: pass %2 and type it, or set %3.")
                             .arg(what, stdinFlag, QString::fromLatin1(envVar)),
                         field);
    return value;
}

Result<QString> requireSecretOption(CommandContext& ctx, const QString& stdinOption,
                                    const char* env, const QString& what)
{
    return requireSecret(ctx.args().isSet(stdinOption), env, what, stdinOption,
                         QStringLiteral("--") + stdinOption);
}

QCommandLineOption secretStdinOption(const QString& stdinOption, const char* env,
                                     const QString& what)
{
    return {stdinOption, SecretText::tr("Read %1 from one line of standard input (or set %2)")
                             .arg(what, QString::fromLatin1(env))};
}

}  // namespace vax::cli
