#pragma once

// Secrets for vaxctl (passwords, PINs) never come from the command line, where `ps` and the
// shell history show them. They come from standard input with the global flag --password-stdin
// (one secret a line, read in the order the command asks: the acting user's password first),
// or from an environment variable named by whoever asks.
#include <QCommandLineOption>
#include <QString>

#include "cli/cli.h"
#include "common/result.h"

namespace vax::cli {

// The next line of standard input, without its line break; empty at the end of input. One
// stream for the whole process, so every reader continues where the previous one stopped.
QString readStdinLine();

// One secret: the next line of standard input when `fromStdin`, else the environment variable
// `envVar`. Empty when neither gives one.
QString readSecret(bool fromStdin, const char* envVar);

// As readSecret, but an empty secret is an error (field `field`) that names both ways to give
// it, e.g. "The new password: pass --password-stdin and type it, or set VAXPOINT_USER_PASSWORD."
Result<QString> requireSecret(bool fromStdin, const char* envVar, const QString& what,
                              const QString& field = QStringLiteral("password-stdin"),
                              const QString& stdinFlag = QStringLiteral("--password-stdin"));

// A command's own secret flag (e.g. --doctor-password-stdin): the next line of standard input
// when --`stdinOption` is set, else $`env`; empty is an error naming `what` and both ways.
Result<QString> requireSecretOption(CommandContext& ctx, const QString& stdinOption,
                                    const char* env, const QString& what);

// The --`stdinOption` flag, e.g. "doctor-password-stdin", with help naming `what` and `env`.
QCommandLineOption secretStdinOption(const QString& stdinOption, const char* env,
                                     const QString& what);

}  // namespace vax::cli
