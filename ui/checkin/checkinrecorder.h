#pragma once

#include <QString>

#include <optional>
#include <vector>

#include "checkin/checkinform.h"
#include "checkin/ticket.h"
#include "site/sitecontext.h"

namespace vax::ui {

// What the check-in asks of the core, and what each answer means at the desk: the person on
// file for a document (and the visit already made today), the check-in or the deferral recorded
// with its queue ticket and message, and the people a new person may be. No widgets.
class CheckInRecorder {
public:
    explicit CheckInRecorder(SiteContext& site);

    QDate today() const { return m_service.today(); }

    // A check-in that ends at the queue number (or without one: a deferral).
    struct Recorded {
        QString message;
        int queueNumber = 0;
        bool ok = true;  // false: not vaccinated today
        std::optional<Ticket> ticket;
    };
    // Fills `form` with the person on file for its document, if any; when that person is already
    // checked in today, the visit's number instead.
    Result<std::optional<Recorded>> findOnFile(CheckInForm& form);
    Result<Recorded> checkIn(const CheckInRequest& request);
    Result<Recorded> recordDeferral(const CheckInRequest& request);
    // People on file with the form's name and birth date but another document.
    std::vector<Person> possibleDuplicates(const CheckInForm& form) const;

private:
    SiteContext& m_site;
    CheckInService m_service;
};

}  // namespace vax::ui
