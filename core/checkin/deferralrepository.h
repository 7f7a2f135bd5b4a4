#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

#include "checkin/screening.h"
#include "common/result.h"

namespace vax {

class Database;

// A person sent home by screening, as the day's list shows them.
struct DeferralEntry {
    QString deferralId;
    QString personId;
    QString name;
    ScreeningOutcome outcome = ScreeningOutcome::Defer;
    QStringList reasons;
    double temperatureC = 0.0;
    QDateTime recordedAt;
};

// A deferral as check-in records it. `outcome` is defer or contraindicated (the schema allows no
// other); a deferral never changes after it is written.
struct NewDeferral {
    QString id;
    QString personId;
    QDate date;  // the site's day
    ScreeningOutcome outcome = ScreeningOutcome::Defer;
    double temperatureC = 0.0;
    QString screeningVersion;
    QJsonObject screening;
    QString appointmentId;
    QDateTime recordedAt;
    QString recordedBy;
};

// The deferral table (migration 6): owns its SQL and maps rows by column name. Call insert()
// inside a WriteTransaction: it writes no audit row of its own.
class DeferralRepository {
public:
    static Status insert(Database& db, const NewDeferral& deferral);
    // The deferrals of `day`, in the order they were recorded.
    static Result<std::vector<DeferralEntry>> onDay(Database& db, const QDate& day);
};

}  // namespace vax
