#pragma once

// The GUI tests' way in (offscreen platform): a training site in a temporary directory, either
// opened on a fake clock with its demo administrator for a page of its own, or with the real main
// window at a desk PC's size and the sign-in typed the way a person types it. Header-only: only
// the GUI tests (linked with vaxui) include it.
#include <gtest/gtest.h>

#include <QApplication>
#include <QLineEdit>
#include <QTest>

#include <memory>

#include "security/staff.h"
#include "shell/currentuser.h"
#include "shell/mainwindow.h"
#include "shell/style.h"
#include "site/site.h"
#include "site/sitecontext.h"
#include "support/signin.h"
#include "support/tempdb.h"

namespace vax::test {

// Types like a person at the keyboard on the sign-in page: username, Enter (the focus moves to
// the password), password, Enter.
inline void typeSignIn(QWidget& window, const QString& user, const QString& password)
{
    auto* userEdit = window.findChild<QLineEdit*>(QStringLiteral("username"));
    auto* passwordEdit = window.findChild<QLineEdit*>(QStringLiteral("password"));
    ASSERT_TRUE(userEdit && passwordEdit);
    userEdit->setFocus();
    QTest::keyClicks(userEdit, user);
    QTest::keyClick(userEdit, Qt::Key_Return);
    EXPECT_TRUE(passwordEdit->hasFocus());
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

// Types the sign-in and waits for it: true once the window is signed in (the Argon2id check runs
// on a worker thread; the window stays responsive meanwhile), false after `timeoutMs`.
[[nodiscard]] inline bool signIn(ui::MainWindow& window, const QString& user,
                                 const QString& password, int timeoutMs = 10000)
{
    typeSignIn(window, user, password);
    return QTest::qWaitFor([&window] { return window.isSignedIn(); }, timeoutMs);
}

// The training site's demo account (shown on its sign-in page).
[[nodiscard]] inline bool signInAsDemo(ui::MainWindow& window, int timeoutMs = 10000)
{
    return signIn(window, QString::fromLatin1(kDemoUsername), QString::fromLatin1(kDemoPassword),
                  timeoutMs);
}

// A training site in a temporary directory on a fake clock, the application style applied, and
// its demo administrator (the account of the training sign-in page) as the acting user: for a
// page tested on its own, built with admin(). SetUp() calls openTrainingSite() (the clock at
// testNow(), or at the hour it names) after what must come before the database is opened.
class TrainingSiteTest : public ::testing::Test {
protected:
    // Opens (creating) the site with the clock at `now`; fails the test on error (callers wrap it
    // in ASSERT_NO_FATAL_FAILURE).
    void openTrainingSite(const QDateTime& now = testNow())
    {
        ui::applyAppStyle(*qApp);
        m_clock = std::make_shared<FakeClock>(now);
        m_site.clock = m_clock;
        m_site.db = m_tmp.openTrainingSite(*m_clock, &m_site.site);
        ASSERT_TRUE(m_site.db);
        auto staff =
            StaffRepository::findByUsername(*m_site.db, QString::fromLatin1(kDemoUsername));
        ASSERT_TRUE(staff.ok() && staff->has_value());
        m_admin = (*staff)->member;
    }
    // The site's clock at `time` on 2021-06-01, in the site's zone.
    void openTrainingSite(const QTime& time)
    {
        openTrainingSite(QDateTime(QDate(2021, 6, 1), time, testZone()));
    }

    ui::CurrentUser admin() const
    {
        return [this] { return std::optional<StaffMember>(m_admin); };
    }

    TempDb m_tmp;
    std::shared_ptr<FakeClock> m_clock;
    SiteContext m_site;
    StaffMember m_admin;
};

// A training site in a temporary directory and its main window, shown at 1280×800 (a desk PC
// screen, not the 800×800 offscreen default), on the sign-in page. A fixture that must change the
// site before the window exists calls openTrainingSite(), createWindow() and showWindow() itself.
class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        openTrainingSite();
        if (HasFatalFailure())
            return;
        showWindow();
    }

    // Opens (creating) the training database in m_db, the application style applied.
    void openTrainingSite()
    {
        ui::applyAppStyle(*qApp);
        SiteOpenOptions options;
        options.path = m_db.path();
        options.createTrainingIfMissing = true;
        auto site = openSite(options);
        ASSERT_TRUE(site.ok()) << qPrintable(site.error().message);
        m_site = std::move(*site);
    }

    void createWindow() { m_window = std::make_unique<ui::MainWindow>(m_site); }

    // Creates the window unless createWindow() did, then shows it and waits until it is exposed.
    void showWindow()
    {
        if (!m_window)
            createWindow();
        m_window->resize(1280, 800);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    template <typename T>
    T* child(const char* name) const
    {
        return m_window->findChild<T*>(QString::fromLatin1(name));
    }

    TempDb m_db;
    SiteContext m_site;
    std::unique_ptr<ui::MainWindow> m_window;
};

}  // namespace vax::test
