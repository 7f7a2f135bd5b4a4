#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

#include "common/result.h"

namespace vax {

class Database;

// dose.status. A dose is never deleted: a correction moves it from completed to
// entered-in-error (DoseRepository::markEnteredInError), and nothing moves it back.
enum class DoseStatus { Completed, EnteredInError };
QString doseStatusText(DoseStatus status);  // "completed", "entered-in-error"
std::optional<DoseStatus> doseStatusFromText(QStringView text);

struct DoseRecord {
    QString id;
    QString visitId;
    QString personId;
    QString productCode;
    QString lotId;
    QString lotNumber;
    QDate lotExpiry;
    QString vialId;
    QString traceCode;
    int doseNumber = 0;
    QString site;
    QString route;
    double amountMl = 0;
    QDateTime administeredAt;
    QString desk;
    QString staffId;
    QString overrideReason;
    QString overrideBy;
    QString overrideAuth;  // how the overriding doctor authenticated: password, pin
    QString status;        // as stored: doseStatusText() of a DoseStatus
    QString errorReason;
    QString correctedBy;
    QDateTime correctedAt;
    QJsonObject checklist;
    // Whose version this desk holds (site mode, docs/site.md 3.3): -1 its own; N > 0 pulled from
    // desk N; 0 the site server's (a merge re-pointed it).
    int originDesk = -1;
};

// The dose table (migration 5): owns its SQL, maps rows by column name and owns the status
// transition. Call the writers inside a WriteTransaction: they write no audit row of their own.
// Statements are fixed texts, prepared once per connection (Database's statement cache).
class DoseRepository {
public:
    // A new completed dose: `dose` with its checklist as recorded; `approvalId` is the doctor's
    // override approval (empty without one), `movementId` the stock movement it came from.
    static Status insert(Database& db, const DoseRecord& dose, const QString& approvalId,
                         const QString& movementId);
    // completed → entered-in-error, with why, by whom and when; false when the dose was not
    // completed (any more).
    static Result<bool> markEnteredInError(Database& db, const QString& id, const QString& reason,
                                           const QString& correctedBy, const QDateTime& at);

    // With `withChecklist` false the recorded checklist JSON is not parsed (the desk's history).
    static Result<std::optional<DoseRecord>> byId(Database& db, const QString& id,
                                                  bool withChecklist = true);
    // A person's doses, oldest first.
    static Result<std::vector<DoseRecord>> ofPerson(Database& db, const QString& personId,
                                                    bool withChecklist = true);
    // A person's completed doses in the order given (administered_at, then insertion).
    static Result<std::vector<DoseRecord>> completedOfPerson(Database& db, const QString& personId);
    // Doses administered in [from, to), oldest first.
    static Result<std::vector<DoseRecord>> administeredBetween(Database& db, const QDateTime& from,
                                                               const QDateTime& to);
    // How many doses record this override approval (an approval allows one dose).
    static Result<int> countWithApproval(Database& db, const QString& approvalId);
    // The product code of the person's latest completed dose; empty when none.
    static Result<QString> lastCompletedProductOf(Database& db, const QString& personId);
};

}  // namespace vax
