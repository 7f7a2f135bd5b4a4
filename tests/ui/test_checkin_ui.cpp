// The desk's check-in driven like a nurse drives it: a scanner's key burst, then single keys.
// Real widgets on the offscreen platform, a real SQLite file, a fake clock.
#include <gtest/gtest.h>

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include "checkin/checkinpanel.h"
#include "checkin/draftstore.h"
#include "checkin/scannotice.h"
#include "common/i18n.h"
#include "desk/deskpage.h"
#include "desk/injectionpanel.h"
#include "desk/queuemodel.h"
#include "desk/recipientdisplay.h"
#include "scan/registrationqr.h"
#include "shell/loginpage.h"
#include "shell/mainwindow.h"
#include "shell/style.h"
#include "shell/workspace.h"
#include "support/memorysecrets.h"
#include "support/rawsqlite.h"
#include "support/residentid.h"
#include "support/signin.h"
#include "support/tempdb.h"
#include "support/unreachablesite.h"
#include "ui/screenshot.h"

using namespace vax;
using vax::test::residentId;
using Step = ui::CheckInStep;

namespace {

const QString kStaff = QStringLiteral("staff-desk-1");
const QString kId = QStringLiteral("11010519491231002X");  // 张三, born 1949-12-31, female
// A person types a key every 60 ms or more; the scanner's burst has no gaps at all.
constexpr int kHumanDelayMs = 60;
constexpr int kScannerGapMs = 5;

// Types text as key events; characters outside Latin-1 (Chinese names) as text-only events.
void typeText(QWidget* widget, const QString& text, int delay)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1(), Qt::NoModifier, delay);
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier,
                                delay);
    }
}

class CheckInUiTest : public test::TrainingSiteTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(openTrainingSite());
        test::addStaff(*m_site.db, kStaff, Role::Registrar);
        // A locked database answers after 0.3 s instead of the production 5 s.
        ASSERT_TRUE(m_site.db->exec(QStringLiteral("PRAGMA busy_timeout = 300")).ok());
        openDesk();
    }

    void openDesk()
    {
        m_desk = std::make_unique<ui::DeskPage>(m_site);
        m_desk->setStaffId(kStaff);
        panel()->setKeyClock([this] { return m_keyMs += m_keyStepMs; });
        m_desk->resize(1050, 760);
        m_desk->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_desk.get()));
        QApplication::setActiveWindow(m_desk.get());
    }
    // What a restart does to the panel: the widgets are gone, the draft file is not.
    void restartDesk()
    {
        m_desk.reset();
        openDesk();
    }

    ui::CheckInPanel* panel() const { return m_desk->checkInPanel(); }
    QLineEdit* entry() const { return panel()->entry(); }
    template <typename T>
    T* child(const char* name) const
    {
        return m_desk->findChild<T*>(QString::fromLatin1(name));
    }
    QString text(const char* label) const { return child<QLabel>(label)->text(); }

    // A keyboard-wedge scanner: the whole code as one burst, then Enter.
    void scan(const QString& code)
    {
        m_keyMs += 1000;  // the nurse picks up the scanner
        m_keyStepMs = kScannerGapMs;
        typeText(entry(), code, 0);
        m_keyStepMs = kHumanDelayMs;
        QTest::keyClick(entry(), Qt::Key_Return);
    }
    // The nurse at the keyboard; every key is counted.
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        ++m_keystrokes;
        QTest::keyClick(entry(), k, mods, kHumanDelayMs);
    }
    void type(const QString& s)
    {
        m_keystrokes += static_cast<int>(s.size());
        typeText(entry(), s, kHumanDelayMs);
    }

    // From the temperature step, by keyboard: 36.6 °C, every screening answer "no" (one key),
    // then Enter at the consent.
    void answerNormally()
    {
        type(QStringLiteral("366"));
        key(Qt::Key_Return);
        key(Qt::Key_N);
        key(Qt::Key_Return);
    }

    qint64 count(const char* table) const
    {
        auto q = m_site.db->exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        return q ? q->scalar().toLongLong() : -1;
    }

    void registerOnFile(const QString& name, const QString& number)
    {
        CheckInService service({*m_site.db, *m_clock});
        PersonDraft draft;
        draft.name = name;
        draft.document.number = number;
        ASSERT_TRUE(service.registerPerson(draft, {}, kStaff).ok());
    }

    std::unique_ptr<ui::DeskPage> m_desk;
    int m_keystrokes = 0;
    // The panel's key clock (ms): a scanner's keys come 5 ms apart, a person's 60 ms or more.
    qint64 m_keyMs = 0;
    qint64 m_keyStepMs = kHumanDelayMs;
};

TEST_F(CheckInUiTest, ScanScreeningAndConsentByKeyboardGiveAQueueNumber)
{
    registerOnFile(QStringLiteral("张三"), kId);
    EXPECT_TRUE(entry()->hasFocus());
    scan(kId);
    // Found on file: straight to the temperature; the scan field keeps the focus.
    EXPECT_EQ(panel()->step(), Step::Temperature);
    EXPECT_TRUE(text("nameValue").contains(QStringLiteral("张三")));
    EXPECT_TRUE(entry()->hasFocus());
    type(QStringLiteral("366"));
    key(Qt::Key_Return);
    EXPECT_EQ(panel()->step(), Step::Screening);
    EXPECT_TRUE(entry()->hasFocus());
    key(Qt::Key_N);  // every screening answer "no": one key
    EXPECT_EQ(panel()->step(), Step::Consent);
    key(Qt::Key_Return);  // signed by the person: check in
    ASSERT_EQ(panel()->step(), Step::Done) << qPrintable(text("saveError"));
    EXPECT_EQ(text("queueNumber"), QStringLiteral("1"));
    EXPECT_TRUE(entry()->hasFocus());
    EXPECT_EQ(m_keystrokes, 6);  // docs/performance.md "Check-in keystrokes"

    auto q = m_site.db->exec(
        QStringLiteral("SELECT v.queue_number, v.temperature_c, v.screening_outcome, "
                       "v.checked_in_by, c.signer, c.text_version FROM visit v JOIN consent c "
                       "ON c.visit_id = v.id"));
    ASSERT_TRUE(q.ok());
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toInt(), 1);
    EXPECT_DOUBLE_EQ(q->value(1).toDouble(), 36.6);
    EXPECT_EQ(q->value(2).toString(), QStringLiteral("clear"));
    EXPECT_EQ(q->value(3).toString(), kStaff);
    EXPECT_EQ(q->value(4).toString(), QStringLiteral("self"));
    EXPECT_EQ(q->value(5).toString(), QLatin1String(kConsentTextVersion));
    // The queue on the side shows the number and the masked name.
    ASSERT_EQ(m_desk->queueModel()->rowCount(), 1);
    EXPECT_EQ(m_desk->queueModel()->index(0, 1).data().toString(), QStringLiteral("张*"));
    EXPECT_FALSE(QFile::exists(DraftStore::pathForDatabase(m_site.db->path())));
}

TEST_F(CheckInUiTest, ANewPersonFromAnIdCardTypesOnlyTheName)
{
    scan(kId);
    EXPECT_EQ(panel()->step(), Step::Name);
    type(QStringLiteral("张三"));
    key(Qt::Key_Return);
    type(QStringLiteral("36.5"));
    key(Qt::Key_Return);
    key(Qt::Key_N);
    key(Qt::Key_Return);
    ASSERT_EQ(panel()->step(), Step::Done) << qPrintable(text("saveError"));
    EXPECT_EQ(text("queueNumber"), QStringLiteral("1"));
    EXPECT_EQ(m_keystrokes, 2 + 1 + 4 + 1 + 1 + 1);
    EXPECT_EQ(count("person"), 1);
}

TEST_F(CheckInUiTest, ARegistrationQrFillsTheForm)
{
    const QString qr = registrationQrPayload(
        QStringLiteral("李四"),
        DocumentInput{DocumentType::ResidentId, QStringLiteral("440301199001011234"), {}, {}, {}},
        QStringLiteral("13800138000"), QStringLiteral("A-7"));
    scan(qr);
    EXPECT_EQ(panel()->step(), Step::Temperature);
    EXPECT_EQ(panel()->form().name, QStringLiteral("李四"));
    EXPECT_EQ(panel()->form().appointmentId, QStringLiteral("A-7"));
    answerNormally();
    ASSERT_EQ(panel()->step(), Step::Done) << qPrintable(text("saveError"));
    EXPECT_EQ(m_keystrokes, 6);
    auto q = m_site.db->exec(QStringLiteral("SELECT appointment_id FROM visit"));
    EXPECT_EQ(q->scalar().toString(), QStringLiteral("A-7"));
}

TEST_F(CheckInUiTest, AnInvalidIdIsNamedAsItIsTypedAndWritesNothing)
{
    const qint64 auditBefore = count("audit");
    type(QStringLiteral("11010519491231"));
    EXPECT_TRUE(text("documentError").contains(QStringLiteral("14 of 18")));
    type(QStringLiteral("0021"));  // wrong check character
    const QString error = text("documentError");
    EXPECT_TRUE(error.contains(QStringLiteral("check"), Qt::CaseInsensitive)) << qPrintable(error);
    key(Qt::Key_Return);
    EXPECT_EQ(panel()->step(), Step::Scan);
    EXPECT_EQ(entry()->text(), QStringLiteral("110105194912310021"));  // the input is kept
    EXPECT_FALSE(text("documentError").isEmpty());
    type(QStringLiteral("9"));
    EXPECT_TRUE(text("documentError").contains(QStringLiteral("18 characters")));
    // Ctrl+Enter cannot check in without a document either.
    key(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(count("person"), 0);
    EXPECT_EQ(count("visit"), 0);
    EXPECT_EQ(count("audit"), auditBefore);

    entry()->clear();
    type(kId);
    EXPECT_TRUE(text("documentError").startsWith(QStringLiteral("Valid")));
}

TEST_F(CheckInUiTest, ASecondCheckInTodayFindsTheExistingVisit)
{
    registerOnFile(QStringLiteral("张三"), kId);
    scan(kId);
    answerNormally();
    ASSERT_EQ(text("queueNumber"), QStringLiteral("1"));
    scan(kId);  // the same person comes back to the desk
    EXPECT_EQ(panel()->step(), Step::Done);
    EXPECT_EQ(text("queueNumber"), QStringLiteral("1"));
    EXPECT_TRUE(text("resultMessage").contains(QStringLiteral("already checked in")));
    EXPECT_EQ(count("visit"), 1);
}

TEST_F(CheckInUiTest, TheDraftSurvivesADatabaseErrorAndARestart)
{
    scan(kId);
    type(QStringLiteral("张三"));
    key(Qt::Key_Return);
    type(QStringLiteral("366"));
    key(Qt::Key_Return);
    key(Qt::Key_N);
    ASSERT_EQ(panel()->step(), Step::Consent);

    auto lock = std::make_unique<test::RawSqlite>(m_site.db->path());
    lock->mustExec(QStringLiteral("BEGIN EXCLUSIVE"));
    key(Qt::Key_Return);
    EXPECT_EQ(panel()->step(), Step::Consent);
    EXPECT_TRUE(text("saveError").startsWith(QStringLiteral("Not saved")))
        << qPrintable(text("saveError"));
    EXPECT_EQ(count("visit"), 0);
    EXPECT_EQ(count("person"), 0);

    restartDesk();  // the app is closed and started again while the database is still locked
    EXPECT_EQ(panel()->step(), Step::Consent);
    EXPECT_EQ(panel()->form().name, QStringLiteral("张三"));
    EXPECT_EQ(panel()->form().temperatureText, QStringLiteral("36.6"));
    EXPECT_TRUE(text("documentValue").contains(kId));

    lock->mustExec(QStringLiteral("ROLLBACK"));
    lock.reset();
    key(Qt::Key_Return);
    ASSERT_EQ(panel()->step(), Step::Done) << qPrintable(text("saveError"));
    EXPECT_EQ(text("queueNumber"), QStringLiteral("1"));
    EXPECT_EQ(count("visit"), 1);
    EXPECT_FALSE(QFile::exists(DraftStore::pathForDatabase(m_site.db->path())));
}

TEST_F(CheckInUiTest, AnUnfinishedEntryIsRestoredWhereItStopped)
{
    scan(kId);
    type(QStringLiteral("张"));
    restartDesk();
    EXPECT_EQ(panel()->step(), Step::Name);
    EXPECT_EQ(entry()->text(), QStringLiteral("张"));
    type(QStringLiteral("三"));
    key(Qt::Key_Return);
    EXPECT_EQ(panel()->form().name, QStringLiteral("张三"));
    EXPECT_EQ(panel()->step(), Step::Temperature);
}

TEST_F(CheckInUiTest, FeverDefersAndTheDeferralIsRecordedWithoutANumber)
{
    scan(kId);
    type(QStringLiteral("张三"));
    key(Qt::Key_Return);
    type(QStringLiteral("37.5"));
    EXPECT_TRUE(text("temperatureError").contains(QStringLiteral("deferred")));
    key(Qt::Key_Return);
    key(Qt::Key_N);
    EXPECT_EQ(panel()->step(), Step::Deferral);
    EXPECT_TRUE(text("resultMessage").contains(QStringLiteral("Fever")));
    key(Qt::Key_Return);
    EXPECT_EQ(panel()->step(), Step::Done);
    EXPECT_TRUE(text("resultMessage").contains(QStringLiteral("Deferral recorded")));
    EXPECT_FALSE(child<QLabel>("queueNumber")->isVisible());
    EXPECT_EQ(count("visit"), 0);
    EXPECT_EQ(count("deferral"), 1);
}

TEST_F(CheckInUiTest, NumberKeysToggleQuestionsButAScannerBurstIsAScan)
{
    registerOnFile(QStringLiteral("张三"), kId);
    registerOnFile(QStringLiteral("李四"), QStringLiteral("440301199001011234"));
    scan(kId);
    type(QStringLiteral("366"));
    key(Qt::Key_Return);
    key(Qt::Key_8);  // immunodeficiency: yes → doctor review
    key(Qt::Key_N);
    EXPECT_EQ(panel()->step(), Step::Consent);
    EXPECT_EQ(panel()->form().answers.value(QStringLiteral("immunodeficiency")), true);
    key(Qt::Key_Escape);
    EXPECT_EQ(panel()->step(), Step::Screening);
    // The next person's ID card, scanned while the screening waits: no question changes, and
    // the half-checked-in person is not dropped without asking (issue 19, point 7).
    scan(QStringLiteral("440301199001011234"));
    EXPECT_EQ(panel()->step(), Step::Screening);
    EXPECT_EQ(panel()->form().answers.value(QStringLiteral("immunodeficiency")), true);
    key(Qt::Key_N);  // start the new person
    EXPECT_EQ(panel()->step(), Step::Temperature);
    EXPECT_EQ(panel()->form().name, QStringLiteral("李四"));
    EXPECT_TRUE(panel()->form().answers.isEmpty());
}

// Issue 19, point 7: a vaccine box code is explained at every step, also while the queue number
// is shown; it never becomes a temperature or vanishes.
TEST_F(CheckInUiTest, ABoxCodeIsExplainedAtEveryStep)
{
    const QString gs1 = QStringLiteral("]d201069012345678921727123110TRAIN-A2024001");
    const QString traceCode = QStringLiteral("81234567890123456789");
    registerOnFile(QStringLiteral("张三"), kId);
    scan(kId);
    ASSERT_EQ(panel()->step(), Step::Temperature);
    auto* notice = child<QLabel>("scanNotice");
    ASSERT_NE(notice, nullptr);
    EXPECT_FALSE(notice->isVisible());
    scan(gs1);
    EXPECT_EQ(panel()->step(), Step::Temperature);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("box code"))) << qPrintable(notice->text());
    EXPECT_TRUE(text("temperatureError").isEmpty()) << qPrintable(text("temperatureError"));
    EXPECT_TRUE(entry()->text().isEmpty());
    EXPECT_FALSE(test::saveScreenshotIn(m_desk.get(), QStringLiteral("checkin-box-code-explained"),
                                        QStringLiteral("zh_CN"))
                     .isEmpty());
    EXPECT_EQ(panel()->form().name, QStringLiteral("张三"));
    type(QStringLiteral("366"));
    EXPECT_FALSE(notice->isVisible());  // typing on: the explanation has done its job
    key(Qt::Key_Return);
    ASSERT_EQ(panel()->step(), Step::Screening);
    scan(traceCode);  // a burst at a single-key step
    EXPECT_EQ(panel()->step(), Step::Screening);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(panel()->form().answers.isEmpty());
    key(Qt::Key_N);
    key(Qt::Key_Return);
    ASSERT_EQ(panel()->step(), Step::Done) << qPrintable(text("saveError"));
    EXPECT_FALSE(notice->isVisible());
    // While the queue number is shown: the same explanation, the number stays.
    scan(gs1);
    EXPECT_EQ(panel()->step(), Step::Done);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->text(), ui::ScanNotice::boxCodeExplanation());
    EXPECT_EQ(text("queueNumber"), QStringLiteral("1"));
    // And at the scan step.
    key(Qt::Key_Escape);
    ASSERT_EQ(panel()->step(), Step::Scan);
    scan(gs1);
    EXPECT_EQ(panel()->step(), Step::Scan);
    EXPECT_EQ(notice->text(), ui::ScanNotice::boxCodeExplanation());
    EXPECT_EQ(count("visit"), 1);
}

// Issue 19, point 7: another ID scanned while a person is half checked in asks first; Esc keeps
// the current person with everything typed, N starts the new one.
TEST_F(CheckInUiTest, AnotherIdWhileHalfCheckedInAsksBeforeDroppingThePerson)
{
    const QString other = QStringLiteral("440301199001011234");
    registerOnFile(QStringLiteral("张三"), kId);
    registerOnFile(QStringLiteral("李四"), other);
    scan(kId);
    ASSERT_EQ(panel()->step(), Step::Temperature);
    type(QStringLiteral("36"));
    scan(other);
    auto* notice = child<QLabel>("scanNotice");
    ASSERT_NE(notice, nullptr);
    EXPECT_EQ(panel()->step(), Step::Temperature);
    EXPECT_EQ(panel()->form().name, QStringLiteral("张三"));
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(other)) << qPrintable(notice->text());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("张三"))) << qPrintable(notice->text());
    EXPECT_FALSE(test::saveScreenshotIn(m_desk.get(), QStringLiteral("checkin-another-id-asks"),
                                        QStringLiteral("zh_CN"))
                     .isEmpty());
    // The question follows a language switch, the scanned document's description included.
    installTranslations(*qApp, QStringLiteral("zh_CN"));
    QApplication::processEvents();
    EXPECT_TRUE(notice->text().contains(QStringLiteral("居民身份证")))
        << qPrintable(notice->text());
    EXPECT_FALSE(notice->text().contains(QStringLiteral("Resident ID")))
        << qPrintable(notice->text());
    installTranslations(*qApp, QStringLiteral("en"));
    QApplication::processEvents();
    // While it asks, other keys do nothing: neither typed nor a step.
    key(Qt::Key_5);
    key(Qt::Key_Return);
    EXPECT_EQ(panel()->step(), Step::Temperature);
    EXPECT_TRUE(notice->isVisible());
    key(Qt::Key_Escape);  // keep 张三, and what was typed before the scan
    EXPECT_FALSE(notice->isVisible());
    EXPECT_EQ(panel()->step(), Step::Temperature);
    EXPECT_EQ(panel()->form().name, QStringLiteral("张三"));
    EXPECT_EQ(entry()->text(), QStringLiteral("36"));
    type(QStringLiteral("6"));
    key(Qt::Key_Return);
    ASSERT_EQ(panel()->step(), Step::Screening);
    EXPECT_EQ(panel()->form().temperatureText, QStringLiteral("36.6"));
    // The same person's card again changes nothing.
    scan(kId);
    EXPECT_EQ(panel()->step(), Step::Screening);
    EXPECT_FALSE(notice->isVisible());
    EXPECT_EQ(panel()->form().temperatureText, QStringLiteral("36.6"));
    // Another person, and this time N: the new person starts.
    scan(other);
    EXPECT_EQ(panel()->step(), Step::Screening);
    EXPECT_TRUE(notice->isVisible());
    key(Qt::Key_N);
    EXPECT_FALSE(notice->isVisible());
    EXPECT_EQ(panel()->step(), Step::Temperature);
    EXPECT_EQ(panel()->form().name, QStringLiteral("李四"));
    EXPECT_TRUE(panel()->form().temperatureText.isEmpty());
    EXPECT_EQ(count("visit"), 0);
}

// Issue 19, point 10: an empty temperature names the field; no empty guardian brackets.
TEST_F(CheckInUiTest, AnEmptyTemperatureAndAGuardianWithoutANameReadPlainly)
{
    const QString child = residentId(QDate(2010, 6, 1), 1);
    registerOnFile(QStringLiteral("小明"), child);
    scan(child);
    key(Qt::Key_Return);
    EXPECT_EQ(panel()->step(), Step::Temperature);
    EXPECT_EQ(text("temperatureError"),
              QStringLiteral("Enter the temperature in °C, e.g. 36.5 or 365."));
    answerNormally();
    ASSERT_EQ(panel()->step(), Step::GuardianName);
    EXPECT_FALSE(text("consentValue").contains(QStringLiteral("()")))
        << qPrintable(text("consentValue"));
    type(QStringLiteral("王芳"));
    key(Qt::Key_Return);
    ASSERT_EQ(panel()->step(), Step::GuardianRelation);
    EXPECT_EQ(text("consentValue"), QStringLiteral("Guardian: 王芳"));
}

TEST_F(CheckInUiTest, AMinorNeedsTheGuardianByKeyboard)
{
    const QString child = residentId(QDate(2010, 6, 1), 1);
    registerOnFile(QStringLiteral("小明"), child);
    scan(child);
    answerNormally();  // under 18: Enter at the consent asks for the guardian
    EXPECT_EQ(panel()->step(), Step::GuardianName);
    key(Qt::Key_Return);
    EXPECT_FALSE(text("consentError").isEmpty());
    type(QStringLiteral("王芳"));
    // Issue 19 (8): "enter the guardian's name" goes once a name is there.
    EXPECT_TRUE(text("consentError").isEmpty()) << qPrintable(text("consentError"));
    key(Qt::Key_Return);
    EXPECT_EQ(panel()->step(), Step::GuardianRelation);
    EXPECT_TRUE(text("consentError").isEmpty()) << qPrintable(text("consentError"));
    type(QStringLiteral("mother"));
    key(Qt::Key_Return);
    ASSERT_EQ(panel()->step(), Step::Done) << qPrintable(text("saveError"));
    auto q =
        m_site.db->exec(QStringLiteral("SELECT signer, guardian_name, guardian_relation "
                                       "FROM consent"));
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("guardian"));
    EXPECT_EQ(q->value(1).toString(), QStringLiteral("王芳"));
    EXPECT_EQ(q->value(2).toString(), QStringLiteral("mother"));
}

TEST_F(CheckInUiTest, APossibleDuplicateIsResolvedByKeyboard)
{
    registerOnFile(QStringLiteral("张三"), kId);
    const QString qr = registrationQrPayload(
        QStringLiteral("张三"),
        DocumentInput{DocumentType::Passport, QStringLiteral("E12345678"), QStringLiteral("CHN"),
                      QDate(1949, 12, 31), Sex::Female},
        {}, {});
    scan(qr);
    // A passport carries no birth date: the one from the QR code is checked at its own step.
    EXPECT_EQ(panel()->step(), Step::BirthDate);
    EXPECT_EQ(entry()->text(), QStringLiteral("1949-12-31"));
    key(Qt::Key_Return);
    answerNormally();
    auto* dialog = m_desk->findChild<QDialog*>(QStringLiteral("duplicateDialog"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 2000));
    EXPECT_EQ(dialog->findChild<QListWidget*>()->count(), 1);
    QTest::keyClick(dialog->findChild<QListWidget*>(), Qt::Key_L);
    ASSERT_EQ(panel()->step(), Step::Done) << qPrintable(text("saveError"));
    EXPECT_EQ(count("person"), 1);
    EXPECT_EQ(count("identity_document"), 2);
    EXPECT_EQ(count("visit"), 1);
}

// A Home Return Permit's number carries no birth date: after the typed number comes the
// birth-date step. Born 29 February 2004, the person is 17 on 28 February 2022 (a new age on
// 1 March in a common year): a minor, so the date is typed a second time, and the guardian signs.
TEST_F(CheckInUiTest, APermitWithoutABirthDateAsksForItAndTwiceForAMinor)
{
    m_clock->setNow(QDateTime(QDate(2022, 2, 28), QTime(12, 0), QTimeZone(8 * 3600)));
    ui::RecipientDisplay* display = m_desk->injectionPanel()->recipientDisplay();
    type(QStringLiteral("H12345678"));
    key(Qt::Key_Return);
    ASSERT_EQ(panel()->step(), Step::BirthDate);
    EXPECT_TRUE(
        child<QLabel>("entryPrompt")->text().contains(QStringLiteral("Home Return Permit")));
    EXPECT_TRUE(child<QLabel>("birthDateValue")->isVisible());

    // Slashes are not the form: the error names the field and how to type it.
    type(QStringLiteral("2004/02/29"));
    key(Qt::Key_Return);
    EXPECT_EQ(panel()->step(), Step::BirthDate);
    const QString formError = text("birthDateError");
    EXPECT_TRUE(formError.startsWith(QStringLiteral("Birth date"))) << qPrintable(formError);
    EXPECT_TRUE(formError.contains(QStringLiteral("YYYYMMDD"))) << qPrintable(formError);
    EXPECT_TRUE(child<QLabel>("birthDateError")->isVisible());
    EXPECT_EQ(entry()->text(), QStringLiteral("2004/02/29"));  // kept, to correct

    entry()->clear();
    type(QStringLiteral("20040229"));
    key(Qt::Key_Return);
    ASSERT_EQ(panel()->step(), Step::BirthDateAgain);
    EXPECT_TRUE(text("birthDateError").isEmpty());
    EXPECT_TRUE(entry()->text().isEmpty());
    EXPECT_TRUE(child<QLabel>("entryPrompt")->text().contains(QStringLiteral("under 18")))
        << qPrintable(text("entryPrompt"));
    // The recipient display shows it to the person, with the age it gives.
    EXPECT_EQ(display->findChild<QLabel*>(QStringLiteral("recipientBirthDate"))->text(),
              QStringLiteral("2004-02-29 (age 17)"));
    EXPECT_TRUE(display->statusText().contains(QStringLiteral("birth date")));

    // A second entry that differs: both are typed again.
    type(QStringLiteral("2004-02-28"));
    key(Qt::Key_Return);
    EXPECT_EQ(panel()->step(), Step::BirthDate);
    EXPECT_TRUE(text("birthDateError").contains(QStringLiteral("differs")))
        << qPrintable(text("birthDateError"));
    EXPECT_TRUE(entry()->text().isEmpty());
    EXPECT_FALSE(panel()->form().document->birthDate.has_value());

    type(QStringLiteral("20040229"));
    key(Qt::Key_Return);
    ASSERT_EQ(panel()->step(), Step::BirthDateAgain);
    type(QStringLiteral("2004-02-29"));
    key(Qt::Key_Return);
    ASSERT_EQ(panel()->step(), Step::Name);
    EXPECT_TRUE(text("birthDateValue").contains(QStringLiteral("confirmed")));
    type(QStringLiteral("陈小闰"));
    key(Qt::Key_Return);
    type(QStringLiteral("366"));
    key(Qt::Key_Return);
    key(Qt::Key_N);
    ASSERT_EQ(panel()->step(), Step::Consent);
    EXPECT_TRUE(text("entryPrompt").startsWith(QStringLiteral("Under 18")));
    key(Qt::Key_Return);  // a minor: Enter asks for the guardian
    EXPECT_EQ(panel()->step(), Step::GuardianName);
    type(QStringLiteral("陈母"));
    key(Qt::Key_Return);
    type(QStringLiteral("mother"));
    key(Qt::Key_Return);
    ASSERT_EQ(panel()->step(), Step::Done) << qPrintable(text("saveError"));
    auto q =
        m_site.db->exec(QStringLiteral("SELECT p.birth_date, c.signer FROM person p JOIN "
                                       "visit v ON v.person_id = p.id JOIN consent c ON "
                                       "c.visit_id = v.id"));
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("2004-02-29"));
    EXPECT_EQ(q->value(1).toString(), QStringLiteral("guardian"));
    // The display leaves the birth date once the person is checked in.
    EXPECT_FALSE(
        display->findChild<QLabel*>(QStringLiteral("recipientBirthDate"))->isVisibleTo(display));
}

// On 1 March 2022 the same birth date gives 18: no boundary, typed once, signed by the person.
TEST_F(CheckInUiTest, AnAdultsBirthDateIsTypedOnce)
{
    m_clock->setNow(QDateTime(QDate(2022, 3, 1), QTime(12, 0), QTimeZone(8 * 3600)));
    type(QStringLiteral("12345678"));  // a Taiwan compatriot permit
    key(Qt::Key_Return);
    ASSERT_EQ(panel()->step(), Step::BirthDate);
    type(QStringLiteral("2004-02-29"));
    key(Qt::Key_Return);
    ASSERT_EQ(panel()->step(), Step::Name);
    type(QStringLiteral("陈小闰"));
    key(Qt::Key_Return);
    type(QStringLiteral("366"));
    key(Qt::Key_Return);
    key(Qt::Key_N);
    ASSERT_EQ(panel()->step(), Step::Consent);
    key(Qt::Key_Return);  // signed by the person
    ASSERT_EQ(panel()->step(), Step::Done) << qPrintable(text("saveError"));
    EXPECT_EQ(test::queryNumber(*m_site.db, QStringLiteral("SELECT count(*) FROM consent WHERE "
                                                           "signer = 'self'")),
              1);
}

// Ctrl+Enter cannot skip the birth date: the core would refuse it, the form says so first.
TEST_F(CheckInUiTest, CtrlEnterWithoutTheBirthDateNamesItAndWritesNothing)
{
    type(QStringLiteral("H12345678"));
    key(Qt::Key_Return);
    ASSERT_EQ(panel()->step(), Step::BirthDate);
    key(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(panel()->step(), Step::BirthDate);
    EXPECT_TRUE(text("birthDateError").startsWith(QStringLiteral("Birth date")))
        << qPrintable(text("birthDateError"));
    EXPECT_EQ(count("person"), 0);
    EXPECT_EQ(count("visit"), 0);
    // Esc goes back to the document.
    key(Qt::Key_Escape);
    EXPECT_EQ(panel()->step(), Step::Scan);
}

// The unfinished birth-date step survives a restart with what was typed.
TEST_F(CheckInUiTest, TheTypedBirthDateSurvivesARestart)
{
    type(QStringLiteral("H12345678"));
    key(Qt::Key_Return);
    type(QStringLiteral("20100601"));
    key(Qt::Key_Return);
    ASSERT_EQ(panel()->step(), Step::BirthDateAgain);  // 10 years old in 2021
    restartDesk();
    EXPECT_EQ(panel()->step(), Step::BirthDateAgain);
    ASSERT_TRUE(panel()->form().document.has_value());
    EXPECT_EQ(panel()->form().document->birthDate, QDate(2010, 6, 1));
    type(QStringLiteral("20100601"));
    key(Qt::Key_Return);
    EXPECT_EQ(panel()->step(), Step::Name);
}

TEST_F(CheckInUiTest, TheTicketPrintsToAPdf)
{
    registerOnFile(QStringLiteral("张三"), kId);
    scan(kId);
    answerNormally();
    ASSERT_TRUE(panel()->lastTicket().has_value());
    EXPECT_EQ(panel()->lastTicket()->maskedName, QStringLiteral("张*"));
    const QString pdf = m_tmp.dir() + QStringLiteral("/ticket.pdf");
    ASSERT_TRUE(panel()->printLastTicketToPdf(pdf));
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    EXPECT_GT(bytes.size(), 1000);
}

TEST_F(CheckInUiTest, F3SwitchesToTheInjectionSlotAndF2Back)
{
    QTest::keyClick(entry(), Qt::Key_F3);
    EXPECT_EQ(m_desk->mode(), ui::DeskPage::Mode::Injection);
    auto* injection = new QLabel(QStringLiteral("injection panel"));
    m_desk->setInjectionPanel(injection);
    EXPECT_TRUE(injection->isVisible());
    QTest::keyClick(injection, Qt::Key_F2);
    EXPECT_EQ(m_desk->mode(), ui::DeskPage::Mode::CheckIn);
    EXPECT_TRUE(entry()->isVisible());
}

// docs/site.md 5: a joined desk asks the site server for a person not on file here, by the scan
// and again by the typed name (CheckInSiteSearch), and never waits for it. With the server down
// (nothing listens at its address) each ask ends without an answer and the check-in of the new
// person goes on as at a desk working alone.
TEST_F(CheckInUiTest, AtAJoinedDeskWhoseServerIsDownANewPersonIsCheckedInWithoutIt)
{
    ASSERT_NO_FATAL_FAILURE(test::joinUnreachableSiteServer(*m_site.db));
    panel()->setSiteSecrets(std::make_shared<test::MemorySecretStore>());
    QSignalSpy answered(panel(), &ui::CheckInPanel::siteSearchAnswered);
    const qint64 persons = count("person");
    scan(kId);
    EXPECT_EQ(panel()->step(), Step::Name);
    ASSERT_TRUE(answered.count() > 0 || answered.wait(30000));
    EXPECT_EQ(panel()->step(), Step::Name);
    EXPECT_TRUE(panel()->form().personId.isEmpty());
    type(QStringLiteral("张三"));
    key(Qt::Key_Return);
    EXPECT_EQ(panel()->step(), Step::Temperature);
    ASSERT_TRUE(answered.count() > 1 || answered.wait(30000));
    EXPECT_EQ(panel()->step(), Step::Temperature);
    answerNormally();
    EXPECT_EQ(panel()->step(), Step::Done);
    EXPECT_EQ(count("person"), persons + 1);
}

// The site is opened first; the test installs zh_CN, then shows the window (showWindow()).
class CheckInScreenshots : public test::MainWindowTest {
protected:
    void SetUp() override { openTrainingSite(); }
};

// Screenshots of the whole window after a keyboard login, in zh_CN (strings not yet translated
// show in English until the translator's pass).
TEST_F(CheckInScreenshots, FilledFormAndQueueNumber)
{
    ASSERT_TRUE(installTranslations(*qApp, QStringLiteral("zh_CN")));
    ASSERT_NO_FATAL_FAILURE(showWindow());
    ASSERT_TRUE(test::signInAsDemo(*m_window, 20000));
    ui::CheckInPanel* panel = m_window->deskPage()->checkInPanel();
    QLineEdit* entry = panel->entry();
    typeText(entry, QStringLiteral("11010519491231002X"), 0);
    QTest::keyClick(entry, Qt::Key_Return);
    typeText(entry, QStringLiteral("张三"), 0);
    QTest::keyClick(entry, Qt::Key_Return);
    typeText(entry, QStringLiteral("366"), 0);
    QTest::keyClick(entry, Qt::Key_Return);
    QTest::keyClick(entry, Qt::Key_N, Qt::NoModifier, kHumanDelayMs);
    EXPECT_EQ(panel->step(), Step::Consent);
    EXPECT_FALSE(
        test::saveScreenshot(m_window.get(), QStringLiteral("checkin-form-zh_CN")).isEmpty());
    QTest::keyClick(entry, Qt::Key_Return, Qt::NoModifier, kHumanDelayMs);
    EXPECT_EQ(panel->step(), Step::Done);
    EXPECT_FALSE(test::saveScreenshot(m_window.get(), QStringLiteral("checkin-queue-number-zh_CN"))
                     .isEmpty());
    ASSERT_TRUE(installTranslations(*qApp, QStringLiteral("en")));
}

}  // namespace
