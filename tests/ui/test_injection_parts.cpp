// The injection desk's parts on their own: the key map (deskKeyIntent), the keys at a real scan
// field (InjectionKeys, real QTest key events and a key clock of the test's own), and the
// checklist state (InjectionChecklist) on a real SQLite training site, with the texts the desk
// shows of it. The whole desk driven by keys is test_desk_ui.
#include <gtest/gtest.h>

#include <tuple>
#include <utility>

#include <QApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

#include "checkin/checkinservice.h"
#include "coldchain/fridges.h"
#include "desk/injectionchecklist.h"
#include "desk/injectionkeys.h"
#include "desk/injectiontexts.h"
#include "desk/queueservice.h"
#include "security/staff.h"
#include "stock/lotservice.h"
#include "stock/scanfield.h"
#include "support/checkinrequest.h"
#include "support/residentid.h"
#include "support/signin.h"
#include "support/tempdb.h"

using namespace vax;
using ui::DeskKey;
using ui::DeskKeyIntent;

namespace {

DeskKeyIntent intentOf(Qt::Key key, const QString& text, bool fieldEmpty,
                       Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    const QKeyEvent event(QEvent::KeyPress, key, mods, text);
    return ui::deskKeyIntent(event, fieldEmpty);
}

TEST(DeskKeyIntent, DeskKeysActWhateverTheFieldHolds)
{
    for (const bool empty : {true, false}) {
        EXPECT_EQ(intentOf(Qt::Key_F5, {}, empty).key, DeskKey::CallNext);
        EXPECT_EQ(intentOf(Qt::Key_N, {}, empty, Qt::ControlModifier).key, DeskKey::CallNext);
        EXPECT_EQ(intentOf(Qt::Key_F9, {}, empty).key, DeskKey::ShowDisplay);
        EXPECT_EQ(intentOf(Qt::Key_D, {}, empty, Qt::ControlModifier).key, DeskKey::DoctorOverride);
        EXPECT_EQ(intentOf(Qt::Key_P, {}, empty, Qt::ControlModifier).key,
                  DeskKey::PrintCertificate);
        EXPECT_EQ(intentOf(Qt::Key_Return, {}, empty, Qt::ControlModifier).key,
                  DeskKey::Administer);
        EXPECT_EQ(intentOf(Qt::Key_Enter, {}, empty, Qt::ControlModifier).key, DeskKey::Administer);
    }
}

TEST(DeskKeyIntent, EnterEscBackspaceAndSpaceDependOnTheField)
{
    EXPECT_EQ(intentOf(Qt::Key_Return, QStringLiteral("\r"), true).key, DeskKey::Administer);
    EXPECT_EQ(intentOf(Qt::Key_Return, QStringLiteral("\r"), false).key, DeskKey::Scan);
    EXPECT_EQ(intentOf(Qt::Key_Enter, QStringLiteral("\r"), false).key, DeskKey::Scan);
    EXPECT_EQ(intentOf(Qt::Key_Escape, {}, true).key, DeskKey::ClearVaccine);
    EXPECT_EQ(intentOf(Qt::Key_Escape, {}, false).key, DeskKey::ClearField);
    EXPECT_EQ(intentOf(Qt::Key_Backspace, QStringLiteral("\b"), true).key,
              DeskKey::UndoConfirmation);
    EXPECT_EQ(intentOf(Qt::Key_Backspace, QStringLiteral("\b"), false).key, DeskKey::Type);
    EXPECT_EQ(intentOf(Qt::Key_Space, QStringLiteral(" "), true).key, DeskKey::ConfirmNext);
    EXPECT_EQ(intentOf(Qt::Key_Space, QStringLiteral(" "), false).key, DeskKey::Swallow);
}

TEST(DeskKeyIntent, LRVAreCommandsOnlyOnAnEmptyField)
{
    for (const auto& [key, text, command] :
         {std::tuple{Qt::Key_L, "l", u'L'}, std::tuple{Qt::Key_L, "L", u'L'},
          std::tuple{Qt::Key_R, "r", u'R'}, std::tuple{Qt::Key_V, "v", u'V'},
          std::tuple{Qt::Key_V, "V", u'V'}}) {
        const DeskKeyIntent onEmpty = intentOf(key, QString::fromLatin1(text), true);
        EXPECT_EQ(onEmpty.key, DeskKey::Command) << text;
        EXPECT_EQ(onEmpty.command, QChar(command)) << text;
        EXPECT_FALSE(onEmpty.fromArrow) << text;
        EXPECT_TRUE(onEmpty.printable) << text;
        EXPECT_EQ(intentOf(key, QString::fromLatin1(text), false).key, DeskKey::Type) << text;
    }
    // Other letters and digits type a code.
    EXPECT_EQ(intentOf(Qt::Key_X, QStringLiteral("x"), true).key, DeskKey::Type);
    EXPECT_EQ(intentOf(Qt::Key_8, QStringLiteral("8"), true).key, DeskKey::Type);
    EXPECT_TRUE(intentOf(Qt::Key_8, QStringLiteral("8"), true).printable);
}

TEST(DeskKeyIntent, ArrowsChooseTheSideOnAnEmptyFieldAndMoveTheCursorInACode)
{
    const DeskKeyIntent left = intentOf(Qt::Key_Left, {}, true);
    EXPECT_EQ(left.key, DeskKey::Command);
    EXPECT_EQ(left.command, QChar(u'L'));
    EXPECT_TRUE(left.fromArrow);
    EXPECT_FALSE(left.printable);
    const DeskKeyIntent right = intentOf(Qt::Key_Right, {}, true);
    EXPECT_EQ(right.key, DeskKey::Command);
    EXPECT_EQ(right.command, QChar(u'R'));
    EXPECT_EQ(intentOf(Qt::Key_Left, {}, false).key, DeskKey::Type);
    EXPECT_EQ(intentOf(Qt::Key_Right, {}, false).key, DeskKey::Type);
}

// ---- InjectionKeys at a real scan field ----

class InjectionKeysTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_field.show();
        m_keys.setKeyClock([this] { return m_nowMs; });
    }

    // A key pressed at `atMs` on the test's key clock.
    void press(Qt::Key key, qint64 atMs, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        m_nowMs = atMs;
        QTest::keyClick(&m_field, key, mods);
    }
    void type(char c, qint64 atMs)
    {
        m_nowMs = atMs;
        QTest::keyClick(&m_field, c);
    }

    ui::ScanField m_field;
    qint64 m_nowMs = 0;
    QString m_commands;  // the commands the panel was asked to do
    int m_undone = 0;
    bool m_takesCommands = true;
    ui::InjectionKeys m_keys{&m_field, [this](QChar command) -> std::function<void()> {
                                 if (!m_takesCommands)
                                     return {};
                                 m_commands += command;
                                 return [this] { ++m_undone; };
                             }};
};

TEST_F(InjectionKeysTest, ThePersonsCommandKeysActAndAreNotTyped)
{
    type('v', 1'000);
    type('l', 1'400);  // 400 ms later: a person
    type('R', 2'000);
    EXPECT_EQ(m_commands, QStringLiteral("VLR"));
    EXPECT_EQ(m_undone, 0);
    EXPECT_TRUE(m_field.text().isEmpty());
}

TEST_F(InjectionKeysTest, AScannerBurstUndoesItsFirstKeysCommandAndTypesTheCode)
{
    type('v', 1'000);
    type('1', 1'005);  // 5 ms later: a scanner
    type('l', 1'010);  // in a code now: typed, no command
    EXPECT_EQ(m_commands, QStringLiteral("V"));
    EXPECT_EQ(m_undone, 1);
    EXPECT_EQ(m_field.text(), QStringLiteral("v1l"));
}

TEST_F(InjectionKeysTest, BeforeAVaccineIsScannedCommandLettersAreTyped)
{
    m_takesCommands = false;
    type('l', 1'000);
    type('v', 2'000);
    EXPECT_TRUE(m_commands.isEmpty());
    EXPECT_EQ(m_field.text(), QStringLiteral("lv"));
}

TEST_F(InjectionKeysTest, AnArrowChoosesTheSideButNeverStartsABurst)
{
    press(Qt::Key_Left, 1'000);
    type('7', 1'003);  // fast, but after an arrow: just typed
    EXPECT_EQ(m_commands, QStringLiteral("L"));
    EXPECT_EQ(m_undone, 0);
    EXPECT_EQ(m_field.text(), QStringLiteral("7"));
    press(Qt::Key_Right, 2'000);  // in a code: moves the cursor
    EXPECT_EQ(m_commands, QStringLiteral("L"));
}

TEST_F(InjectionKeysTest, EnterScansATypedCodeAndAdministersOnAnEmptyField)
{
    QSignalSpy scanned(&m_keys, &ui::InjectionKeys::scanned);
    QSignalSpy administer(&m_keys, &ui::InjectionKeys::administerRequested);
    m_takesCommands = false;
    for (const char c : QByteArrayLiteral("LOT 7"))
        type(c, m_nowMs + 100);
    EXPECT_EQ(m_field.text(), QStringLiteral("LOT7")) << "codes hold no spaces";
    press(Qt::Key_Return, m_nowMs + 100);
    ASSERT_EQ(scanned.count(), 1);
    EXPECT_EQ(scanned.at(0).at(0).toString(), QStringLiteral("LOT7"));
    EXPECT_EQ(administer.count(), 0);
    press(Qt::Key_Return, m_nowMs + 100, Qt::ControlModifier);  // Ctrl+Enter: administer
    EXPECT_EQ(administer.count(), 1);
    m_field.clear();
    press(Qt::Key_Return, m_nowMs + 100);
    EXPECT_EQ(administer.count(), 2);
    EXPECT_EQ(scanned.count(), 1);
}

TEST_F(InjectionKeysTest, EscClearsTheFieldThenAsksToClearTheVaccine)
{
    QSignalSpy clearVaccine(&m_keys, &ui::InjectionKeys::clearVaccineRequested);
    m_field.setText(QStringLiteral("B2021"));
    press(Qt::Key_Escape, 1'000);
    EXPECT_TRUE(m_field.text().isEmpty());
    EXPECT_EQ(clearVaccine.count(), 0);
    press(Qt::Key_Escape, 2'000);
    EXPECT_EQ(clearVaccine.count(), 1);
}

TEST_F(InjectionKeysTest, SpaceAndBackspaceOnAnEmptyFieldConfirmAndUndo)
{
    QSignalSpy confirm(&m_keys, &ui::InjectionKeys::confirmRequested);
    QSignalSpy undo(&m_keys, &ui::InjectionKeys::undoRequested);
    press(Qt::Key_Space, 1'000);
    press(Qt::Key_Backspace, 2'000);
    EXPECT_EQ(confirm.count(), 1);
    EXPECT_EQ(undo.count(), 1);
    m_field.setText(QStringLiteral("AB"));
    m_field.end(false);
    press(Qt::Key_Backspace, 3'000);  // in a code: deletes a character
    EXPECT_EQ(m_field.text(), QStringLiteral("A"));
    EXPECT_EQ(undo.count(), 1);
}

TEST_F(InjectionKeysTest, TheDesksCtrlKeysAreNotTheLineEdits)
{
    QSignalSpy callNext(&m_keys, &ui::InjectionKeys::callNextRequested);
    QSignalSpy display(&m_keys, &ui::InjectionKeys::displayRequested);
    QSignalSpy doctor(&m_keys, &ui::InjectionKeys::overrideRequested);
    QSignalSpy print(&m_keys, &ui::InjectionKeys::printRequested);
    m_field.setText(QStringLiteral("ABC"));
    m_field.home(false);
    press(Qt::Key_D, 1'000, Qt::ControlModifier);  // the line edit would delete the "A"
    press(Qt::Key_F5, 2'000);
    press(Qt::Key_N, 3'000, Qt::ControlModifier);
    press(Qt::Key_F9, 4'000);
    press(Qt::Key_P, 5'000, Qt::ControlModifier);
    EXPECT_EQ(m_field.text(), QStringLiteral("ABC"));
    EXPECT_EQ(doctor.count(), 1);
    EXPECT_EQ(callNext.count(), 2);
    EXPECT_EQ(display.count(), 1);
    EXPECT_EQ(print.count(), 1);
    // Their shortcut override is accepted: no window shortcut takes them from the desk.
    for (const auto& [key, mods] :
         {std::pair{Qt::Key_D, Qt::ControlModifier}, std::pair{Qt::Key_F5, Qt::NoModifier},
          std::pair{Qt::Key_F9, Qt::NoModifier}}) {
        QKeyEvent shortcut(QEvent::ShortcutOverride, key, mods);
        shortcut.ignore();
        QApplication::sendEvent(&m_field, &shortcut);
        EXPECT_TRUE(shortcut.isAccepted()) << key;
    }
}

// ---- the checklist state ----

const QString kNurse = QStringLiteral("staff-nurse-1");
const QString kRegistrar = QStringLiteral("staff-registrar-1");
const QString kKeeper = QStringLiteral("staff-keeper-1");
const QString kTrainingLot = QStringLiteral("TRAIN-B2021001");

class InjectionChecklistTest : public test::TrainingSiteTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(openTrainingSite());
        test::addStaff(*m_site.db, kNurse, Role::Vaccinator);
        test::addStaff(*m_site.db, kRegistrar, Role::Registrar);
        test::addStaff(*m_site.db, kKeeper, Roles(Role::StockKeeper) | Role::SiteAdmin);
        m_checklist =
            std::make_unique<ui::InjectionChecklist>(ServiceContext{*m_site.db, *m_clock});
    }

    // A person checked in and called to the desk.
    void callPerson()
    {
        CheckInService checkIn({*m_site.db, *m_clock});
        auto receipt = checkIn.checkIn(test::passingCheckIn(
            kRegistrar, QStringLiteral("李小明"), test::residentId(QDate(1980, 5, 5), 11)));
        ASSERT_TRUE(receipt.ok()) << qPrintable(receipt.error().message);
        QueueService queue({*m_site.db, *m_clock});
        auto called = queue.callNext(QStringLiteral("1"), kNurse);
        ASSERT_TRUE(called.ok() && called->has_value());
        ASSERT_TRUE(m_checklist->call(**called).ok());
    }

    void receiveLot(const QString& lotNumber)
    {
        auto fridges = FridgeRepository::list(*m_site.db);
        ASSERT_TRUE(fridges.ok() && !fridges->empty());
        LotReceipt r;
        r.productCode = QStringLiteral("BBIBP-CorV");
        r.lotNumber = lotNumber;
        r.expiry = QDate(2021, 12, 31);
        r.vials = 20;
        r.fridgeId = fridges->front().id;
        auto res = LotService::receive({*m_site.db, *m_clock, kKeeper}, r);
        ASSERT_TRUE(res.ok()) << qPrintable(res.error().message);
    }

    void scan(const QString& text)
    {
        auto read = m_checklist->readScan(text);
        ASSERT_TRUE(read.ok()) << qPrintable(read.error().message);
        auto loaded = m_checklist->load(*read);
        ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().message);
    }

    using Keys = std::vector<ChecklistItemKey>;
    std::unique_ptr<ui::InjectionChecklist> m_checklist;
};

TEST_F(InjectionChecklistTest, BackspaceTakesBackConfirmationsLastFirst)
{
    ASSERT_NO_FATAL_FAILURE(callPerson());
    ASSERT_NO_FATAL_FAILURE(scan(kTrainingLot));
    EXPECT_TRUE(m_checklist->confirmNext());  // the name
    EXPECT_TRUE(m_checklist->confirmNext());  // the vaccine's appearance
    EXPECT_FALSE(m_checklist->confirmNext()) << "Space never stands in for the person's check";
    m_checklist->toggleConfirmation(ChecklistItemKey::Verification);
    EXPECT_EQ(m_checklist->confirmOrder(), (Keys{ChecklistItemKey::Name, ChecklistItemKey::Vaccine,
                                                 ChecklistItemKey::Verification}));
    EXPECT_EQ(m_checklist->result().item(ChecklistItemKey::Verification).state, CheckState::Pass);

    EXPECT_TRUE(m_checklist->undoLastConfirmation());
    EXPECT_FALSE(m_checklist->choices().confirmed.contains(ChecklistItemKey::Verification));
    EXPECT_NE(m_checklist->result().item(ChecklistItemKey::Verification).state, CheckState::Pass);
    EXPECT_TRUE(m_checklist->undoLastConfirmation());
    EXPECT_EQ(m_checklist->nextEyeCheck(), ChecklistItemKey::Vaccine);
    EXPECT_TRUE(m_checklist->undoLastConfirmation());
    EXPECT_EQ(m_checklist->nextEyeCheck(), ChecklistItemKey::Name);
    EXPECT_FALSE(m_checklist->undoLastConfirmation());
    EXPECT_TRUE(m_checklist->choices().confirmed.isEmpty());
}

TEST_F(InjectionChecklistTest, ATogglePressedAgainLeavesTheUndoOrder)
{
    ASSERT_NO_FATAL_FAILURE(callPerson());
    ASSERT_NO_FATAL_FAILURE(scan(kTrainingLot));
    m_checklist->confirmNext();
    m_checklist->toggleConfirmation(ChecklistItemKey::Verification);
    m_checklist->confirmNext();
    m_checklist->toggleConfirmation(ChecklistItemKey::Verification);  // V again: taken back
    EXPECT_EQ(m_checklist->confirmOrder(),
              (Keys{ChecklistItemKey::Name, ChecklistItemKey::Vaccine}));
    EXPECT_TRUE(m_checklist->undoLastConfirmation());
    EXPECT_EQ(m_checklist->confirmOrder(), Keys{ChecklistItemKey::Name});
}

TEST_F(InjectionChecklistTest, AnotherLotStartsTheVaccinesChecksAgainButKeepsTheName)
{
    ASSERT_NO_FATAL_FAILURE(receiveLot(QStringLiteral("B2021-0601")));
    ASSERT_NO_FATAL_FAILURE(callPerson());
    ASSERT_NO_FATAL_FAILURE(scan(kTrainingLot));
    m_checklist->confirmNext();
    m_checklist->confirmNext();
    m_checklist->toggleConfirmation(ChecklistItemKey::Verification);
    ASSERT_TRUE(m_checklist->chooseSite(u'L').ok());
    ASSERT_NO_FATAL_FAILURE(scan(kTrainingLot));  // the same lot again: nothing changes
    EXPECT_EQ(m_checklist->confirmOrder().size(), 3u);
    EXPECT_TRUE(m_checklist->canAdminister())
        << qPrintable(ui::injectionPrompt(*m_checklist, true));

    ASSERT_NO_FATAL_FAILURE(scan(QStringLiteral("B2021-0601")));
    EXPECT_EQ(m_checklist->context()->lot->lotNumber, QStringLiteral("B2021-0601"));
    EXPECT_EQ(m_checklist->confirmOrder(), Keys{ChecklistItemKey::Name});
    EXPECT_EQ(m_checklist->choices().site, QStringLiteral("LD")) << "the product allows it";
    EXPECT_EQ(m_checklist->nextEyeCheck(), ChecklistItemKey::Vaccine);
    EXPECT_FALSE(m_checklist->canAdminister());
}

TEST_F(InjectionChecklistTest, AFailedScanKeepsTheEarlierOne)
{
    ASSERT_NO_FATAL_FAILURE(callPerson());
    ASSERT_NO_FATAL_FAILURE(scan(kTrainingLot));
    m_checklist->confirmNext();
    auto read = m_checklist->readScan(QStringLiteral("NO-SUCH-LOT"));
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->lot, QStringLiteral("NO-SUCH-LOT"));
    EXPECT_FALSE(m_checklist->load(*read).ok());
    EXPECT_EQ(m_checklist->scan().lot, kTrainingLot);
    EXPECT_EQ(m_checklist->context()->lot->lotNumber, kTrainingLot);
    EXPECT_EQ(m_checklist->confirmOrder(), Keys{ChecklistItemKey::Name});
}

TEST_F(InjectionChecklistTest, LAndRCycleTheProductsSitesOnThatSide)
{
    ASSERT_NO_FATAL_FAILURE(callPerson());
    EXPECT_FALSE(m_checklist->takesCommandKeys()) << "before a scan, letters type a lot number";
    ASSERT_NO_FATAL_FAILURE(scan(kTrainingLot));
    EXPECT_TRUE(m_checklist->takesCommandKeys());
    const QStringList sites = m_checklist->context()->input.product->sites;
    ASSERT_TRUE(m_checklist->chooseSite(u'R').ok());
    EXPECT_TRUE(m_checklist->choices().site.startsWith(u'R'));
    ASSERT_TRUE(m_checklist->chooseSite(u'L').ok());
    const QString first = m_checklist->choices().site;
    EXPECT_EQ(first, QStringLiteral("LD"));
    ASSERT_TRUE(m_checklist->chooseSite(u'L').ok());
    QStringList onLeft;
    for (const QString& s : sites)
        if (s.startsWith(u'L'))
            onLeft << s;
    EXPECT_EQ(m_checklist->choices().site, onLeft.at(1 % onLeft.size()));
    // No site on that side: the error names the product's sites; the choice stays.
    const QString before = m_checklist->choices().site;
    const Status none = m_checklist->chooseSite(u'X');
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().message.contains(QStringLiteral("Left deltoid")))
        << qPrintable(none.error().message);
    EXPECT_EQ(m_checklist->choices().site, before);
}

// A scanner burst's first key (V) undone: the confirmations and their order as before it, so
// Backspace takes back the same check as before the burst.
TEST_F(InjectionChecklistTest, ARestoredSnapshotBringsBackTheChoicesAndTheUndoOrder)
{
    ASSERT_NO_FATAL_FAILURE(callPerson());
    ASSERT_NO_FATAL_FAILURE(scan(kTrainingLot));
    m_checklist->confirmNext();
    m_checklist->confirmNext();
    const auto unverified = m_checklist->snapshot();
    m_checklist->toggleConfirmation(ChecklistItemKey::Verification);
    EXPECT_EQ(m_checklist->result().item(ChecklistItemKey::Verification).state, CheckState::Pass);
    m_checklist->restore(unverified);
    EXPECT_FALSE(m_checklist->choices().confirmed.contains(ChecklistItemKey::Verification));
    EXPECT_NE(m_checklist->result().item(ChecklistItemKey::Verification).state, CheckState::Pass);
    EXPECT_EQ(m_checklist->confirmOrder(),
              (Keys{ChecklistItemKey::Name, ChecklistItemKey::Vaccine}));

    m_checklist->toggleConfirmation(ChecklistItemKey::Verification);
    const auto verified = m_checklist->snapshot();
    m_checklist->toggleConfirmation(ChecklistItemKey::Verification);  // V again: taken back
    m_checklist->restore(verified);
    EXPECT_TRUE(m_checklist->choices().confirmed.contains(ChecklistItemKey::Verification));
    EXPECT_TRUE(m_checklist->undoLastConfirmation());
    EXPECT_FALSE(m_checklist->choices().confirmed.contains(ChecklistItemKey::Verification))
        << "Backspace takes back the person's check first, as before the burst";
    EXPECT_TRUE(m_checklist->choices().confirmed.contains(ChecklistItemKey::Vaccine));
}

TEST_F(InjectionChecklistTest, ThePromptAndTheKeyHintsWalkTheDose)
{
    EXPECT_TRUE(ui::injectionPrompt(*m_checklist, false).startsWith(QStringLiteral("Sign in")));
    EXPECT_TRUE(ui::injectionPrompt(*m_checklist, true).contains(QStringLiteral("F5")));
    ASSERT_NO_FATAL_FAILURE(callPerson());
    EXPECT_TRUE(ui::injectionPrompt(*m_checklist, true).startsWith(QStringLiteral("Scan")));
    bool blocked = true;
    EXPECT_TRUE(ui::doseDueText(*m_checklist, &blocked).contains(QStringLiteral("dose 1")));
    EXPECT_FALSE(blocked);
    EXPECT_EQ(ui::checklistKeyHints(*m_checklist).value(ChecklistItemKey::Name),
              QStringLiteral("Space"));

    ASSERT_NO_FATAL_FAILURE(scan(kTrainingLot));
    EXPECT_TRUE(ui::injectionPrompt(*m_checklist, true).contains(QStringLiteral("李小明")));
    auto hints = ui::checklistKeyHints(*m_checklist);
    EXPECT_EQ(hints.value(ChecklistItemKey::Verification), QStringLiteral("V"));
    EXPECT_EQ(hints.value(ChecklistItemKey::Site), QStringLiteral("L / R"));
    m_checklist->confirmNext();
    EXPECT_TRUE(ui::injectionPrompt(*m_checklist, true).contains(QStringLiteral("syringe")));
    EXPECT_EQ(ui::checklistKeyHints(*m_checklist).value(ChecklistItemKey::Vaccine),
              QStringLiteral("Space"));
    m_checklist->confirmNext();
    EXPECT_TRUE(ui::injectionPrompt(*m_checklist, true).startsWith(QStringLiteral("V:")));
    m_checklist->toggleConfirmation(ChecklistItemKey::Verification);
    EXPECT_TRUE(ui::injectionPrompt(*m_checklist, true).contains(QStringLiteral("L left")));
    EXPECT_EQ(ui::siteLine(m_checklist->choices().site), QStringLiteral("Site: — (L / R)"));
    ASSERT_TRUE(m_checklist->chooseSite(u'L').ok());
    EXPECT_TRUE(ui::injectionPrompt(*m_checklist, true).startsWith(QStringLiteral("Enter")));
    EXPECT_TRUE(ui::siteLine(m_checklist->choices().site).contains(QStringLiteral("Left")));
    EXPECT_TRUE(ui::checklistKeyHints(*m_checklist).isEmpty());

    auto receipt = m_checklist->administer(QStringLiteral("1"), kNurse);
    ASSERT_TRUE(receipt.ok()) << qPrintable(receipt.error().message);
    EXPECT_TRUE(m_checklist->saved().has_value());
    EXPECT_FALSE(m_checklist->canAdminister());
    EXPECT_FALSE(m_checklist->takesCommandKeys());
    EXPECT_FALSE(m_checklist->undoLastConfirmation()) << "a saved dose keeps its checks";
    EXPECT_FALSE(m_checklist->confirmNext());
    EXPECT_TRUE(ui::injectionPrompt(*m_checklist, true).startsWith(QStringLiteral("Saved")));
    EXPECT_TRUE(ui::doseDueText(*m_checklist, &blocked).startsWith(QStringLiteral("Given at")));
    EXPECT_TRUE(ui::savedText(*receipt).contains(ui::siteHhmm(receipt->observationEndsAt)));
}

}  // namespace
