#pragma once

#include <QWidget>

#include <optional>

#include "checkin/checkinform.h"
#include "checkin/ticket.h"

class QLabel;
class QPushButton;

namespace vax::ui {

// What a check-in ends with, beside the entry line: the queue number in large type and the
// message (checked in, already checked in today, the deferral), with Print ticket; or the note
// that an unfinished check-in was restored. It keeps the last ticket, to print it again.
class CheckInResultView final : public QWidget {
    Q_OBJECT
public:
    explicit CheckInResultView(QWidget* parent = nullptr);

    void retranslate();
    // The ticket of the last check-in (or of the visit found for today).
    void setTicket(std::optional<Ticket> ticket) { m_ticket = std::move(ticket); }
    const std::optional<Ticket>& ticket() const { return m_ticket; }
    // Asks for a printer and prints the ticket.
    void printTicket();
    // Shown at the done and deferral steps; the queue number and Print only with a ticket.
    void showStep(CheckInStep step);
    void clearMessage();
    // The check-in (or deferral, `ok` false) is recorded; no number when `queueNumber` is 0.
    void showDone(const QString& message, int queueNumber, bool ok);
    // Screening says not today: what is recorded when the nurse confirms.
    void showDeferral(const QString& message);
    // A note in the result's place (the restored draft), in the colour it had.
    void showNote(const QString& message);

signals:
    void printRequested();

private:
    std::optional<Ticket> m_ticket;
    QLabel* m_message = nullptr;
    QLabel* m_queueNumber = nullptr;
    QPushButton* m_print = nullptr;
};

}  // namespace vax::ui
