// Check-in shows what earlier visits left on record before the screening questions, in words,
// and a doctor lifts it on the spot (password checked off the GUI thread). Real widgets on the
// offscreen platform, real key presses, a real SQLite file, a fake clock.
#include <gtest/gtest.h>

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTest>
#include <QTimeZone>

#include "checkin/checkinpanel.h"
#include "checkin/checkinservice.h"
#include "contraindication/contraindicationbox.h"
#include "contraindication/contraindicationrepository.h"
#include "desk/deskpage.h"
#include "security/staff.h"
#include "shell/style.h"
#include "site/site.h"
#include "support/signin.h"
#include "support/tempdb.h"

using namespace vax;
using Step = ui::CheckInStep;

namespace {

const QString kId = QStringLiteral("11010519491231002X");

class ContraindicationUiTest : public test::TrainingSiteTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(openTrainingSite());
        m_staff = m_admin.id;
    }

    // Yesterday the person answered "allergy: yes" and was sent home.
    QString deferYesterday()
    {
        CheckInService service({*m_site.db, *m_clock});
        CheckInRequest r;
        r.staffId = m_staff;
        r.draft.name = QStringLiteral("张三");
        r.draft.document.number = kId;
        for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
            r.answers.insert(q.id, q.id == QLatin1String("allergy"));
        r.temperatureC = 36.6;
        auto d = service.recordDeferral(r);
        EXPECT_TRUE(d.ok()) << (d.ok() ? "" : qPrintable(d.error().message));
        m_clock->advance(24LL * 3600 * 1000);
        return d.ok() ? d->personId : QString();
    }

    void openDesk()
    {
        m_desk = std::make_unique<ui::DeskPage>(m_site);
        m_desk->setStaffId(m_staff);
        panel()->setKeyClock([this] { return m_keyMs += m_keyStepMs; });
        m_desk->resize(1050, 760);
        m_desk->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_desk.get()));
        QApplication::setActiveWindow(m_desk.get());
    }

    ui::CheckInPanel* panel() const { return m_desk->checkInPanel(); }
    QLineEdit* entry() const { return panel()->entry(); }

    void scan(const QString& code)
    {
        m_keyMs += 1000;
        m_keyStepMs = 5;
        for (const QChar c : code)
            QTest::keyClick(entry(), c.toLatin1());
        m_keyStepMs = 60;
        QTest::keyClick(entry(), Qt::Key_Return);
    }

    QString m_staff;
    std::unique_ptr<ui::DeskPage> m_desk;
    qint64 m_keyMs = 0;
    qint64 m_keyStepMs = 60;
};
}  // namespace

TEST_F(ContraindicationUiTest, ShownBeforeScreeningAndLiftedByADoctorOnTheSpot)
{
    const QString personId = deferYesterday();
    ASSERT_FALSE(personId.isEmpty());
    openDesk();
    auto* box = m_desk->findChild<ui::ContraindicationBox*>(QStringLiteral("contraindicationBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_FALSE(box->isVisible());

    scan(kId);
    // The person is on file: the next step is the temperature, screening has not started …
    ASSERT_EQ(panel()->step(), Step::Temperature);
    // … and the contraindication is already on screen, in words.
    ASSERT_TRUE(box->isVisible());
    const QString shown =
        m_desk->findChild<QLabel*>(QStringLiteral("contraindicationText"))->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("Contraindication — all vaccines")))
        << qPrintable(shown);
    EXPECT_TRUE(shown.contains(QStringLiteral("Allergy to a vaccine component")))
        << qPrintable(shown);
    EXPECT_TRUE(shown.contains(QStringLiteral("screening answer"))) << qPrintable(shown);
    EXPECT_FALSE(shown.contains(QStringLiteral("health."))) << qPrintable(shown);

    // Ctrl+L: the doctor authenticates on the spot. A wrong password first.
    QTest::keyClick(entry(), Qt::Key_L, Qt::ControlModifier);
    auto* dialog = m_desk->findChild<QDialog*>(QStringLiteral("liftDialog"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitFor(
        [] {
            return QApplication::focusWidget() &&
                   QApplication::focusWidget()->objectName() == QLatin1String("doctorUser");
        },
        2000));
    const auto typeFields = [](const QStringList& values) {
        for (const QString& typed : values) {
            QWidget* field = QApplication::focusWidget();
            ASSERT_NE(field, nullptr);
            QTest::keyClicks(field, typed);
            QTest::keyClick(field, Qt::Key_Return);
        }
    };
    typeFields({QString::fromLatin1(kDemoUsername), QStringLiteral("wrong-password"),
                QStringLiteral("allergist: skin test negative")});
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    ASSERT_TRUE(
        QTest::qWaitFor([error] { return error->text().contains(QStringLiteral("wrong")); }, 20000))
        << qPrintable(error->text());
    EXPECT_EQ(test::queryNumber(*m_site.db, QStringLiteral("SELECT count(*) FROM audit WHERE "
                                                           "action = 'confirm.failed'")),
              1);
    EXPECT_TRUE(box->isVisible());

    // The right password: the password field has the focus again, Enter moves on, Enter lifts.
    auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("doctorPassword"));
    password->setFocus();
    QTest::keyClick(password, Qt::Key_A, Qt::ControlModifier);
    typeFields({QString::fromLatin1(kDemoPassword)});
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // The check runs off the GUI thread; the dialog closes when the lift is saved.
    QPointer<QDialog> open(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&open] { return open.isNull() || !open->isVisible(); }, 20000))
        << qPrintable(open ? error->text() : QString());
    EXPECT_FALSE(box->isVisible());
    auto rows = ContraindicationRepository::ofPerson(*m_site.db, personId, true);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_TRUE(rows->front().lifted());
    EXPECT_EQ(rows->front().liftReason, QStringLiteral("allergist: skin test negative"));
}
