// A PC clock that went backwards, on screen: the desk shows why a dose was not saved, the main
// window shows a banner from its start, and a site administrator acknowledges the correction in
// the Administration workspace. Keys only, real widgets on the offscreen platform, a real SQLite
// training site, a fake clock.
#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimeZone>

#include "admin/clockpanel.h"
#include "checkin/checkinservice.h"
#include "coldchain/fridges.h"
#include "desk/deskpage.h"
#include "desk/injectionpanel.h"
#include "security/staff.h"
#include "shell/mainwindow.h"
#include "shell/style.h"
#include "shell/workspace.h"
#include "site/clockservice.h"
#include "site/site.h"
#include "site/siteadmin.h"
#include "stock/lotservice.h"
#include "stock/scanfield.h"
#include "support/checkinrequest.h"
#include "support/residentid.h"
#include "support/signin.h"
#include "support/tempdb.h"
#include "ui/screenshot.h"

using namespace vax;
using vax::test::residentId;

namespace {

const QString kNurse = QStringLiteral("staff-nurse-1");
const QString kRegistrar = QStringLiteral("staff-registrar-1");
const QString kKeeper = QStringLiteral("staff-keeper-1");
const QString kBox = QStringLiteral("81234567890123456781");
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kHumanDelayMs = 60;

class ClockUiTest : public test::TrainingSiteTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(openTrainingSite());
        test::addStaff(*m_site.db, kNurse, Role::Vaccinator);
        test::addStaff(*m_site.db, kRegistrar, Role::Registrar);
        test::addStaff(*m_site.db, kKeeper, Roles(Role::StockKeeper) | Role::SiteAdmin);
    }

    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), k, mods, kHumanDelayMs);
    }

    QString scalar(const QString& sql) const
    {
        auto q = m_site.db->exec(sql);
        EXPECT_TRUE(q.ok());
        return q.ok() ? q->scalar().toString() : QString();
    }
};

TEST_F(ClockUiTest, TheDeskShowsWhyADoseWasNotSavedWhenTheClockWentBack)
{
    auto fridges = FridgeRepository::list(*m_site.db);
    ASSERT_TRUE(fridges.ok() && !fridges->empty());
    LotReceipt lot;
    lot.productCode = QStringLiteral("BBIBP-CorV");
    lot.lotNumber = QStringLiteral("B2021-0602");
    lot.expiry = QDate(2021, 12, 31);
    lot.vials = 20;
    lot.fridgeId = fridges->front().id;
    lot.traceCodes = {kBox};
    ASSERT_TRUE(LotService::receive({*m_site.db, *m_clock, kKeeper}, lot).ok());
    CheckInService checkin({*m_site.db, *m_clock});
    ASSERT_TRUE(checkin
                    .checkIn(test::passingCheckIn(kRegistrar, QStringLiteral("李小明"),
                                                  residentId(QDate(1980, 5, 5), 12)))
                    .ok());

    ui::DeskPage desk(m_site);
    desk.setStaffId(kNurse);
    desk.resize(1280, 800);
    desk.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&desk));
    QApplication::setActiveWindow(&desk);
    key(Qt::Key_F3);  // the injection desk
    key(Qt::Key_F5);  // call the next person
    ASSERT_TRUE(desk.injectionPanel()->called().has_value());
    QWidget* field = QApplication::focusWidget();
    for (const QChar c : kBox)
        QTest::keyClick(field, c.toLatin1());
    QTest::keyClick(field, Qt::Key_Return);
    key(Qt::Key_Space);
    key(Qt::Key_Space);
    key(Qt::Key_V);
    key(Qt::Key_L);
    auto* administer = desk.findChild<QPushButton*>(QStringLiteral("administerButton"));
    ASSERT_TRUE(administer->isEnabled());

    const QDateTime latest = m_clock->nowUtc();
    m_clock->jumpWall(-3 * kDayMs);  // someone sets the PC's clock back three days
    key(Qt::Key_Return);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM dose")), QStringLiteral("0"));
    const QString message = desk.findChild<QLabel*>(QStringLiteral("injectionMessage"))->text();
    const QTimeZone zone("Asia/Shanghai");
    EXPECT_TRUE(message.contains(QStringLiteral("clock is behind"))) << qPrintable(message);
    EXPECT_TRUE(message.contains(ClockGuard::showTime(latest, zone))) << qPrintable(message);
    EXPECT_TRUE(message.contains(ClockGuard::showTime(m_clock->nowUtc(), zone)))
        << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("Nothing was saved"))) << qPrintable(message);
    EXPECT_FALSE(test::saveScreenshot(&desk, QStringLiteral("desk-clock-went-back")).isEmpty());

    m_clock->jumpWall(3 * kDayMs);  // the clock set right: the same input saves the dose
    key(Qt::Key_Return);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM dose")), QStringLiteral("1"));
}

TEST_F(ClockUiTest, TheWindowWarnsAtStartAndAnAdministratorAcknowledgesByKeyboard)
{
    // Something was written three days ahead; then the clock went back.
    auto demo = StaffRepository::findByUsername(*m_site.db, QString::fromLatin1(kDemoUsername));
    ASSERT_TRUE(demo.ok() && demo->has_value());
    m_clock->advance(3 * kDayMs);
    ASSERT_TRUE(
        SiteAdminService::setIdleLockMinutes({*m_site.db, *m_clock, (*demo)->member.id}, 10).ok());
    const QDateTime latest = m_clock->nowUtc();
    m_clock->jumpWall(-3 * kDayMs);

    ui::MainWindow window(m_site);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QLabel* banner = window.clockBanner();
    ASSERT_TRUE(banner->isVisible());
    const QTimeZone zone("Asia/Shanghai");
    EXPECT_TRUE(banner->text().contains(ClockGuard::showTime(latest, zone)))
        << qPrintable(banner->text());
    EXPECT_TRUE(banner->text().contains(ClockGuard::showTime(m_clock->nowUtc(), zone)));

    // Sign in as the site administrator (signing in is allowed while writes are refused).
    ASSERT_TRUE(test::signInAsDemo(window));
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);  // Administration
    ASSERT_EQ(window.workspace()->currentIndex(), 5);

    auto* status = window.findChild<QLabel*>(QStringLiteral("clockStatus"));
    auto* reason = window.findChild<QLineEdit*>(QStringLiteral("clockReason"));
    ASSERT_TRUE(status && reason);
    EXPECT_TRUE(status->isVisible());
    EXPECT_TRUE(status->text().contains(QStringLiteral("refused"))) << qPrintable(status->text());
    ASSERT_TRUE(reason->isEnabled());
    EXPECT_FALSE(test::saveScreenshot(&window, QStringLiteral("admin-clock-behind")).isEmpty());

    // Enter without a reason is refused and says so.
    reason->setFocus();
    QTest::keyClick(reason, Qt::Key_Return);
    auto* message = window.findChild<QLabel*>(QStringLiteral("clockMessage"));
    EXPECT_TRUE(message->text().contains(QStringLiteral("Reason"))) << qPrintable(message->text());
    EXPECT_TRUE(banner->isVisible());

    QTest::keyClicks(reason, QStringLiteral("clock was 3 days ahead, set right"));
    QTest::keyClick(reason, Qt::Key_Return);
    EXPECT_TRUE(message->text().contains(QStringLiteral("acknowledged")))
        << qPrintable(message->text());
    EXPECT_FALSE(banner->isVisible());
    EXPECT_FALSE(reason->isEnabled());
    EXPECT_EQ(scalar(QStringLiteral("SELECT json_extract(detail, '$.reason') FROM audit WHERE "
                                    "action = 'clock.acknowledge'")),
              QStringLiteral("clock was 3 days ahead, set right"));
    EXPECT_FALSE(ClockService::status({*m_site.db, *m_clock})->refused);
}

TEST_F(ClockUiTest, NoBannerWhileTheClockRunsForwards)
{
    ui::MainWindow window(m_site);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_FALSE(window.clockBanner()->isVisible());
}

}  // namespace
