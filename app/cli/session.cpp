#include "cli/session.h"

#include "cli/actorauth.h"

namespace vax::cli {

Result<StaffMember> staffOption(CommandContext& ctx, SiteContext& site, const QString& option,
                                bool demoByDefault, const QString& fallback)
{
    // Whoever acts proves it (cli/actorauth.h); other people named (e.g. --doctor) are looked up.
    if (option == QLatin1String("actor"))
        return authenticatedActor(ctx, site, fallback);
    QString username = ctx.args().value(option);
    if (username.isEmpty())
        username = fallback;
    if (username.isEmpty()) {
        if (!demoByDefault || !site.site.training)
            return makeError(
                ErrorCode::InvalidArgument,
                SessionText::tr("--%1: give the USERNAME of the staff member.").arg(option),
                option);
        username = QString::fromLatin1(kDemoUsername);
    }
    VAX_TRY_VALUE(auto staff, StaffRepository::findByUsername(*site.db, username));
    if (!staff.has_value() || staff->member.disabled)
        return makeError(ErrorCode::NotFound,
                         SessionText::tr("--%1: no active staff member \"%2\"; check the "
                                         "username.")
                             .arg(option, username),
                         option);
    return staff->member;
}

Result<Session> session(CommandContext& ctx, const QString& fallback)
{
    VAX_TRY_VALUE(auto site, ctx.site());
    VAX_TRY_VALUE(auto actor, authenticatedActor(ctx, *site, fallback));
    return Session{site, actor};
}

QCommandLineOption actorOpt()
{
    return {QStringLiteral("actor"),
            SessionText::tr("Staff username acting; on a production database also their "
                            "password (--password-stdin or VAXPOINT_PASSWORD)"),
            QStringLiteral("USER")};
}

}  // namespace vax::cli
