#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>
#include <vector>

#include "common/result.h"
#include "site/servicecontext.h"
#include "stock/vialrepository.h"

namespace vax {

class Clock;
class Database;

// When an opened multi-dose vial must be discarded: the earliest of opened + the product's
// open-vial hours (when it has a rule), the end of the session on the day it was opened (when
// it is opened after that, the end of that day) and the end of the lot's expiry day, all in
// local time `zone`. Pure.
QDateTime vialDiscardAt(const QDateTime& opened, std::optional<int> openVialHours,
                        const QTime& sessionEnd, const QDate& lotExpiry, const QTimeZone& zone);

struct DayCloseResult {
    int vialsClosed = 0;
    int dosesWasted = 0;
};

// Opened vials: open, draw doses, list, and close at the end of the day. The session end is the
// site setting "stock.session_end" (HH:MM, default 17:30, local time).
class VialService {
public:
    static Result<OpenVial> open(const ServiceContext& ctx, const QString& lotId,
                                 const QString& fridgeId);
    // Draws one dose (books it administered); refuses an expired or empty vial.
    static Result<OpenVial> drawDose(const ServiceContext& ctx, const QString& vialId);
    // The steps of drawDose() for a caller that holds its own WriteTransaction: the vial as
    // drawn and the id of the administered movement.
    struct Draw {
        OpenVial vial;
        QString movementId;
    };
    static Result<Draw> drawDoseInTransaction(Database& db, const QString& vialId,
                                              const QDateTime& at, const QString& actor);
    // An open vial by id (closed vials too when `includeClosed`).
    static Result<std::optional<OpenVial>> find(Database& db, const QString& vialId,
                                                bool includeClosed = false);
    static Result<std::vector<OpenVial>> listOpen(Database& db);
    // Closes every open vial and books the doses left in them as wasted (open_vial_time).
    static Result<DayCloseResult> closeDay(const ServiceContext& ctx);
    static Result<QTime> sessionEnd(Database& db);
    // Sets "stock.session_end" from text "HH:MM" (24-hour) in one transaction, with an audit row.
    static Result<QTime> setSessionEnd(const ServiceContext& ctx, const QString& text);
};

}  // namespace vax
