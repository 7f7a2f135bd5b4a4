#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

#include "coldchain/excursiondetector.h"
#include "coldchain/readingrepository.h"
#include "coldchain/readingschedule.h"
#include "coldchain/temperature.h"
#include "common/result.h"
#include "site/servicecontext.h"

namespace vax {

class Clock;
class Database;

struct StoredExcursion {
    QString id;
    QString fridgeId;
    DetectedExcursion excursion;
    QDateTime detectedAt;
    int lotsQuarantined = 0;  // by this detection
};

struct ReadingOutcome {
    int readingsStored = 0;                   // new rows (a re-import stores none twice)
    int readingsSkipped = 0;                  // already stored
    QString readingId;                        // for one manual reading
    std::vector<StoredExcursion> excursions;  // new excursions
};

// Temperature readings of fridges and the excursions they reveal. Every write is one
// transaction: the readings, the excursions and the quarantine of the lots in that fridge.
class ColdChainService {
public:
    // A manual reading (now when `at` is invalid). The session is decided from the local time.
    static Result<ReadingOutcome> addManualReading(const ServiceContext& ctx,
                                                   const QString& fridgeId, double celsius,
                                                   const QDateTime& at);
    // A parsed logger report: its detailed readings, or when it has none its daily history.
    static Result<ReadingOutcome> importReport(const ServiceContext& ctx, const QString& fridgeId,
                                               const LoggerReport& report);
    // The fridge's readings with from <= at < to, oldest first (logger and manual).
    static Result<std::vector<StoredReading>> readings(Database& db, const QString& fridgeId,
                                                       const QDateTime& from, const QDateTime& to);
    // Which manual reading of the fridge is due now (local time of this machine).
    static Result<std::optional<ReadingSession>> manualReadingDue(const ServiceContext& ctx,
                                                                  const QString& fridgeId);
};

}  // namespace vax
