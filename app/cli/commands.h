#pragma once

namespace vax::cli {

class Registry;

// One function per command group; cli.cpp calls them all.
void registerSiteCommands(Registry& registry);  // init, check-db, backup, catalog, audit

}  // namespace vax::cli
