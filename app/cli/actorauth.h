#pragma once

// Who runs a vaxctl command, proven as at the GUI's sign-in screen.
#include <QString>

#include "cli/cli.h"
#include "common/result.h"
#include "security/staff.h"

namespace vax::cli {

// The environment variable that may carry the acting user's password (instead of the first
// line of standard input with --password-stdin).
inline constexpr const char* kActorPasswordEnv = "VAXPOINT_PASSWORD";

// The staff member named by --actor (or `fallback`, the command's natural actor, when --actor
// is absent), authenticated:
// - Production database: their password is required, from --password-stdin (the first line of
//   standard input) or VAXPOINT_PASSWORD, and checked by AuthService::login: Argon2id, locked
//   and disabled accounts refused, every failure audited and counted toward the lockout, a
//   success audited as a "login".
// - Training database: without --actor and `fallback`, the demo account; a password is
//   optional, and checked the same way when given.
// The result is kept in `ctx`, so a command asks once however often it resolves its actor.
Result<StaffMember> authenticatedActor(CommandContext& ctx, SiteContext& site,
                                       const QString& fallback = {});

// As authenticatedActor, and the actor's password is required even on a training database:
// for acts that need the person to confirm who they are (changing their own password or PIN).
// Returns the password.
Result<QString> actorPassword(CommandContext& ctx, SiteContext& site, const QString& fallback = {});

}  // namespace vax::cli
