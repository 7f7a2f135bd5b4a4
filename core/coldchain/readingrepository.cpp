#include "coldchain/readingrepository.h"

#include "common/dbformat.h"
#include "common/ids.h"
#include "storage/database.h"

namespace vax {

namespace {
StoredReading fromRow(const Query& q)
{
    return {fromDbTime(q.value(QStringLiteral("at")).toString()),
            q.value(QStringLiteral("celsius")).toDouble(),
            readingSourceFromName(q.value(QStringLiteral("source")).toString()) ==
                ReadingSource::Manual};
}
}  // namespace

QString readingSourceName(ReadingSource source)
{
    switch (source) {
        case ReadingSource::Manual:
            return QStringLiteral("manual");
        case ReadingSource::Logger:
            return QStringLiteral("logger");
    }
    return QStringLiteral("logger");
}

std::optional<ReadingSource> readingSourceFromName(const QString& name)
{
    for (ReadingSource s : {ReadingSource::Manual, ReadingSource::Logger}) {
        if (readingSourceName(s) == name)
            return s;
    }
    return std::nullopt;
}

Result<QString> ReadingRepository::insertIfNew(Database& db, const QString& fridgeId,
                                               const TemperatureReading& r, ReadingSource source,
                                               std::optional<ReadingSession> session,
                                               const QString& importId, const QString& recordedBy)
{
    const QString id = newId();
    VAX_TRY_VALUE(
        auto q,
        db.exec(
            QStringLiteral("INSERT OR IGNORE INTO temperature_reading(id, fridge_id, at, "
                           "celsius, source, session, import_id, actor) "
                           "VALUES(?,?,?,?,?,?,NULLIF(?, ''),?)"),
            {id, fridgeId, toDbTime(r.at), r.celsius, readingSourceName(source),
             session ? readingSessionName(*session) : QStringLiteral(""), importId, recordedBy}));
    return q.rowsAffected() > 0 ? id : QString();
}

Result<std::vector<StoredReading>> ReadingRepository::between(Database& db, const QString& fridgeId,
                                                              const QDateTime& from,
                                                              const QDateTime& to)
{
    VAX_TRY_VALUE(
        auto q, db.exec(QStringLiteral("SELECT at, celsius, source FROM temperature_reading WHERE "
                                       "fridge_id = ? AND at >= ? AND at < ? ORDER BY at"),
                        {fridgeId, toDbTime(from), toDbTime(to)}));
    std::vector<StoredReading> result;
    while (q.next())
        result.push_back(fromRow(q));
    return result;
}

Result<std::vector<QDateTime>> ReadingRepository::timesBetween(Database& db,
                                                               const QString& fridgeId,
                                                               ReadingSource source,
                                                               const QDateTime& from,
                                                               const QDateTime& to)
{
    VAX_TRY_VALUE(
        auto q, db.exec(QStringLiteral("SELECT at FROM temperature_reading WHERE fridge_id = ? AND "
                                       "source = ? AND at >= ? AND at < ?"),
                        {fridgeId, readingSourceName(source), toDbTime(from), toDbTime(to)}));
    std::vector<QDateTime> times;
    while (q.next())
        times.push_back(fromDbTime(q.value(QStringLiteral("at")).toString()));
    return times;
}

Result<std::optional<StoredReading>> ReadingRepository::newest(Database& db,
                                                               const QString& fridgeId)
{
    VAX_TRY_VALUE(
        auto q, db.exec(QStringLiteral("SELECT at, celsius, source FROM temperature_reading WHERE "
                                       "fridge_id = ? ORDER BY at DESC LIMIT 1"),
                        {fridgeId}));
    if (!q.next())
        return std::optional<StoredReading>();
    return std::optional<StoredReading>(fromRow(q));
}

}  // namespace vax
