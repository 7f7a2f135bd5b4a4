#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

#include "common/result.h"
#include "contraindication/contraindication.h"

namespace vax {

class Database;

// The contraindication table (migration 12). Owns its SQL; rows are mapped by column name.
// Call the writers inside a WriteTransaction: they write no audit row of their own.
class ContraindicationRepository {
public:
    static Status insert(Database& db, const Contraindication& c);
    // Sets lifted_at/by and the reason on a row not lifted yet; false when it was (or is gone).
    static Result<bool> markLifted(Database& db, const QString& id, const QDateTime& at,
                                   const QString& by, const QString& reason);
    static Result<std::optional<Contraindication>> byId(Database& db, const QString& id);
    // A person's rows, oldest first; with `includeLifted` false only those not lifted (an
    // expired one is still returned: the caller judges "until" in the site's calendar).
    static Result<std::vector<Contraindication>> ofPerson(Database& db, const QString& personId,
                                                          bool includeLifted);
    // Rows changed after `changeSeq` (the export's cursor), in change order.
    static Result<std::vector<Contraindication>> changedSince(Database& db, qint64 changeSeq);
};

}  // namespace vax
