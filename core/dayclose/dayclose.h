#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <vector>

#include "common/result.h"
#include "site/servicecontext.h"

namespace vax {

class Clock;
class Database;

// The age groups of the district's daily report, by full years on the day of the dose:
// "0-2", "3-11", "12-14", "15-17", "18-59", "60+". Pure.
QString ageGroupOf(int years);
const QStringList& ageGroups();

// Doses of one product, dose number, age group and sex (male, female, unknown).
struct DoseCell {
    QString productCode;
    int doseNumber = 0;
    QString ageGroup;
    QString sex;
    int count = 0;
};

// A lot's stock in one fridge on the day, and whether it was counted.
struct LotDayStock {
    QString lotId;
    QString lotNumber;
    QString productCode;
    QString fridgeName;
    int opening = 0;
    int received = 0;
    int administered = 0;
    int wasted = 0;
    int expected = 0;
    bool counted = false;
    int discrepancy = 0;  // counted − expected, when counted
};

struct FridgeDay {
    QString fridgeName;
    int readings = 0;
    double minC = 0;
    double maxC = 0;
    int excursions = 0;
};

struct ExcursionLine {
    QString fridgeName;
    QString kind;  // out_of_range, heat, freeze
    QDateTime start;
    int minutes = 0;
    double extremeC = 0;
};

// Everything the day-close page, summary.json and report.pdf show for one local day.
struct DaySummary {
    QDate day;
    QString siteCode;
    QString siteName;
    QString district;
    int checkIns = 0;
    int dosesGiven = 0;      // completed
    int dosesCorrected = 0;  // given that day, since marked entered-in-error
    std::vector<DoseCell> doses;
    std::array<int, 24> hourly{};  // completed doses by local hour
    int aefiTotal = 0;
    int aefiSerious = 0;
    QMap<QString, int> aefiBySeverity;
    QMap<QString, int> wastageByReason;  // doses
    int vialsOpen = 0;                   // still open (before close)
    std::vector<LotDayStock> stock;
    std::vector<FridgeDay> fridges;
    std::vector<ExcursionLine> excursions;
    int deferrals = 0;
    QMap<QString, int> deferralsByOutcome;
    bool closed = false;  // a day close was recorded for this day
    QDateTime closedAt;

    int wasted() const;
    int uncountedLots() const;
};

QJsonObject toJson(const DaySummary& summary);

struct DayCloseReceipt {
    int vialsClosed = 0;
    int dosesWasted = 0;
    DaySummary summary;
};

// What is still open when the day is about to close: the confirmation lists it.
struct DayCloseOpenItems {
    QDate day;
    int underObservation = 0;  // people still in the observation area
    int uncountedLots = 0;
    int vialsOpen = 0;
    int dosesToWaste = 0;    // doses left in the open vials, booked as wasted by the close
    int pendingRecords = 0;  // records not yet exported
    bool alreadyClosed = false;
    bool anything() const
    {
        return underObservation + uncountedLots + vialsOpen + pendingRecords > 0;
    }
};

// The end of a vaccination day: close the open vials (their doses left are wasted), then the
// day's summary. Day boundaries are midnights in the site's time zone (siteZone).
class DayCloseService {
public:
    static Result<DaySummary> summary(Database& db, const QDate& day);
    // Needs Permission::Export (site administrator); closes vials as VialService::closeDay and
    // records the close (audit "day.close", meta dayclose.last).
    static Result<DayCloseReceipt> close(const ServiceContext& ctx);
    // When `day` was closed (in the site's zone), or an invalid time when it is not closed.
    static Result<QDateTime> closedAt(Database& db, const QDate& day);
    // Today's open items (read only), for the confirmation before close().
    static Result<DayCloseOpenItems> openItems(const ServiceContext& ctx);
    // Undoes the close of `day` (the day closed last) so its work can go on being recorded
    // under it: needs Permission::ChangeSettings (site administrator), audit "day.reopen".
    // Refused (AlreadyExists) once an export was written after the close: that bundle told the
    // district the day was over. Vials closed by the close stay closed; their waste stays booked.
    static Status reopen(const ServiceContext& ctx, const QDate& day);
    // Whether `day` can still be reopened: ok, or the error reopen() would give (not the day
    // closed last, or exported since the close). Read only; screens use it to offer reopening.
    static Status canReopen(Database& db, const QDate& day);
};

}  // namespace vax
