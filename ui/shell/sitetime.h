#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace vax::ui {

// Screens show dates and times in the site's time zone (site data), never the PC's: one site per
// GUI process, so the zone is set once when the site is open (main, MainWindow) and every screen
// asks here. Before it is set: the default site zone (Asia/Shanghai).
void setSiteDisplayZone(const QTimeZone& zone);
const QTimeZone& siteDisplayZone();
// `t` (any spec) as the site's wall-clock time.
QDateTime inSiteZone(const QDateTime& t);

// The PC's own zone: the one place that asks for it, only to warn when it is not the site's.
QString pcZoneId();
// Whether the PC's zone gives other hours than the site's at `now`.
bool pcZoneDiffers(const QDateTime& now);

}  // namespace vax::ui
