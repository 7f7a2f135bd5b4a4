#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

#include "common/result.h"
#include "storage/database.h"

namespace vax::demo {

class Rng;

// A random version 4 UUID from the generator's own random stream (deterministic per seed).
QString randomUuid(Rng& rng);

// One INSERT prepared once and executed per row: the demo generator's bulk writes.
class BulkInsert {
public:
    BulkInsert(Database& db, const QString& sql) : m_query(db.connection()), m_sql(sql)
    {
        m_prepared = m_query.prepare(sql);
    }
    Status run(std::initializer_list<QVariant> values)
    {
        if (!m_prepared)
            return Database::sqlError(m_query.lastError(), m_sql);
        int i = 0;
        for (const QVariant& v : values)
            m_query.bindValue(i++, v);
        if (!m_query.exec())
            return Database::sqlError(m_query.lastError(), m_sql);
        return {};
    }
    qint64 lastId() const { return m_query.lastInsertId().toLongLong(); }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

}  // namespace vax::demo
