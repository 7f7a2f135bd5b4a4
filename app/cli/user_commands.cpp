// vaxctl user add|passwd|disable|enable|roles|pin|list, key status.
// Secrets come from standard input (--password-stdin, one per line) or from environment
// variables, never from the command line where `ps` would show them.
#include <QCoreApplication>
#include <QJsonArray>

#include "cli/actorauth.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/secretinput.h"
#include "cli/session.h"
#include "security/password.h"
#include "security/permissions.h"
#include "security/secretstore.h"
#include "security/userservice.h"
#include "site/siteadmin.h"
#include "storage/meta.h"

namespace vax::cli {

namespace {
struct UserCmdText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

Result<StaffMember> activeStaff(Database& db, const QString& username, const QString& field)
{
    VAX_TRY_VALUE(auto staff, StaffRepository::findByUsername(db, username));
    if (!staff.has_value())
        return makeError(ErrorCode::NotFound,
                         UserCmdText::tr("%1: no staff member \"%2\"; run \"vaxctl user list\".")
                             .arg(field, username),
                         field);
    return staff->member;
}

// The next secret of the command itself: a line of standard input with --password-stdin (after
// the actor's password), else the variable `env`.
Result<QString> secret(CommandContext& ctx, const char* env, const QString& what)
{
    return requireSecret(ctx.passwordStdin(), env, what);
}

QJsonObject staffJson(const StaffMember& m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("username"), m.username},
            {QStringLiteral("name"), m.displayName},
            {QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(m.roles))},
            {QStringLiteral("disabled"), m.disabled},
            {QStringLiteral("has_pin"), m.hasPin},
            {QStringLiteral("locked_until"),
             m.lockedUntil.isValid() ? jsonTime(m.lockedUntil) : QString()}};
}

QString staffText(const StaffMember& m)
{
    QString state = m.disabled ? UserCmdText::tr("disabled") : UserCmdText::tr("active");
    if (m.lockedUntil.isValid())
        state += UserCmdText::tr(", locked until %1").arg(jsonClock(m.lockedUntil));
    return QStringLiteral("%1  %2  [%3]  %4%5")
        .arg(m.username, -16)
        .arg(m.displayName, roleNames(m.roles).join(QLatin1Char(',')), state,
             m.hasPin ? UserCmdText::tr(", PIN set") : QString());
}

Result<Roles> rolesOption(CommandContext& ctx)
{
    auto roles = rolesFromNames(ctx.args().value(QStringLiteral("roles")));
    if (!roles || !*roles)
        return makeError(ErrorCode::InvalidArgument,
                         UserCmdText::tr("--roles: give one or more of registrar, vaccinator, "
                                         "doctor, stock_keeper, site_admin, separated by commas."),
                         QStringLiteral("roles"));
    return *roles;
}

Result<QString> oneUsername(CommandContext& ctx)
{
    const QStringList args = ctx.args().positionalArguments();
    if (args.size() != 1)
        return makeError(ErrorCode::InvalidArgument,
                         UserCmdText::tr("Give one username, e.g. vaxctl user disable nurse.li"),
                         QStringLiteral("USERNAME"));
    return args.first();
}

int runUserAdd(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    VAX_TRY_VALUE_OR(auto roles, ctx.out().fail, rolesOption(ctx));
    VAX_TRY_VALUE_OR(
        auto password, ctx.out().fail,
        secret(ctx, "VAXPOINT_USER_PASSWORD", UserCmdText::tr("The new user's password")));
    NewStaff n{ctx.args().value(QStringLiteral("username")),
               ctx.args().value(QStringLiteral("name")), password, roles};
    VAX_TRY_VALUE_OR(auto m, ctx.out().fail, UserService::add(s.services(), n));
    ctx.out().record(staffJson(m), UserCmdText::tr("Added %1").arg(staffText(m)));
    return ExitOk;
}

int runUserList(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    VAX_TRY_VALUE_OR(auto all, ctx.out().fail, UserService::list(s.db(), s.actor.id));
    for (const StaffMember& m : all)
        ctx.out().record(staffJson(m), staffText(m));
    return ExitOk;
}

int runUserPasswd(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto username, ctx.out().fail, oneUsername(ctx));
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx, username));
    VAX_TRY_VALUE_OR(auto target, ctx.out().fail,
                     activeStaff(s.db(), username, QStringLiteral("USERNAME")));
    const bool reset = target.id != s.actor.id;
    QString oldPassword;
    if (!reset) {
        // The current password is the actor's: checked as a sign-in, so wrong ones count
        // toward the lockout and are audited.
        VAX_TRY_VALUE_OR(auto old, ctx.out().fail, actorPassword(ctx, *s.site, username));
        oldPassword = old;
    }
    VAX_TRY_VALUE_OR(auto password, ctx.out().fail,
                     secret(ctx, "VAXPOINT_USER_PASSWORD", UserCmdText::tr("The new password")));
    const Status done = UserService::changePassword(s.services(), target.id, oldPassword, password);
    if (!done)
        return ctx.out().fail(done.error());
    ctx.out().record(
        {{QStringLiteral("username"), target.username}, {QStringLiteral("reset"), reset}},
        reset ? UserCmdText::tr("Password of %1 reset by %2; any lockout is cleared.")
                    .arg(target.username, s.actor.username)
              : UserCmdText::tr("Password of %1 changed.").arg(target.username));
    return ExitOk;
}

int runUserDisable(CommandContext& ctx, bool disable)
{
    VAX_TRY_VALUE_OR(auto username, ctx.out().fail, oneUsername(ctx));
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    VAX_TRY_VALUE_OR(auto target, ctx.out().fail,
                     activeStaff(s.db(), username, QStringLiteral("USERNAME")));
    const Status done = UserService::setDisabled(s.services(), target.id, disable);
    if (!done)
        return ctx.out().fail(done.error());
    target.disabled = disable;
    ctx.out().record(staffJson(target), disable
                                            ? UserCmdText::tr("Disabled %1.").arg(target.username)
                                            : UserCmdText::tr("Enabled %1.").arg(target.username));
    return ExitOk;
}

int runUserRoles(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto username, ctx.out().fail, oneUsername(ctx));
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    VAX_TRY_VALUE_OR(auto roles, ctx.out().fail, rolesOption(ctx));
    VAX_TRY_VALUE_OR(auto target, ctx.out().fail,
                     activeStaff(s.db(), username, QStringLiteral("USERNAME")));
    VAX_TRY_VALUE_OR(auto m, ctx.out().fail, UserService::setRoles(s.services(), target.id, roles));
    ctx.out().record(staffJson(m), staffText(m));
    return ExitOk;
}

int runUserPin(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto username, ctx.out().fail, oneUsername(ctx));
    const bool clear = ctx.args().isSet(QStringLiteral("clear"));
    // Setting a PIN is the owner's act; clearing one is an administrator's.
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx, clear ? QString() : username));
    VAX_TRY_VALUE_OR(auto target, ctx.out().fail,
                     activeStaff(s.db(), username, QStringLiteral("USERNAME")));
    QString pin;
    QString password;
    if (!clear) {
        // The owner's password (the actor's, checked as a sign-in) confirms the new PIN; for
        // anyone else's PIN the core refuses, whatever the password.
        if (target.id == s.actor.id) {
            VAX_TRY_VALUE_OR(auto pw, ctx.out().fail, actorPassword(ctx, *s.site, username));
            password = pw;
        }
        VAX_TRY_VALUE_OR(auto p, ctx.out().fail,
                         secret(ctx, "VAXPOINT_USER_PIN", UserCmdText::tr("The PIN (next line)")));
        pin = p;
    }
    const Status done = UserService::setPin(s.services(), target.id, pin, password);
    if (!done)
        return ctx.out().fail(done.error());
    ctx.out().record(
        {{QStringLiteral("username"), target.username}, {QStringLiteral("has_pin"), !clear}},
        clear ? UserCmdText::tr("PIN of %1 cleared.").arg(target.username)
              : UserCmdText::tr("PIN of %1 set; it unlocks only their own locked "
                                "session.")
                    .arg(target.username));
    return ExitOk;
}

int runKeyStatus(CommandContext& ctx)
{
    bool ok = false;
    int timeoutMs = ctx.args().value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeoutMs <= 0)
        timeoutMs = kKeychainTimeoutMs;
    const KeychainStatus status = probeKeychain(timeoutMs);
    ctx.out().record({{QStringLiteral("keychain_available"), status.available},
                      {QStringLiteral("timed_out"), status.timedOut},
                      {QStringLiteral("elapsed_ms"), status.elapsedMs},
                      {QStringLiteral("detail"), status.detail},
                      {QStringLiteral("message"), status.message}},
                     status.message);
    return status.available ? ExitOk : ExitFailed;
}

}  // namespace

void registerUserCommands(Registry& registry)
{
    // --password-stdin is a global flag (cli.cpp takes it out before these options are parsed);
    // it is listed here for its help text: which lines of standard input this command reads.
    registry.add(
        {{QStringLiteral("user"), QStringLiteral("add")},
         [] { return UserCmdText::tr("Add a staff account (site administrators)"); },
         [](QCommandLineParser& p) {
             p.addOptions({
                 {QStringLiteral("username"), UserCmdText::tr("Login name"), QStringLiteral("U")},
                 {QStringLiteral("name"), UserCmdText::tr("Full name as on records"),
                  QStringLiteral("N")},
                 {QStringLiteral("roles"),
                  UserCmdText::tr("registrar, vaccinator, doctor, stock_keeper, site_admin "
                                  "(one or several, comma-separated)"),
                  QStringLiteral("a,b")},
                 {QStringLiteral("password-stdin"),
                  UserCmdText::tr("Read the actor's password, then the new user's, from standard "
                                  "input (or set VAXPOINT_PASSWORD and VAXPOINT_USER_PASSWORD)")},
                 actorOpt(),
             });
         },
         runUserAdd});
    registry.add({{QStringLiteral("user"), QStringLiteral("list")},
                  [] { return UserCmdText::tr("List staff accounts"); },
                  [](QCommandLineParser& p) { p.addOption(actorOpt()); },
                  runUserList});
    registry.add(
        {{QStringLiteral("user"), QStringLiteral("passwd")},
         [] {
             return UserCmdText::tr(
                 "Change one's own password, or reset someone's as an "
                 "administrator");
         },
         [](QCommandLineParser& p) {
             p.addPositionalArgument(QStringLiteral("USERNAME"), UserCmdText::tr("Whose password"));
             p.addOption({QStringLiteral("password-stdin"),
                          UserCmdText::tr("Read from standard input: the actor's password (for "
                                          "one's own: the current one) then the new one; or set "
                                          "VAXPOINT_PASSWORD and VAXPOINT_USER_PASSWORD")});
             p.addOption(actorOpt());
         },
         runUserPasswd});
    for (bool disable : {true, false}) {
        registry.add({{QStringLiteral("user"),
                       disable ? QStringLiteral("disable") : QStringLiteral("enable")},
                      [disable] {
                          return disable ? UserCmdText::tr(
                                               "Disable a staff account (records keep its name)")
                                         : UserCmdText::tr("Enable a staff account again");
                      },
                      [](QCommandLineParser& p) {
                          p.addPositionalArgument(QStringLiteral("USERNAME"),
                                                  UserCmdText::tr("Whose account"));
                          p.addOption(actorOpt());
                      },
                      [disable](CommandContext& ctx) { return runUserDisable(ctx, disable); }});
    }
    registry.add({{QStringLiteral("user"), QStringLiteral("roles")},
                  [] { return UserCmdText::tr("Replace a staff member's roles"); },
                  [](QCommandLineParser& p) {
                      p.addPositionalArgument(QStringLiteral("USERNAME"),
                                              UserCmdText::tr("Whose roles"));
                      p.addOption({QStringLiteral("roles"), UserCmdText::tr("The new roles"),
                                   QStringLiteral("a,b")});
                      p.addOption(actorOpt());
                  },
                  runUserRoles});
    registry.add(
        {{QStringLiteral("user"), QStringLiteral("pin")},
         [] { return UserCmdText::tr("Set one's own unlock PIN (4–6 digits), or clear one"); },
         [](QCommandLineParser& p) {
             p.addPositionalArgument(QStringLiteral("USERNAME"), UserCmdText::tr("Whose PIN"));
             p.addOption({QStringLiteral("password-stdin"),
                          UserCmdText::tr("Read the owner's password then the PIN from standard "
                                          "input (or set VAXPOINT_PASSWORD and "
                                          "VAXPOINT_USER_PIN)")});
             p.addOption({QStringLiteral("clear"),
                          UserCmdText::tr("Clear the PIN (an administrator, with --actor)")});
             p.addOption(actorOpt());
         },
         runUserPin});
    registry.add({{QStringLiteral("key"), QStringLiteral("status")},
                  [] { return UserCmdText::tr("Check whether the system keychain answers"); },
                  [](QCommandLineParser& p) {
                      p.addOption({QStringLiteral("timeout"),
                                   UserCmdText::tr("Give up after this many milliseconds "
                                                   "(default 3000)"),
                                   QStringLiteral("MS")});
                  },
                  runKeyStatus});
}

}  // namespace vax::cli
