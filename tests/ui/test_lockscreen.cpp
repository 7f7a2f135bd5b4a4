// Idle lock, PIN unlock and switch user on the real main window (offscreen), with a FakeClock:
// the lock follows the clock, the pages underneath keep their state, wrong PINs count.
#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include "security/auth.h"
#include "security/userservice.h"
#include "shell/lockscreen.h"
#include "shell/mainwindow.h"
#include "shell/style.h"
#include "shell/workspace.h"
#include "site/siteadmin.h"
#include "site/sitecontext.h"
#include "support/envguard.h"
#include "support/signin.h"
#include "support/tempdb.h"
#include "ui/screenshot.h"

using namespace vax;

namespace {

constexpr int kUsersPage = 5;
constexpr qint64 kScannerGapMs = 4;  // a keyboard-wedge scanner
constexpr qint64 kHumanGapMs = 180;  // a nurse typing
const QString kDemoPass = QString::fromLatin1(kDemoPassword);

class LockTest : public test::MainWindowTest {
protected:
    void SetUp() override
    {
        // The training site is created at the fake clock's time, not the PC's: the clock only
        // runs forwards (docs/storage.md), so writes at m_clock's time must come after it.
        const QByteArray start = test::testNow().toString(Qt::ISODateWithMs).toUtf8();
        test::EnvGuard fakeNow(kFakeNowEnv, start.constData());
        openTrainingSite();
        if (HasFatalFailure())
            return;
        m_site.clock = m_clock;  // the window's idle time comes from here
        auto demo = StaffRepository::findByUsername(*m_site.db, QStringLiteral("demo"));
        ASSERT_TRUE(demo.ok() && demo->has_value());
        m_demo = (*demo)->member;
        ASSERT_TRUE(
            SiteAdminService::setIdleLockMinutes({*m_site.db, *m_clock, m_demo.id}, 2).ok());
        ASSERT_TRUE(UserService::setPin({*m_site.db, *m_clock, m_demo.id}, m_demo.id,
                                        QStringLiteral("4821"), kDemoPass)
                        .ok());
        createWindow();
        // Keys arrive at a person's pace unless a test says otherwise: QTest's events carry no
        // time of their own, and a fast machine must not turn typing into a scanner burst.
        m_window->lockScreen()->setKeyClock([this] { return m_keyMs += m_keyStepMs; });
        showWindow();
        if (HasFatalFailure())
            return;
        signIn(QStringLiteral("demo"), kDemoPass);
    }

    void signIn(const QString& user, const QString& password)
    {
        ASSERT_TRUE(test::signIn(*m_window, user, password));
    }

    // Work in progress on a page: an unsaved value typed into the users page.
    QSpinBox* startWork()
    {
        m_window->workspace()->showPage(kUsersPage);
        auto* minutes = child<QSpinBox>("idleLockMinutes");
        minutes->setFocus();
        minutes->selectAll();
        QTest::keyClicks(minutes, QStringLiteral("17"));
        EXPECT_EQ(minutes->value(), 17);
        return minutes;
    }

    void typeSecret(const QString& secret)
    {
        auto* edit = child<QLineEdit>("unlockSecret");
        ASSERT_TRUE(edit->isVisible());
        ASSERT_TRUE(edit->hasFocus());
        QTest::keyClicks(edit, secret);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    int count(const QString& sql)
    {
        auto q = m_site.db->exec(sql);
        return q.ok() ? q->scalar().toInt() : -1;
    }

    std::shared_ptr<FakeClock> m_clock = std::make_shared<FakeClock>(test::testNow());
    StaffMember m_demo;
    qint64 m_keyMs = 0;
    qint64 m_keyStepMs = kHumanGapMs;
};

TEST_F(LockTest, IdleForTheConfiguredMinutesLocksAndKeepsThePage)
{
    QSpinBox* work = startWork();
    EXPECT_FALSE(test::saveScreenshot(m_window.get(), QStringLiteral("staff-en")).isEmpty());
    m_clock->advance(2 * 60 * 1000 - 2000);  // 1:58 without input
    QTest::qWait(1500);                      // the watcher's one-second check runs
    EXPECT_FALSE(m_window->isLocked());
    m_clock->advance(2000);
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->isLocked(); }, 3000));

    auto* lock = m_window->lockScreen();
    EXPECT_TRUE(lock->isVisible());
    EXPECT_EQ(lock->geometry(), m_window->workspace()->parentWidget()->geometry());
    EXPECT_TRUE(child<QLabel>("lockedUser")->text().contains(m_demo.displayName));
    // The page underneath is the same widget with the same unsaved input…
    EXPECT_EQ(m_window->workspace()->currentIndex(), kUsersPage);
    EXPECT_EQ(work->value(), 17);
    // … and cannot be reached: Ctrl+digit does not switch pages while locked.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(m_window->workspace()->currentIndex(), kUsersPage);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'lock' AND "
                                   "detail LIKE '%idle%'")),
              1);
}

TEST_F(LockTest, PinUnlocksAndThePageStateIsKept)
{
    QSpinBox* work = startWork();
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);  // lock now
    ASSERT_TRUE(m_window->isLocked());
    EXPECT_FALSE(test::saveScreenshot(m_window.get(), QStringLiteral("lock-screen")).isEmpty());
    typeSecret(QStringLiteral("4821"));
    ASSERT_TRUE(QTest::qWaitFor([this] { return !m_window->isLocked(); }, 10000));
    EXPECT_FALSE(m_window->lockScreen()->isVisible());
    EXPECT_EQ(m_window->currentUser()->id, m_demo.id);
    EXPECT_EQ(m_window->workspace()->currentIndex(), kUsersPage);
    EXPECT_EQ(work->value(), 17);
    EXPECT_TRUE(work->hasFocus()) << "focus returns where the work was";
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'unlock' AND "
                                   "detail LIKE '%\"pin\"%'")),
              1);
    // Unlocking re-arms the idle lock.
    m_clock->advance(2 * 60 * 1000);
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->isLocked(); }, 3000));
}

TEST_F(LockTest, WrongPinsAreCountedAndTheFifthEndsTheSession)
{
    startWork();
    m_window->lockSession(QStringLiteral("manual"));
    auto* error = child<QLabel>("unlockError");
    typeSecret(QStringLiteral("9731"));
    ASSERT_TRUE(QTest::qWaitFor(
        [error] { return error->text().contains(QStringLiteral("Wrong PIN")); }, 10000));
    EXPECT_TRUE(error->text().contains(QString::number(kMaxFailedLogins - 1)))
        << qPrintable(error->text());
    EXPECT_TRUE(m_window->isLocked());
    EXPECT_EQ(count(QStringLiteral("SELECT failed_logins FROM staff WHERE username = 'demo'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'unlock.failed'")),
              1);
    for (int i = 2; i <= kMaxFailedLogins; ++i) {
        typeSecret(QStringLiteral("9731"));
        ASSERT_TRUE(QTest::qWaitFor(
            [this, i] {
                return count(QStringLiteral("SELECT failed_logins FROM staff WHERE username = "
                                            "'demo'")) == i;
            },
            10000));
    }
    // Locked out: the session ends and the login screen says why.
    ASSERT_TRUE(QTest::qWaitFor([this] { return !m_window->isSignedIn(); }, 5000));
    EXPECT_FALSE(m_window->isLocked());
    EXPECT_TRUE(child<QLabel>("errorLabel")->text().contains(QStringLiteral("locked")));
}

// Issue 19, point 4: an ID card scanned into the unlock field (a keyboard-wedge burst ending in
// Enter) is no password: it is ignored with a hint, not counted, not audited as a failure. The
// key times come from the test's own clock, so the outcome does not depend on the machine.
TEST_F(LockTest, AScannedIdCardIsNotAWrongPassword)
{
    m_window->lockSession(QStringLiteral("manual"));
    ASSERT_TRUE(m_window->isLocked());
    auto* edit = child<QLineEdit>("unlockSecret");
    auto* error = child<QLabel>("unlockError");
    const QString idCard = QStringLiteral("11010519600101123X");
    for (int i = 1; i <= kMaxFailedLogins; ++i) {
        m_keyMs += 2000;  // the nurse picks up the scanner
        m_keyStepMs = kScannerGapMs;
        ASSERT_TRUE(edit->hasFocus()) << i;
        QTest::keyClicks(edit, idCard);
        QTest::keyClick(edit, Qt::Key_Return);
        m_keyStepMs = kHumanGapMs;
        // Had it been taken for a password, its check on the worker thread ends here.
        ASSERT_TRUE(QTest::qWaitFor(
            [error] {
                return !error->isVisible() || !error->text().contains(QStringLiteral("Checking"));
            },
            10000));
        EXPECT_TRUE(edit->text().isEmpty()) << i;
        ASSERT_TRUE(m_window->isSignedIn()) << i;
        EXPECT_TRUE(m_window->isLocked()) << i;
    }
    EXPECT_EQ(count(QStringLiteral("SELECT failed_logins FROM staff WHERE username = 'demo'")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'unlock.failed'")),
              0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM staff WHERE username = 'demo' AND "
                                   "locked_until IS NOT NULL")),
              0);
    auto* hint = child<QLabel>("unlockScanHint");
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().contains(QStringLiteral("scan"))) << qPrintable(hint->text());
    EXPECT_FALSE(error->isVisible()) << qPrintable(error->text());
    EXPECT_FALSE(
        test::saveScreenshot(m_window.get(), QStringLiteral("lock-screen-scan")).isEmpty());
    m_window->chooseLanguage(QStringLiteral("zh_CN"));
    QApplication::processEvents();  // LanguageChange is posted to the windows
    EXPECT_TRUE(hint->isVisible());
    EXPECT_FALSE(
        test::saveScreenshot(m_window.get(), QStringLiteral("lock-screen-scan-zh_CN")).isEmpty());
    m_window->chooseLanguage(QStringLiteral("en"));
    QApplication::processEvents();

    // A wrong password typed by hand still counts, and the hint goes away.
    m_keyMs += 2000;
    typeSecret(QStringLiteral("wrong-password"));
    ASSERT_TRUE(
        QTest::qWaitFor([error] { return error->text().contains(QStringLiteral("Wrong")); }, 10000))
        << qPrintable(error->text());
    EXPECT_FALSE(hint->isVisible());
    EXPECT_EQ(count(QStringLiteral("SELECT failed_logins FROM staff WHERE username = 'demo'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'unlock.failed'")),
              1);
    // And the right one still unlocks.
    m_keyMs += 2000;
    typeSecret(kDemoPass);
    ASSERT_TRUE(QTest::qWaitFor([this] { return !m_window->isLocked(); }, 10000));
}

TEST_F(LockTest, SwitchUserSignsAnotherStaffMemberInOverTheSamePages)
{
    auto nurse = UserService::add({*m_site.db, *m_clock, m_demo.id},
                                  {QStringLiteral("nurse"), QStringLiteral("Nurse Wang"),
                                   QStringLiteral("nurse-password"), Roles(Role::Vaccinator)});
    ASSERT_TRUE(nurse.ok());
    QSpinBox* work = startWork();
    QSignalSpy changed(m_window.get(), &ui::MainWindow::userChanged);
    m_window->lockSession(QStringLiteral("manual"));
    QTest::mouseClick(child<QPushButton>("switchUserButton"), Qt::LeftButton);
    auto* user = child<QLineEdit>("switchUsername");
    ASSERT_TRUE(user->isVisible());
    QTest::keyClicks(user, QStringLiteral("nurse"));
    QTest::keyClick(user, Qt::Key_Return);
    auto* password = child<QLineEdit>("switchPassword");
    EXPECT_TRUE(password->hasFocus());
    // A card scanned into the password field is dropped too: nothing counts against the nurse.
    m_keyMs += 2000;
    m_keyStepMs = kScannerGapMs;
    QTest::keyClicks(password, QStringLiteral("11010519600101123X"));
    QTest::keyClick(password, Qt::Key_Return);
    m_keyStepMs = kHumanGapMs;
    m_keyMs += 2000;
    EXPECT_TRUE(password->text().isEmpty());
    EXPECT_TRUE(child<QLabel>("unlockScanHint")->isVisible());
    EXPECT_TRUE(m_window->isLocked());
    EXPECT_EQ(count(QStringLiteral("SELECT failed_logins FROM staff WHERE username = 'nurse'")), 0);
    QTest::keyClicks(password, QStringLiteral("nurse-password"));
    QTest::keyClick(password, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([this] { return !m_window->isLocked(); }, 10000));
    EXPECT_EQ(m_window->currentUser()->id, nurse->id);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), nurse->id);
    EXPECT_EQ(m_window->workspace()->currentIndex(), kUsersPage);
    EXPECT_EQ(work->value(), 17);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'logout' AND "
                                   "detail LIKE '%switch_user%'")),
              1);
    // The nurse is no administrator: the users page says so instead of listing accounts.
    EXPECT_TRUE(child<QLabel>("usersStatus")->text().contains(QStringLiteral("administrator")));
}

}  // namespace
