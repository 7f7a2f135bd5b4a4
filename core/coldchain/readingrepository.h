#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

#include "coldchain/readingschedule.h"
#include "coldchain/temperature.h"
#include "common/result.h"

namespace vax {

class Database;

// Where a reading came from (temperature_reading.source, stored as its name).
enum class ReadingSource { Manual, Logger };
QString readingSourceName(ReadingSource source);  // "manual", "logger"
std::optional<ReadingSource> readingSourceFromName(const QString& name);

// A stored reading, as a chart or a list shows it.
struct StoredReading {
    QDateTime at;  // UTC
    double celsius = 0;
    bool manual = false;
};

// The temperature_reading table: its SQL and its rows (mapped by column name). Readings are
// never changed once stored. Writers run inside the caller's WriteTransaction.
class ReadingRepository {
public:
    // Stores a reading unless the fridge already has one at that time from that source.
    // `session`: the manual reading's session (none for a logger's). Returns the new row's id,
    // or an empty string when the reading was stored before.
    static Result<QString> insertIfNew(Database& db, const QString& fridgeId,
                                       const TemperatureReading& reading, ReadingSource source,
                                       std::optional<ReadingSession> session,
                                       const QString& importId, const QString& recordedBy);
    // The fridge's readings with from <= at < to, oldest first.
    static Result<std::vector<StoredReading>> between(Database& db, const QString& fridgeId,
                                                      const QDateTime& from, const QDateTime& to);
    // The times of the fridge's readings from `source` with from <= at < to.
    static Result<std::vector<QDateTime>> timesBetween(Database& db, const QString& fridgeId,
                                                       ReadingSource source, const QDateTime& from,
                                                       const QDateTime& to);
    // The fridge's newest reading; nullopt when it has none.
    static Result<std::optional<StoredReading>> newest(Database& db, const QString& fridgeId);
};

}  // namespace vax
