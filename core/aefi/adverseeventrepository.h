#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

#include "common/result.h"

namespace vax {

class Database;

// adverse_event.status. An event is recorded active; entered-in-error is allowed by the schema
// for a report made by mistake (no service writes it yet).
enum class AdverseEventStatus { Active, EnteredInError };
QString adverseEventStatusText(AdverseEventStatus status);  // "active", "entered-in-error"
std::optional<AdverseEventStatus> adverseEventStatusFromText(QStringView text);

// An adverse event as recorded. The name is masked: lists of adverse events are shown in the
// observation area.
struct AdverseEventRecord {
    QString id;
    QString doseId;
    QString personId;
    QString observationId;  // empty when the person had already left
    int queueNumber = 0;
    QString maskedName;
    QDateTime onset;
    QStringList symptoms;
    QString otherDescription;
    QString severity;
    QString seriousness;
    QStringList actions;
    QString outcome;
    bool immediateReport = false;
    QString note;
    QString reportedBy;
    QDateTime recordedAt;
    QString observationState;  // what the observation became: adverse_event, referred, or as it was
};

// The adverse_event table (migration 7): owns its SQL and maps rows by column name. Call insert()
// inside a WriteTransaction: it writes no audit row of its own.
class AdverseEventRepository {
public:
    // A new active event (queueNumber, maskedName and observationState are not stored).
    static Status insert(Database& db, const AdverseEventRecord& event);
    static Result<std::optional<AdverseEventRecord>> byId(Database& db, const QString& id);
    // The active events whose onset lies in [from, to), oldest first.
    static Result<std::vector<AdverseEventRecord>> activeWithOnsetBetween(Database& db,
                                                                          const QDateTime& from,
                                                                          const QDateTime& to);
};

}  // namespace vax
