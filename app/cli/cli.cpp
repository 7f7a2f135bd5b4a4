#include "cli/cli.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include "cli/commands.h"
#include "storage/database.h"

namespace vax::cli {

namespace {
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

struct GlobalFlags {
    QString db;
    bool json = false;
    bool help = false;
    bool version = false;
    bool passwordStdin = false;
    QStringList rest;
    QString error;
};

GlobalFlags extractGlobals(const QStringList& args)
{
    GlobalFlags g;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--json")) {
            g.json = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            g.help = true;
        } else if (a == QLatin1String("--version")) {
            g.version = true;
        } else if (a == QLatin1String("--password-stdin")) {
            g.passwordStdin = true;
        } else if (a == QLatin1String("--db")) {
            if (i + 1 >= args.size()) {
                g.error = CliText::tr("--db needs a path, e.g. --db /data/site.sqlite");
                return g;
            }
            g.db = args.at(++i);
        } else if (a.startsWith(QLatin1String("--db="))) {
            g.db = a.mid(5);
        } else {
            g.rest << a;
        }
    }
    return g;
}

const Command* match(const Registry& registry, const QStringList& rest, int* used)
{
    const Command* best = nullptr;
    *used = 0;
    for (const Command& c : registry.commands()) {
        const int n = static_cast<int>(c.words.size());
        if (n <= *used || n > rest.size())
            continue;
        if (rest.mid(0, n) == c.words) {
            best = &c;
            *used = n;
        }
    }
    return best;
}

// How vaxctl knows who is acting: shown by "vaxctl --help" and every command's --help.
QString authenticationHelp()
{
    return CliText::tr(
        "Who is acting: on a production database every command that records or shows "
        "personal data needs --actor USERNAME and that person's password, exactly as at the "
        "sign-in screen (wrong passwords count toward the lockout and are audited). Give it "
        "with --password-stdin (the first line of standard input; the command's own secrets, "
        "such as a new password, follow on the next lines) or in the environment variable "
        "VAXPOINT_PASSWORD, never as an argument. A training database acts as the demo "
        "account by default, without a password. No actor is needed for commands that show "
        "no personal data: init, check-db, backup, audit verify, catalog, id check, scan parse, "
        "verify, key status|show-public, lot|vial|fridge|excursion list, setting get, export "
        "list, dayclose --date, observe list (names masked), certificate verify, --version and "
        "--help.\n");
}

QString overview(const Registry& registry)
{
    QString text = CliText::tr(
        "Usage: vaxctl [--db PATH] [--json] [--password-stdin] COMMAND [ARGS]\n"
        "VaxPoint's command line. --db defaults to the GUI's database; "
        "--json prints one JSON object per line.\n\n");
    text += authenticationHelp();
    text += CliText::tr("\nCommands:\n");
    for (const Command& c : registry.commands())
        text +=
            QStringLiteral("  %1  %2\n").arg(c.words.join(QLatin1Char(' ')), -22).arg(c.summary());
    text += CliText::tr("\nRun \"vaxctl COMMAND --help\" for a command's options.\n");
    return text;
}

Registry buildRegistry()
{
    Registry registry;
    registerSiteCommands(registry);
    registerCheckInCommands(registry);
    registerStockCommands(registry);
    registerSettingCommands(registry);
    registerColdChainCommands(registry);
    registerDeskCommands(registry);
    registerUserCommands(registry);
    registerDemoCommands(registry);
    registerExportCommands(registry);
    registerObservationCommands(registry);
    registerCertificateCommands(registry);
    registerClockCommands(registry);
    registerContraindicationCommands(registry);
    registerSiteModeCommands(registry);
    registerStressCommands(registry);
    return registry;
}
}  // namespace

void Output::record(const QJsonObject& object, const QString& text)
{
    if (m_json)
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    else
        m_out << text << (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
    m_out.flush();
}

int Output::fail(const Error& error)
{
    return fail(error, {});
}

int Output::fail(const Error& error, const QJsonObject& extra)
{
    if (m_json) {
        QJsonObject e{{QStringLiteral("code"), error.codeName()},
                      {QStringLiteral("message"), error.message}};
        if (!error.field.isEmpty())
            e.insert(QStringLiteral("field"), error.field);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            e.insert(it.key(), it.value());
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("error"), e}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        m_out.flush();
    } else {
        m_err << CliText::tr("error: %1").arg(error.message) << '\n';
        m_err.flush();
    }
    return ExitFailed;
}

int Output::usage(const QString& message)
{
    if (m_json) {
        m_out << QJsonDocument(
                     QJsonObject{{QStringLiteral("error"),
                                  QJsonObject{{QStringLiteral("code"), QStringLiteral("usage")},
                                              {QStringLiteral("message"), message}}}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        m_out.flush();
    } else {
        m_err << message << '\n';
        m_err.flush();
    }
    return ExitUsage;
}

void Output::warning(const Error& warning)
{
    if (m_json) {
        m_err << QJsonDocument(
                     QJsonObject{{QStringLiteral("warning"),
                                  QJsonObject{{QStringLiteral("code"), warning.codeName()},
                                              {QStringLiteral("message"), warning.message}}}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        m_err << CliText::tr("warning: %1").arg(warning.message) << '\n';
    }
    m_err.flush();
}

Result<SiteContext*> CommandContext::site()
{
    if (!m_site) {
        SiteOpenOptions options;
        options.path = m_dbPath;
        VAX_TRY_VALUE(auto opened, openSite(options));
        m_site = std::move(opened);
        setOutputZone(m_site->site.timeZone());
        if (m_site->backupWarning)
            m_out.warning(*m_site->backupWarning);
    }
    return &*m_site;
}

QString opt(CommandContext& ctx, const char* name)
{
    return ctx.args().value(QString::fromLatin1(name)).trimmed();
}

QStringList listOption(CommandContext& ctx, const char* name)
{
    QStringList out;
    for (const QString& v : ctx.args().values(QString::fromLatin1(name)))
        for (const QString& part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    return out;
}

QStringList words(const char* a, const char* b)
{
    QStringList w{QString::fromLatin1(a)};
    if (b)
        w << QString::fromLatin1(b);
    return w;
}

QString jsonDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

namespace {
QTimeZone& outputZoneSlot()
{
    static QTimeZone zone = SiteCalendar::defaultZone();
    return zone;
}
}  // namespace

void setOutputZone(const QTimeZone& zone)
{
    outputZoneSlot() = zone;
}

const QTimeZone& outputZone()
{
    return outputZoneSlot();
}

QString jsonTime(const QDateTime& time)
{
    const QDateTime local = time.toTimeZone(outputZone());
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString jsonClock(const QDateTime& time)
{
    return time.toTimeZone(outputZone()).toString(QStringLiteral("HH:mm"));
}

QString siteDateTime(const QDateTime& time)
{
    return time.toTimeZone(outputZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

namespace {
int dispatch(const QStringList& arguments, QTextStream& out, QTextStream& err, bool execute)
{
    const GlobalFlags g = extractGlobals(arguments);
    Output output(out, err, g.json);
    if (!g.error.isEmpty())
        return output.usage(g.error);
    const Registry registry = buildRegistry();
    if (g.version) {
        output.record(QJsonObject{{QStringLiteral("name"), QStringLiteral("vaxctl")},
                                  {QStringLiteral("version"), QStringLiteral(VAX_VERSION)},
                                  {QStringLiteral("schema"), Database::latestSchemaVersion()}},
                      QStringLiteral("vaxctl %1").arg(QStringLiteral(VAX_VERSION)));
        return ExitOk;
    }
    int used = 0;
    const Command* command = match(registry, g.rest, &used);
    if (!command) {
        if (g.help || g.rest.isEmpty()) {
            out << overview(registry);
            out.flush();
            return g.help ? ExitOk : ExitUsage;
        }
        return output.usage(CliText::tr("Unknown command \"%1\". Run \"vaxctl --help\" for the "
                                        "list of commands.")
                                .arg(g.rest.join(QLatin1Char(' '))));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (command->setup)
        command->setup(parser);
    const QString programName = QStringLiteral("vaxctl ") + command->words.join(QLatin1Char(' '));
    if (g.help) {
        QString help = parser.helpText();
        help.replace(QCoreApplication::applicationFilePath(), programName);
        help.replace(QCoreApplication::applicationName(), programName);
        out << help << CliText::tr("Global options: --db PATH, --json, --password-stdin\n")
            << authenticationHelp();
        out.flush();
        return ExitOk;
    }
    if (!parser.parse(QStringList{programName} + g.rest.mid(used)))
        return output.usage(parser.errorText() + QLatin1Char('\n') +
                            CliText::tr("Run \"%1 --help\" for its options.").arg(programName));
    if (!execute)
        return ExitOk;
    const QString db = g.db.isEmpty() ? defaultDatabasePath() : QFileInfo(g.db).absoluteFilePath();
    CommandContext ctx(output, parser, db, g.passwordStdin);
    return command->run(ctx);
}
}  // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return dispatch(arguments, out, err, true);
}

int checkArguments(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return dispatch(arguments, out, err, false);
}

}  // namespace vax::cli
