#include "site/siterepository.h"

#include "common/sitecalendar.h"
#include "storage/database.h"

namespace vax {

QTimeZone SiteInfo::timeZone() const
{
    auto zone = SiteCalendar::zoneFromId(timeZoneId, QStringLiteral("timezone"));
    return zone ? *zone : SiteCalendar::defaultZone();
}

Result<std::optional<SiteInfo>> SiteRepository::load(Database& db)
{
    VAX_TRY_VALUE(auto q,
                  db.exec(QStringLiteral("SELECT uuid, code, name, district, training, created_at, "
                                         "timezone FROM site WHERE id = 1")));
    if (!q.next())
        return std::optional<SiteInfo>();
    SiteInfo s;
    s.uuid = q.value(QStringLiteral("uuid")).toString();
    s.code = q.value(QStringLiteral("code")).toString();
    s.name = q.value(QStringLiteral("name")).toString();
    s.district = q.value(QStringLiteral("district")).toString();
    s.training = q.value(QStringLiteral("training")).toInt() != 0;
    s.createdAt =
        QDateTime::fromString(q.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    s.timeZoneId = q.value(QStringLiteral("timezone")).toString();
    return std::optional<SiteInfo>(s);
}

Result<std::optional<QString>> SiteRepository::timeZoneId(Database& db)
{
    VAX_TRY_VALUE(auto q, db.exec(QStringLiteral("SELECT timezone FROM site WHERE id = 1")));
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(QStringLiteral("timezone")).toString());
}

Status SiteRepository::insert(Database& db, const SiteInfo& site)
{
    VAX_TRY(db.exec(QStringLiteral("INSERT INTO site(id, uuid, code, name, district, training, "
                                   "created_at, timezone) VALUES(1,?,?,?,?,?,?,?)"),
                    {site.uuid, site.code, site.name, site.district, site.training ? 1 : 0,
                     site.createdAt.toString(Qt::ISODateWithMs), site.timeZoneId}));
    return {};
}

Status SiteRepository::setTimeZone(Database& db, const QString& ianaId)
{
    VAX_TRY(db.exec(QStringLiteral("UPDATE site SET timezone = ? WHERE id = 1"), {ianaId}));
    return {};
}

Status SiteRepository::storeCatalog(Database& db, const QString& version, const QString& sha256,
                                    const QString& json, const QDateTime& loadedAt)
{
    VAX_TRY(db.exec(QStringLiteral("INSERT OR IGNORE INTO catalog(version, sha256, json, "
                                   "loaded_at) VALUES(?,?,?,?)"),
                    {version, sha256, json, loadedAt.toString(Qt::ISODateWithMs)}));
    return {};
}

}  // namespace vax
