#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

#include "common/result.h"

namespace vax {

class Database;

// The trace_code table: the 20-digit codes of the boxes received, bound to their lot, and the
// time a dose used each one. Writers run inside the caller's WriteTransaction.
class TraceCodeRepository {
public:
    // The lot a box code was received into; nullopt when it was not received.
    static Result<std::optional<QString>> lotOf(Database& db, const QString& code);
    // Binds a new box code to its lot (a code received before is a constraint error: check
    // lotOf first).
    static Status insert(Database& db, const QString& code, const QString& lotId,
                         const QDateTime& receivedAt);
    // Binds the code unless it is bound already (training stock).
    static Status insertIfAbsent(Database& db, const QString& code, const QString& lotId,
                                 const QDateTime& receivedAt);
    // A dose used the box: sets used_at on the code when it is not used yet. Returns the rows
    // changed (1, or 0 when the code is unknown or was used meanwhile).
    static Result<int> markUsed(Database& db, const QString& code, const QDateTime& at);
    // The dose that used the box was entered in error: the code is free again. Returns the
    // rows changed.
    static Result<int> markUnused(Database& db, const QString& code);
    // Up to `limit` codes of the lot no dose has used (neither used_at nor a completed dose
    // recorded with it), oldest first.
    static Result<QStringList> unusedOf(Database& db, const QString& lotId, int limit);
};

}  // namespace vax
