// The training scan sheets: every Data Matrix drawn on a rendered page is decoded back with
// libdmtx and must read exactly what a scanner would send for its lot; the Help menu writes the
// PDF by keyboard on a training database and is disabled on a production one.
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTranslator>

#include <map>
#include <memory>

#include <dmtx.h>

#include "common/i18n.h"
#include "scan/scanrouter.h"
#include "shell/mainwindow.h"
#include "site/sitecontext.h"
#include "support/signin.h"
#include "support/tempdb.h"
#include "training/datamatrix.h"
#include "training/scansheet.h"
#include "training/trainingsheetsaction.h"
#include "ui/screenshot.h"

using namespace vax;

namespace {

struct Decoded {
    bool found = false;
    QByteArray text;  // with the FNC1 codewords as GS
    bool startsWithFnc1 = false;
};

// Decodes the one Data Matrix in `image` with libdmtx's own decoder.
Decoded decode(const QImage& source)
{
    const QImage image = source.convertToFormat(QImage::Format_RGB888);
    QByteArray pixels;
    pixels.reserve(image.width() * image.height() * 3);
    for (int y = 0; y < image.height(); ++y)
        pixels.append(reinterpret_cast<const char*>(image.constScanLine(y)), image.width() * 3);
    Decoded out;
    DmtxImage* img = dmtxImageCreate(reinterpret_cast<unsigned char*>(pixels.data()), image.width(),
                                     image.height(), DmtxPack24bppRGB);
    DmtxDecode* dec = dmtxDecodeCreate(img, 1);
    dmtxDecodeSetProp(dec, DmtxPropFnc1, 0x1D);
    if (DmtxRegion* reg = dmtxRegionFindNext(dec, nullptr)) {
        if (DmtxMessage* msg = dmtxDecodeMatrixRegion(dec, reg, DmtxUndefined)) {
            out.found = true;
            out.text = QByteArray(reinterpret_cast<const char*>(msg->output),
                                  static_cast<qsizetype>(msg->outputIdx));
            out.startsWithFnc1 = msg->codeSize > 0 && msg->code[0] == 232;
            dmtxMessageDestroy(&msg);
        }
        dmtxRegionDestroy(&reg);
    }
    dmtxDecodeDestroy(&dec);
    dmtxImageDestroy(&img);
    return out;
}

class TrainingSheetTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = temp.openTrainingSite(clock);
        ASSERT_TRUE(db);
        auto l = TrainingCodes::list(*db, 4);
        ASSERT_TRUE(l.ok()) << qPrintable(l.error().message);
        lots = *l;
        ASSERT_FALSE(lots.empty());
    }
    test::TempDb temp;
    FakeClock clock{test::testNow()};
    std::unique_ptr<Database> db;
    std::vector<TrainingLotCodes> lots;
};

}  // namespace

TEST(DataMatrixSymbol, Gs1SymbolStartsWithFnc1AndDecodesToTheScannedString)
{
    const QByteArray gs1 = QByteArrayLiteral(
        "0106901234500011172612311"
        "0TRAIN-1\x1d"
        "21TR1");
    auto symbol = ui::DataMatrix::encode(gs1, true);
    ASSERT_TRUE(symbol.has_value());
    EXPECT_EQ(symbol->rows(), symbol->columns());  // square
    // The finder pattern: a solid left column and bottom row.
    for (int i = 0; i < symbol->rows(); ++i) {
        EXPECT_TRUE(symbol->isDark(i, 0)) << i;
        EXPECT_TRUE(symbol->isDark(symbol->rows() - 1, i)) << i;
    }
    QImage image(400, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        symbol->paint(p, QRectF(20, 20, 360, 360));
    }
    const Decoded d = decode(image);
    ASSERT_TRUE(d.found);
    EXPECT_TRUE(d.startsWithFnc1);
    EXPECT_EQ(d.text, QByteArray("\x1d") + gs1);
    // The same data as a plain symbol has no FNC1: a GS1 reader would not take it for GS1.
    auto plain = ui::DataMatrix::encode(QByteArrayLiteral("81234567890123456789"), false);
    ASSERT_TRUE(plain.has_value());
    image.fill(Qt::white);
    {
        QPainter p(&image);
        plain->paint(p, QRectF(20, 20, 360, 360));
    }
    const Decoded t = decode(image);
    ASSERT_TRUE(t.found);
    EXPECT_FALSE(t.startsWithFnc1);
    EXPECT_EQ(t.text, QByteArrayLiteral("81234567890123456789"));
}

TEST_F(TrainingSheetTest, EveryCodeOnTheRenderedPagesDecodesToItsLotsScanString)
{
    const ui::ScanSheet sheet(QStringLiteral("Test site"), QDate(2021, 6, 1), lots);
    // What must be on the sheet: each lot's GS1 string and its listed trace codes.
    std::map<QByteArray, QString> expected;  // payload → lot id
    for (const TrainingLotCodes& l : lots) {
        expected[l.gs1Scan.toLatin1()] = l.lotId;
        for (const QString& c : l.traceCodes)
            expected[c.toLatin1()] = l.lotId;
    }
    constexpr int kDpi = 200;
    const double dotsPerMm = kDpi / 25.4;
    std::map<QByteArray, QString> decoded;
    for (int page = 0; page < sheet.pageCount(); ++page) {
        const QImage image = sheet.renderPage(page, kDpi);
        for (const ui::ScanSheet::PlacedCode& c : sheet.codesOnPage(page)) {
            const QRect area = QRectF(c.boxMm.x() * dotsPerMm, c.boxMm.y() * dotsPerMm,
                                      c.boxMm.width() * dotsPerMm, c.boxMm.height() * dotsPerMm)
                                   .toAlignedRect()
                                   .adjusted(-8, -8, 8, 8);
            const Decoded d = decode(image.copy(area));
            ASSERT_TRUE(d.found) << "no Data Matrix at " << c.boxMm.x() << "," << c.boxMm.y()
                                 << " mm on page " << page;
            EXPECT_EQ(d.startsWithFnc1, c.gs1);
            // A scanner sends the FNC1 separators as GS and drops the leading one.
            const QByteArray scanned = c.gs1 ? d.text.mid(1) : d.text;
            EXPECT_EQ(scanned, c.payload);
            ASSERT_TRUE(expected.count(scanned)) << scanned.constData();
            decoded[scanned] = expected[scanned];
            // And the scan parser reads it as the right kind.
            auto parsed = parseScan(QString::fromLatin1(scanned), QDate(2021, 6, 1));
            ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().message);
            EXPECT_EQ(parsed->kind, c.gs1 ? ScanKind::Gs1 : ScanKind::TraceCode);
        }
    }
    EXPECT_EQ(decoded, expected);
}

TEST_F(TrainingSheetTest, PdfHasAllPagesAndAScreenshotIsSaved)
{
    // Enough lots for a second page.
    std::vector<TrainingLotCodes> many = lots;
    many.insert(many.end(), lots.begin(), lots.end());
    const ui::ScanSheet sheet(QStringLiteral("Test site"), QDate(2021, 6, 1), many);
    EXPECT_GE(sheet.pageCount(), 2);
    const QByteArray pdf = sheet.toPdf();
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "),
              sheet.pageCount());
}

TEST_F(TrainingSheetTest, ScreenshotInChinese)
{
    // The docs' picture (docs/screenshots/training-sheet-zh_CN.png). VAX_EXTRA_QM may name a .qm
    // with strings not yet in translations/ (a branch's new strings before they are merged).
    installTranslations(*qApp, QStringLiteral("zh_CN"));
    QTranslator extra;
    const QString extraQm = qEnvironmentVariable("VAX_EXTRA_QM");
    if (!extraQm.isEmpty() && extra.load(extraQm))
        QCoreApplication::installTranslator(&extra);
    const ui::ScanSheet sheet(QStringLiteral("培训接种点"), QDate(2021, 6, 1), lots);
    const QString dir = QStringLiteral(VAX_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QImage page = sheet.renderPage(0, 100);
    QCoreApplication::removeTranslator(&extra);
    installTranslations(*qApp, QStringLiteral("en"));
    EXPECT_TRUE(page.save(dir + QStringLiteral("/training-sheet-zh_CN.png")));
}

namespace {
class TrainingMenuTest : public ::testing::Test {
protected:
    void open(bool training)
    {
        if (!training) {
            auto db = m_db.open();
            ASSERT_TRUE(db);
            FakeClock clock(test::testNow());
            test::initProductionSite(*db, clock);
        }
        SiteOpenOptions options;
        options.path = m_db.path();
        options.createTrainingIfMissing = training;
        auto site = openSite(options);
        ASSERT_TRUE(site.ok()) << qPrintable(site.error().message);
        m_site = std::move(*site);
        m_window = std::make_unique<ui::MainWindow>(m_site);
        m_window->resize(1280, 800);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        m_sheets = m_window->findChild<ui::TrainingSheetsAction*>();
        ASSERT_NE(m_sheets, nullptr);
    }

    test::TempDb m_db;
    SiteContext m_site;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::TrainingSheetsAction* m_sheets = nullptr;
};
}  // namespace

TEST_F(TrainingMenuTest, AltHThenSWritesThePdfWhereTheNurseSaid)
{
    open(true);
    ASSERT_TRUE(m_sheets->action()->isEnabled());
    QSignalSpy written(m_sheets, &ui::TrainingSheetsAction::written);
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_sheets->helpMenu()->isVisible(); }, 3000));
    QTest::keyClick(m_sheets->helpMenu(), Qt::Key_S);
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return m_sheets->dialog() && m_sheets->dialog()->isVisible(); }, 3000));
    QFileDialog* dialog = m_sheets->dialog();
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    ASSERT_NE(name, nullptr);
    const QString path = QDir(m_db.dir()).filePath(QStringLiteral("practice-sheets.pdf"));
    // The folder and name as the dialog's own field holds them, then Enter saves.
    dialog->selectFile(path);
    EXPECT_EQ(name->text(), QStringLiteral("practice-sheets.pdf"));
    QTest::keyClick(name, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&written] { return written.count() == 1; }, 10000));
    EXPECT_TRUE(written.at(0).at(0).toBool()) << qPrintable(written.at(0).at(1).toString());
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    EXPECT_GT(bytes.size(), 1000);
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("5 lots")));
}

TEST_F(TrainingMenuTest, LockedScreenOpensNoDialog)
{
    open(true);
    ASSERT_TRUE(test::signInAsDemo(*m_window, 20000));
    m_window->lockSession(QStringLiteral("test"));
    ASSERT_TRUE(m_window->isLocked());
    m_sheets->action()->trigger();
    QApplication::processEvents();
    EXPECT_EQ(m_sheets->dialog(), nullptr);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("locked")));
}

TEST_F(TrainingMenuTest, ProductionDatabaseHasTheItemDisabledWithTheReason)
{
    open(false);
    QAction* action = m_sheets->action();
    EXPECT_FALSE(action->isEnabled());
    EXPECT_TRUE(action->toolTip().contains(QStringLiteral("production")));
    action->trigger();  // a disabled action does nothing, and no dialog opens
    QApplication::processEvents();
    EXPECT_EQ(m_sheets->dialog(), nullptr);
    // Even called directly, the sheets of a production database are refused.
    auto r = m_sheets->writeTo(QDir(m_db.dir()).filePath(QStringLiteral("x.pdf")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::DemoTrainingOnly);
    EXPECT_FALSE(QFile::exists(QDir(m_db.dir()).filePath(QStringLiteral("x.pdf"))));
}
