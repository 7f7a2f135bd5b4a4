#include "storage/meta.h"

#include "storage/database.h"

namespace vax {

Result<QString> readMeta(Database& db, const QString& key, const QString& fallback)
{
    VAX_TRY_VALUE(auto q, db.exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}));
    if (!q.next())
        return fallback;
    return q.value(0).toString();
}

Status writeMeta(Database& db, const QString& key, const QString& value)
{
    // A null QString binds as NULL; an empty setting is stored as ''.
    VAX_TRY(db.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, COALESCE(?, '')) "
                                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                    {key, value}));
    return {};
}

}  // namespace vax
