// A failed daily backup in the window: a red banner above every screen, the work goes on, and
// the backup is tried again until one is made (then the banner goes).
#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTest>

#include "shell/mainwindow.h"
#include "shell/style.h"
#include "site/sitecontext.h"
#include "storage/backup.h"
#include "support/tempdb.h"

using namespace vax;

namespace {

class BackupBannerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ui::applyAppStyle(*qApp);
        {
            FakeClock clock(test::testNow());
            ASSERT_TRUE(m_db.openTrainingSite(clock));
        }
        // A plain file where the backups folder goes: no backup can be made (as on a full disk).
        QFile blocker(blockerPath());
        ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    }
    QString blockerPath() const { return m_db.dir() + QStringLiteral("/backups"); }
    void openWindow(bool background)
    {
        SiteOpenOptions options;
        options.path = m_db.path();
        options.background = background;
        auto site = openSite(options);
        ASSERT_TRUE(site.ok()) << qPrintable(site.error().message);
        m_site = std::move(*site);
        m_window = std::make_unique<ui::MainWindow>(m_site);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }
    QLabel* banner() const { return m_window->findChild<QLabel*>(QStringLiteral("backupBanner")); }

    test::TempDb m_db;
    SiteContext m_site;
    std::unique_ptr<ui::MainWindow> m_window;
};

}  // namespace

TEST_F(BackupBannerTest, AFailedBackupShowsABannerAndTheRetryClearsIt)
{
    openWindow(false);
    ASSERT_TRUE(m_site.backupWarning.has_value());
    ASSERT_NE(banner(), nullptr);
    EXPECT_TRUE(banner()->isVisible());
    EXPECT_TRUE(banner()->text().contains(QLatin1String("NO BACKUP TODAY")))
        << qPrintable(banner()->text());
    EXPECT_TRUE(banner()->text().contains(QDir::toNativeSeparators(blockerPath())))
        << "the banner says why: " << qPrintable(banner()->text());

    ASSERT_TRUE(QFile::remove(blockerPath()));
    m_window->retryBackup();
    // The retry runs on a thread: wait for its backup on disk, then for the banner to go.
    ASSERT_TRUE(QTest::qWaitFor([&] { return listBackups(blockerPath()).size() == 1; }, 20000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !banner()->isVisible(); }, 20000));
}

TEST_F(BackupBannerTest, TheWindowsBackgroundBackupFailingShowsTheBanner)
{
    openWindow(true);
    ASSERT_NE(banner(), nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner()->isVisible(); }, 20000));
    EXPECT_TRUE(banner()->text().contains(QLatin1String("keeps working")))
        << qPrintable(banner()->text());
}
