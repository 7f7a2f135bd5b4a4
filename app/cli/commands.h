#pragma once

namespace vax::cli {

class Registry;

// One function per command group; cli.cpp calls them all.
void registerSiteCommands(Registry& registry);     // init, check-db, backup, catalog, audit
void registerCheckInCommands(Registry& registry);  // id check, scan parse, person, checkin, queue
void registerStockCommands(
    Registry& registry);  // lot, vial, stock, waste, fridge, temps, excursion
// demo seed
void registerDemoCommands(Registry& registry);
void registerDemoCommands(Registry& registry);  // demo seed

}  // namespace vax::cli
