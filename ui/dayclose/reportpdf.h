#pragma once

#include <QByteArray>

class QPagedPaintDevice;

namespace vax {
struct DaySummary;
}

namespace vax::ui {

// The printable daily report (DESIGN.md §5 report.pdf): key figures, hourly throughput and doses
// by age group and sex as bar charts, doses by product × dose number × age group × sex, AEFIs,
// wastage, stock reconciliation, fridge readings and excursions. Drawn with QPainter on any
// paged device (a QPdfWriter for the bundle, a QPrinter for the printer), A4 portrait, breaking
// onto more pages when the tables are long.
void paintDayReport(QPagedPaintDevice& device, const DaySummary& summary);

// The report as PDF bytes — the exporter's ReportRenderer. Safe on a worker thread.
QByteArray renderDayReportPdf(const DaySummary& summary);

}  // namespace vax::ui
