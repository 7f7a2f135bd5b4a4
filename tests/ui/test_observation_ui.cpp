// The observation board and the staff panel on the offscreen platform: 300 people observed at
// staggered times (real check-ins and administrations, FakeClock), masked everywhere, moving to
// "may leave" as the clock advances, new arrivals within 2 s of polling, a wall-clock jump
// warning, and the panel driven by keys (number, D, E, A).
#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

#include <set>

#include "aefi/aefiservice.h"
#include "core/observation/observationseeder.h"
#include "observation/boardmodel.h"
#include "observation/observationboard.h"
#include "observation/observationdialogs.h"
#include "observation/observationpage.h"
#include "observation/observationservice.h"
#include "security/staff.h"
#include "shell/style.h"
#include "support/signin.h"
#include "support/tempdb.h"
#include "ui/screenshot.h"

using namespace vax;
using observation::BoardState;

namespace {
constexpr int kPeople = 300;
constexpr qint64 kStaggerMs = 6000;  // one person every 6 s: 300 in 30 minutes

class ObservationUiTest : public test::TrainingSiteTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(openTrainingSite());
        m_seeder = std::make_unique<test::ObservationSeeder>(*m_site.db, *m_clock, m_admin.id,
                                                             kPeople + 20);
        ASSERT_TRUE(m_seeder->error().isEmpty()) << qPrintable(m_seeder->error());
    }

    void admitStaggered(int count)
    {
        for (int i = 0; i < count; ++i) {
            auto a = m_seeder->admit(static_cast<int>(m_people.size()), QString::number(1 + i % 6));
            ASSERT_FALSE(a.observationId.isEmpty()) << i << qPrintable(m_seeder->error());
            m_people.push_back(a);
            m_clock->advance(kStaggerMs);
        }
    }

    // Nothing shown may contain a full name (of two characters or more, all of them are masked)
    // or any part of an ID number longer than the masked ends.
    void expectMasked(const QStringList& texts)
    {
        ASSERT_FALSE(texts.isEmpty());
        for (const QString& t : texts)
            for (const auto& p : m_people) {
                ASSERT_FALSE(t.contains(p.fullName)) << qPrintable(t);
                ASSERT_FALSE(t.contains(p.documentNumber.mid(6, 8))) << qPrintable(t);
            }
    }

    QStringList modelTexts(const ui::BoardModel* model)
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole),
                                 int(ui::BoardModel::ObservationIdRole)})
                    out << model->data(model->index(r, c), role).toString();
        return out;
    }

    QStringList paintedTexts(ui::ObservationBoard* board)
    {
        QStringList texts;
        board->setTextSinkForTesting([&texts](const QString& t) { texts << t; });
        board->repaint();
        board->setTextSinkForTesting({});
        return texts;
    }

    static void show(QWidget* w, QSize size)
    {
        w->resize(size);
        w->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(w));
    }

    int countIn(const ui::BoardModel* model, BoardState state)
    {
        int n = 0;
        for (const auto& e : model->entries())
            n += model->stateOf(e) == state;
        return n;
    }

    std::unique_ptr<test::ObservationSeeder> m_seeder;
    std::vector<test::ObservationSeeder::Admitted> m_people;
};
}  // namespace

TEST_F(ObservationUiTest, ThreeHundredPeopleOrderedMaskedAndMovingToMayLeave)
{
    admitStaggered(kPeople);
    ui::ObservationBoard board(m_site);
    show(&board, {1920, 1080});
    board.tick();
    const ui::BoardModel* model = board.model();
    ASSERT_EQ(model->rowCount(), kPeople);
    // Ordered by who may leave next: here the order of arrival.
    for (int i = 0; i < kPeople; ++i)
        ASSERT_EQ(model->entries()[static_cast<size_t>(i)].observationId,
                  m_people[static_cast<size_t>(i)].observationId);
    // Exactly 30:00 after the first dose: the first may leave, the second has 0:06 left.
    EXPECT_EQ(countIn(model, BoardState::MayLeave), 1);
    EXPECT_EQ(model->stateOf(model->entries()[1]), BoardState::Observing);

    const QStringList painted = paintedTexts(&board);
    expectMasked(painted);
    expectMasked(modelTexts(model));
    EXPECT_TRUE(painted.contains(QStringLiteral("王*  Desk 1"))) << qPrintable(painted.join(u'|'));
    // Everyone is shown, on one page or in turns.
    EXPECT_GE(board.tilesPerPage() * board.pageCount(), kPeople);
    EXPECT_GE(board.numberPixelSize(), 30);  // 1080 lines: number glyphs ≥ 30 px

    // The first arrived 30 minutes ago: time advances, no one counts anything down.
    // 64 s: eight pages of 8 s later, the board shows its first page again.
    m_clock->advance(64'000);
    board.tick();
    const int mayLeave = countIn(model, BoardState::MayLeave);
    EXPECT_EQ(mayLeave, 64'000 / kStaggerMs + 1);  // those who ended in the last minute, and #1
    EXPECT_EQ(model->stateOf(model->entries().front()), BoardState::MayLeave);
    const QStringList afterMinute = paintedTexts(&board);
    EXPECT_EQ(board.currentPage(), 0);
    EXPECT_EQ(afterMinute.count(QStringLiteral("May leave")), mayLeave);  // one word per tile
    m_clock->advance(12 * 60'000);
    board.tick();
    EXPECT_GT(countIn(model, BoardState::Overdue), 0);
}

TEST_F(ObservationUiTest, ScreenshotsAtBothResolutions)
{
    admitStaggered(kPeople);
    // A realistic moment: the earliest overdue, some may leave, two adverse events.
    m_clock->advance(12 * 60'000);
    AefiService aefis({*m_site.db, *m_clock});
    for (int i : {150, 200}) {
        aefi::Report r;
        r.doseId = m_people[static_cast<size_t>(i)].doseId;
        r.onset = m_clock->nowUtc().addSecs(-120);
        r.symptoms = {i == 150 ? QStringLiteral("anaphylaxis") : QStringLiteral("dizziness")};
        r.severity = i == 150 ? QStringLiteral("severe") : QStringLiteral("mild");
        r.seriousness = i == 150 ? QStringLiteral("serious") : QStringLiteral("non_serious");
        r.actions = {QStringLiteral("treated_on_site")};
        r.reporterStaffId = m_admin.id;
        ASSERT_TRUE(aefis.add(r).ok());
    }
    ui::ObservationBoard board(m_site);
    for (QSize size : {QSize(1920, 1080), QSize(1366, 768)}) {
        show(&board, size);
        board.tick();
        EXPECT_FALSE(
            test::saveScreenshot(
                &board,
                QStringLiteral("observation-board-%1x%2").arg(size.width()).arg(size.height()))
                .isEmpty());
        expectMasked(paintedTexts(&board));
        EXPECT_GE(board.tilesPerPage() * board.pageCount(), kPeople);
        // Serious adverse event first, flagged.
        EXPECT_TRUE(board.model()->entries().front().seriousAdverseEvent);
    }
}

TEST_F(ObservationUiTest, ANewArrivalAppearsByTheBoardsOwnPoll)
{
    admitStaggered(3);
    ui::ObservationBoard board(m_site);
    show(&board, {1366, 768});
    ASSERT_EQ(board.model()->rowCount(), 3);
    // Another desk gives a dose: the board's own once-a-second poll picks it up.
    auto a = m_seeder->admit(50, QStringLiteral("4"));
    ASSERT_FALSE(a.observationId.isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return board.model()->rowCount() == 4; }, 10000))
        << board.model()->rowCount();
    EXPECT_EQ(board.model()->entries().back().observationId, a.observationId);
    EXPECT_TRUE(paintedTexts(&board).contains(QStringLiteral("30:00")));
}

TEST_F(ObservationUiTest, AWallClockJumpShowsAWarningAndChangesNoEndTime)
{
    admitStaggered(2);
    ui::ObservationBoard board(m_site);
    show(&board, {1366, 768});
    board.tick();
    const QDateTime endsBefore = board.model()->entries().front().endsAt;
    EXPECT_FALSE(board.jumpWarningVisible());
    m_clock->jumpWall(2 * 3600'000);
    m_clock->advance(1000);
    board.tick();
    EXPECT_TRUE(board.jumpWarningVisible());
    EXPECT_TRUE(board.jumpWarningText().contains(QStringLiteral("+120:00")))
        << qPrintable(board.jumpWarningText());
    EXPECT_TRUE(paintedTexts(&board).contains(board.jumpWarningText()));
    EXPECT_EQ(board.model()->entries().front().endsAt, endsBefore);
    test::saveScreenshot(&board, QStringLiteral("observation-board-jump"));
}

TEST_F(ObservationUiTest, StaffPanelByKeys)
{
    admitStaggered(8);
    ui::ObservationPage page(m_site, admin());
    show(&page, {1280, 800});
    ui::BoardModel* model = page.model();
    ASSERT_EQ(model->rowCount(), 8);
    QLineEdit* number = page.numberField();
    const auto& third = m_people[2];

    // Before time: D offers the early-leave path.
    number->setFocus();
    QTest::keyClicks(number, QString::number(third.queueNumber));
    QTest::keyClick(number, Qt::Key_D);
    auto* early = page.findChild<ui::LeftEarlyDialog*>();
    ASSERT_NE(early, nullptr);
    EXPECT_TRUE(early->findChild<QLabel*>(QStringLiteral("leftEarlyWarning"))
                    ->text()
                    .contains(QStringLiteral("observation left")));
    QTest::keyClick(early->reasonBox(), Qt::Key_Return);  // no reason: refused, stays open
    EXPECT_FALSE(early->errorText().isEmpty());
    EXPECT_TRUE(early->isVisible());
    QTest::keyClicks(early->reasonBox(), QStringLiteral("refused to wait"));
    QTest::keyClick(early->reasonBox(), Qt::Key_Return);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return page.findChild<ui::LeftEarlyDialog*>() == nullptr; }, 10000));
    ObservationService service({*m_site.db, *m_clock});
    EXPECT_EQ(service.find(third.observationId)->state, QStringLiteral("left_early"));
    EXPECT_EQ(model->rowCount(), 7);

    // After the time: D departs at once.
    m_clock->advance(30 * 60'000);
    page.tick();
    const auto& first = m_people[0];
    number->clear();
    QTest::keyClicks(number, QString::number(first.queueNumber));
    QTest::keyClick(number, Qt::Key_D);
    EXPECT_EQ(service.find(first.observationId)->state, QStringLiteral("departed"));
    EXPECT_TRUE(page.message().contains(QStringLiteral("has left"))) << qPrintable(page.message());
    EXPECT_EQ(model->rowCount(), 6);

    // A: an adverse event by keys — 6 ticks dizziness, Enter records.
    const auto& second = m_people[1];
    number->clear();
    QTest::keyClicks(number, QString::number(second.queueNumber));
    QTest::keyClick(number, Qt::Key_A);
    auto* dialog = page.findChild<ui::AefiDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    test::saveScreenshot(dialog, QStringLiteral("observation-aefi-dialog"));
    QWidget* focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    QTest::keyClick(focus, Qt::Key_6);
    EXPECT_TRUE(dialog->symptomBox(QStringLiteral("dizziness"))->isChecked());
    // An onset before the dose is refused in the dialog, which stays open.
    auto* onset = dialog->findChild<QDateTimeEdit*>(QStringLiteral("aefiOnset"));
    onset->setDateTime(second.endsAt.addSecs(-3600).toTimeZone(vax::test::testZone()));
    dialog->symptomBox(QStringLiteral("dizziness"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_FALSE(dialog->errorText().isEmpty());
    onset->setDateTime(m_clock->nowUtc().addSecs(-60).toTimeZone(vax::test::testZone()));
    dialog->symptomBox(QStringLiteral("dizziness"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return page.findChild<ui::AefiDialog*>() == nullptr; }, 10000));
    EXPECT_EQ(service.find(second.observationId)->state, QStringLiteral("adverse_event"));
    EXPECT_EQ(model->entries().front().observationId, second.observationId);
    EXPECT_TRUE(page.seriousBannerText().isEmpty());

    // A serious one: C ticks anaphylaxis, which sets seriousness to serious by itself.
    const auto& fourth = m_people[3];
    number->clear();
    QTest::keyClicks(number, QString::number(fourth.queueNumber));
    QTest::keyClick(number, Qt::Key_A);
    dialog = page.findChild<ui::AefiDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C);
    EXPECT_TRUE(dialog->symptomBox(QStringLiteral("anaphylaxis"))->isChecked());
    EXPECT_EQ(dialog->seriousnessBox()->currentData().toString(), QStringLiteral("serious"));
    dialog->severityBox()->setCurrentIndex(2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return page.findChild<ui::AefiDialog*>() == nullptr; }, 10000));
    EXPECT_TRUE(page.seriousBannerText().contains(QString::number(fourth.queueNumber)))
        << qPrintable(page.seriousBannerText());
    EXPECT_TRUE(model->entries().front().seriousAdverseEvent);
    expectMasked(modelTexts(model));
    expectMasked({page.seriousBannerText(), page.message()});
    test::saveScreenshot(&page, QStringLiteral("observation-panel"));

    // A jump shows on the panel too.
    m_clock->jumpWall(-10 * 60'000);
    m_clock->advance(1000);
    page.tick();
    EXPECT_FALSE(page.jumpBannerText().isEmpty());
}

// Issue 19, point 1: the number field is the only way a typed number picks a person. After an
// action (done or cancelled) the field is empty again, and a number that names nobody does
// nothing but say so — it never falls back to the row selected by the previous action.
TEST_F(ObservationUiTest, ATypedNumberNeverActsOnThePreviousPerson)
{
    admitStaggered(3);
    ui::ObservationPage page(m_site, admin());
    show(&page, {1280, 800});
    QLineEdit* number = page.numberField();
    const auto& second = m_people[1];
    const auto& third = m_people[2];
    ASSERT_EQ(second.queueNumber, 2);
    ASSERT_EQ(third.queueNumber, 3);
    ObservationService service({*m_site.db, *m_clock});

    // 2, A, record the adverse event: the field is empty again, nobody stays selected.
    number->setFocus();
    QTest::keyClick(number, Qt::Key_2);
    QTest::keyClick(number, Qt::Key_A);
    auto* aefi = page.findChild<ui::AefiDialog*>();
    ASSERT_NE(aefi, nullptr);
    aefi->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(aefi));
    QWidget* inDialog = aefi->focusWidget();
    ASSERT_NE(inDialog, nullptr);
    QTest::keyClick(inDialog, Qt::Key_6);  // dizziness
    ASSERT_TRUE(aefi->symptomBox(QStringLiteral("dizziness"))->isChecked());
    QTest::keyClick(aefi->focusWidget(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&page] { return !page.findChild<ui::AefiDialog*>(); }, 5000))
        << qPrintable(aefi->errorText());
    ASSERT_EQ(service.find(second.observationId)->state, QStringLiteral("adverse_event"));
    EXPECT_TRUE(number->text().isEmpty()) << qPrintable(number->text());
    EXPECT_FALSE(page.table()->selectionModel()->hasSelection());
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    EXPECT_TRUE(number->hasFocus());

    // 3, E: the early-leave dialog is for number 3, never for 2. Escape cancels it, and the
    // field is empty again.
    QTest::keyClick(number, Qt::Key_3);
    EXPECT_EQ(number->text(), QStringLiteral("3"));
    QTest::keyClick(number, Qt::Key_E);
    auto* early = page.findChild<ui::LeftEarlyDialog*>();
    ASSERT_NE(early, nullptr);
    const QString warning = early->findChild<QLabel*>(QStringLiteral("leftEarlyWarning"))->text();
    EXPECT_TRUE(warning.contains(QStringLiteral("Number 3 "))) << qPrintable(warning);
    EXPECT_FALSE(warning.contains(QStringLiteral("Number 2 "))) << qPrintable(warning);
    test::saveScreenshot(&page, QStringLiteral("observation-number-early-leave"));
    QTest::keyClick(early->reasonBox(), Qt::Key_Escape);
    ASSERT_TRUE(QTest::qWaitFor([&page] { return !page.findChild<ui::LeftEarlyDialog*>(); }, 5000));
    EXPECT_TRUE(number->text().isEmpty()) << qPrintable(number->text());
    EXPECT_EQ(service.find(third.observationId)->state, QStringLiteral("observing"));
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    EXPECT_TRUE(number->hasFocus());

    // 9, D and 9, E: nobody has number 9. Nothing opens, nothing is recorded, the footer says so.
    for (Qt::Key action : {Qt::Key_D, Qt::Key_E}) {
        QTest::keyClick(number, Qt::Key_9);
        EXPECT_EQ(number->text(), QStringLiteral("9"));
        QTest::keyClick(number, action);
        EXPECT_EQ(page.findChild<ui::LeftEarlyDialog*>(), nullptr);
        EXPECT_EQ(page.findChild<ui::AefiDialog*>(), nullptr);
        EXPECT_TRUE(page.message().contains(QStringLiteral("Number 9 is not in")))
            << qPrintable(page.message());
        EXPECT_TRUE(number->text().isEmpty()) << qPrintable(number->text());
        EXPECT_FALSE(page.table()->selectionModel()->hasSelection());
    }
    test::saveScreenshot(&page, QStringLiteral("observation-number-not-found"));
    EXPECT_FALSE(test::saveScreenshotIn(&page, QStringLiteral("observation-number-not-found"),
                                        QStringLiteral("zh_CN"))
                     .isEmpty());

    // The issue's own sequence, with the field left as it was: 2 selected, then 23 typed.
    // Neither D nor E acts on 2.
    QTest::keyClick(number, Qt::Key_2);
    QTest::keyClick(number, Qt::Key_3);
    EXPECT_EQ(number->text(), QStringLiteral("23"));
    EXPECT_FALSE(page.table()->selectionModel()->hasSelection());
    QTest::keyClick(number, Qt::Key_E);
    EXPECT_EQ(page.findChild<ui::LeftEarlyDialog*>(), nullptr);
    EXPECT_TRUE(page.message().contains(QStringLiteral("Number 23 is not in")))
        << qPrintable(page.message());

    EXPECT_EQ(service.find(second.observationId)->state, QStringLiteral("adverse_event"));
    EXPECT_EQ(service.find(third.observationId)->state, QStringLiteral("observing"));
    EXPECT_EQ(page.model()->rowCount(), 3);
}

// Issue 19, point 10: the staff panel never shows a negative countdown ("-0:26"); past the end
// it says the time is due, then by how much it is over.
TEST_F(ObservationUiTest, TheStaffPanelSaysDueAndOverInsteadOfANegativeTime)
{
    admitStaggered(1);
    ui::ObservationPage page(m_site, admin());
    show(&page, {1280, 800});
    auto* table = page.findChild<QTableView*>(QStringLiteral("observationTable"));
    ASSERT_NE(table, nullptr);
    const auto leftShown = [&] {
        page.tick();
        return table->model()->index(0, ui::BoardModel::LeftColumn).data().toString();
    };
    const qint64 left = observation::secondsLeft(m_people[0].endsAt, m_clock->nowUtc());
    ASSERT_GT(left, 60);
    EXPECT_EQ(leftShown(), observation::formatLeft(left));
    m_clock->advance((left + 26) * 1000);  // 26 s past the end
    EXPECT_EQ(leftShown(), QStringLiteral("due now"));
    m_clock->advance(26 * 60 * 1000);
    EXPECT_EQ(leftShown(), QStringLiteral("26 min over"));
    EXPECT_FALSE(leftShown().startsWith(u'-'));
    EXPECT_FALSE(test::saveScreenshotIn(&page, QStringLiteral("observation-overdue"),
                                        QStringLiteral("zh_CN"))
                     .isEmpty());
}
