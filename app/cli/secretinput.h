#pragma once

// Secrets for vaxctl (passwords, PINs, passphrases) never come from a command-line argument,
// which other users of the PC can read in the process list: one line of standard input when
// --NAME-stdin is given, else an environment variable. One reader is shared, so a command that
// needs several secrets reads them one per line, in the order it asks for them.
#include <QCommandLineOption>
#include <QString>
#include <QTextStream>

#include "cli/cli.h"

namespace vax::cli {

// Standard input, line by line, shared by every command that reads a secret.
QTextStream& secretLines();

// The secret: a line of standard input when --`stdinOption` is set, else $`env`. Empty is an
// error (InvalidArgument, field `stdinOption`) that names `what` and both ways to give it.
Result<QString> readSecret(CommandContext& ctx, const QString& stdinOption, const char* env,
                           const QString& what);

// The --`stdinOption` flag, e.g. "doctor-password-stdin", with help naming `what` and `env`.
QCommandLineOption secretStdinOption(const QString& stdinOption, const char* env,
                                     const QString& what);

}  // namespace vax::cli
