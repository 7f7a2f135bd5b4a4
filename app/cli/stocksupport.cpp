#include "cli/stocksupport.h"

#include "cli/actorauth.h"

namespace vax::cli::stock {

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
    VAX_TRY_VALUE(auto lot, LotService::find(db, ctx.args().value(QStringLiteral("lot"))));
    const QString f = ctx.args().value(QStringLiteral("fridge"));
    VAX_TRY_VALUE(auto fridge, FridgeRepository::find(db, f.isEmpty() ? lot.fridgeId : f));
    return std::make_pair(lot, fridge);
}

QCommandLineOption lotOpt()
{
    return {QStringLiteral("lot"), SupportText::tr("Lot number or id"), QStringLiteral("LOT")};
}
QCommandLineOption fridgeOpt()
{
    return {QStringLiteral("fridge"), SupportText::tr("Fridge name or id"), QStringLiteral("F")};
}

}  // namespace vax::cli::stock
