// No raw code reaches a person: the check-in result (deferred for fever, for a recent vaccine),
// the desk's checklist and the observation board and page are driven by keys in Simplified
// Chinese, and the text of every visible widget (labels, buttons, table cells, list items — not
// tooltips) is searched for snake_case codes and ISO 8601 spans.
#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include "aefi/aefiservice.h"
#include "checkin/checkinpanel.h"
#include "checkin/checkinservice.h"
#include "common/i18n.h"
#include "core/observation/observationseeder.h"
#include "desk/deskpage.h"
#include "desk/injectionpanel.h"
#include "observation/observationboard.h"
#include "observation/observationpage.h"
#include "security/staff.h"
#include "shell/style.h"
#include "stock/scanfield.h"
#include "support/signin.h"
#include "support/tempdb.h"
#include "support/visibletext.h"

using namespace vax;
using vax::test::Shown;
using vax::test::visibleTexts;

namespace {

const QString kRegistrar = QStringLiteral("staff-registrar-1");
const QString kNurse = QStringLiteral("staff-nurse-1");
const QString kId = QStringLiteral("11010519491231002X");
constexpr int kHumanDelayMs = 60;

// Fails with the widget's name and text for every code seen.
void expectNoCodes(const std::vector<Shown>& shown, const QString& screen)
{
    static const QRegularExpression snake(QStringLiteral("[a-z]+_[a-z_]+"));
    static const QRegularExpression span(QStringLiteral("P[0-9]+[YMWD]"));
    ASSERT_FALSE(shown.empty()) << qPrintable(screen);
    for (const Shown& s : shown) {
        EXPECT_FALSE(snake.match(s.text).hasMatch())
            << qPrintable(screen + QStringLiteral(": ") + s.widget + QStringLiteral(": ") + s.text);
        EXPECT_FALSE(span.match(s.text).hasMatch())
            << qPrintable(screen + QStringLiteral(": ") + s.widget + QStringLiteral(": ") + s.text);
    }
}

QString allText(const std::vector<Shown>& shown)
{
    QStringList out;
    for (const Shown& s : shown)
        out << s.text;
    return out.join(QLatin1Char('\n'));
}

class LabelsUiTest : public test::TrainingSiteTest {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(installTranslations(*qApp, QStringLiteral("zh_CN")));
        ASSERT_NO_FATAL_FAILURE(openTrainingSite());
        test::addStaff(*m_site.db, kRegistrar, Role::Registrar);
        test::addStaff(*m_site.db, kNurse, Role::Vaccinator);
    }
    void TearDown() override { installTranslations(*qApp, QStringLiteral("en")); }

    void openDesk(const QString& staff)
    {
        m_desk = std::make_unique<ui::DeskPage>(m_site);
        m_desk->setStaffId(staff);
        m_desk->resize(1280, 800);
        m_desk->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_desk.get()));
        QApplication::setActiveWindow(m_desk.get());
    }

    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), k, mods, kHumanDelayMs);
    }
    void typeKeys(const QString& text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(QApplication::focusWidget(), c.toLatin1(), Qt::NoModifier,
                                kHumanDelayMs);
            else
                QTest::sendKeyEvent(QTest::Click, QApplication::focusWidget(), Qt::Key_unknown,
                                    QString(c), Qt::NoModifier, kHumanDelayMs);
        }
    }
    // A keyboard-wedge scanner: the code as one burst (5 ms apart on the check-in's key clock),
    // then Enter.
    void scan(const QString& code)
    {
        m_keyMs += 1000;
        m_keyStepMs = 5;
        for (const QChar c : code)
            QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
        m_keyStepMs = kHumanDelayMs;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    QString text(const char* name) const
    {
        auto* l = m_desk->findChild<QLabel*>(QString::fromLatin1(name));
        return l ? l->text() : QString();
    }

    std::unique_ptr<ui::DeskPage> m_desk;
    qint64 m_keyMs = 0;
    qint64 m_keyStepMs = kHumanDelayMs;
};

}  // namespace

TEST_F(LabelsUiTest, CheckInDeferralsNameTheReasonInWords)
{
    openDesk(kRegistrar);
    auto* panel = m_desk->checkInPanel();
    panel->setKeyClock([this] { return m_keyMs += m_keyStepMs; });
    panel->entry()->setFocus();

    // Fever: 37.5 °C.
    scan(kId);
    typeKeys(QStringLiteral("张三"));
    key(Qt::Key_Return);
    typeKeys(QStringLiteral("37.5"));
    key(Qt::Key_Return);
    key(Qt::Key_N);
    ASSERT_EQ(panel->step(), ui::CheckInStep::Deferral);
    EXPECT_TRUE(text("resultMessage").contains(QStringLiteral("发热")))
        << qPrintable(text("resultMessage"));
    expectNoCodes(visibleTexts(m_desk.get()), QStringLiteral("fever, before saving"));
    key(Qt::Key_Return);
    ASSERT_EQ(panel->step(), ui::CheckInStep::Done);
    EXPECT_TRUE(text("resultMessage").contains(QStringLiteral("发热")))
        << qPrintable(text("resultMessage"));
    expectNoCodes(visibleTexts(m_desk.get()), QStringLiteral("fever, saved"));

    // Another vaccine within 14 days: question 7.
    scan(QStringLiteral("440301199001011234"));
    typeKeys(QStringLiteral("李四"));
    key(Qt::Key_Return);
    typeKeys(QStringLiteral("366"));
    key(Qt::Key_Return);
    key(Qt::Key_7);
    key(Qt::Key_N);
    ASSERT_EQ(panel->step(), ui::CheckInStep::Deferral);
    EXPECT_TRUE(text("resultMessage").contains(QStringLiteral("近期接种过其他疫苗")))
        << qPrintable(text("resultMessage"));
    expectNoCodes(visibleTexts(m_desk.get()), QStringLiteral("recent vaccine, before saving"));
    key(Qt::Key_Return);
    ASSERT_EQ(panel->step(), ui::CheckInStep::Done);
    expectNoCodes(visibleTexts(m_desk.get()), QStringLiteral("recent vaccine, saved"));
}

// A two-year-old whose screening needs a doctor: the health item names the reason, the age item
// names the catalog's minimum age in words, the site its side, in Chinese.
TEST_F(LabelsUiTest, TheChecklistShowsWordsNotCodes)
{
    {
        CheckInService service({*m_site.db, *m_clock});
        CheckInRequest r;
        r.staffId = kRegistrar;
        r.draft.name = QStringLiteral("王小宝");
        r.draft.document.number = QStringLiteral("110105201903010212");
        for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
            r.answers.insert(q.id, q.id == QLatin1String("immunodeficiency"));
        r.temperatureC = 36.6;
        r.consent.textVersion = QString::fromLatin1(vax::kConsentTextVersion);
        r.consent.signer = ConsentSigner::Guardian;
        r.consent.guardianName = QStringLiteral("王芳");
        r.consent.guardianRelation = QStringLiteral("母亲");
        auto receipt = service.checkIn(r);
        ASSERT_TRUE(receipt.ok()) << qPrintable(receipt.error().message);
    }
    openDesk(kNurse);
    key(Qt::Key_F3);
    ui::InjectionPanel* panel = m_desk->injectionPanel();
    ASSERT_EQ(QApplication::focusWidget(), static_cast<QWidget*>(panel->scanField()));
    key(Qt::Key_F5);
    ASSERT_TRUE(panel->called().has_value()) << qPrintable(text("injectionMessage"));
    scan(QStringLiteral("TRAIN-B2021001"));
    key(Qt::Key_Space);
    key(Qt::Key_Space);
    key(Qt::Key_V);
    key(Qt::Key_R);
    const auto shown = visibleTexts(m_desk.get());
    const QString all = allText(shown);
    EXPECT_TRUE(all.contains(QStringLiteral("免疫缺陷"))) << qPrintable(text("checkDetail_health"));
    EXPECT_TRUE(all.contains(QStringLiteral("右上臂三角肌"))) << qPrintable(text("siteChoice"));
    EXPECT_TRUE(all.contains(QStringLiteral("肌内注射"))) << qPrintable(text("checkTitle_route"));
    expectNoCodes(shown, QStringLiteral("checklist"));
}

TEST_F(LabelsUiTest, TheBoardAndTheObservationPageShowWordsNotCodes)
{
    auto staff = StaffRepository::findByUsername(*m_site.db, QStringLiteral("demo"));
    ASSERT_TRUE(staff.ok() && staff->has_value());
    const StaffMember admin = (*staff)->member;
    test::ObservationSeeder seeder(*m_site.db, *m_clock, admin.id, 10);
    ASSERT_TRUE(seeder.error().isEmpty()) << qPrintable(seeder.error());
    std::vector<test::ObservationSeeder::Admitted> people;
    for (int i = 0; i < 4; ++i) {
        people.push_back(seeder.admit(i, QString::number(1 + i)));
        ASSERT_FALSE(people.back().observationId.isEmpty()) << qPrintable(seeder.error());
        m_clock->advance(9 * 60'000);
    }
    AefiService aefis({*m_site.db, *m_clock});
    aefi::Report r;
    r.doseId = people[3].doseId;
    r.onset = m_clock->nowUtc().addSecs(-60);
    r.symptoms = {QStringLiteral("breathing_difficulty")};
    r.severity = QStringLiteral("severe");
    r.seriousness = QStringLiteral("serious");
    r.actions = {QStringLiteral("treated_on_site")};
    r.reporterStaffId = admin.id;
    ASSERT_TRUE(aefis.add(r).ok());
    m_clock->advance(8 * 60'000);  // overdue, may leave, observing, adverse event

    ui::ObservationBoard board(m_site);
    board.resize(1366, 768);
    board.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&board));
    board.tick();
    QStringList painted;
    board.setTextSinkForTesting([&painted](const QString& t) { painted << t; });
    board.repaint();
    board.setTextSinkForTesting({});
    std::vector<Shown> shown = visibleTexts(&board);
    for (const QString& t : painted)
        shown.push_back({QStringLiteral("ObservationBoard(painted)"), t});
    expectNoCodes(shown, QStringLiteral("board"));
    // The states in words: the first person is overdue, the second may leave, the fourth had an
    // adverse event.
    const QString boardText = painted.join(QLatin1Char('\n'));
    EXPECT_TRUE(boardText.contains(QStringLiteral("可离开"))) << qPrintable(boardText);
    EXPECT_TRUE(boardText.contains(QStringLiteral("超时"))) << qPrintable(boardText);

    ui::ObservationPage page(m_site, [admin] { return std::optional<StaffMember>(admin); });
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.tick();
    QLineEdit* number = page.numberField();
    number->setFocus();
    QTest::keyClicks(number, QString::number(people[0].queueNumber));
    QTest::keyClick(number, Qt::Key_D);  // departs (30 minutes are over)
    expectNoCodes(visibleTexts(&page), QStringLiteral("observation page"));
}
