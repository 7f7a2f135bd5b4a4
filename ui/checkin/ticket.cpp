#include "checkin/ticket.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>

#include "checkin/queuenumber.h"
#include "shell/sitetime.h"
#include "shell/style.h"

namespace vax::ui {

namespace {
struct TicketText {
    Q_DECLARE_TR_FUNCTIONS(Ticket)
};

}  // namespace

void paintTicket(QPainter& painter, const QRectF& area, const Ticket& ticket)
{
    painter.save();
    painter.setPen(Qt::black);
    const double h = area.height();
    QRectF line(area.left(), area.top(), area.width(), h * 0.12);
    painter.setFont(documentFont(h * 0.07, true));
    painter.drawText(line, Qt::AlignCenter, ticket.siteName);
    line.translate(0, line.height());
    painter.setFont(documentFont(h * 0.06, false));
    painter.drawText(line, Qt::AlignCenter,
                     ticket.priority ? TicketText::tr("Queue number — priority lane")
                                     : TicketText::tr("Queue number"));
    QRectF number(area.left(), line.bottom(), area.width(), h * 0.42);
    painter.setFont(documentFont(h * 0.36, true));
    painter.drawText(number, Qt::AlignCenter, queueLabel(ticket.queueNumber));
    line = QRectF(area.left(), number.bottom(), area.width(), h * 0.1);
    painter.setFont(documentFont(h * 0.065, false));
    painter.drawText(line, Qt::AlignCenter, ticket.maskedName);
    line.translate(0, line.height());
    painter.drawText(line, Qt::AlignCenter,
                     QLocale().toString(inSiteZone(ticket.checkedInAt), QLocale::ShortFormat));
    line.translate(0, line.height());
    painter.setFont(documentFont(h * 0.05, false));
    painter.drawText(line, Qt::AlignCenter,
                     TicketText::tr("Please wait until your number is called."));
    painter.restore();
}

bool printTicket(QPrinter& printer, const Ticket& ticket)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    // A receipt-sized area at the top of whatever paper the printer has.
    const double width = std::min(page.width(), page.height() * 0.8);
    const QRectF area(0, 0, width, width * 1.1);
    paintTicket(painter, area, ticket);
    return painter.end();
}

bool printTicketToPdf(const QString& path, const Ticket& ticket)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    // 80 mm receipt paper.
    printer.setPageSize(QPageSize(QSizeF(80, 100), QPageSize::Millimeter));
    printer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
    return printTicket(printer, ticket);
}

}  // namespace vax::ui
