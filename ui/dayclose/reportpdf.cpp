#include "dayclose/reportpdf.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <map>

#include "common/labels.h"
#include "dayclose/dayclose.h"

namespace vax::ui {
namespace {

struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(DayReport)
};

const QColor kInk(0x20, 0x20, 0x20);
const QColor kBar(0x2e, 0x6d, 0xb4);
const QColor kBar2(0xd9, 0x6c, 0x3b);
const QColor kRule(0xbb, 0xbb, 0xbb);

// Lays text and tables down the page, starting a new page when one is full.
class Writer {
public:
    Writer(QPagedPaintDevice& device, QPainter& painter)
        : m_device(device),
          m_p(painter),
          m_width(painter.viewport().width()),
          m_height(painter.viewport().height())
    {
    }
    int width() const { return m_width; }
    int y() const { return m_y; }
    void skip(int dy) { m_y += dy; }
    void need(int dy)
    {
        if (m_y + dy > m_height) {
            m_device.newPage();
            m_y = 0;
        }
    }
    void text(const QString& s, int pointSize, bool bold = false)
    {
        QFont f = m_p.font();
        f.setPointSize(pointSize);
        f.setBold(bold);
        m_p.setFont(f);
        const int h = m_p.fontMetrics().height();
        need(h);
        m_p.setPen(kInk);
        m_p.drawText(QRect(0, m_y, m_width, h), Qt::AlignLeft | Qt::AlignVCenter, s);
        m_y += h;
    }
    void heading(const QString& s)
    {
        skip(m_p.fontMetrics().height() / 2);
        need(m_p.fontMetrics().height() * 3);
        text(s, 12, true);
        m_p.setPen(kRule);
        m_p.drawLine(0, m_y, m_width, m_y);
        skip(4);
    }
    // Rows of cells; column widths as fractions of the page width; the first row is the header.
    void table(const std::vector<QStringList>& rows, const std::vector<double>& widths)
    {
        QFont f = m_p.font();
        f.setPointSize(9);
        for (size_t r = 0; r < rows.size(); ++r) {
            f.setBold(r == 0);
            m_p.setFont(f);
            const int h = m_p.fontMetrics().height() + 2;
            need(h);
            int x = 0;
            m_p.setPen(kInk);
            for (qsizetype c = 0; c < rows[r].size() && c < static_cast<qsizetype>(widths.size());
                 ++c) {
                const int w = static_cast<int>(widths[static_cast<size_t>(c)] * m_width);
                m_p.drawText(QRect(x, m_y, w - 4, h), Qt::AlignLeft | Qt::AlignVCenter, rows[r][c]);
                x += w;
            }
            m_y += h;
            if (r == 0) {
                m_p.setPen(kRule);
                m_p.drawLine(0, m_y, m_width, m_y);
            }
        }
    }
    // A bar chart of labelled values (one or two series), `height` high.
    void bars(const QStringList& labels, const std::vector<int>& a, const std::vector<int>& b,
              int height)
    {
        need(height);
        const int top = m_y;
        const int labelH = m_p.fontMetrics().height();
        const int plotH = height - labelH * 2;
        int max = 1;
        for (int v : a)
            max = std::max(max, v);
        for (int v : b)
            max = std::max(max, v);
        const int n = std::max<int>(1, static_cast<int>(labels.size()));
        const int slot = m_width / n;
        QFont f = m_p.font();
        f.setPointSize(8);
        f.setBold(false);
        m_p.setFont(f);
        for (int i = 0; i < n && i < static_cast<int>(labels.size()); ++i) {
            const int x = i * slot;
            const int barW = b.empty() ? slot * 2 / 3 : slot / 3;
            auto bar = [&](int value, int offset, const QColor& color) {
                const int h = value * plotH / max;
                m_p.fillRect(QRect(x + offset, top + labelH + plotH - h, barW, h), color);
                if (value > 0) {
                    m_p.setPen(kInk);
                    m_p.drawText(QRect(x + offset - 10, top + labelH + plotH - h - labelH,
                                       barW + 20, labelH),
                                 Qt::AlignCenter, QString::number(value));
                }
            };
            bar(a[static_cast<size_t>(i)], slot / 6, kBar);
            if (!b.empty())
                bar(b[static_cast<size_t>(i)], slot / 6 + barW, kBar2);
            m_p.setPen(kInk);
            m_p.drawText(QRect(x, top + labelH + plotH, slot, labelH), Qt::AlignCenter, labels[i]);
        }
        m_p.setPen(kRule);
        m_p.drawLine(0, top + labelH + plotH, m_width, top + labelH + plotH);
        m_y = top + height;
    }

private:
    QPagedPaintDevice& m_device;
    QPainter& m_p;
    int m_width;
    int m_height;
    int m_y = 0;
};

QString num(int n)
{
    return QString::number(n);
}

}  // namespace

void paintDayReport(QPagedPaintDevice& device, const DaySummary& s)
{
    QPainter painter(&device);
    Writer w(device, painter);
    w.text(ReportText::tr("Daily vaccination report — %1").arg(s.day.toString(Qt::ISODate)), 16,
           true);
    w.text(ReportText::tr("%1 (%2), %3").arg(s.siteName, s.siteCode, s.district), 10);
    w.text(s.closed ? ReportText::tr("Day closed at %1.")
                          .arg(s.closedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                    : ReportText::tr("The day is not closed yet: figures may still change."),
           9);
    w.heading(ReportText::tr("Key figures"));
    w.table({{ReportText::tr("Check-ins"), ReportText::tr("Doses given"),
              ReportText::tr("Corrected"), ReportText::tr("Deferred"), ReportText::tr("AEFI"),
              ReportText::tr("Serious AEFI"), ReportText::tr("Doses wasted")},
             {num(s.checkIns), num(s.dosesGiven), num(s.dosesCorrected), num(s.deferrals),
              num(s.aefiTotal), num(s.aefiSerious), num(s.wasted())}},
            {0.14, 0.14, 0.14, 0.14, 0.14, 0.15, 0.15});

    // Hourly throughput over the hours that had doses (at least 08–17).
    int first = 8, last = 17;
    for (int h = 0; h < 24; ++h)
        if (s.hourly[static_cast<size_t>(h)] > 0) {
            first = std::min(first, h);
            last = std::max(last, h);
        }
    QStringList hours;
    std::vector<int> perHour;
    for (int h = first; h <= last; ++h) {
        hours << QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
        perHour.push_back(s.hourly[static_cast<size_t>(h)]);
    }
    w.heading(ReportText::tr("Doses per hour"));
    w.bars(hours, perHour, {}, 160);

    // Age group × sex.
    const QStringList& groups = ageGroups();
    std::vector<int> male(static_cast<size_t>(groups.size())),
        female(static_cast<size_t>(groups.size()));
    for (const DoseCell& c : s.doses) {
        const auto i = static_cast<size_t>(groups.indexOf(c.ageGroup));
        if (i >= male.size())
            continue;
        (c.sex == u"female" ? female : male)[i] += c.count;
    }
    w.heading(ReportText::tr("Doses by age group (blue: male and unknown, orange: female)"));
    w.bars(groups, male, female, 160);

    w.heading(ReportText::tr("Doses by product, dose number, age group and sex"));
    std::vector<QStringList> rows{{ReportText::tr("Product"), ReportText::tr("Dose"),
                                   ReportText::tr("Age group"), ReportText::tr("Sex"),
                                   ReportText::tr("Doses")}};
    for (const DoseCell& c : s.doses)
        rows.push_back({labels::product(c.productCode), num(c.doseNumber), c.ageGroup,
                        labels::label(labels::Family::Sex, c.sex), num(c.count)});
    w.table(rows, {0.34, 0.12, 0.18, 0.18, 0.18});

    w.heading(ReportText::tr("Adverse events and wastage"));
    QStringList severity;
    for (auto it = s.aefiBySeverity.begin(); it != s.aefiBySeverity.end(); ++it)
        severity << QStringLiteral("%1 %2")
                        .arg(labels::label(labels::Family::AefiSeverity, it.key()))
                        .arg(it.value());
    QStringList wastage;
    for (auto it = s.wastageByReason.begin(); it != s.wastageByReason.end(); ++it)
        wastage << QStringLiteral("%1 %2")
                       .arg(labels::label(labels::Family::WasteReason, it.key()))
                       .arg(it.value());
    w.text(
        ReportText::tr("AEFI: %1 (%2 serious). By severity: %3.")
            .arg(s.aefiTotal)
            .arg(s.aefiSerious)
            .arg(severity.isEmpty() ? ReportText::tr("none") : severity.join(QStringLiteral(", "))),
        9);
    w.text(
        ReportText::tr("Wasted doses by reason: %1.")
            .arg(wastage.isEmpty() ? ReportText::tr("none") : wastage.join(QStringLiteral(", "))),
        9);

    w.heading(ReportText::tr("Stock reconciliation"));
    std::vector<QStringList> stock{
        {ReportText::tr("Product"), ReportText::tr("Lot"), ReportText::tr("Fridge"),
         ReportText::tr("Opening"), ReportText::tr("In"), ReportText::tr("Given"),
         ReportText::tr("Wasted"), ReportText::tr("Expected"), ReportText::tr("Count")}};
    for (const LotDayStock& l : s.stock)
        stock.push_back({labels::product(l.productCode), l.lotNumber, l.fridgeName, num(l.opening),
                         num(l.received), num(l.administered), num(l.wasted), num(l.expected),
                         l.counted
                             ? (l.discrepancy == 0 ? ReportText::tr("matches")
                                                   : ReportText::tr("off by %1").arg(l.discrepancy))
                             : ReportText::tr("not counted")});
    w.table(stock, {0.16, 0.13, 0.13, 0.09, 0.07, 0.08, 0.09, 0.1, 0.15});

    w.heading(ReportText::tr("Fridges"));
    std::vector<QStringList> fridges{{ReportText::tr("Fridge"), ReportText::tr("Readings"),
                                      ReportText::tr("Min °C"), ReportText::tr("Max °C"),
                                      ReportText::tr("Excursions")}};
    for (const FridgeDay& f : s.fridges)
        fridges.push_back({f.fridgeName, num(f.readings),
                           f.readings ? QString::number(f.minC, 'f', 1) : QStringLiteral("—"),
                           f.readings ? QString::number(f.maxC, 'f', 1) : QStringLiteral("—"),
                           num(f.excursions)});
    w.table(fridges, {0.36, 0.16, 0.16, 0.16, 0.16});
    for (const ExcursionLine& e : s.excursions)
        w.text(ReportText::tr("Excursion %1 in %2 from %3, %4 min, extreme %5 °C.")
                   .arg(labels::label(labels::Family::ExcursionKind, e.kind), e.fridgeName,
                        e.start.toString(QStringLiteral("HH:mm")))
                   .arg(e.minutes)
                   .arg(e.extremeC, 0, 'f', 1),
               9);
}

QByteArray renderDayReportPdf(const DaySummary& summary)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(150);
        writer.setTitle(QStringLiteral("VaxPoint %1 %2")
                            .arg(summary.siteCode, summary.day.toString(Qt::ISODate)));
        writer.setCreator(QStringLiteral("VaxPoint"));
        paintDayReport(writer, summary);
    }
    buffer.close();
    return bytes;
}

}  // namespace vax::ui
