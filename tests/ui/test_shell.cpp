// The main window driven by real key presses on the offscreen platform.
#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include "common/i18n.h"
#include "dayclose/dayclose.h"
#include "dayclose/dayclosepage.h"
#include "dayclose/dayconfirmdialog.h"
#include "shell/loginpage.h"
#include "shell/mainwindow.h"
#include "shell/style.h"
#include "shell/workspace.h"
#include "shell/workspacepage.h"
#include "site/sitecontext.h"
#include "storage/audit.h"
#include "support/signin.h"
#include "support/tempdb.h"
#include "ui/screenshot.h"

using namespace vax;

namespace {

class ShellTest : public test::MainWindowTest {};

TEST_F(ShellTest, TrainingDatabaseIsMarkedAndShowsTheDemoLogin)
{
    auto* banner = child<QLabel>("trainingBanner");
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    // Issue 19, point 10: the title says VaxPoint and "training" once each, and ends with the
    // app's display name so the window system does not add it a second time.
    const QString title = m_window->windowTitle();
    EXPECT_EQ(title.count(QStringLiteral("VaxPoint")), 1) << qPrintable(title);
    EXPECT_EQ(title.count(QStringLiteral("training"), Qt::CaseInsensitive), 1) << qPrintable(title);
    EXPECT_TRUE(title.endsWith(QStringLiteral("VaxPoint"))) << qPrintable(title);
    EXPECT_EQ(ui::MainWindow::windowTitleFor(QStringLiteral("Fengtai clinic"), true),
              QStringLiteral("Fengtai clinic — TRAINING — VaxPoint"));
    EXPECT_EQ(ui::MainWindow::windowTitleFor(QStringLiteral("Fengtai clinic"), false),
              QStringLiteral("Fengtai clinic — VaxPoint"));
    auto* demo = child<QLabel>("demoCredentials");
    ASSERT_NE(demo, nullptr);
    EXPECT_TRUE(demo->isVisible());
    EXPECT_TRUE(demo->text().contains(QString::fromLatin1(kDemoUsername)));
    EXPECT_TRUE(demo->text().contains(QString::fromLatin1(kDemoPassword)));
    EXPECT_TRUE(child<QLabel>("kindStatus")->text().contains(QStringLiteral("TRAINING")));
    EXPECT_FALSE(test::saveScreenshot(m_window.get(), QStringLiteral("login-en")).isEmpty());
}

TEST_F(ShellTest, KeyboardLoginOpensTheWorkspacesAndCtrlDigitSwitchesThem)
{
    test::typeSignIn(*m_window, QString::fromLatin1(kDemoUsername),
                     QString::fromLatin1(kDemoPassword));
    // The Argon2id check runs on a worker thread; the window stays responsive meanwhile.
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->isSignedIn(); }, 10000));
    ui::Workspace* ws = m_window->workspace();
    EXPECT_TRUE(ws->isVisible());
    EXPECT_EQ(ws->currentIndex(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    EXPECT_EQ(ws->currentIndex(), 5);
    EXPECT_EQ(ws->page(5)->title(), QStringLiteral("Administration"));
    EXPECT_FALSE(test::saveScreenshot(m_window.get(), QStringLiteral("admin-en")).isEmpty());

    auto audit = AuditLog::verify(*m_site.db);
    ASSERT_TRUE(audit.ok());
    EXPECT_TRUE(audit->ok);

    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(m_window->isSignedIn());
    EXPECT_TRUE(child<QLineEdit>("password")->text().isEmpty());
}

TEST_F(ShellTest, WrongPasswordShowsAClearErrorAndKeepsTheUsername)
{
    test::typeSignIn(*m_window, QString::fromLatin1(kDemoUsername),
                     QStringLiteral("not-the-password"));
    auto* error = child<QLabel>("errorLabel");
    ASSERT_TRUE(QTest::qWaitFor(
        [error] { return error->isVisible() && error->text().contains(QStringLiteral("wrong")); },
        10000));
    EXPECT_FALSE(m_window->isSignedIn());
    EXPECT_EQ(child<QLineEdit>("username")->text(), QString::fromLatin1(kDemoUsername));
    EXPECT_TRUE(child<QPushButton>("loginButton")->isEnabled());
}

TEST_F(ShellTest, BackUpNowFromTheAdminPageWritesABackupWithoutBlocking)
{
    test::typeSignIn(*m_window, QString::fromLatin1(kDemoUsername),
                     QString::fromLatin1(kDemoPassword));
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->isSignedIn(); }, 10000));
    m_window->workspace()->showPage(5);
    auto* button = child<QPushButton>("backupNow");
    ASSERT_NE(button, nullptr);
    const int before = static_cast<int>(
        QDir(m_site.db->backupDir()).entryList({QStringLiteral("*.sqlite")}, QDir::Files).size());
    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([button] { return button->isEnabled(); }, 10000));
    const int after = static_cast<int>(
        QDir(m_site.db->backupDir()).entryList({QStringLiteral("*.sqlite")}, QDir::Files).size());
    EXPECT_EQ(after, before + 1);
}

TEST_F(ShellTest, LanguageSwitchesAtRuntime)
{
    ASSERT_TRUE(installTranslations(*qApp, QStringLiteral("zh_CN")));
    QApplication::processEvents();
    // The title is the site's name and the app's (data, the same in every language); the
    // training banner is the screen's own text.
    const QString zhBanner = child<QLabel>("trainingBanner")->text();
    EXPECT_FALSE(test::saveScreenshot(m_window.get(), QStringLiteral("login-zh_CN")).isEmpty());
    ASSERT_TRUE(installTranslations(*qApp, QStringLiteral("en")));
    QApplication::processEvents();
    EXPECT_NE(zhBanner, child<QLabel>("trainingBanner")->text());
    EXPECT_TRUE(m_window->windowTitle().endsWith(QStringLiteral("VaxPoint")));
}

}  // namespace

// Issue 19, point 2: after a day close, check-ins and doses went on with no sign of it.
TEST_F(ShellTest, AClosedDayIsShownInTheStatusBarOnEveryPage)
{
    test::typeSignIn(*m_window, QString::fromLatin1(kDemoUsername),
                     QString::fromLatin1(kDemoPassword));
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->isSignedIn(); }, 10000));
    auto* dayStatus = child<QLabel>("dayStatus");
    ASSERT_NE(dayStatus, nullptr);
    EXPECT_FALSE(dayStatus->isVisible());
    QApplication::setActiveWindow(m_window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    ui::Workspace* ws = m_window->workspace();
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    auto* page = qobject_cast<ui::DayClosePage*>(ws->page(ws->currentIndex()));
    ASSERT_NE(page, nullptr);
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->confirmation() != nullptr; }, 5000));
    EXPECT_FALSE(dayStatus->isVisible());
    auto* typed = page->confirmation()->findChild<QLineEdit*>(QStringLiteral("typedDay"));
    ASSERT_NE(typed, nullptr);
    QTest::keyClicks(typed, m_site.calendar().today().toString(Qt::ISODate));
    QTest::keyClick(typed, Qt::Key_Return);
    ASSERT_TRUE(DayCloseService::summary(*m_site.db, m_site.calendar().today())->closed)
        << qPrintable(page->message());
    EXPECT_TRUE(dayStatus->isVisible());
    EXPECT_TRUE(dayStatus->text().contains(QStringLiteral("DAY CLOSED")))
        << qPrintable(dayStatus->text());
    // The desk (Ctrl+1) still shows it. (Offscreen, activation does not come back by itself.)
    QApplication::setActiveWindow(m_window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(ws->currentIndex(), 0);
    EXPECT_TRUE(dayStatus->isVisible());
    EXPECT_FALSE(test::saveScreenshotIn(m_window.get(), QStringLiteral("desk-day-closed"),
                                        QStringLiteral("zh_CN"))
                     .isEmpty());
}
