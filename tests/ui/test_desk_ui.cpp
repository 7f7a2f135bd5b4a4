// The injection desk driven like a nurse drives it: keys only, sent to whatever has the focus —
// F5, a scanner's key burst + Enter, Space, V, L, Enter. Real widgets on the offscreen platform,
// a real SQLite training site, a fake clock.
#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include "checkin/checkinservice.h"
#include "coldchain/fridges.h"
#include "common/i18n.h"
#include "desk/deskpage.h"
#include "desk/injectionpanel.h"
#include "desk/queuemodel.h"
#include "desk/recipientdisplay.h"
#include "security/staff.h"
#include "security/userservice.h"
#include "shell/mainwindow.h"
#include "shell/style.h"
#include "site/site.h"
#include "stock/lotservice.h"
#include "stock/openvialpanel.h"
#include "stock/scanfield.h"
#include "support/checkinrequest.h"
#include "support/faultvfs.h"
#include "support/memorysecrets.h"
#include "support/residentid.h"
#include "support/signin.h"
#include "support/tempdb.h"
#include "support/unreachablesite.h"
#include "ui/screenshot.h"

using namespace vax;
using vax::test::residentId;

namespace {

const QString kNurse = QStringLiteral("staff-nurse-1");
const QString kRegistrar = QStringLiteral("staff-registrar-1");
const QString kKeeper = QStringLiteral("staff-keeper-1");
const QString kBox = QStringLiteral("81234567890123456781");
constexpr int kHumanDelayMs = 60;

class DeskUiTest : public test::TrainingSiteTest {
protected:
    void SetUp() override
    {
        test::FaultVfs::install();  // passes everything through until a test makes fsync fail
        ASSERT_NO_FATAL_FAILURE(openTrainingSite());
        test::addStaff(*m_site.db, kNurse, Role::Vaccinator);
        test::addStaff(*m_site.db, kRegistrar, Role::Registrar);
        test::addStaff(*m_site.db, kKeeper, Roles(Role::StockKeeper) | Role::SiteAdmin);
    }

    void openDesk()
    {
        m_desk = std::make_unique<ui::DeskPage>(m_site);
        m_desk->setStaffId(kNurse);
        m_desk->resize(1280, 800);
        m_desk->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_desk.get()));
        QApplication::setActiveWindow(m_desk.get());
        key(Qt::Key_F3);  // the injection desk
        m_keystrokes = 0;
        ASSERT_EQ(m_desk->mode(), ui::DeskPage::Mode::Injection);
        ASSERT_EQ(QApplication::focusWidget(), panel()->scanField());
    }

    // The desk opened and the next person in the queue called (F5).
    void openDeskAndCallNext()
    {
        ASSERT_NO_FATAL_FAILURE(openDesk());
        key(Qt::Key_F5);
        ASSERT_TRUE(panel()->called().has_value()) << qPrintable(text("injectionMessage"));
    }

    ui::InjectionPanel* panel() const { return m_desk->injectionPanel(); }
    QString text(const char* label) const
    {
        auto* l = m_desk->findChild<QLabel*>(QString::fromLatin1(label));
        return l ? l->text() : QStringLiteral("<no label %1>").arg(QLatin1String(label));
    }
    QPushButton* administerButton() const
    {
        return m_desk->findChild<QPushButton*>(QStringLiteral("administerButton"));
    }

    // Keys go where the focus is, as on a real keyboard.
    QWidget* focused() const
    {
        QWidget* w = QApplication::focusWidget();
        EXPECT_EQ(w, panel() ? static_cast<QWidget*>(panel()->scanField()) : nullptr);
        return w;
    }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        ++m_keystrokes;
        QTest::keyClick(QApplication::focusWidget(), k, mods, kHumanDelayMs);
    }
    // A keyboard-wedge scanner: the whole code as one burst, then Enter.
    void scan(const QString& code)
    {
        QWidget* w = focused();
        for (const QChar c : code)
            QTest::keyClick(w, c.toLatin1());
        QTest::keyClick(w, Qt::Key_Return);
    }

    QString checkIn(const QString& name, const QDate& birth, int seq)
    {
        CheckInService service({*m_site.db, *m_clock});
        CheckInRequest r = test::passingCheckIn(kRegistrar, name, residentId(birth, seq));
        if (ageInWholeYears(birth, service.today()) < 18)
            test::guardianSigns(r, QStringLiteral("王芳"));
        auto receipt = service.checkIn(r);
        EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? "" : qPrintable(receipt.error().message));
        return receipt.ok() ? receipt->visitId : QString();
    }

    // An adult whose screening asks for a doctor's decision (immunodeficiency: overridable by a
    // doctor with a reason), called at the desk with the training lot scanned and every other
    // check confirmed (Space, Space, V, L): only the health check is left open.
    void callPersonForADoctor(const QString& name, const QDate& birth, int seq)
    {
        CheckInService service({*m_site.db, *m_clock});
        CheckInRequest r = test::passingCheckIn(kRegistrar, name, residentId(birth, seq));
        r.answers.insert(QStringLiteral("immunodeficiency"), true);
        ASSERT_TRUE(service.checkIn(r).ok());
        ASSERT_NO_FATAL_FAILURE(openDesk());
        key(Qt::Key_F5);
        scan(QStringLiteral("TRAIN-B2021001"));
        key(Qt::Key_Space);
        key(Qt::Key_Space);
        key(Qt::Key_V);
        key(Qt::Key_L);
    }

    LotInfo receive(const QString& lotNumber, const QStringList& boxes)
    {
        auto fridges = FridgeRepository::list(*m_site.db);
        EXPECT_TRUE(fridges.ok() && !fridges->empty());
        LotReceipt r;
        r.productCode = QStringLiteral("BBIBP-CorV");
        r.lotNumber = lotNumber;
        r.expiry = QDate(2021, 12, 31);
        r.vials = 20;
        r.fridgeId = fridges->front().id;
        r.traceCodes = boxes;
        auto res = LotService::receive({*m_site.db, *m_clock, kKeeper}, r);
        EXPECT_TRUE(res.ok()) << (res.ok() ? "" : qPrintable(res.error().message));
        return res.ok() ? res->lot : LotInfo{};
    }

    QString scalar(const QString& sql, const QVariantList& args = {}) const
    {
        auto q = m_site.db->exec(sql, args);
        EXPECT_TRUE(q.ok());
        return q.ok() ? q->scalar().toString() : QString();
    }

    std::unique_ptr<ui::DeskPage> m_desk;
    int m_keystrokes = 0;
};

TEST_F(DeskUiTest, AFullDeskCycleByKeyboardOnly)
{
    const LotInfo lot = receive(QStringLiteral("B2021-0601"), {kBox});
    const QString visit = checkIn(QStringLiteral("李小明"), QDate(1980, 5, 5), 11);
    openDesk();
    EXPECT_FALSE(administerButton()->isEnabled());

    key(Qt::Key_F5);  // call next
    ASSERT_TRUE(panel()->called().has_value()) << qPrintable(text("injectionMessage"));
    EXPECT_EQ(panel()->called()->visitId, visit);
    EXPECT_EQ(text("personName"), QStringLiteral("李小明"));
    EXPECT_TRUE(text("doseHistory").contains(QStringLiteral("No earlier doses")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT state FROM visit WHERE id = ?"), {visit}),
              QStringLiteral("called"));

    scan(kBox);  // the box's trace code
    EXPECT_TRUE(panel()->scanField()->text().isEmpty()) << qPrintable(text("injectionMessage"));
    EXPECT_TRUE(text("checkTitle_vaccine").contains(QStringLiteral("B2021-0601")));
    EXPECT_TRUE(text("doseDue").contains(QStringLiteral("1")));
    EXPECT_EQ(text("check_vaccine"), QStringLiteral("?"));  // appearance waits for the eyes
    EXPECT_FALSE(administerButton()->isEnabled());

    m_keystrokes = 0;    // counted from here: the keys of one dose after the scan
    key(Qt::Key_Space);  // the name
    EXPECT_EQ(text("check_name"), QStringLiteral("✓"));
    key(Qt::Key_Space);  // the vaccine's appearance
    EXPECT_EQ(text("check_vaccine"), QStringLiteral("✓"));
    EXPECT_EQ(text("check_verification"), QStringLiteral("?"));
    key(Qt::Key_V);  // the person verified it on their screen
    EXPECT_EQ(text("check_verification"), QStringLiteral("✓"));
    EXPECT_FALSE(administerButton()->isEnabled());  // the site is still open
    key(Qt::Key_L);
    EXPECT_TRUE(text("siteChoice").contains(QStringLiteral("Left deltoid")));
    EXPECT_TRUE(administerButton()->isEnabled()) << qPrintable(text("injectionPrompt"));
    key(Qt::Key_Return);         // administer
    EXPECT_EQ(m_keystrokes, 5);  // docs/desk.md "Desk keys"

    ASSERT_EQ(scalar(QStringLiteral("SELECT count(*) FROM dose")), QStringLiteral("1"))
        << qPrintable(text("injectionMessage"));
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT lot_id || '|' || staff_id || '|' || site || '|' || "
                              "trace_code || '|' || visit_id FROM dose")),
        QStringList({lot.id, kNurse, QStringLiteral("LD"), kBox, visit}).join(QLatin1Char('|')));
    const QString personId =
        scalar(QStringLiteral("SELECT person_id FROM visit WHERE id = ?"), {visit});
    EXPECT_EQ(scalar(QStringLiteral("SELECT person_id FROM dose")), personId);
    EXPECT_EQ(scalar(QStringLiteral("SELECT state FROM visit WHERE id = ?"), {visit}),
              QStringLiteral("vaccinated"));
    const QDateTime endsAt = test::testNow().addSecs(30 * 60);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM observation")), QStringLiteral("1"));
    const QString banner = text("savedBanner");
    EXPECT_TRUE(banner.contains(
        test::testNow().toTimeZone(vax::test::testZone()).toString(QStringLiteral("HH:mm"))))
        << qPrintable(banner);
    EXPECT_TRUE(
        banner.contains(endsAt.toTimeZone(vax::test::testZone()).toString(QStringLiteral("HH:mm"))))
        << qPrintable(banner);
    EXPECT_TRUE(m_desk->findChild<QLabel*>(QStringLiteral("savedBanner"))->isVisible());
    EXPECT_FALSE(administerButton()->isEnabled());
    EXPECT_EQ(QApplication::focusWidget(), panel()->scanField());
    EXPECT_TRUE(panel()->recipientDisplay()->statusText().contains(
        endsAt.toTimeZone(vax::test::testZone()).toString(QStringLiteral("HH:mm"))));
    // The queue list shows the person vaccinated.
    EXPECT_EQ(m_desk->queueModel()->entries().at(0).state, QStringLiteral("vaccinated"));
    // Enter again writes nothing more.
    key(Qt::Key_Return);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM dose")), QStringLiteral("1"));
    EXPECT_FALSE(test::saveScreenshot(m_desk.get(), QStringLiteral("desk-saved")).isEmpty());
}

// Issue 19 (8): Enter before the checks are done shows "not yet — nothing was saved"; that red
// message goes as soon as every item allows the dose, never sitting beside an enabled key.
TEST_F(DeskUiTest, ARefusalGoesOnceEveryItemAllowsTheDose)
{
    receive(QStringLiteral("B2021-0602"), {kBox});
    checkIn(QStringLiteral("李小明"), QDate(1980, 5, 5), 11);
    ASSERT_NO_FATAL_FAILURE(openDeskAndCallNext());
    scan(kBox);
    key(Qt::Key_Return);  // too early
    const auto* message = m_desk->findChild<QLabel*>(QStringLiteral("injectionMessage"));
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(text("injectionMessage").contains(QStringLiteral("nothing was saved")));
    key(Qt::Key_Space);
    key(Qt::Key_Space);
    key(Qt::Key_V);
    EXPECT_TRUE(message->isVisible());  // the site is still open: the refusal still holds
    key(Qt::Key_L);
    ASSERT_TRUE(administerButton()->isEnabled()) << qPrintable(text("injectionPrompt"));
    EXPECT_FALSE(message->isVisible()) << qPrintable(text("injectionMessage"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM dose")), QStringLiteral("0"));
}

// The disk fails the commit (fsync): the nurse sees why in words, nothing is written, and every
// check she made stays on screen, so Enter saves the dose once the disk works again.
TEST_F(DeskUiTest, ADiskFaultAtAdministerKeepsTheChecksOnScreen)
{
    const LotInfo lot = receive(QStringLiteral("B2021-0602"), {kBox});
    const QString visit = checkIn(QStringLiteral("李小明"), QDate(1980, 5, 5), 12);
    ASSERT_NO_FATAL_FAILURE(openDeskAndCallNext());
    scan(kBox);
    key(Qt::Key_Space);
    key(Qt::Key_Space);
    key(Qt::Key_V);
    key(Qt::Key_L);
    ASSERT_TRUE(administerButton()->isEnabled()) << qPrintable(text("injectionPrompt"));

    test::FaultVfs::setFailSync(true);
    key(Qt::Key_Return);
    test::FaultVfs::setFailSync(false);
    EXPECT_GT(test::FaultVfs::failedSyncs(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM dose")), QStringLiteral("0"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT state FROM visit WHERE id = ?"), {visit}),
              QStringLiteral("called"));
    const QString message = text("injectionMessage");
    EXPECT_TRUE(message.contains(QStringLiteral("Nothing was saved"))) << qPrintable(message);
    EXPECT_FALSE(m_desk->findChild<QLabel*>(QStringLiteral("savedBanner"))->isVisible());
    // Everything she did is still there.
    EXPECT_TRUE(panel()->called().has_value());
    EXPECT_TRUE(text("checkTitle_vaccine").contains(QStringLiteral("B2021-0602")));
    EXPECT_EQ(text("check_name"), QStringLiteral("✓"));
    EXPECT_EQ(text("check_vaccine"), QStringLiteral("✓"));
    EXPECT_EQ(text("check_verification"), QStringLiteral("✓"));
    EXPECT_TRUE(text("siteChoice").contains(QStringLiteral("Left deltoid")));
    EXPECT_TRUE(administerButton()->isEnabled());
    EXPECT_EQ(QApplication::focusWidget(), panel()->scanField());
    EXPECT_FALSE(test::saveScreenshot(m_desk.get(), QStringLiteral("desk-disk-fault")).isEmpty());

    key(Qt::Key_Return);  // the disk works again: the same input saves the dose
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM dose")), QStringLiteral("1"))
        << qPrintable(text("injectionMessage"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT lot_id FROM dose")), lot.id);
    EXPECT_TRUE(m_desk->findChild<QLabel*>(QStringLiteral("savedBanner"))->isVisible());
}

// Keys as the window system stamps them: pressed at `stampMs`, handled whenever the PC gets to it.
void pressAt(Qt::Key k, const QString& text, quint64 stampMs)
{
    QWidget* target = QApplication::focusWidget();
    QKeyEvent press(QEvent::KeyPress, k, Qt::NoModifier, text);
    press.setTimestamp(stampMs);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, k, Qt::NoModifier, text);
    release.setTimestamp(stampMs + 40);
    QApplication::sendEvent(target, &release);
}

// A desk PC that stalls hands over the nurse's V and L at once: their press times, 400 ms apart,
// still make them two commands. A scanner's "VL" (5 ms apart) is a code typed into the field.
TEST_F(DeskUiTest, KeysHandedOverTogetherAfterAStallAreStillTwoCommands)
{
    receive(QStringLiteral("B2021-0603"), {kBox});
    checkIn(QStringLiteral("李小明"), QDate(1980, 5, 5), 13);
    ASSERT_NO_FATAL_FAILURE(openDeskAndCallNext());
    scan(kBox);
    key(Qt::Key_Space);
    key(Qt::Key_Space);

    pressAt(Qt::Key_V, QStringLiteral("v"), 1'000'000);
    pressAt(Qt::Key_L, QStringLiteral("l"), 1'000'400);  // handled right after V: a stall
    EXPECT_TRUE(panel()->scanField()->text().isEmpty()) << qPrintable(panel()->scanField()->text());
    EXPECT_EQ(text("check_verification"), QStringLiteral("✓"));
    EXPECT_TRUE(text("siteChoice").contains(QStringLiteral("Left deltoid")))
        << qPrintable(text("siteChoice"));

    pressAt(Qt::Key_V, QStringLiteral("v"), 1'002'000);
    pressAt(Qt::Key_R, QStringLiteral("r"), 1'002'005);  // a burst: typed, not commands
    EXPECT_EQ(panel()->scanField()->text(), QStringLiteral("vr"));
    EXPECT_EQ(text("check_verification"), QStringLiteral("✓")) << "the burst's V was undone";
    EXPECT_TRUE(text("siteChoice").contains(QStringLiteral("Left deltoid")))
        << qPrintable(text("siteChoice"));
}

// A scanner's burst that starts with V: the V's check is undone and so is its place in the order
// Backspace follows, so the next Backspace takes back the nurse's last check (it took back the
// burst's V, which nobody saw, before).
TEST_F(DeskUiTest, BackspaceAfterABurstTakesBackTheNursesLastCheck)
{
    receive(QStringLiteral("B2021-0604"), {kBox});
    checkIn(QStringLiteral("李小明"), QDate(1980, 5, 5), 14);
    openDesk();
    key(Qt::Key_F5);
    ASSERT_TRUE(panel()->called().has_value()) << qPrintable(text("injectionMessage"));
    scan(kBox);
    key(Qt::Key_Space);
    key(Qt::Key_Space);
    pressAt(Qt::Key_V, QStringLiteral("v"), 1'000'000);
    pressAt(Qt::Key_1, QStringLiteral("1"), 1'000'005);  // a burst: typed, not a command
    EXPECT_EQ(panel()->scanField()->text(), QStringLiteral("v1"));
    EXPECT_EQ(text("check_verification"), QStringLiteral("?"));
    key(Qt::Key_Escape);  // the field
    key(Qt::Key_Backspace);
    EXPECT_EQ(text("check_vaccine"), QStringLiteral("?"));
    EXPECT_EQ(text("check_name"), QStringLiteral("✓"));
}

TEST_F(DeskUiTest, ABlockingItemKeepsAdministerDisabledAndWritesNothing)
{
    // Two years old: too young for BBIBP-CorV (minimum three years).
    checkIn(QStringLiteral("王小宝"), QDate(2019, 3, 1), 21);
    ASSERT_NO_FATAL_FAILURE(openDeskAndCallNext());
    scan(QStringLiteral("TRAIN-B2021001"));
    EXPECT_TRUE(panel()->scanField()->text().isEmpty()) << qPrintable(text("injectionMessage"));
    key(Qt::Key_Space);
    key(Qt::Key_Space);
    key(Qt::Key_V);
    key(Qt::Key_R);
    EXPECT_TRUE(text("siteChoice").contains(QStringLiteral("Right deltoid")));
    EXPECT_EQ(text("check_age"), QStringLiteral("✗"));
    EXPECT_TRUE(text("checkTitle_age").contains(QStringLiteral("STOP")));
    EXPECT_TRUE(text("checkDetail_age").contains(QStringLiteral("Too young")));
    EXPECT_FALSE(administerButton()->isEnabled());
    EXPECT_TRUE(text("injectionPrompt").contains(QStringLiteral("Too young")));
    key(Qt::Key_Return);
    key(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM dose")), QStringLiteral("0"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM observation")), QStringLiteral("0"));
    EXPECT_TRUE(text("injectionMessage").contains(QStringLiteral("nothing was saved")));
    EXPECT_TRUE(m_desk->findChild<QLabel*>(QStringLiteral("savedBanner"))->isHidden());
    EXPECT_FALSE(test::saveScreenshot(m_desk.get(), QStringLiteral("desk-blocked")).isEmpty());
}

TEST_F(DeskUiTest, TheRecipientDisplayShowsTheLotAndTheDoseNumber)
{
    receive(QStringLiteral("R2021-77"), {});
    checkIn(QStringLiteral("张三丰"), QDate(1975, 8, 8), 31);
    openDesk();
    key(Qt::Key_F5);
    key(Qt::Key_Space);  // the name, before the scan
    scan(QStringLiteral("TRAIN-B2021001"));
    auto* display = panel()->recipientDisplay();
    const auto label = [display](const char* name) {
        return display->findChild<QLabel*>(QString::fromLatin1(name))->text();
    };
    EXPECT_EQ(label("recipientLot"), QStringLiteral("TRAIN-B2021001"));
    EXPECT_EQ(label("recipientDose"), QStringLiteral("Dose 1 of 2"));
    EXPECT_FALSE(label("recipientVaccine").isEmpty());
    EXPECT_FALSE(label("recipientManufacturer").isEmpty());
    // It faces the public: the masked name only.
    EXPECT_TRUE(label("recipientPerson").contains(QStringLiteral("张*丰")));
    EXPECT_FALSE(label("recipientPerson").contains(QStringLiteral("张三丰")));

    // A lot number that starts with R, scanned after a vaccine: R would choose the right arm,
    // but the burst is a scan — the site stays open and the new lot is loaded.
    scan(QStringLiteral("R2021-77"));
    EXPECT_EQ(label("recipientLot"), QStringLiteral("R2021-77"))
        << qPrintable(text("injectionMessage"));
    EXPECT_TRUE(text("siteChoice").contains(QStringLiteral("—")));
    EXPECT_EQ(text("check_name"), QStringLiteral("✓"));  // the person did not change

    key(Qt::Key_F9);  // one screen here: a normal window, and the desk keeps the keyboard
    EXPECT_TRUE(display->isVisible());
    EXPECT_TRUE(QTest::qWaitFor(
        [this] { return QApplication::focusWidget() == panel()->scanField(); }, 2000));
    key(Qt::Key_Space);
    EXPECT_TRUE(display->isVisible());
    display->resize(1280, 720);
    EXPECT_FALSE(test::saveScreenshot(display, QStringLiteral("recipient-display-en")).isEmpty());
    key(Qt::Key_V);
    key(Qt::Key_L);
    key(Qt::Key_Return);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM dose")), QStringLiteral("1"))
        << qPrintable(text("injectionMessage"));
    // Issue 19, point 10: the person reads "vaccinated" and with what, not "saved" (which read as
    // "checked in").
    EXPECT_TRUE(display->statusText().startsWith(QStringLiteral("✓ Vaccinated with ") +
                                                 label("recipientVaccine")))
        << qPrintable(display->statusText());
    EXPECT_FALSE(display->statusText().contains(QStringLiteral("Saved")));
    display->close();
}

TEST_F(DeskUiTest, EscClearsTheScannedVaccineAndBackspaceUndoesAConfirmation)
{
    checkIn(QStringLiteral("赵六"), QDate(1990, 1, 2), 41);
    openDesk();
    key(Qt::Key_F5);
    scan(QStringLiteral("TRAIN-B2021001"));
    key(Qt::Key_Space);
    key(Qt::Key_Space);
    EXPECT_EQ(text("check_vaccine"), QStringLiteral("✓"));
    key(Qt::Key_Backspace);
    EXPECT_EQ(text("check_vaccine"), QStringLiteral("?"));
    EXPECT_EQ(text("check_name"), QStringLiteral("✓"));
    key(Qt::Key_Escape);  // the vaccine goes, the person stays
    EXPECT_TRUE(text("checkDetail_vaccine").contains(QStringLiteral("Scan")));
    EXPECT_EQ(text("check_name"), QStringLiteral("✓"));
    // Without a vaccine, letters type (a lot number by hand).
    key(Qt::Key_L);
    EXPECT_EQ(panel()->scanField()->text(), QStringLiteral("l"));
    key(Qt::Key_Escape);
    EXPECT_TRUE(panel()->scanField()->text().isEmpty());
    // An unknown lot: the error in words, nothing lost.
    scan(QStringLiteral("NO-SUCH-LOT"));
    EXPECT_FALSE(text("injectionMessage").isEmpty());
    EXPECT_EQ(text("check_name"), QStringLiteral("✓"));
    // F5 with a person in progress asks for a second press.
    checkIn(QStringLiteral("钱七"), QDate(1985, 3, 3), 42);
    const QString first = panel()->called()->visitId;
    key(Qt::Key_F5);
    EXPECT_EQ(panel()->called()->visitId, first);
    EXPECT_TRUE(text("injectionMessage").contains(QStringLiteral("F5 again")));
    key(Qt::Key_F5);
    EXPECT_NE(panel()->called()->visitId, first);
    EXPECT_EQ(text("personName"), QStringLiteral("钱七"));
}

TEST_F(DeskUiTest, ADoctorOverridesAReviewFindingByKeyboard)
{
    // Screening asks for a doctor's decision: overridable by a doctor with a reason.
    ASSERT_NO_FATAL_FAILURE(callPersonForADoctor(QStringLiteral("周八"), QDate(1970, 7, 7), 51));
    EXPECT_EQ(text("check_health"), QStringLiteral("✗"));
    EXPECT_TRUE(text("checkDetail_health").contains(QStringLiteral("Ctrl+D")));
    EXPECT_FALSE(administerButton()->isEnabled());

    // The doctor types at the dialog; Enter walks username → password → reason → decide.
    key(Qt::Key_D, Qt::ControlModifier);
    auto* dialog = m_desk->findChild<QDialog*>(QStringLiteral("overrideDialog"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitFor(
        [] {
            return QApplication::focusWidget() &&
                   QApplication::focusWidget()->objectName() == QLatin1String("doctorUser");
        },
        2000));
    for (const QString& typed :
         {QString::fromLatin1(kDemoUsername), QString::fromLatin1(kDemoPassword),
          QStringLiteral("stable on therapy")}) {
        QWidget* field = QApplication::focusWidget();
        ASSERT_NE(field, nullptr);
        QTest::keyClicks(field, typed);
        QTest::keyClick(field, Qt::Key_Return);
    }
    // The password is checked off the GUI thread; then the desk has the keyboard again.
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return QApplication::focusWidget() == panel()->scanField(); }, 20000));
    EXPECT_TRUE(text("checkDetail_health").contains(QStringLiteral("Overridden")))
        << qPrintable(text("injectionMessage"));
    ASSERT_TRUE(administerButton()->isEnabled()) << qPrintable(text("injectionPrompt"));
    key(Qt::Key_Return);
    EXPECT_EQ(scalar(QStringLiteral("SELECT override_reason FROM dose")),
              QStringLiteral("stable on therapy"));
    EXPECT_FALSE(scalar(QStringLiteral("SELECT override_by FROM dose")).isEmpty());
}

TEST_F(DeskUiTest, AWrongDoctorPasswordSaysTriesLeftThenTheDoctorsPinAllowsTheDose)
{
    // A doctor with a password and a PIN of their own.
    auto demo = StaffRepository::findByUsername(*m_site.db, QString::fromLatin1(kDemoUsername));
    ASSERT_TRUE(demo.ok() && demo->has_value());
    auto doctor = UserService::add({*m_site.db, *m_clock, (*demo)->member.id},
                                   {QStringLiteral("doc1"), QStringLiteral("Dr Wang"),
                                    QStringLiteral("doctor-password-1"), Roles(Role::Doctor)});
    ASSERT_TRUE(doctor.ok()) << qPrintable(doctor.error().message);
    ASSERT_TRUE(UserService::setPin({*m_site.db, *m_clock, doctor->id}, doctor->id,
                                    QStringLiteral("4711"), QStringLiteral("doctor-password-1"))
                    .ok());
    ASSERT_NO_FATAL_FAILURE(callPersonForADoctor(QStringLiteral("郑九"), QDate(1971, 8, 8), 53));
    ASSERT_FALSE(administerButton()->isEnabled());

    key(Qt::Key_D, Qt::ControlModifier);
    auto* dialog = m_desk->findChild<QDialog*>(QStringLiteral("overrideDialog"));
    ASSERT_NE(dialog, nullptr);
    const auto focusIs = [](const char* name) {
        return QTest::qWaitFor(
            [name] {
                return QApplication::focusWidget() &&
                       QApplication::focusWidget()->objectName() == QLatin1String(name);
            },
            20000);
    };
    ASSERT_TRUE(focusIs("doctorUser"));
    for (const QString& typed : {QStringLiteral("doc1"), QStringLiteral("not-my-password"),
                                 QStringLiteral("reviewed, stable")}) {
        QWidget* field = QApplication::focusWidget();
        ASSERT_NE(field, nullptr);
        QTest::keyClicks(field, typed);
        QTest::keyClick(field, Qt::Key_Return);
    }
    // Wrong: the dialog stays, says so and how many tries are left; nothing is allowed.
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    ASSERT_NE(error, nullptr);
    ASSERT_TRUE(QTest::qWaitFor(
        [error] { return error->text().contains(QStringLiteral("Wrong password")); }, 20000))
        << qPrintable(error->text());
    EXPECT_TRUE(error->text().contains(QStringLiteral("4 more"))) << qPrintable(error->text());
    EXPECT_TRUE(dialog->isVisible());
    ASSERT_TRUE(focusIs("doctorPassword"));
    EXPECT_FALSE(administerButton()->isEnabled());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                    "'override.auth_failed' AND actor = ?"),
                     {doctor->id}),
              QStringLiteral("1"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT failed_logins FROM staff WHERE id = ?"), {doctor->id}),
              QStringLiteral("1"));

    // The doctor's PIN, then Enter on the reason decides.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("4711"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    ASSERT_TRUE(focusIs("overrideReason"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return QApplication::focusWidget() == panel()->scanField(); }, 20000));
    ASSERT_TRUE(administerButton()->isEnabled()) << qPrintable(text("injectionMessage"));
    key(Qt::Key_Return);
    EXPECT_EQ(scalar(QStringLiteral("SELECT override_by || '|' || override_auth FROM dose")),
              doctor->id + QStringLiteral("|pin"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT staff_id FROM dose")), kNurse);
}

// The site is opened first; the test installs zh_CN, then shows the window (showWindow()).
class DeskScreenshots : public test::MainWindowTest {
protected:
    void SetUp() override { openTrainingSite(); }
};

// The whole window after a keyboard login, as the nurse sees it; zh_CN (strings not yet
// translated show in English until the translator's pass).
TEST_F(DeskScreenshots, ChecklistInTheMainWindow)
{
    {
        CheckInService service(m_site.serviceContext());
        auto demo = StaffRepository::findByUsername(*m_site.db, QString::fromLatin1(kDemoUsername));
        ASSERT_TRUE(demo.ok() && demo->has_value());
        ASSERT_TRUE(service
                        .checkIn(test::passingCheckIn((*demo)->member.id, QStringLiteral("李小明"),
                                                      residentId(QDate(1980, 5, 5), 11), 36.5))
                        .ok());
    }
    ASSERT_TRUE(installTranslations(*qApp, QStringLiteral("zh_CN")));
    ASSERT_NO_FATAL_FAILURE(showWindow());
    ASSERT_TRUE(test::signInAsDemo(*m_window, 20000));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3);
    ui::InjectionPanel* panel = m_window->deskPage()->injectionPanel();
    ASSERT_EQ(QApplication::focusWidget(), panel->scanField());
    const auto press = [](Qt::Key k) {
        QTest::keyClick(QApplication::focusWidget(), k, Qt::NoModifier, kHumanDelayMs);
    };
    press(Qt::Key_F5);
    for (const QChar c : QStringLiteral("TRAIN-B2021001"))
        QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    press(Qt::Key_Space);
    press(Qt::Key_Space);
    EXPECT_FALSE(panel->canAdminister());
    EXPECT_FALSE(test::saveScreenshot(m_window.get(), QStringLiteral("desk-checklist")).isEmpty());
    panel->recipientDisplay()->resize(1280, 720);
    EXPECT_FALSE(
        test::saveScreenshot(panel->recipientDisplay(), QStringLiteral("recipient-display"))
            .isEmpty());
    press(Qt::Key_V);
    press(Qt::Key_L);
    EXPECT_TRUE(panel->canAdminister());
    press(Qt::Key_Return);
    EXPECT_FALSE(
        test::saveScreenshot(m_window.get(), QStringLiteral("desk-saved-zh_CN")).isEmpty());
    panel->recipientDisplay()->resize(1280, 720);
    EXPECT_FALSE(
        test::saveScreenshot(panel->recipientDisplay(), QStringLiteral("recipient-saved-zh_CN"))
            .isEmpty());
    ASSERT_TRUE(installTranslations(*qApp, QStringLiteral("en")));
}

}  // namespace

// Issue 19, point 10: "Open vial" at the desk offers the multi-dose lots of the scanned product
// with the scanned lot chosen (not a single-dose lot first in the list), and the desk's list of
// open vials shows the whole lot number.
TEST_F(DeskUiTest, OpenVialChoosesTheScannedMultiDoseLotAndShowsItsWholeNumber)
{
    auto fridges = FridgeRepository::list(*m_site.db);
    ASSERT_TRUE(fridges.ok() && !fridges->empty());
    LotReceipt r;  // a second lot of the multi-dose product, listed before the scanned one
    r.productCode = QStringLiteral("Convidecia");
    r.lotNumber = QStringLiteral("A2021-0001");
    r.expiry = QDate(2021, 12, 31);
    r.vials = 10;
    r.fridgeId = fridges->front().id;
    ASSERT_TRUE(LotService::receive({*m_site.db, *m_clock, kKeeper}, r).ok());
    auto scanned = LotService::find(*m_site.db, QStringLiteral("TRAIN-A2021001"));
    ASSERT_TRUE(scanned.ok());
    ASSERT_GT(scanned->dosesPerVial, 1);
    auto lots = LotService::list(*m_site.db);
    ASSERT_TRUE(lots.ok());
    checkIn(QStringLiteral("李小明"), QDate(1980, 5, 5), 11);
    openDesk();
    key(Qt::Key_F5);
    scan(QStringLiteral("TRAIN-A2021001"));

    QStringList offered;
    QString chosen;
    // The dialog is modal: read it from a timer once it is up, then press Enter in it.
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = QApplication::activeModalWidget();
        auto* choice = dialog ? dialog->findChild<QComboBox*>(QStringLiteral("vialLot")) : nullptr;
        if (!choice)
            return;
        poll.stop();
        for (int i = 0; i < choice->count(); ++i)
            offered << choice->itemData(i).toStringList().value(0);
        chosen = choice->currentData().toStringList().value(0);
        QTest::keyClick(dialog, Qt::Key_Return);  // open it
    });
    poll.start();
    key(Qt::Key_O, Qt::AltModifier);
    ASSERT_FALSE(offered.isEmpty());
    EXPECT_EQ(chosen, scanned->id);
    for (const QString& id : offered) {
        for (const LotInfo& l : *lots) {
            if (l.id == id) {
                EXPECT_EQ(l.productCode, QStringLiteral("Convidecia")) << qPrintable(l.lotNumber);
            }
        }
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT lot_id FROM vial")), scanned->id);

    auto* table = m_desk->findChild<QTableView*>(QStringLiteral("openVials"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->model()->rowCount(), 1);
    QApplication::processEvents();
    EXPECT_EQ(table->model()->index(0, ui::OpenVialsModel::ColLot).data().toString(),
              QStringLiteral("TRAIN-A2021001"));
    EXPECT_GT(table->columnWidth(ui::OpenVialsModel::ColLot),
              table->fontMetrics().horizontalAdvance(QStringLiteral("TRAIN-A2021001")));
    EXPECT_FALSE(test::saveScreenshot(m_desk.get(), QStringLiteral("desk-open-vial")).isEmpty());
    EXPECT_FALSE(test::saveScreenshotIn(m_desk.get(), QStringLiteral("desk-open-vial"),
                                        QStringLiteral("zh_CN"))
                     .isEmpty());
}

// docs/site.md 5: at a desk joined to a site server that does not answer, the checklist says it
// judged this desk's records only, and Space (after the name) confirms that the nurse asked the
// person about other doses today; without it Enter gives no dose. The server's address is a real
// one where nothing listens.
TEST_F(DeskUiTest, AtAJoinedDeskWhoseServerIsDownSpaceConfirmsTheQuestionAboutOtherDoses)
{
    receive(QStringLiteral("B2021-0601"), {kBox});
    checkIn(QStringLiteral("李小明"), QDate(1980, 5, 5), 11);
    ASSERT_NO_FATAL_FAILURE(test::joinUnreachableSiteServer(*m_site.db));
    openDesk();
    panel()->setSiteSecrets(std::make_shared<test::MemorySecretStore>());
    QSignalSpy checked(panel(), &ui::InjectionPanel::siteHistoryChecked);
    key(Qt::Key_F5);
    // The site's queue is asked off the window's thread; the server is down: this desk's queue.
    QTRY_VERIFY_WITH_TIMEOUT(panel()->called().has_value(), 30000);
    EXPECT_EQ(text("queueSource"), QStringLiteral("Called from: this desk's queue: server "
                                                  "unreachable"));
    ASSERT_TRUE(checked.count() > 0 || checked.wait(30000));
    EXPECT_TRUE(text("checkTitle_record")
                    .contains(QStringLiteral("this desk only: server "
                                             "unreachable since")))
        << qPrintable(text("checkTitle_record"));

    scan(kBox);
    key(Qt::Key_Space);                                    // the name
    EXPECT_EQ(text("check_record"), QStringLiteral("?"));  // waits for the question
    key(Qt::Key_V);
    key(Qt::Key_L);
    key(Qt::Key_Space);                                    // asked about other doses today
    EXPECT_EQ(text("check_record"), QStringLiteral("!"));  // this desk only, and asked
    EXPECT_FALSE(test::saveScreenshotIn(m_desk.get(), QStringLiteral("desk-site-history-offline"),
                                        QStringLiteral("zh_CN"))
                     .isEmpty());
    EXPECT_EQ(text("check_vaccine"), QStringLiteral("?"));
    key(Qt::Key_Return);  // the appearance is still open: nothing is saved
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM dose")), QStringLiteral("0"));
    key(Qt::Key_Space);  // the appearance
    EXPECT_TRUE(administerButton()->isEnabled()) << qPrintable(text("injectionPrompt"));
    key(Qt::Key_Return);
    ASSERT_EQ(scalar(QStringLiteral("SELECT count(*) FROM dose")), QStringLiteral("1"))
        << qPrintable(text("injectionMessage"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT json_extract(checklist, '$.history.scope') FROM dose")),
              QStringLiteral("desk_only"));
}

// docs/site.md 6: desk 3's seventeenth person of the day is "3-17" on the desk's card and the
// person's screen. The desk is joined to a server that does not answer.
TEST_F(DeskUiTest, AJoinedDesksQueueNumberIsShownAsDeskDashNumber)
{
    ASSERT_NO_FATAL_FAILURE(test::joinUnreachableSiteServer(*m_site.db));
    ASSERT_TRUE(
        m_site.db->exec(QStringLiteral("UPDATE meta SET value = '3' WHERE key = 'site.desk'"))
            .ok());
    // Sixteen people were checked in before today's test person.
    ASSERT_TRUE(
        m_site.db
            ->exec(
                QStringLiteral("INSERT INTO queue_counter(visit_date, last_number) "
                               "VALUES (?, 16)"),
                {ServiceContext(*m_site.db, *m_site.clock).calendar.today().toString(Qt::ISODate)})
            .ok());
    checkIn(QStringLiteral("李小明"), QDate(1980, 5, 5), 11);
    openDesk();
    panel()->setSiteSecrets(std::make_shared<test::MemorySecretStore>());
    key(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(panel()->called().has_value(), 30000);
    EXPECT_EQ(panel()->called()->queueNumber, 30017);
    EXPECT_TRUE(text("personHeading").contains(QStringLiteral("3-17")))
        << qPrintable(text("personHeading"));
}
