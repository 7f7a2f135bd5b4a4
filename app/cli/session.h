#pragma once

// Who acts in a vaxctl command: the site it works on and the authenticated staff member
// (--actor, cli/actorauth.h), shared by every command group that writes.
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include "cli/cli.h"
#include "security/staff.h"

namespace vax::cli {

struct SessionText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

struct Session {
    SiteContext* site = nullptr;
    StaffMember actor;
    Database& db() { return *site->db; }
    const Clock& clock() { return *site->clock; }
    // The services' context: this site, acting as `actor`.
    ServiceContext services() const { return site->serviceContext(actor.id); }
};

// The active staff member named by --OPTION. Without it: `fallback`, else (when
// `demoByDefault`) the demo administrator on training data; otherwise an error naming --OPTION.
// --actor is authenticated (cli/actorauth.h: the password on production databases).
Result<StaffMember> staffOption(CommandContext& ctx, SiteContext& site, const QString& option,
                                bool demoByDefault, const QString& fallback = {});
// --actor USER; the password comes from --password-stdin or VAXPOINT_PASSWORD.
QCommandLineOption actorOpt();
// Opens the site and authenticates --actor (cli/actorauth.h; the demo administrator by default
// on training data; `fallback` when the command has a natural actor).
Result<Session> session(CommandContext& ctx, const QString& fallback = {});

}  // namespace vax::cli
