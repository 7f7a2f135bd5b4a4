#include "shell/sitetime.h"

#include "common/sitecalendar.h"

namespace vax::ui {

namespace {
QTimeZone& zoneSlot()
{
    static QTimeZone zone = SiteCalendar::defaultZone();
    return zone;
}
}  // namespace

void setSiteDisplayZone(const QTimeZone& zone)
{
    if (zone.isValid())
        zoneSlot() = zone;
}

const QTimeZone& siteDisplayZone()
{
    return zoneSlot();
}

QDateTime inSiteZone(const QDateTime& t)
{
    return t.toTimeZone(zoneSlot());
}

QString pcZoneId()
{
    return QString::fromUtf8(QTimeZone::systemTimeZoneId());
}

bool pcZoneDiffers(const QDateTime& now)
{
    return QTimeZone::systemTimeZone().offsetFromUtc(now) != zoneSlot().offsetFromUtc(now);
}

}  // namespace vax::ui
