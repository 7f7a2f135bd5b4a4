#include "storage/meta.h"

#include "storage/database.h"

namespace vax {

Result<QString> readMeta(Database& db, const QString& key, const QString& fallback)
{
    if (Database::MetaSnapshot* snapshot = db.writeSnapshot()) {
        // Inside a write transaction: every setting in one read, then from memory.
        if (!snapshot->loaded) {
            VAX_TRY_VALUE(auto all, db.exec(QStringLiteral("SELECT key, value FROM meta")));
            while (all.next())
                snapshot->values.insert(all.value(0).toString(), all.value(1).toString());
            snapshot->loaded = true;
        }
        const auto it = snapshot->values.constFind(key);
        return it == snapshot->values.cend() ? fallback : *it;
    }
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
    if (Database::MetaSnapshot* snapshot = db.writeSnapshot(); snapshot && snapshot->loaded)
        snapshot->values.insert(key, value.isNull() ? QStringLiteral("") : value);
    return {};
}

}  // namespace vax
