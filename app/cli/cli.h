#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>
#include <vector>

#include "common/result.h"
#include "security/staff.h"
#include "site/sitecontext.h"

namespace vax::cli {

enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

// Writes results as text for people, or with --json one JSON object per line for scripts.
// Errors: {"error":{"code":"…","message":"…","field":"…"}} on stdout, with a non-zero exit.
class Output {
public:
    Output(QTextStream& out, QTextStream& err, bool json) : m_out(out), m_err(err), m_json(json) {}
    bool json() const { return m_json; }
    // One record: `object` in JSON mode, otherwise `text` (one or more lines).
    void record(const QJsonObject& object, const QString& text);
    int fail(const Error& error);
    // An error with machine-readable extras inside the "error" object (e.g. "candidates").
    int fail(const Error& error, const QJsonObject& extra);
    int usage(const QString& message);
    // A warning that does not stop the command (e.g. the day's backup failed): always on
    // stderr, so stdout keeps one record per line; with --json as one line
    // {"warning":{"code":"…","message":"…"}}.
    void warning(const Error& warning);
    QTextStream& text() { return m_out; }

private:
    QTextStream& m_out;
    QTextStream& m_err;
    bool m_json;
};

class CommandContext {
public:
    CommandContext(Output& out, QCommandLineParser& parser, QString dbPath,
                   bool passwordStdin = false)
        : m_out(out), m_parser(parser), m_dbPath(std::move(dbPath)), m_passwordStdin(passwordStdin)
    {
    }
    Output& out() { return m_out; }
    QCommandLineParser& args() { return m_parser; }
    const QString& dbPath() const { return m_dbPath; }
    // Opens the site database once (quick_check, migrations, clock, daily backup).
    Result<SiteContext*> site();
    // The global flag --password-stdin: secrets come from standard input, one a line (the
    // acting user's password first), instead of environment variables (cli/secretinput.h).
    bool passwordStdin() const { return m_passwordStdin; }

    // The actor once authenticated (cli/actorauth.h), so a command asks for it only once, and
    // the password they gave (empty when none was needed), which a command may reuse as the
    // confirmation of the same person (`user passwd`, `user pin`).
    struct Actor {
        StaffMember member;
        QString password;
    };
    const std::optional<Actor>& actor() const { return m_actor; }
    void setActor(Actor actor) { m_actor = std::move(actor); }

private:
    Output& m_out;
    QCommandLineParser& m_parser;
    QString m_dbPath;
    bool m_passwordStdin = false;
    std::optional<SiteContext> m_site;
    std::optional<Actor> m_actor;
};

struct Command {
    QStringList words;                               // e.g. {"id", "check"}
    std::function<QString()> summary;                // translated on demand
    std::function<void(QCommandLineParser&)> setup;  // options and positional arguments
    std::function<int(CommandContext&)> run;
};

class Registry {
public:
    void add(Command command) { m_commands.push_back(std::move(command)); }
    const std::vector<Command>& commands() const { return m_commands; }

private:
    std::vector<Command> m_commands;
};

// Runs vaxctl with its arguments (without the program name). Global flags --db PATH, --json,
// --help and --version may come before or after the command words.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
// What run() does up to running the command: the global flags, the command words, the
// command's options (QCommandLineParser), --help and --version. ExitOk when the command would
// run; otherwise what run() returns and prints. Opens no database (fuzz_cliargs).
int checkArguments(const QStringList& arguments, QTextStream& out, QTextStream& err);

// The value of the command option --NAME, trimmed; empty when absent.
QString opt(CommandContext& ctx, const char* name);
// The values of --NAME, given comma-separated or repeated, each trimmed.
QStringList listOption(CommandContext& ctx, const char* name);
// Command words from string literals, e.g. words("lot", "receive").
QStringList words(const char* a, const char* b = nullptr);

// A date as YYYY-MM-DD and a time as ISO 8601 with the local offset, as --json promises.
QString jsonDate(const QDate& date);
// A time as ISO 8601 with the site's offset (the zone of the database opened last; before one is
// opened, the default site zone).
QString jsonTime(const QDateTime& time);
// "HH:mm" and "yyyy-MM-dd HH:mm" in the site's zone, for human output.
QString jsonClock(const QDateTime& time);
QString siteDateTime(const QDateTime& time);
// The zone jsonTime and jsonClock show times in; CommandContext::site() sets it.
void setOutputZone(const QTimeZone& zone);
const QTimeZone& outputZone();

}  // namespace vax::cli
