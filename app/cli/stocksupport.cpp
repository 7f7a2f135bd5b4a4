#include "cli/stocksupport.h"

#include "cli/actorauth.h"

namespace vax::cli::stock {

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
                SupportText::tr("--%1: give the USERNAME of the staff member.").arg(option),
                option);
        username = QString::fromLatin1(kDemoUsername);
    }
    auto staff = StaffRepository::findByUsername(*site.db, username);
    if (!staff)
        return staff.error();
    if (!staff->has_value() || (*staff)->member.disabled)
        return makeError(ErrorCode::NotFound,
                         SupportText::tr("--%1: no active staff member \"%2\"; check the "
                                         "username.")
                             .arg(option, username),
                         option);
    return (*staff)->member;
}

Result<Session> session(CommandContext& ctx, const QString& fallback)
{
    auto site = ctx.site();
    if (!site)
        return site.error();
    auto actor = authenticatedActor(ctx, **site, fallback);
    if (!actor)
        return actor.error();
    return Session{*site, *actor};
}

Result<int> intOption(CommandContext& ctx, const QString& name, bool required, int fallback)
{
    const QString text = ctx.args().value(name);
    if (text.isEmpty() && !required)
        return fallback;
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok)
        return makeError(ErrorCode::InvalidArgument,
                         SupportText::tr("--%1: give a whole number, e.g. --%1 10.").arg(name),
                         name);
    return v;
}

Result<double> doubleOption(CommandContext& ctx, const QString& name, double fallback)
{
    const QString text = ctx.args().value(name);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok)
        return makeError(
            ErrorCode::InvalidArgument,
            SupportText::tr("--%1: give a temperature in °C, e.g. --%1 4.5.").arg(name), name);
    return v;
}

Result<std::pair<LotInfo, Fridge>> lotAndFridge(CommandContext& ctx, Database& db)
{
    auto lot = LotService::find(db, ctx.args().value(QStringLiteral("lot")));
    if (!lot)
        return lot.error();
    const QString f = ctx.args().value(QStringLiteral("fridge"));
    auto fridge = FridgeRepository::find(db, f.isEmpty() ? lot->fridgeId : f);
    if (!fridge)
        return fridge.error();
    return std::make_pair(*lot, *fridge);
}

QCommandLineOption actorOpt()
{
    return {QStringLiteral("actor"),
            SupportText::tr("Staff username acting; on a production database also their "
                            "password (--password-stdin or VAXPOINT_PASSWORD)"),
            QStringLiteral("USER")};
}
QCommandLineOption lotOpt()
{
    return {QStringLiteral("lot"), SupportText::tr("Lot number or id"), QStringLiteral("LOT")};
}
QCommandLineOption fridgeOpt()
{
    return {QStringLiteral("fridge"), SupportText::tr("Fridge name or id"), QStringLiteral("F")};
}

QStringList words(const char* a, const char* b)
{
    QStringList w{QString::fromLatin1(a)};
    if (b)
        w << QString::fromLatin1(b);
    return w;
}

}  // namespace vax::cli::stock
