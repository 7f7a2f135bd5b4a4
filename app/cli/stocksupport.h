#pragma once

// Helpers shared by the stock and cold-chain commands of vaxctl.
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include <utility>

#include "cli/cli.h"
#include "coldchain/fridges.h"
#include "security/staff.h"
#include "stock/lotservice.h"

namespace vax::cli::stock {

struct SupportText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

struct Session {
    SiteContext* site = nullptr;
    StaffMember actor;
    Database& db() { return *site->db; }
    const Clock& clock() { return *site->clock; }
};

// The active staff member named by --OPTION. Without it: `fallback`, else (when
// `demoByDefault`) the demo administrator on training data; otherwise an error naming --OPTION.
// --actor is authenticated (cli/actorauth.h: the password on production databases).
Result<StaffMember> staffOption(CommandContext& ctx, SiteContext& site, const QString& option,
                                bool demoByDefault, const QString& fallback = {});
// Opens the site and authenticates --actor (cli/actorauth.h; the demo administrator by default
// on training data; `fallback` when the command has a natural actor).
Result<Session> session(CommandContext& ctx, const QString& fallback = {});
// --NAME as a whole number; `fallback` when absent and not required.
Result<int> intOption(CommandContext& ctx, const QString& name, bool required, int fallback = 0);
// --NAME as a temperature in °C; `fallback` when absent.
Result<double> doubleOption(CommandContext& ctx, const QString& name, double fallback);
// The lot (--lot, id or number) and its fridge (--fridge, default the lot's own).
Result<std::pair<LotInfo, Fridge>> lotAndFridge(CommandContext& ctx, Database& db);

// --actor USER; the password comes from --password-stdin or VAXPOINT_PASSWORD.
QCommandLineOption actorOpt();
QCommandLineOption lotOpt();
QCommandLineOption fridgeOpt();
// Command words from string literals, e.g. words("lot", "receive").
QStringList words(const char* a, const char* b = nullptr);

}  // namespace vax::cli::stock
