#pragma once

#include <QDateTime>
#include <QString>

class QPainter;
class QPrinter;
class QRectF;

namespace vax::ui {

// What a queue ticket shows: no ID number, only the masked name (others see the ticket).
struct Ticket {
    QString siteName;
    int queueNumber = 0;
    QString maskedName;
    QDateTime checkedInAt;  // shown in local time
    bool priority = false;
};

// Draws the ticket into `area` (any paint device: a printer, a PDF, an image).
void paintTicket(QPainter& painter, const QRectF& area, const Ticket& ticket);
// Prints one ticket on `printer` (a small receipt page or A4; the ticket fills the top).
bool printTicket(QPrinter& printer, const Ticket& ticket);
// Writes the ticket as a PDF file (tests, and "print to file" without a printer).
bool printTicketToPdf(const QString& path, const Ticket& ticket);

}  // namespace vax::ui
