#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

#include "coldchain/excursiondetector.h"
#include "coldchain/quarantinerepository.h"
#include "common/result.h"

namespace vax {

class Database;

struct ExcursionRecord {
    QString id;
    QString fridgeId;
    QString fridgeName;
    QString kind;  // excursionKindName
    QDateTime start;
    QDateTime end;
    int minutes = 0;
    double extremeC = 0;
    std::vector<QuarantinedLot> lots;
    bool open() const;  // a lot still waits for a decision
};

// The excursion table: excursions found in a fridge's readings, stored once (a re-import finds
// the same one again and stores nothing). Its SQL and its rows (mapped by column name, with the
// fridge's name); the lots it holds are QuarantineRepository's. Writers run inside the caller's
// WriteTransaction.
class ExcursionRepository {
public:
    // Stores the excursion as `id` unless the fridge has one of that kind starting then; true
    // when it was stored.
    static Result<bool> insertIfNew(Database& db, const QString& id, const QString& fridgeId,
                                    const DetectedExcursion& excursion, const QDateTime& detectedAt,
                                    const QString& recordedBy);
    // Every excursion, oldest first, without its lots.
    static Result<std::vector<ExcursionRecord>> all(Database& db);
    // One excursion without its lots; nullopt when there is none.
    static Result<std::optional<ExcursionRecord>> byId(Database& db, const QString& id);
};

}  // namespace vax
