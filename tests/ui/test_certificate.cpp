// The vaccination certificate: rendered at 300 dpi to a PNG, its QR decoded by zbarimg (the
// decode must give back the exact payload), the QR symbol measured at 30 mm ± 1 mm, modules
// crisp (pure black and white) and a clean quiet zone of 4 modules. Then printed from the
// injection desk with Ctrl+P after a real dose, on a training site, keys only.
#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <climits>

#include "certificate/certificateservice.h"
#include "checkin/checkinservice.h"
#include "coldchain/fridges.h"
#include "desk/deskpage.h"
#include "desk/injectionpanel.h"
#include "print/certificate.h"
#include "print/printerprovider.h"
#include "shell/style.h"
#include "stock/lotservice.h"
#include "stock/scanfield.h"
#include "support/checkinrequest.h"
#include "support/signin.h"
#include "support/tempdb.h"
#include "ui/screenshot.h"

using namespace vax::ui;

namespace {

Certificate sampleCertificate()
{
    Certificate c;
    c.number = QStringLiteral("C20261122-0042");
    c.siteCode = QStringLiteral("110105001");
    c.siteName = QStringLiteral("朝阳区八里庄社区卫生服务中心预防接种门诊");
    c.personName = QStringLiteral("张小明");
    c.maskedIdNumber = QStringLiteral("110105********0019");
    c.personRef = vax::personReference(QStringLiteral("110105201905120019"), c.number);
    c.doses = {
        {QStringLiteral("D-000311"), QStringLiteral("HepB-10"),
         QStringLiteral("乙肝疫苗（重组酵母）10µg"), 1, QDate(2019, 5, 13),
         QStringLiteral("201904B031")},
        {QStringLiteral("D-001947"), QStringLiteral("HepB-10"),
         QStringLiteral("乙肝疫苗（重组酵母）10µg"), 2, QDate(2019, 6, 14),
         QStringLiteral("201905B112")},
        {QStringLiteral("D-004120"), QStringLiteral("MMR"), QStringLiteral("麻腮风联合减毒活疫苗"),
         1, QDate(2020, 5, 20), QStringLiteral("202003M007")},
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
    const QString payload = c.payload();
    EXPECT_EQ(payload, QStringLiteral("VXC1/C20261122-0042/110105001/") + c.personRef +
                           QStringLiteral("/D-000311.D-001947.D-004120"));
    EXPECT_EQ(c.personRef.size(), 16);
    EXPECT_EQ(c.personRef, vax::personReference(QStringLiteral(" 110105201905120019 "), c.number));
    EXPECT_NE(c.personRef, vax::personReference(QStringLiteral("110105201905120027"), c.number));
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
    EXPECT_EQ(decodeWithZbar(png), c.payload());

    // Measure what a ruler would: the extent of the dark modules inside the QR's quiet zone.
    const QrSymbol symbol = encodeQr(c.payload());
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

// Real dose ids are UUIDs (36 characters each): a full childhood record of ten doses makes a
// payload of about 420 characters. The symbol stays 30 mm wide with smaller modules, and must
// still decode at 300 dpi.
TEST(Certificate, TenDosesWithUuidIdsStillDecodeAt300Dpi)
{
    Certificate c = sampleCertificate();
    c.doses.clear();
    for (int i = 1; i <= 10; ++i)
        c.doses.push_back({QUuid::createUuid().toString(QUuid::WithoutBraces),
                           QStringLiteral("HepB-10"), QStringLiteral("乙肝疫苗（重组酵母）10µg"), i,
                           QDate(2019, 5, 13).addMonths(i), QStringLiteral("201904B031")});
    QRectF qr;
    const QImage image = renderAt300Dpi(c, &qr);
    const QString png = QStringLiteral(VAX_SCREENSHOT_DIR) + QStringLiteral("/certificate-10.png");
    QDir().mkpath(QStringLiteral(VAX_SCREENSHOT_DIR));
    ASSERT_TRUE(image.save(png));
    EXPECT_EQ(decodeWithZbar(png), c.payload());
    const QrSymbol symbol = encodeQr(c.payload());
    RecordProperty("payload_chars", static_cast<int>(c.payload().size()));
    RecordProperty("qr_modules", symbol.size);
    RecordProperty("module_px", QString::number(qr.width() / symbol.size, 'f', 2).toStdString());
    EXPECT_NEAR(qr.width() * 25.4 / kDpi, 30.0, 0.1);
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

// ---- printed from the injection desk ----

namespace {
const QString kNurse = QStringLiteral("staff-nurse-1");
const QString kRegistrar = QStringLiteral("staff-registrar-1");
const QString kKeeper = QStringLiteral("staff-keeper-1");
const QString kBox = QStringLiteral("81234567890123456781");
const QString kDocument = QStringLiteral("110105198005050111");

class CertificateDeskTest : public vax::test::TrainingSiteTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(openTrainingSite());
        vax::test::addStaff(*m_site.db, kNurse, vax::Role::Vaccinator);
        vax::test::addStaff(*m_site.db, kRegistrar, vax::Role::Registrar);
        vax::test::addStaff(*m_site.db, kKeeper, vax::Role::StockKeeper);
        receiveBox();
        checkIn();
        m_desk = std::make_unique<DeskPage>(m_site);
        m_desk->setStaffId(kNurse);
        m_desk->resize(1280, 800);
        m_desk->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_desk.get()));
        QApplication::setActiveWindow(m_desk.get());
        key(Qt::Key_F3);  // the injection desk
        ASSERT_EQ(QApplication::focusWidget(), panel()->scanField());
        // Ctrl+P prints to a PDF instead of opening the print dialog; `m_cancel` plays Esc.
        panel()->setPrinterProvider([this](QWidget*, const QString& title) {
            m_dialogTitles << title;
            return m_cancel ? nullptr : pdfPrinter(pdfPath());
        });
    }

    void receiveBox()
    {
        auto fridges = vax::FridgeRepository::list(*m_site.db);
        ASSERT_TRUE(fridges.ok() && !fridges->empty());
        vax::LotReceipt r;
        r.productCode = QStringLiteral("BBIBP-CorV");
        r.lotNumber = QStringLiteral("B2021-0601");
        r.expiry = QDate(2021, 12, 31);
        r.vials = 20;
        r.fridgeId = fridges->front().id;
        r.traceCodes = {kBox};
        auto res = vax::LotService::receive({*m_site.db, *m_clock, kKeeper}, r);
        ASSERT_TRUE(res.ok()) << qPrintable(res.error().message);
    }

    void checkIn()
    {
        vax::CheckInService service({*m_site.db, *m_clock});
        auto receipt = service.checkIn(
            vax::test::passingCheckIn(kRegistrar, QStringLiteral("李小明"), kDocument));
        ASSERT_TRUE(receipt.ok()) << qPrintable(receipt.error().message);
    }

    InjectionPanel* panel() const { return m_desk->injectionPanel(); }
    // The site's day: the desk numbers certificates in the machine's time zone.
    static QDate today() { return vax::test::testNow().toTimeZone(vax::test::testZone()).date(); }
    QString pdfPath() const { return m_tmp.dir() + QStringLiteral("/certificate.pdf"); }
    QLabel* label(const char* name) const
    {
        return m_desk->findChild<QLabel*>(QString::fromLatin1(name));
    }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), k, mods, 60);
    }
    void scan(const QString& code)
    {
        QWidget* w = QApplication::focusWidget();
        for (const QChar c : code)
            QTest::keyClick(w, c.toLatin1());
        QTest::keyClick(w, Qt::Key_Return);
    }
    // F5, scan the box, name, appearance, the person verified, left deltoid, Enter.
    void giveDose()
    {
        key(Qt::Key_F5);
        ASSERT_TRUE(panel()->called().has_value());
        scan(kBox);
        key(Qt::Key_Space);
        key(Qt::Key_Space);
        key(Qt::Key_V);
        key(Qt::Key_L);
        key(Qt::Key_Return);
        ASSERT_EQ(scalar(QStringLiteral("SELECT count(*) FROM dose")), QStringLiteral("1"))
            << qPrintable(label("injectionMessage")->text());
    }
    QString scalar(const QString& sql, const QVariantList& args = {}) const
    {
        auto q = m_site.db->exec(sql, args);
        EXPECT_TRUE(q.ok());
        return q.ok() ? q->scalar().toString() : QString();
    }
    qint64 pdfSize() const
    {
        return QFileInfo(pdfPath()).exists() ? QFileInfo(pdfPath()).size() : -1;
    }

    std::unique_ptr<DeskPage> m_desk;
    QStringList m_dialogTitles;
    bool m_cancel = false;
};
}  // namespace

TEST_F(CertificateDeskTest, CtrlPAfterADosePrintsTheRecordedCertificate)
{
    giveDose();
    key(Qt::Key_P, Qt::ControlModifier);

    // A certificate row, issued by the nurse, with the dose just given.
    ASSERT_EQ(scalar(QStringLiteral("SELECT count(*) FROM certificate")), QStringLiteral("1"))
        << qPrintable(label("injectionMessage")->text());
    const QString number = scalar(QStringLiteral("SELECT number FROM certificate"));
    const QString storedPayload = scalar(QStringLiteral("SELECT payload FROM certificate"));
    EXPECT_EQ(number, vax::certificateNumber(today(), 1));
    EXPECT_EQ(scalar(QStringLiteral("SELECT issued_by FROM certificate")), kNurse);
    EXPECT_EQ(scalar(QStringLiteral("SELECT dose_ids FROM certificate")),
              QStringLiteral("[\"%1\"]").arg(scalar(QStringLiteral("SELECT id FROM dose"))));
    EXPECT_EQ(m_dialogTitles, QStringList{QStringLiteral("Print certificate ") + number});

    // The PDF is written; the banner names the number; the keyboard stays on the scan field.
    QFile pdf(pdfPath());
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    EXPECT_GT(bytes.size(), 2000);
    QLabel* banner = label("certificateBanner");
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->text(), QStringLiteral("Certificate %1 printed").arg(number));
    EXPECT_EQ(QApplication::focusWidget(), panel()->scanField());
    EXPECT_FALSE(
        vax::test::saveScreenshot(m_desk.get(), QStringLiteral("desk-certificate")).isEmpty());

    // What was printed, drawn at 300 dpi, decodes to the payload on record.
    ASSERT_TRUE(panel()->lastCertificate().has_value());
    const Certificate& printed = panel()->lastCertificate()->content;
    EXPECT_EQ(printed.number, number);
    EXPECT_EQ(printed.personName, QStringLiteral("李小明"));
    EXPECT_EQ(printed.maskedIdNumber, QStringLiteral("110105********0111"));
    QRectF qr;
    const QImage image = renderAt300Dpi(printed, &qr);
    const QString png =
        QStringLiteral(VAX_SCREENSHOT_DIR) + QStringLiteral("/certificate-desk.png");
    QDir().mkpath(QStringLiteral(VAX_SCREENSHOT_DIR));
    ASSERT_TRUE(image.save(png));
    EXPECT_EQ(decodeWithZbar(png), storedPayload);
    RecordProperty("payload_chars", static_cast<int>(storedPayload.size()));
    RecordProperty("qr_modules", encodeQr(storedPayload).size);

    // And the code verifies against the person's ID document.
    vax::CertificateService service({*m_site.db, *m_clock});
    auto verified = service.verifyPayload(decodeWithZbar(png), kDocument);
    ASSERT_TRUE(verified.ok()) << qPrintable(verified.error().message);
    EXPECT_TRUE(verified->valid);
}

TEST_F(CertificateDeskTest, WithoutADoseNothingIsIssuedOrPrinted)
{
    key(Qt::Key_F5);
    ASSERT_TRUE(panel()->called().has_value());
    // The card offers the certificate; Ctrl+P before any dose is refused with the fix.
    auto* button = m_desk->findChild<QPushButton*>(QStringLiteral("printCertificate"));
    ASSERT_TRUE(button);
    EXPECT_TRUE(button->isVisible());
    key(Qt::Key_P, Qt::ControlModifier);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM certificate")), QStringLiteral("0"));
    EXPECT_TRUE(m_dialogTitles.isEmpty());
    EXPECT_EQ(pdfSize(), -1);
    const QString message = label("injectionMessage")->text();
    EXPECT_TRUE(message.contains(QStringLiteral("Record the dose"))) << qPrintable(message);
    EXPECT_FALSE(label("certificateBanner")->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), panel()->scanField());
}

TEST_F(CertificateDeskTest, CancellingThePrintDialogSaysTheNumberIsRecordedButNotPrinted)
{
    giveDose();
    m_cancel = true;  // Esc in the print dialog
    key(Qt::Key_P, Qt::ControlModifier);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM certificate")), QStringLiteral("1"));
    EXPECT_EQ(pdfSize(), -1);
    const QString message = label("injectionMessage")->text();
    EXPECT_TRUE(message.contains(QStringLiteral("not printed"))) << qPrintable(message);
    EXPECT_FALSE(label("certificateBanner")->isVisible());

    // The person card's button prints again: a new number, the first one stays valid.
    m_cancel = false;
    auto* button = m_desk->findChild<QPushButton*>(QStringLiteral("printCertificate"));
    ASSERT_TRUE(button);
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT group_concat(number, ' ') FROM certificate")),
        vax::certificateNumber(today(), 1) + QLatin1Char(' ') + vax::certificateNumber(today(), 2));
    EXPECT_GT(pdfSize(), 2000);
    EXPECT_EQ(label("certificateBanner")->text(),
              QStringLiteral("Certificate %1 printed").arg(vax::certificateNumber(today(), 2)));
}
