// The day-close page on the offscreen platform: a real day (check-ins and doses through the
// services), Close the day, Export on the worker thread with its progress bar (the bundle gets
// report.pdf from the page's renderer and verifies), the past exports and the pending count.
#include <gtest/gtest.h>

#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "checkin/checkinservice.h"
#include "checkin/screening.h"
#include "coldchain/fridges.h"
#include "dayclose/dayclosepage.h"
#include "dayclose/dayconfirmdialog.h"
#include "dayclose/reportpdf.h"
#include "desk/administrationservice.h"
#include "exchange/bundle.h"
#include "exchange/sealing.h"
#include "exchange/sealsetting.h"
#include "exchange/signingkey.h"
#include "security/staff.h"
#include "shell/style.h"
#include "site/sitecontext.h"
#include "stock/lotservice.h"
#include "storage/durablefile.h"
#include "support/administerrequest.h"
#include "support/checkinrequest.h"
#include "support/residentid.h"
#include "support/signin.h"
#include "support/tempdb.h"
#include "support/tmpfsmount.h"
#include "ui/screenshot.h"
#include "verification/checklist.h"

using namespace vax;
using vax::test::residentId;

namespace {

const char* kPassphrase = "day close test passphrase";

class DayCloseUiTest : public test::TrainingSiteTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(openTrainingSite(QTime(8, 30)));
        ASSERT_TRUE(signingkey::initFile(*m_site.db, *m_clock,
                                         m_out.filePath(QStringLiteral("key.bin")),
                                         QString::fromLatin1(kPassphrase), m_admin.id)
                        .ok());
    }

    // A morning and afternoon of doses, people of every age group.
    void vaccinateADay()
    {
        const QTimeZone zone = vax::test::testZone();
        CheckInService checkin({*m_site.db, *m_clock});
        AdministrationService administration({*m_site.db, *m_clock});
        const QDate births[] = {QDate(1980, 3, 15), QDate(1955, 1, 1), QDate(2012, 5, 5),
                                QDate(2008, 6, 6),  QDate(2005, 7, 7), QDate(1990, 8, 8)};
        int seq = 10;
        for (int i = 0; i < 18; ++i) {
            const QDate birth = births[i % 6];
            CheckInRequest r = test::passingCheckIn(m_admin.id, QStringLiteral("受种者%1").arg(i),
                                                    residentId(birth, ++seq));
            if (ageInWholeYears(birth, checkin.today()) < 18)
                test::guardianSigns(r, QStringLiteral("监护人"));
            auto visit = checkin.checkIn(r);
            ASSERT_TRUE(visit.ok()) << qPrintable(visit.error().message);
            AdministerRequest a = test::confirmedAdministration(
                visit->visitId, QStringLiteral("TRAIN-B2021001"), QStringLiteral("1"), m_admin.id);
            a.choices.site = i % 2 ? QStringLiteral("RD") : QStringLiteral("LD");
            auto given = administration.administer(a);
            ASSERT_TRUE(given.ok()) << qPrintable(given.error().message);
            m_clock->advance((i % 3 == 0 ? 40 : 17) * 60'000);
        }
    }

    std::unique_ptr<ui::DayClosePage> makePage()
    {
        auto page = std::make_unique<ui::DayClosePage>(m_site, admin());
        page->setFolderProvider([this] { return m_out.path(); });
        page->setPassphraseProvider(
            [] { return std::optional<QString>(QString::fromLatin1(kPassphrase)); });
        page->resize(1280, 800);
        page->show();
        return page;
    }

    QTemporaryDir m_out;
};

}  // namespace

TEST_F(DayCloseUiTest, ExportRunsOnAWorkerWithProgressAndTheListShowsIt)
{
    vaccinateADay();
    auto page = makePage();
    auto* pending = page->findChild<QLabel*>(QStringLiteral("pendingLabel"));
    ASSERT_NE(pending, nullptr);
    EXPECT_TRUE(pending->text().contains(QStringLiteral("Not yet exported")));
    EXPECT_FALSE(pending->text().contains(QStringLiteral(": 0 ")));
    EXPECT_EQ(page->summary().dosesGiven, 18);

    auto* exportButton = page->findChild<QPushButton*>(QStringLiteral("exportButton"));
    auto* progress = page->findChild<QProgressBar*>(QStringLiteral("exportProgress"));
    ASSERT_TRUE(exportButton && progress);
    QSignalSpy finished(page.get(), &ui::DayClosePage::exportFinished);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    EXPECT_TRUE(progress->isVisible());
    EXPECT_FALSE(exportButton->isEnabled());
    ASSERT_TRUE(finished.wait(60'000));
    ASSERT_TRUE(finished.first().first().toBool()) << qPrintable(page->message());
    EXPECT_FALSE(progress->isVisible());
    EXPECT_TRUE(exportButton->isEnabled());
    EXPECT_TRUE(pending->text().contains(QStringLiteral(": 0 records")))
        << qPrintable(pending->text());

    auto* exports = page->findChild<QTableView*>(QStringLiteral("exportsTable"));
    ASSERT_NE(exports, nullptr);
    ASSERT_EQ(exports->model()->rowCount(), 1);
    const QString file = exports->model()->index(0, 3).data().toString();
    const QString path = m_out.filePath(file);
    auto store = signingkey::openStore(*m_site.db, QString::fromLatin1(kPassphrase));
    ASSERT_TRUE(store.ok());
    auto key = signingkey::load(**store, false);
    ASSERT_TRUE(key.ok());
    auto verified = bundle::verify(path, key->publicKey);
    ASSERT_TRUE(verified.ok()) << qPrintable(verified.error().message);
    EXPECT_FALSE(verified->manifest.contains(QStringLiteral("report_pdf")));  // included
    QFile zip(path);
    ASSERT_TRUE(zip.open(QIODevice::ReadOnly));
    auto files = bundle::unzipFiles(zip.readAll());
    ASSERT_TRUE(files.ok());
    bool pdf = false;
    for (const bundle::File& f : *files)
        if (f.name == u"report.pdf")
            pdf = f.data.startsWith("%PDF") && f.data.size() > 2000;
    EXPECT_TRUE(pdf);

    // Close the day: the confirmation asks for the date, then the heading says so.
    auto* close = page->findChild<QPushButton*>(QStringLiteral("closeDayButton"));
    QTest::mouseClick(close, Qt::LeftButton);
    auto* confirm = page->confirmation();
    ASSERT_NE(confirm, nullptr);
    EXPECT_FALSE(page->summary().closed);
    QTest::keyClicks(confirm->findChild<QLineEdit*>(QStringLiteral("typedDay")),
                     QStringLiteral("2021-06-01"));
    QTest::keyClick(confirm->findChild<QLineEdit*>(QStringLiteral("typedDay")), Qt::Key_Return);
    EXPECT_TRUE(page->summary().closed) << qPrintable(page->message());
    EXPECT_TRUE(page->message().startsWith(QStringLiteral("Day closed")));
    test::saveScreenshot(page.get(), QStringLiteral("dayclose"));
}

// Issue 19, point 2: Alt+C with people under observation closed the day at once, for good.
TEST_F(DayCloseUiTest, AltCAsksFirstAndClosesOnlyWhenTheDayIsTypedThenShowsItClosed)
{
    vaccinateADay();  // 18 doses: everyone is still under observation
    auto page = makePage();
    QApplication::setActiveWindow(page.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
    auto* banner = page->findChild<QLabel*>(QStringLiteral("dayClosedBanner"));
    auto* reopen = page->findChild<QPushButton*>(QStringLiteral("reopenDayButton"));
    ASSERT_TRUE(banner && reopen);
    EXPECT_FALSE(banner->isVisible());
    EXPECT_FALSE(reopen->isVisible());
    const QDate day(2021, 6, 1);
    auto closedInDb = [&] { return DayCloseService::summary(*m_site.db, day)->closed; };

    // Alt+C only asks, listing what is still open.
    // (A mnemonic animates the click: the button is pressed for a moment, hence the wait.)
    QTest::keyClick(page.get(), Qt::Key_C, Qt::AltModifier);
    QPointer<ui::DayCloseConfirmDialog> dialog;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (dialog = page->confirmation()) != nullptr; }, 5000));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(closedInDb());
    EXPECT_TRUE(dialog->listing().contains(QStringLiteral("under observation: 18")))
        << qPrintable(dialog->listing());
    EXPECT_TRUE(dialog->listing().contains(QStringLiteral("Records not yet exported")));
    EXPECT_TRUE(dialog->listing().contains(QStringLiteral("Lots not counted")));
    EXPECT_TRUE(dialog->listing().contains(QStringLiteral("will be booked as wasted")));
    // Escape changes nothing.
    QTest::keyClick(dialog, Qt::Key_Escape);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->confirmation() == nullptr; }, 5000));
    EXPECT_FALSE(closedInDb());
    EXPECT_FALSE(page->summary().closed);
    EXPECT_FALSE(banner->isVisible());

    // Alt+C again: Enter alone, Alt+C again and a wrong day do nothing. (The offscreen
    // platform does not hand activation back to the page as a window manager would.)
    QApplication::setActiveWindow(page.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
    QTest::keyClick(page.get(), Qt::Key_C, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return (dialog = page->confirmation()) != nullptr; }, 5000));
    auto* typed = dialog->findChild<QLineEdit*>(QStringLiteral("typedDay"));
    ASSERT_NE(typed, nullptr);
    QApplication::setActiveWindow(dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    EXPECT_TRUE(typed->hasFocus());  // the nurse types the day at once
    // The field shows the form of the answer, not the answer itself.
    EXPECT_FALSE(typed->placeholderText().contains(QStringLiteral("2021-06-01")));
    EXPECT_EQ(typed->placeholderText(), QStringLiteral("YYYY-MM-DD"));
    QTest::keyClick(typed, Qt::Key_Return);
    QTest::keyClick(typed, Qt::Key_C, Qt::AltModifier);
    QTest::keyClicks(typed, QStringLiteral("2021-06-02"));
    QTest::keyClick(typed, Qt::Key_Return);
    QTest::qWait(300);  // longer than a mnemonic's animated click
    ASSERT_FALSE(dialog.isNull());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(closedInDb());

    // The day typed right, then Enter: closed, and the page says so.
    QTest::keyClick(typed, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(typed, QStringLiteral("2021-06-01"));
    QTest::keyClick(typed, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->confirmation() == nullptr; }, 5000));
    EXPECT_TRUE(closedInDb());
    EXPECT_TRUE(page->summary().closed);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("DAY CLOSED")))
        << qPrintable(banner->text());
    EXPECT_TRUE(reopen->isVisible());
    EXPECT_FALSE(page->findChild<QPushButton*>(QStringLiteral("closeDayButton"))->isEnabled());
    EXPECT_FALSE(test::saveScreenshotIn(page.get(), QStringLiteral("dayclose-closed"),
                                        QStringLiteral("zh_CN"))
                     .isEmpty());

    // The site administrator reopens it (nothing was exported): the banner goes.
    QTest::mouseClick(reopen, Qt::LeftButton);
    EXPECT_FALSE(closedInDb()) << qPrintable(page->message());
    EXPECT_FALSE(banner->isVisible());
    EXPECT_TRUE(page->message().contains(QStringLiteral("reopened")));
}

// Reopening is offered only until the day's bundle is exported; then the button says why not.
TEST_F(DayCloseUiTest, ReopenIsDisabledOnceTheClosedDayIsExported)
{
    vaccinateADay();
    ASSERT_TRUE(DayCloseService::close({*m_site.db, *m_clock, m_admin.id}).ok());
    auto page = makePage();
    auto* reopen = page->findChild<QPushButton*>(QStringLiteral("reopenDayButton"));
    ASSERT_NE(reopen, nullptr);
    EXPECT_TRUE(reopen->isVisible());
    EXPECT_TRUE(reopen->isEnabled());

    QSignalSpy finished(page.get(), &ui::DayClosePage::exportFinished);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("exportButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60'000));
    ASSERT_TRUE(finished.first().first().toBool()) << qPrintable(page->message());
    EXPECT_TRUE(reopen->isVisible());
    EXPECT_FALSE(reopen->isEnabled());
    EXPECT_TRUE(reopen->toolTip().contains(QStringLiteral("already exported")))
        << qPrintable(reopen->toolTip());
    EXPECT_FALSE(DayCloseService::canReopen(*m_site.db, QDate(2021, 6, 1)).ok());
}

TEST_F(DayCloseUiTest, ANonAdministratorIsToldWhyTheExportIsRefused)
{
    test::addStaff(*m_site.db, QStringLiteral("nurse-1"), Roles(Role::Vaccinator));
    StaffMember nurse;
    nurse.id = QStringLiteral("nurse-1");
    ui::DayClosePage page(m_site, [nurse] { return std::optional<StaffMember>(nurse); });
    page.setFolderProvider([this] { return m_out.path(); });
    page.setPassphraseProvider(
        [] { return std::optional<QString>(QString::fromLatin1(kPassphrase)); });
    QSignalSpy finished(&page, &ui::DayClosePage::exportFinished);
    page.startExport();
    ASSERT_TRUE(finished.wait(60'000));
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_FALSE(page.message().isEmpty());
    EXPECT_TRUE(QDir(m_out.path()).entryList({QStringLiteral("*.zip")}, QDir::Files).isEmpty());
}

TEST_F(DayCloseUiTest, AnExportOntoAReadOnlyFolderShowsWhyAndTheRecordsStayPending)
{
    // A real read-only medium when the test may mount one; otherwise the same answer (EROFS)
    // injected where the file is created.
    test::TmpfsMount stick("64k", test::TmpfsMount::Mode::ReadOnly);
    const QString folder = stick.mounted() ? stick.path() : m_out.filePath(QStringLiteral("ro"));
    if (!stick.mounted()) {
        ASSERT_TRUE(QDir(m_out.path()).mkdir(QStringLiteral("ro")));
        durable::setFaultHookForTesting([](durable::Step step, const QString&) {
            return step == durable::Step::Create ? EROFS : 0;
        });
    }
    vaccinateADay();
    auto page = makePage();
    page->setFolderProvider([folder] { return folder; });
    auto* pending = page->findChild<QLabel*>(QStringLiteral("pendingLabel"));
    ASSERT_NE(pending, nullptr);
    const QString before = pending->text();
    EXPECT_FALSE(before.contains(QStringLiteral(": 0 records")));

    QSignalSpy finished(page.get(), &ui::DayClosePage::exportFinished);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("exportButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60'000));
    durable::setFaultHookForTesting({});
    EXPECT_FALSE(finished.first().first().toBool());
    auto* message = page->findChild<QLabel*>(QStringLiteral("dayCloseMessage"));
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->text().contains(QStringLiteral("read-only")))
        << qPrintable(message->text());
    EXPECT_TRUE(message->text().contains(QDir::toNativeSeparators(folder)));
    EXPECT_TRUE(message->text().contains(QStringLiteral("stay pending")));
    EXPECT_EQ(pending->text(), before);  // nothing was marked exported
    EXPECT_EQ(page->findChild<QTableView*>(QStringLiteral("exportsTable"))->model()->rowCount(), 0);
    EXPECT_TRUE(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_F(DayCloseUiTest, TheExportIsSealedWhenTheSiteSettingIsSet)
{
    const sealing::DistrictKeys district = sealing::generate();
    ASSERT_TRUE(sealsetting::set(*m_site.db, *m_clock, m_admin.id,
                                 sealing::publicKeyText(district.publicKey))
                    .ok());
    auto page = makePage();
    QSignalSpy finished(page.get(), &ui::DayClosePage::exportFinished);
    page->startExport();
    ASSERT_TRUE(finished.wait(60'000));
    ASSERT_TRUE(finished.first().first().toBool()) << qPrintable(page->message());
    EXPECT_TRUE(page->message().contains(QStringLiteral("sealed"))) << qPrintable(page->message());
    const QStringList sealedFiles =
        QDir(m_out.path()).entryList({QStringLiteral("*.zip.sealed")}, QDir::Files);
    ASSERT_EQ(sealedFiles.size(), 1);
    auto store = signingkey::openStore(*m_site.db, QString::fromLatin1(kPassphrase));
    ASSERT_TRUE(store.ok());
    auto key = signingkey::load(**store, false);
    ASSERT_TRUE(key.ok());
    auto opened =
        bundle::verifySealed(m_out.filePath(sealedFiles.first()), key->publicKey, district);
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
    EXPECT_FALSE(opened->manifest.contains(QStringLiteral("report_pdf")));  // report included
}

TEST(DayReport, RendersAPdfWithEveryPartEvenForAnEmptyDay)
{
    DaySummary empty;
    empty.day = QDate(2021, 6, 1);
    empty.siteCode = QStringLiteral("T");
    const QByteArray pdf = ui::renderDayReportPdf(empty);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    DaySummary busy = empty;
    for (int i = 0; i < 120; ++i)  // long enough to need a second page
        busy.doses.push_back({QStringLiteral("BBIBP-CorV"), 1 + i % 2, ageGroups().value(i % 6),
                              QStringLiteral("female"), i});
    const QByteArray longer = ui::renderDayReportPdf(busy);
    EXPECT_TRUE(longer.startsWith("%PDF"));
    EXPECT_GE(longer.count("/Type /Page\n") + longer.count("/Type /Page "), 2);
}
