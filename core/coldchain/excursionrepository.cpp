#include "coldchain/excursionrepository.h"

#include "common/dbformat.h"
#include "storage/database.h"

namespace vax {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT e.id AS id, e.fridge_id AS fridge_id, f.name AS fridge_name, e.kind AS kind, "
    "e.start_at AS start_at, e.end_at AS end_at, e.minutes AS minutes, e.extreme_c AS extreme_c "
    "FROM excursion e JOIN fridge f ON f.id = e.fridge_id ");

ExcursionRecord fromRow(const Query& q)
{
    return {q.value(QStringLiteral("id")).toString(),
            q.value(QStringLiteral("fridge_id")).toString(),
            q.value(QStringLiteral("fridge_name")).toString(),
            q.value(QStringLiteral("kind")).toString(),
            fromDbTime(q.value(QStringLiteral("start_at")).toString()),
            fromDbTime(q.value(QStringLiteral("end_at")).toString()),
            q.value(QStringLiteral("minutes")).toInt(),
            q.value(QStringLiteral("extreme_c")).toDouble(),
            {}};
}
}  // namespace

bool ExcursionRecord::open() const
{
    for (const QuarantinedLot& l : lots) {
        if (l.state() == QuarantineStatus::Quarantined)
            return true;
    }
    return false;
}

Result<bool> ExcursionRepository::insertIfNew(Database& db, const QString& id,
                                              const QString& fridgeId, const DetectedExcursion& e,
                                              const QDateTime& detectedAt,
                                              const QString& recordedBy)
{
    VAX_TRY_VALUE(
        auto q,
        db.exec(QStringLiteral("INSERT OR IGNORE INTO excursion(id, fridge_id, kind, "
                               "start_at, end_at, minutes, extreme_c, detected_at, "
                               "actor) VALUES(?,?,?,?,?,?,?,?,?)"),
                {id, fridgeId, excursionKindName(e.kind), toDbTime(e.start), toDbTime(e.end),
                 e.minutes, e.extremeC, toDbTime(detectedAt), recordedBy}));
    return q.rowsAffected() > 0;
}

Result<std::vector<ExcursionRecord>> ExcursionRepository::all(Database& db)
{
    VAX_TRY_VALUE(auto q, db.exec(kSelect + QStringLiteral("ORDER BY e.start_at")));
    std::vector<ExcursionRecord> result;
    while (q.next())
        result.push_back(fromRow(q));
    return result;
}

Result<std::optional<ExcursionRecord>> ExcursionRepository::byId(Database& db, const QString& id)
{
    VAX_TRY_VALUE(auto q, db.exec(kSelect + QStringLiteral("WHERE e.id = ?"), {id}));
    if (!q.next())
        return std::optional<ExcursionRecord>();
    return std::optional<ExcursionRecord>(fromRow(q));
}

}  // namespace vax
