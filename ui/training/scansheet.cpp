#include "training/scansheet.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

#include "common/i18n.h"
#include "shell/style.h"
#include "training/datamatrix.h"

namespace vax::ui {

namespace {
constexpr double kMargin = 12.0;
constexpr double kHeader = 22.0;
constexpr double kFooter = 10.0;
constexpr double kBlock = 60.0;
constexpr double kBoxCode = 30.0;    // GS1 DataMatrix with quiet zone
constexpr double kTraceCode = 19.0;  // a trace code's Data Matrix with quiet zone
constexpr double kTraceStep = 46.5;  // from one trace code to the next
constexpr int kTracesPerBlock = 4;

int blocksPerPage()
{
    return static_cast<int>((ScanSheet::kPageHeightMm - 2 * kMargin - kHeader - kFooter) / kBlock);
}
}  // namespace

ScanSheet::ScanSheet(QString siteName, QDate printedOn, std::vector<TrainingLotCodes> lots)
    : m_siteName(std::move(siteName)), m_printedOn(printedOn), m_lots(std::move(lots))
{
}

int ScanSheet::pageCount() const
{
    const int per = blocksPerPage();
    return std::max(1, (lotCount() + per - 1) / per);
}

int ScanSheet::codeCount() const
{
    int n = 0;
    for (int page = 0; page < pageCount(); ++page)
        n += static_cast<int>(codesOnPage(page).size());
    return n;
}

std::vector<ScanSheet::Block> ScanSheet::blocksOnPage(int page) const
{
    std::vector<Block> out;
    const int per = blocksPerPage();
    for (int i = page * per; i < std::min(lotCount(), (page + 1) * per); ++i)
        out.push_back({i, kMargin + kHeader + (i - page * per) * kBlock});
    return out;
}

std::vector<ScanSheet::PlacedCode> ScanSheet::codesOnPage(int page) const
{
    std::vector<PlacedCode> out;
    for (const Block& b : blocksOnPage(page)) {
        const TrainingLotCodes& lot = m_lots[static_cast<size_t>(b.lot)];
        if (!lot.gs1Scan.isEmpty())
            out.push_back(
                {QRectF(kMargin, b.topMm + 3, kBoxCode, kBoxCode), lot.gs1Scan.toLatin1(), true});
        for (int i = 0; i < std::min<int>(kTracesPerBlock, static_cast<int>(lot.traceCodes.size()));
             ++i)
            out.push_back({QRectF(kMargin + i * kTraceStep, b.topMm + 36, kTraceCode, kTraceCode),
                           lot.traceCodes.at(i).toLatin1(), false});
    }
    return out;
}

void ScanSheet::paintPage(QPainter& painter, int page, double dotsPerMm) const
{
    const auto mm = [dotsPerMm](double v) { return v * dotsPerMm; };
    const auto rect = [&](double x, double y, double w, double h) {
        return QRectF(mm(x), mm(y), mm(w), mm(h));
    };
    // Type sizes in points of the printed page (1 pt = 25.4 / 72 mm).
    const auto font = [&mm](double points, bool bold = false) {
        return documentFont(mm(points * 25.4 / 72), bold);
    };
    const auto codeFont = [&mm](double points) { return documentCodeFont(mm(points * 25.4 / 72)); };
    const double width = kPageWidthMm - 2 * kMargin;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::black);

    // Header: what this is, for whom, and that it is not a real vaccine.
    painter.setFont(font(15, true));
    painter.drawText(rect(kMargin, kMargin, width, 9), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Scan practice sheet — training lots"));
    painter.setFont(font(9));
    painter.drawText(rect(kMargin, kMargin, width, 9), Qt::AlignRight | Qt::AlignVCenter,
                     tr("%1 · printed %2").arg(m_siteName, m_printedOn.toString(Qt::ISODate)));
    painter.drawText(
        rect(kMargin, kMargin + 9, width, 11), Qt::AlignLeft | Qt::TextWordWrap,
        tr("For practice on a TRAINING database only: these codes belong to its training lots, "
           "not to real vaccines. Scan the large code (GS1 box code) or a small one (box trace "
           "code) into the injection desk or the receipt dialog."));
    painter.drawLine(QPointF(mm(kMargin), mm(kMargin + kHeader - 1.5)),
                     QPointF(mm(kMargin + width), mm(kMargin + kHeader - 1.5)));

    const QString language = currentLanguage();
    for (const Block& b : blocksOnPage(page)) {
        const TrainingLotCodes& lot = m_lots[static_cast<size_t>(b.lot)];
        const double textX = kMargin + kBoxCode + 4;
        const double textW = width - kBoxCode - 4;
        painter.setFont(font(13, true));
        painter.drawText(rect(textX, b.topMm + 3, textW, 7), Qt::AlignLeft | Qt::AlignVCenter,
                         lot.productName.forLocale(language));
        painter.setFont(font(11));
        painter.drawText(
            rect(textX, b.topMm + 10.5, textW, 6), Qt::AlignLeft | Qt::AlignVCenter,
            tr("Lot %1    Expiry %2").arg(lot.lotNumber, lot.expiry.toString(Qt::ISODate)));
        painter.setFont(font(8.5));
        painter.drawText(rect(textX, b.topMm + 17, textW, 5), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("GS1 box code (GTIN %1, serial %2):").arg(lot.gtin, lot.serial));
        painter.setFont(codeFont(9));
        painter.drawText(rect(textX, b.topMm + 22, textW, 5), Qt::AlignLeft | Qt::AlignVCenter,
                         lot.gs1Text.isEmpty()
                             ? tr("— this lot number cannot be carried in a GS1 code —")
                             : lot.gs1Text);
        painter.setFont(font(8.5));
        painter.drawText(rect(textX, b.topMm + 27.5, textW, 5), Qt::AlignLeft | Qt::AlignVCenter,
                         lot.traceCodes.isEmpty()
                             ? tr("This lot was received without box trace codes.")
                             : tr("Box trace codes (药品追溯码) of this lot, one per box:"));
        for (const PlacedCode& c : codesOnPage(page)) {
            if (c.boxMm.top() < b.topMm || c.boxMm.top() >= b.topMm + kBlock)
                continue;
            if (auto symbol = DataMatrix::encode(c.payload, c.gs1))
                symbol->paint(painter,
                              rect(c.boxMm.x(), c.boxMm.y(), c.boxMm.width(), c.boxMm.height()));
            if (!c.gs1) {
                painter.setFont(codeFont(7));
                painter.drawText(rect(c.boxMm.x() - 2, c.boxMm.bottom() + 0.3, kTraceStep - 2, 4),
                                 Qt::AlignLeft | Qt::AlignVCenter, QString::fromLatin1(c.payload));
            }
        }
        painter.setPen(QPen(Qt::gray, mm(0.2), Qt::DashLine));
        painter.drawLine(QPointF(mm(kMargin), mm(b.topMm + kBlock - 1)),
                         QPointF(mm(kMargin + width), mm(b.topMm + kBlock - 1)));
        painter.setPen(Qt::black);
    }
    if (m_lots.empty()) {
        painter.setFont(font(11));
        painter.drawText(rect(kMargin, kMargin + kHeader + 5, width, 20), Qt::TextWordWrap,
                         tr("This training database has no lot in stock. Receive a lot on the "
                            "Stock page, then print the sheets again."));
    }
    painter.setFont(font(8));
    painter.drawText(rect(kMargin, kPageHeightMm - kMargin - kFooter + 3, width, 6),
                     Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(page + 1).arg(pageCount()));
    painter.restore();
}

QByteArray ScanSheet::toPdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        constexpr int kDpi = 300;
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(kDpi);
        writer.setTitle(tr("Scan practice sheet — training lots"));
        writer.setCreator(QStringLiteral("VaxPoint"));
        QPainter painter(&writer);
        for (int page = 0; page < pageCount(); ++page) {
            if (page > 0)
                writer.newPage();
            paintPage(painter, page, kDpi / 25.4);
        }
    }
    buffer.close();
    return bytes;
}

QImage ScanSheet::renderPage(int page, int dpi) const
{
    const double dotsPerMm = dpi / 25.4;
    QImage image(qRound(kPageWidthMm * dotsPerMm), qRound(kPageHeightMm * dotsPerMm),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dotsPerMm * 1000));
    image.setDotsPerMeterY(qRound(dotsPerMm * 1000));
    image.fill(Qt::white);
    QPainter painter(&image);
    paintPage(painter, page, dotsPerMm);
    return image;
}

}  // namespace vax::ui
