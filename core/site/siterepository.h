#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

#include "common/result.h"

namespace vax {

class Database;

struct SiteInfo {
    QString uuid;
    QString code;
    QString name;
    QString district;
    bool training = false;
    QDateTime createdAt;
    QString timeZoneId;  // IANA name, e.g. "Asia/Shanghai": every calendar rule uses it
    QTimeZone timeZone() const;
};

// The site table (one row, id 1) and the catalog snapshot stored when the site is created (the
// catalog table: written once per catalog version, never changed). Their SQL and rows (mapped by
// column name); writers run inside the caller's WriteTransaction and write no audit row.
// The site's settings are meta keys (storage/meta.h).
class SiteRepository {
public:
    // The site; nullopt before the database has one.
    static Result<std::optional<SiteInfo>> load(Database& db);
    // The stored IANA zone name; nullopt before the database has a site.
    static Result<std::optional<QString>> timeZoneId(Database& db);
    static Status insert(Database& db, const SiteInfo& site);
    static Status setTimeZone(Database& db, const QString& ianaId);
    // Stores the catalog of `version` (its JSON and SHA-256) unless that version is stored.
    static Status storeCatalog(Database& db, const QString& version, const QString& sha256,
                               const QString& json, const QDateTime& loadedAt);
};

}  // namespace vax
