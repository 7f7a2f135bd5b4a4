// Fuzzes vaxctl's argument parsing (app/cli: cli::checkArguments — the global flags, the
// command registry lookup and each command's QCommandLineParser, --help and --version) without
// running the command or opening a database. The input is the argument list, one argument per
// NUL-separated piece (at most 64); byte 0 odd adds --json. Invariant: the exit code is ok or
// usage; a usage error under --json is one JSON line {"error": {"code": "usage", "message":
// non-empty}}, otherwise a non-empty message on stdout (the overview) or stderr.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "cli/cli.h"
#include "fuzzsupport.h"

using namespace vax;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const bool json = data[0] & 1;
    QStringList args;
    const QByteArray bytes = fuzz::bytes(data + 1, size - 1);
    for (const QByteArray& piece : bytes.split('\0')) {
        if (args.size() >= 64)
            break;
        args << QString::fromUtf8(piece);
    }
    if (json)
        args << QStringLiteral("--json");
    // --db or the environment never matters here: nothing is opened.
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    const int code = cli::checkArguments(args, o, e);
    o.flush();
    e.flush();
    const QString what = args.join(QLatin1Char(' '));
    FUZZ_CHECK(code == cli::ExitOk || code == cli::ExitUsage, what);
    if (code == cli::ExitUsage) {
        // A message somewhere: JSON on stdout (--json), the overview on stdout (no command
        // words), or text on stderr. --json itself may be taken as the value of --db.
        FUZZ_CHECK(!out.trimmed().isEmpty() || !err.trimmed().isEmpty(), what);
        if (out.startsWith(QLatin1Char('{'))) {
            const QJsonObject error = QJsonDocument::fromJson(out.toUtf8())
                                          .object()
                                          .value(QStringLiteral("error"))
                                          .toObject();
            FUZZ_CHECK(error.value(QStringLiteral("code")).toString() == QLatin1String("usage"),
                       what + QStringLiteral(" → ") + out);
            FUZZ_CHECK(!error.value(QStringLiteral("message")).toString().trimmed().isEmpty(),
                       what + QStringLiteral(" → ") + out);
        }
    }
    return 0;
}
