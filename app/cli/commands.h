#pragma once

namespace vax::cli {

class Registry;

// One function per command group; cli.cpp calls them all.
void registerSiteCommands(Registry& registry);       // init, check-db, backup, catalog, audit
void registerCheckInCommands(Registry& registry);    // id check, scan parse, person, checkin, queue
void registerStockCommands(Registry& registry);      // lot, vial, stock, waste
void registerSettingCommands(Registry& registry);    // setting get|set
void registerColdChainCommands(Registry& registry);  // fridge, temps, excursion
void registerDeskCommands(Registry& registry);       // administer, checklist, dose, call-next
void registerUserCommands(Registry& registry);       // user, key status
void registerDemoCommands(Registry& registry);       // demo seed
void registerExportCommands(Registry& registry);  // dayclose, export, verify, key show-public|init
void registerObservationCommands(Registry& registry);       // observe, aefi
void registerStressCommands(Registry& registry);            // stress (crash tests)
void registerCertificateCommands(Registry& registry);       // certificate issue|show|verify
void registerClockCommands(Registry& registry);             // clock status|acknowledge|tolerance
void registerContraindicationCommands(Registry& registry);  // person contraindication(s) …
void registerSiteModeCommands(Registry& registry);          // site-server init, site join|status

}  // namespace vax::cli
