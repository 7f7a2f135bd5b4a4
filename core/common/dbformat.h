#pragma once

#include <QDateTime>
#include <QString>

namespace vax {

// How values are written to the database as text.

// Times are stored in UTC as ISO 8601 with milliseconds ("2021-06-01T01:00:00.000Z") so that
// text comparison in SQL orders them correctly.
inline QString toDbTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
inline QDateTime fromDbTime(const QString& s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

// A bound null QString becomes SQL NULL; text columns that are NOT NULL get "" instead.
inline QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

}  // namespace vax
