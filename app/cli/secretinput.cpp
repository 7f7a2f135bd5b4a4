#include "cli/secretinput.h"

#include <QCoreApplication>

namespace vax::cli {

namespace {
struct SecretText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};
}  // namespace

QTextStream& secretLines()
{
    static QTextStream in(stdin);
    return in;
}

Result<QString> readSecret(CommandContext& ctx, const QString& stdinOption, const char* env,
                           const QString& what)
{
    QString value;
    if (ctx.args().isSet(stdinOption))
        value = secretLines().readLine();
    else
        value = qEnvironmentVariable(env);
    if (value.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         SecretText::tr("%1: pass --%2 and type it on standard input, or set %3. "
                                        "It is never taken from an argument.")
                             .arg(what, stdinOption, QString::fromLatin1(env)),
                         stdinOption);
    return value;
}

QCommandLineOption secretStdinOption(const QString& stdinOption, const char* env,
                                     const QString& what)
{
    return {stdinOption, SecretText::tr("Read %1 from one line of standard input (or set %2)")
                             .arg(what, QString::fromLatin1(env))};
}

}  // namespace vax::cli
