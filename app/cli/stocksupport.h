#pragma once

// Options shared by the stock and cold-chain commands of vaxctl (the acting user: cli/session.h).
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include <utility>

#include "cli/cli.h"
#include "cli/session.h"
#include "coldchain/fridges.h"
#include "stock/lotservice.h"

namespace vax::cli::stock {

struct SupportText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

// --NAME as a whole number; `fallback` when absent and not required.
Result<int> intOption(CommandContext& ctx, const QString& name, bool required, int fallback = 0);
// --NAME as a temperature in °C; `fallback` when absent.
Result<double> doubleOption(CommandContext& ctx, const QString& name, double fallback);
// The lot (--lot, id or number) and its fridge (--fridge, default the lot's own).
Result<std::pair<LotInfo, Fridge>> lotAndFridge(CommandContext& ctx, Database& db);

QCommandLineOption lotOpt();
QCommandLineOption fridgeOpt();

}  // namespace vax::cli::stock
