#include "print/certificate.h"

#include <qrencode.h>

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>

#include <cmath>
#include <memory>

#include "shell/sitetime.h"
#include "shell/style.h"

namespace vax::ui {

namespace {
struct CertificateText {
    Q_DECLARE_TR_FUNCTIONS(Certificate)
};

double mm(double millimetres, double dpi)
{
    return millimetres / 25.4 * dpi;
}
}  // namespace

QrSymbol encodeQr(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(utf8.size()),
                          reinterpret_cast<const unsigned char*>(utf8.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    QrSymbol symbol;
    if (!code)
        return symbol;
    symbol.size = code->width;
    symbol.modules.reserve(symbol.size * symbol.size);
    for (int i = 0; i < symbol.size * symbol.size; ++i)
        symbol.modules.append((code->data[i] & 1) != 0);
    return symbol;
}

void paintQr(QPainter& painter, const QRectF& symbolRect, const QrSymbol& symbol)
{
    if (symbol.size <= 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    const double module = symbolRect.width() / symbol.size;
    const double quiet = module * kQrQuietZoneModules;
    painter.fillRect(symbolRect.adjusted(-quiet, -quiet, quiet, quiet), Qt::white);
    // Edge i of the grid sits on a whole pixel: modules are 1 px apart in size at most, and the
    // symbol keeps its exact width.
    auto edgeX = [&](int i) { return std::lround(symbolRect.left() + i * module); };
    auto edgeY = [&](int i) { return std::lround(symbolRect.top() + i * module); };
    for (int y = 0; y < symbol.size; ++y) {
        for (int x = 0; x < symbol.size; ++x) {
            if (!symbol.dark(x, y))
                continue;
            const long left = edgeX(x);
            const long top = edgeY(y);
            painter.fillRect(
                QRect(static_cast<int>(left), static_cast<int>(top),
                      static_cast<int>(edgeX(x + 1) - left), static_cast<int>(edgeY(y + 1) - top)),
                Qt::black);
        }
    }
    painter.restore();
}

QRectF paintCertificate(QPainter& painter, const QRectF& area, double dpi, const Certificate& c)
{
    painter.save();
    painter.setPen(Qt::black);
    const double line = mm(7, dpi);
    const double textHeight = mm(3.6, dpi);
    double y = area.top();

    painter.setFont(documentFont(mm(6, dpi), true));
    painter.drawText(QRectF(area.left(), y, area.width(), mm(10, dpi)), Qt::AlignCenter,
                     CertificateText::tr("Vaccination certificate"));
    y += mm(11, dpi);
    painter.setFont(documentFont(textHeight, false));
    painter.drawText(QRectF(area.left(), y, area.width(), line), Qt::AlignCenter, c.siteName);
    y += line + mm(4, dpi);

    auto field = [&](const QString& label, const QString& value) {
        painter.setFont(documentFont(textHeight, false));
        painter.drawText(QRectF(area.left(), y, mm(35, dpi), line),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
        painter.setFont(documentFont(textHeight * 1.15, true));
        painter.drawText(QRectF(area.left() + mm(35, dpi), y, area.width() - mm(35, dpi), line),
                         Qt::AlignLeft | Qt::AlignVCenter, value);
        y += line;
    };
    field(CertificateText::tr("Name"), c.personName);
    field(CertificateText::tr("ID number"), c.maskedIdNumber);
    field(CertificateText::tr("Certificate no."), c.number);
    y += mm(4, dpi);

    // Doses: product | dose | date | lot.
    const double cols[] = {0.0, 0.42, 0.56, 0.76, 1.0};
    const QStringList headers = {CertificateText::tr("Vaccine"), CertificateText::tr("Dose"),
                                 CertificateText::tr("Date"), CertificateText::tr("Lot")};
    auto cell = [&](int col, const QString& text, bool bold) {
        painter.setFont(documentFont(textHeight, bold));
        const QRectF r(area.left() + cols[col] * area.width() + mm(1.5, dpi), y,
                       (cols[col + 1] - cols[col]) * area.width() - mm(3, dpi), line);
        painter.drawText(
            r, Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(text, Qt::ElideRight, static_cast<int>(r.width())));
    };
    painter.fillRect(QRectF(area.left(), y, area.width(), line), QColor(230, 230, 230));
    for (int i = 0; i < headers.size(); ++i)
        cell(i, headers.at(i), true);
    y += line;
    const QLocale locale;
    for (const auto& dose : c.doses) {
        cell(0, dose.productName, false);
        cell(1, QString::number(dose.doseNumber), false);
        cell(2, locale.toString(dose.date, QLocale::ShortFormat), false);
        cell(3, dose.lot, false);
        y += line;
        painter.setPen(QPen(Qt::gray, std::max(1.0, mm(0.2, dpi))));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter.setPen(Qt::black);
    }
    y += mm(8, dpi);

    // The QR: exactly 30 mm of symbol, its quiet zone inside the page, bottom right of the text.
    const QrSymbol symbol = encodeQr(c.payload());
    const double side = mm(kCertificateQrWidthMm, dpi);
    const double quiet = side / std::max(1, symbol.size) * kQrQuietZoneModules;
    const QRectF qr(area.right() - quiet - side, y + quiet, side, side);
    paintQr(painter, qr, symbol);

    painter.setFont(documentFont(textHeight * 0.9, false));
    const QRectF note(area.left(), y + quiet, area.width() - side - 3 * quiet, side);
    painter.drawText(
        note, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
        CertificateText::tr("Issued %1 by %2.\nScan the code to verify this "
                            "certificate with the vaccination point's records.")
            .arg(locale.toString(inSiteZone(c.issuedAt).date(), QLocale::LongFormat), c.siteName));
    painter.restore();
    return qr;
}

bool paintCertificatePage(QPagedPaintDevice& device, const Certificate& certificate)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const double dpi = device.logicalDpiX();
    const QRectF area = device.pageLayout().paintRectPixels(static_cast<int>(dpi));
    paintCertificate(painter, QRectF(QPointF(0, 0), area.size()), dpi, certificate);
    return painter.end();
}

bool printCertificateToPdf(const QString& path, const Certificate& certificate)
{
    QPdfWriter writer(path);
    writer.setResolution(600);
    writer.setCreator(QStringLiteral("VaxPoint"));
    return paintCertificatePage(writer, certificate);
}

}  // namespace vax::ui
