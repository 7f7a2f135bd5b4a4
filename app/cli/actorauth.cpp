#include "cli/actorauth.h"

#include <QCoreApplication>

#include "cli/secretinput.h"
#include "security/auth.h"
#include "site/site.h"

namespace vax::cli {

namespace {
struct ActorText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

const QString kActor = QStringLiteral("actor");

// The password for `username` is missing: say where it goes.
Error passwordNeeded(const QString& username, bool production)
{
    return makeError(
        ErrorCode::LoginFailed,
        production
            ? ActorText::tr("--actor %1: this is a production database, so vaxctl needs %1's "
                            "password. Pass --password-stdin and type it as the first line of "
                            "standard input, or set VAXPOINT_PASSWORD (never put it on the "
                            "command line).")
                  .arg(username)
            : ActorText::tr("--actor %1: this needs %1's password. Pass --password-stdin and "
                            "type it as the first line of standard input, or set "
                            "VAXPOINT_PASSWORD.")
                  .arg(username),
        QStringLiteral("password"));
}

// The sign-in's refusal, told for the command line: which option, and what to do.
Error refused(const Error& error, const QString& username)
{
    if (error.code == ErrorCode::LoginFailed)
        return makeError(ErrorCode::LoginFailed,
                         ActorText::tr("--actor %1: the username or the password is wrong. Give "
                                       "%1's own password (first line of --password-stdin, or "
                                       "VAXPOINT_PASSWORD); each wrong password counts toward "
                                       "locking the account.")
                             .arg(username),
                         QStringLiteral("password"));
    if (error.code == ErrorCode::AccountLocked || error.code == ErrorCode::AccountDisabled)
        return makeError(error.code, ActorText::tr("--actor %1: %2").arg(username, error.message),
                         kActor);
    return error;
}

Result<StaffMember> resolve(CommandContext& ctx, SiteContext& site, const QString& fallback,
                            bool passwordRequired)
{
    QString username = ctx.args().value(kActor);
    if (username.isEmpty())
        username = fallback;
    if (username.isEmpty()) {
        if (!site.site.training)
            return makeError(ErrorCode::InvalidArgument,
                             ActorText::tr("--actor: give the USERNAME of the staff member "
                                           "acting, and their password with --password-stdin "
                                           "or VAXPOINT_PASSWORD."),
                             kActor);
        username = QString::fromLatin1(kDemoUsername);
    }
    if (const auto& known = ctx.actor(); known && known->member.username == username &&
                                         (!passwordRequired || !known->password.isEmpty()))
        return known->member;

    const QString password = readSecret(ctx.passwordStdin(), kActorPasswordEnv);
    if (password.isEmpty()) {
        if (!site.site.training || passwordRequired)
            return passwordNeeded(username, !site.site.training);
        // Training data: the name is enough, as long as the account is active.
        VAX_TRY_VALUE(auto staff, StaffRepository::findByUsername(*site.db, username));
        if (!staff.has_value() || staff->member.disabled)
            return makeError(ErrorCode::NotFound,
                             ActorText::tr("--actor: no active staff member \"%1\"; check the "
                                           "username.")
                                 .arg(username),
                             kActor);
        ctx.setActor({staff->member, QString()});
        return staff->member;
    }
    auto member = AuthService::login(site.serviceContext(), username, password);
    if (!member)
        return refused(member.error(), username);
    ctx.setActor({*member, password});
    return *member;
}
}  // namespace

Result<StaffMember> authenticatedActor(CommandContext& ctx, SiteContext& site,
                                       const QString& fallback)
{
    return resolve(ctx, site, fallback, false);
}

Result<QString> actorPassword(CommandContext& ctx, SiteContext& site, const QString& fallback)
{
    VAX_TRY(resolve(ctx, site, fallback, true));
    return ctx.actor()->password;
}

}  // namespace vax::cli
