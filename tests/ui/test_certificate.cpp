// The vaccination certificate: rendered at 300 dpi to a PNG, its QR decoded by zbarimg (the
// decode must give back the exact payload), the QR symbol measured at 30 mm ± 1 mm, modules
// crisp (pure black and white) and a clean quiet zone of 4 modules.
#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <climits>

#include "print/certificate.h"

using namespace vax::ui;

namespace {

Certificate sampleCertificate()
{
    Certificate c;
    c.certificateId = QStringLiteral("C20261122-0042");
    c.siteCode = QStringLiteral("110105001");
    c.siteName = QStringLiteral("朝阳区八里庄社区卫生服务中心预防接种门诊");
    c.personName = QStringLiteral("张小明");
    c.maskedIdNumber = QStringLiteral("110105********0019");
    c.personRef = personReference(QStringLiteral("110105201905120019"), c.certificateId);
    c.doses = {
        {QStringLiteral("D-000311"), QStringLiteral("乙肝疫苗（重组酵母）10µg"), 1,
         QDate(2019, 5, 13), QStringLiteral("201904B031")},
        {QStringLiteral("D-001947"), QStringLiteral("乙肝疫苗（重组酵母）10µg"), 2,
         QDate(2019, 6, 14), QStringLiteral("201905B112")},
        {QStringLiteral("D-004120"), QStringLiteral("麻腮风联合减毒活疫苗"), 1, QDate(2020, 5, 20),
         QStringLiteral("202003M007")},
    };
    c.issuedAt = QDateTime(QDate(2026, 11, 22), QTime(10, 30), QTimeZone::utc());
    return c;
}

constexpr int kDpi = 300;

// An A5 page at 300 dpi with 15 mm margins, like paintCertificatePage.
QImage renderAt300Dpi(const Certificate& c, QRectF* qr)
{
    const auto px = [](double mm) { return mm / 25.4 * kDpi; };
    QImage image(static_cast<int>(px(148)), static_cast<int>(px(210)), QImage::Format_RGB32);
    image.setDotsPerMeterX(static_cast<int>(kDpi / 0.0254 + 0.5));
    image.setDotsPerMeterY(static_cast<int>(kDpi / 0.0254 + 0.5));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    *qr = paintCertificate(painter, QRectF(px(15), px(15), px(118), px(180)), kDpi, c);
    painter.end();
    return image;
}

QString decodeWithZbar(const QString& png)
{
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"),
               {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sdisable"),
                QStringLiteral("-Sqrcode.enable"), png});
    if (!zbar.waitForFinished(30000) || zbar.exitCode() != 0)
        return QStringLiteral("<zbarimg failed: %1>")
            .arg(QString::fromUtf8(zbar.readAllStandardError()));
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

}  // namespace

TEST(Certificate, PayloadIsCompactAndCarriesNoNameOrIdNumber)
{
    const Certificate c = sampleCertificate();
    const QString payload = certificatePayload(c);
    EXPECT_EQ(payload, QStringLiteral("VXC1/C20261122-0042/110105001/") + c.personRef +
                           QStringLiteral("/D-000311.D-001947.D-004120"));
    EXPECT_EQ(c.personRef.size(), 16);
    EXPECT_EQ(c.personRef,
              personReference(QStringLiteral(" 110105201905120019 "), c.certificateId));
    EXPECT_NE(c.personRef, personReference(QStringLiteral("110105201905120027"), c.certificateId));
    EXPECT_FALSE(payload.contains(QStringLiteral("110105201905120019")));
    EXPECT_FALSE(payload.contains(c.personName));
}

TEST(Certificate, QrAt300DpiDecodesWithZbarAndIsThreeCentimetresWide)
{
    const Certificate c = sampleCertificate();
    QRectF qr;
    const QImage image = renderAt300Dpi(c, &qr);

    const QString dir = QStringLiteral(VAX_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QString png = dir + QStringLiteral("/certificate.png");
    ASSERT_TRUE(image.save(png));
    EXPECT_EQ(decodeWithZbar(png), certificatePayload(c));

    // Measure what a ruler would: the extent of the dark modules inside the QR's quiet zone.
    const QrSymbol symbol = encodeQr(certificatePayload(c));
    ASSERT_GT(symbol.size, 0);
    const double module = qr.width() / symbol.size;
    const QRect zone = qr.adjusted(-4 * module, -4 * module, 4 * module, 4 * module)
                           .toAlignedRect()
                           .adjusted(1, 1, -1, -1);
    ASSERT_TRUE(image.rect().contains(zone));
    int minX = INT_MAX, maxX = -1, minY = INT_MAX, maxY = -1, grey = 0;
    for (int y = zone.top(); y <= zone.bottom(); ++y) {
        for (int x = zone.left(); x <= zone.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (p == qRgb(0, 0, 0)) {
                minX = std::min(minX, x), maxX = std::max(maxX, x);
                minY = std::min(minY, y), maxY = std::max(maxY, y);
            } else if (p != qRgb(255, 255, 255)) {
                ++grey;
            }
        }
    }
    EXPECT_EQ(grey, 0) << "QR modules must be crisp (no smoothing)";
    const double widthMm = (maxX - minX + 1) * 25.4 / kDpi;
    const double heightMm = (maxY - minY + 1) * 25.4 / kDpi;
    RecordProperty("qr_modules", symbol.size);
    RecordProperty("qr_width_px", maxX - minX + 1);
    RecordProperty("qr_width_mm", QString::number(widthMm, 'f', 2).toStdString());
    EXPECT_NEAR(widthMm, 30.0, 1.0);
    EXPECT_NEAR(heightMm, 30.0, 1.0);
    // The quiet zone (4 modules) is white: the dark extent starts ~4 modules inside the zone.
    EXPECT_GE(minX - zone.left(), static_cast<int>(4 * module) - 2);
    EXPECT_GE(zone.right() - maxX, static_cast<int>(4 * module) - 2);
    EXPECT_GE(minY - zone.top(), static_cast<int>(4 * module) - 2);
    EXPECT_GE(zone.bottom() - maxY, static_cast<int>(4 * module) - 2);
}

TEST(Certificate, PrintsToAnA5Pdf)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("certificate.pdf"));
    ASSERT_TRUE(printCertificateToPdf(path, sampleCertificate()));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_GT(pdf.size(), 2000);
}
