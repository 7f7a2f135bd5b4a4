#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

#include "coldchain/temperature.h"
#include "common/result.h"

namespace vax {

class Clock;
class Database;

struct Fridge {
    QString id;
    QString name;
    FridgeThresholds thresholds;
    bool active = true;
    QDateTime createdAt;
};

// The fridge table: its SQL and its rows (mapped by column name).
class FridgeRepository {
public:
    // The entry point of a new fridge: checks the actor's permission, validates the name and the
    // thresholds (min < max, freeze limit below min, delays > 0) and inserts the fridge with its
    // audit row in its own transaction.
    static Result<Fridge> add(Database& db, const Clock& clock, const QString& name,
                              const FridgeThresholds& thresholds, const QString& actor);
    // Inserts a fridge as given (no checks, no audit row): inside the caller's transaction.
    static Status insert(Database& db, const Fridge& fridge);
    static Result<std::vector<Fridge>> list(Database& db);
    // A fridge by id or by name; NotFound names the field.
    static Result<Fridge> find(Database& db, const QString& idOrName);
};

}  // namespace vax
