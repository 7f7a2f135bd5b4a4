#pragma once

#include <QList>
#include <QRectF>
#include <QString>

#include "certificate/certificate.h"

class QPainter;
class QPagedPaintDevice;

namespace vax::ui {

// What a certificate shows comes from core (certificate/certificate.h): the number, the site,
// the person's name and masked ID number, the doses and the QR payload. This file only draws it.
using Certificate = vax::CertificateContent;

// A QR symbol as a square grid of modules (true = dark), without the quiet zone.
struct QrSymbol {
    int size = 0;
    QList<bool> modules;  // size × size, row by row
    bool dark(int x, int y) const { return modules.at(y * size + x); }
};

// The physical width of the printed QR symbol (the dark modules' extent), and its quiet zone.
inline constexpr double kCertificateQrWidthMm = 30.0;
inline constexpr int kQrQuietZoneModules = 4;

// Encodes `text` with libqrencode (8-bit mode, error correction M); size 0 on failure.
QrSymbol encodeQr(const QString& text);
// Draws `symbol` with its quiet zone so that the symbol is exactly `symbolRect` (device pixels):
// module edges are rounded to whole pixels and antialiasing is off, so modules stay crisp.
void paintQr(QPainter& painter, const QRectF& symbolRect, const QrSymbol& symbol);

// Draws the certificate into `area` on a painter working in device pixels at `dpi` (a printer, a
// PDF, an image); the QR encodes certificate.payload(). Returns the QR symbol's rectangle
// (without the quiet zone), 30 mm wide.
QRectF paintCertificate(QPainter& painter, const QRectF& area, double dpi,
                        const Certificate& certificate);
// Draws the certificate on an A5 page of `device`; false if painting could not start.
bool paintCertificatePage(QPagedPaintDevice& device, const Certificate& certificate);
// Writes the certificate as an A5 PDF file.
bool printCertificateToPdf(const QString& path, const Certificate& certificate);

}  // namespace vax::ui
