// Issue 19, point 6: a whole clinic day walked in Simplified Chinese through the main window by
// keys — sign-in, check-ins from ID scans, a fever deferral, doses through the checklist, an
// adverse event and departures, a lot received, a fridge excursion and its release, the day's
// export and close, the catalog and the staff list. After every step the text of every visible
// widget is searched for raw codes (snake_case, ISO 8601 spans) and for English words that are
// not data.
#include <gtest/gtest.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <set>

#include "catalog/catalog.h"
#include "checkin/checkinpanel.h"
#include "checkin/consent.h"
#include "coldchain/excursionsmodel.h"
#include "coldchain/fridgepage.h"
#include "common/i18n.h"
#include "common/labels.h"
#include "dayclose/dayclosepage.h"
#include "dayclose/dayconfirmdialog.h"
#include "desk/deskpage.h"
#include "desk/injectionpanel.h"
#include "desk/recipientdisplay.h"
#include "exchange/signingkey.h"
#include "observation/observationdialogs.h"
#include "observation/observationpage.h"
#include "security/staff.h"
#include "shell/mainwindow.h"
#include "shell/style.h"
#include "shell/workspace.h"
#include "stock/scanfield.h"
#include "support/residentid.h"
#include "support/signin.h"
#include "support/tempdb.h"
#include "support/visibletext.h"

using namespace vax;
using vax::test::residentId;
using vax::test::Shown;
using vax::test::visibleTexts;

namespace {

constexpr int kHumanDelayMs = 60;
const char* kPassphrase = "day walk passphrase";

class DayWalkTest : public test::TrainingSiteTest {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(installTranslations(*qApp, QStringLiteral("zh_CN")));
        ASSERT_NO_FATAL_FAILURE(openTrainingSite());
        ASSERT_TRUE(signingkey::initFile(*m_site.db, *m_clock,
                                         m_out.filePath(QStringLiteral("key.bin")),
                                         QString::fromLatin1(kPassphrase), m_admin.id)
                        .ok());
        m_window = std::make_unique<ui::MainWindow>(m_site);
        m_window->resize(1366, 768);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        activate();
    }
    void TearDown() override
    {
        m_window.reset();
        installTranslations(*qApp, QStringLiteral("en"));
    }

    void activate()
    {
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    // Data the screens show as it was entered or shipped: lot numbers, fridge and staff names,
    // the site's name, the catalog's product codes. Removed from a text before the word check.
    QStringList dataWords() const
    {
        QStringList out;
        for (const char* sql :
             {"SELECT lot_number FROM lot", "SELECT name FROM fridge", "SELECT username FROM staff",
              "SELECT display_name FROM staff", "SELECT name FROM site",
              "SELECT district FROM site", "SELECT code FROM site"}) {
            auto q = m_site.db->exec(QString::fromLatin1(sql));
            if (!q.ok())
                continue;
            while (q->next())
                out << q->value(0).toString();
        }
        for (const Product& p : Catalog::builtIn().products())  // names include "Vero", "CHO"
            out << p.code << p.name.forLocale(currentLanguage())
                << p.manufacturer.forLocale(currentLanguage());
        out << m_typed;
        for (const QString& file : QDir(m_out.path()).entryList(QDir::Files))
            out << file;  // the export's file name
        // The demo password shown on a training login, the database's path, the consent form's
        // version id (printed on the paper form), the PC's and the site's zone ids.
        out << QString::fromLatin1(kDemoPassword) << m_tmp.path() << m_out.path()
            << QString::fromLatin1(kConsentTextVersion)
            << QString::fromLatin1(QTimeZone::systemTimeZoneId())
            << QString::fromLatin1(m_site.site.timeZone().id());
        // The signing key's fingerprint ("8502 eaaf 077e 47c0"): hex groups of a random key,
        // which may read as letters.
        if (auto where = signingkey::location(*m_site.db); where && !where->fingerprint.isEmpty())
            out << where->fingerprint;
        // Longest first, so "TRAIN-B2021001" goes before "TRAIN".
        std::sort(out.begin(), out.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        out.removeAll(QString());
        return out;
    }

    // Fails with the widget's path and text for every raw code and every English word seen.
    void expectWords(const QString& step)
    {
        QApplication::processEvents();
        static const QRegularExpression snake(QStringLiteral("[a-z]+_[a-z_]+"));
        static const QRegularExpression span(QStringLiteral("P[0-9]+[YMWD]"));
        // A word, not part of a hash or a code with digits ("83e224f3bbbd…").
        static const QRegularExpression word(
            QStringLiteral("(?<![0-9A-Za-z])[A-Za-z]{3,}(?![0-9A-Za-z])"));
        // Words that are not English to a Chinese nurse, each with its reason.
        static const QStringList allowed = {
            QStringLiteral("VaxPoint"),  // the product's name
            QStringLiteral("GTIN"),      // printed on the box as "GTIN"
            QStringLiteral("PDF"),       // the file type, as Chinese software says it
            QStringLiteral("SQLite"),    // the database file's format (admin page)
            QStringLiteral("WAL"),       // SQLite's journal mode (admin page)
            QStringLiteral("UTC"),       // time zone names (admin page)
            QStringLiteral("Asia"), QStringLiteral("Shanghai"),  // the IANA zone id (admin
                                                                 // page)
            QStringLiteral("English"),  // the language picker names each language in itself
            QStringLiteral("Ctrl"), QStringLiteral("Alt"), QStringLiteral("Esc"),
            QStringLiteral("Enter"), QStringLiteral("Space"), QStringLiteral("Tab"),
            QStringLiteral("Backspace"), QStringLiteral("Del"),  // key names as printed on keys
            QStringLiteral("DataMatrix"),  // the barcode's name, as printed beside it on the box
            QStringLiteral("SHA"),         // "SHA-256", the checksum's name the district checks
            QStringLiteral("PIN"),         // "PIN 码", the usual Chinese name of a PIN
            QStringLiteral("YYYY"),        // the date mask "YYYY-MM-DD" of a date field
        };
        const QStringList data = dataWords();
        auto shown = visibleTexts();
        shown.insert(shown.end(), m_extra.begin(), m_extra.end());
        ASSERT_FALSE(shown.empty()) << qPrintable(step);
        int codes = 0;
        int words = 0;
        for (const Shown& s : shown) {
            const QString where = step + QStringLiteral(": ") + s.widget + QStringLiteral(": ");
            if (!m_reported.insert(s.widget + QLatin1Char('|') + s.text).second)
                continue;  // said once, at the first step it was seen
            if (snake.match(s.text).hasMatch() && ++codes < 20)
                ADD_FAILURE() << "raw code: " << qPrintable(where + s.text);
            if (span.match(s.text).hasMatch() && ++codes < 20)
                ADD_FAILURE() << "raw span: " << qPrintable(where + s.text);
            QString rest = s.text;
            for (const QString& d : data)
                rest.replace(d, QStringLiteral(" "));
            auto it = word.globalMatch(rest);
            while (it.hasNext()) {
                const QString w = it.next().captured(0);
                if (allowed.contains(w) || w == QLatin1String("mL"))
                    continue;
                if (++words < 40)
                    ADD_FAILURE() << "English word \"" << qPrintable(w)
                                  << "\": " << qPrintable(where + s.text);
                break;
            }
        }
    }

    // Every row of every visible table that has `cell` in one of its columns.
    static std::vector<QStringList> rowsWith(const QString& cell)
    {
        std::vector<QStringList> rows;
        for (QWidget* top : QApplication::topLevelWidgets())
            for (auto* view : top->findChildren<QAbstractItemView*>()) {
                const QAbstractItemModel* m = view->model();
                if (!view->isVisible() || !m)
                    continue;
                for (int r = 0; r < m->rowCount(); ++r) {
                    QStringList row;
                    for (int c = 0; c < m->columnCount(); ++c)
                        row << m->index(r, c).data().toString();
                    if (row.contains(cell))
                        rows.push_back(row);
                }
            }
        return rows;
    }

    QWidget* focus() const { return QApplication::focusWidget(); }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget* w = focus();
        ASSERT_NE(w, nullptr);
        QTest::keyClick(w, k, mods, kHumanDelayMs);
    }
    void typeKeys(const QString& text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(focus(), c.toLatin1(), Qt::NoModifier, kHumanDelayMs);
            else
                QTest::sendKeyEvent(QTest::Click, focus(), Qt::Key_unknown, QString(c),
                                    Qt::NoModifier, kHumanDelayMs);
        }
    }
    // A keyboard-wedge scanner: a burst 5 ms apart on the check-in's key clock, then Enter.
    void scan(const QString& code)
    {
        m_keyMs += 1000;
        m_keyStepMs = 5;
        for (const QChar c : code)
            QTest::keyClick(focus(), c.toLatin1());
        m_keyStepMs = kHumanDelayMs;
        QTest::keyClick(focus(), Qt::Key_Return);
    }

    // Opens a modal dialog with `open` and, inside its event loop, hands it to `drive`.
    void driveModal(const std::function<void(QWidget*)>& drive, const std::function<void()>& open)
    {
        QTimer poll;
        int polls = 0;
        poll.setInterval(50);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            if (!dialog || !dialog->isVisible()) {
                if (++polls > 100) {
                    poll.stop();
                    ADD_FAILURE() << "no dialog";
                }
                return;
            }
            poll.stop();
            drive(dialog);
        });
        poll.start();
        open();
        poll.stop();
    }

    template <typename T>
    T* page(int index) const
    {
        return qobject_cast<T*>(m_window->workspace()->page(index));
    }
    void showPage(int index)
    {
        activate();
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
        ASSERT_EQ(m_window->workspace()->currentIndex(), index);
    }
    qint64 count(const char* sql) const
    {
        return test::queryNumber(*m_site.db, QString::fromLatin1(sql));
    }

    QTemporaryDir m_out;
    std::unique_ptr<ui::MainWindow> m_window;
    std::set<QString> m_reported;
    std::vector<Shown> m_extra;  // texts painted, not held by a widget
    QStringList m_typed;         // what the test typed or scanned: data
    qint64 m_keyMs = 0;
    qint64 m_keyStepMs = kHumanDelayMs;
};

}  // namespace

TEST_F(DayWalkTest, AWholeDayInChineseShowsNoCodeAndNoEnglish)
{
    expectWords(QStringLiteral("login"));

    // Sign in by keys.
    ASSERT_TRUE(test::signInAsDemo(*m_window, 20000));
    m_typed << QString::fromLatin1(kDemoUsername);
    expectWords(QStringLiteral("signed in"));

    // Seven check-ins from ID scans, and a fever that defers.
    ui::DeskPage* desk = m_window->deskPage();
    ui::CheckInPanel* checkin = desk->checkInPanel();
    checkin->setKeyClock([this] { return m_keyMs += m_keyStepMs; });
    activate();
    checkin->entry()->setFocus();
    const QStringList names = {QStringLiteral("张伟"), QStringLiteral("王芳"),
                               QStringLiteral("李娜"), QStringLiteral("刘洋"),
                               QStringLiteral("陈静"), QStringLiteral("杨磊"),
                               QStringLiteral("赵敏"), QStringLiteral("黄强")};
    for (int i = 0; i < names.size(); ++i) {
        const bool fever = i == 3;
        const QString id = residentId(QDate(1970 + i, 3, 1 + i), 20 + i);
        m_typed << id;
        scan(id);
        ASSERT_EQ(checkin->step(), ui::CheckInStep::Name) << i;
        typeKeys(names.at(i));
        key(Qt::Key_Return);
        typeKeys(fever ? QStringLiteral("37.6") : QStringLiteral("36.6"));
        key(Qt::Key_Return);
        expectWords(QStringLiteral("check-in %1, screening").arg(i + 1));
        key(Qt::Key_N);
        if (fever) {
            ASSERT_EQ(checkin->step(), ui::CheckInStep::Deferral);
            expectWords(QStringLiteral("fever deferral, before saving"));
            key(Qt::Key_Return);
            ASSERT_EQ(checkin->step(), ui::CheckInStep::Done);
            expectWords(QStringLiteral("fever deferral, saved"));
            continue;
        }
        expectWords(QStringLiteral("check-in %1, consent").arg(i + 1));
        key(Qt::Key_Return);
        ASSERT_EQ(checkin->step(), ui::CheckInStep::Done) << i;
        expectWords(QStringLiteral("check-in %1, done").arg(i + 1));
        m_clock->advance(2 * 60'000);
    }
    EXPECT_EQ(count("SELECT count(*) FROM visit"), 7);

    // Five doses through the checklist, by keys.
    key(Qt::Key_F3);
    ui::InjectionPanel* injection = desk->injectionPanel();
    ASSERT_EQ(focus(), static_cast<QWidget*>(injection->scanField()));
    for (int i = 0; i < 5; ++i) {
        key(Qt::Key_F5);
        ASSERT_TRUE(injection->called().has_value()) << i;
        if (i == 0)
            key(Qt::Key_F9);  // the recipient's screen: a window of its own, walked with the rest
        expectWords(QStringLiteral("dose %1, called").arg(i + 1));
        scan(QStringLiteral("TRAIN-B2021001"));
        key(Qt::Key_Space);
        key(Qt::Key_Space);
        key(Qt::Key_V);
        key(i % 2 ? Qt::Key_R : Qt::Key_L);
        expectWords(QStringLiteral("dose %1, checklist").arg(i + 1));
        key(Qt::Key_Return);
        ASSERT_EQ(count("SELECT count(*) FROM dose"), i + 1);
        expectWords(QStringLiteral("dose %1, saved").arg(i + 1));
        m_extra = {{QStringLiteral("recipientDisplay(status)"),
                    injection->recipientDisplay()->statusText()}};
        expectWords(QStringLiteral("dose %1, recipient's screen").arg(i + 1));
        m_extra.clear();
        m_clock->advance(3 * 60'000);
    }

    // The first person comes back to the check-in desk: already checked in, vaccinated.
    key(Qt::Key_F2);
    ASSERT_EQ(focus(), static_cast<QWidget*>(checkin->entry()));
    scan(residentId(QDate(1970, 3, 1), 20));
    ASSERT_EQ(checkin->step(), ui::CheckInStep::Done);
    expectWords(QStringLiteral("the same person again"));

    // The observation page: an adverse event for the first, departures after 30 minutes.
    showPage(1);
    auto* observation = page<ui::ObservationPage>(1);
    ASSERT_NE(observation, nullptr);
    observation->tick();
    expectWords(QStringLiteral("observation"));
    QLineEdit* number = observation->numberField();
    number->setFocus();
    const int first = static_cast<int>(
        count("SELECT v.queue_number FROM visit v JOIN dose d ON d.visit_id = v.id "
              "ORDER BY d.administered_at LIMIT 1"));
    QTest::keyClicks(number, QString::number(first));
    QTest::keyClick(number, Qt::Key_A);
    auto* aefi = observation->findChild<ui::AefiDialog*>();
    ASSERT_NE(aefi, nullptr);
    aefi->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(aefi));
    QTest::keyClick(aefi->focusWidget(), Qt::Key_6);  // dizziness
    expectWords(QStringLiteral("adverse event dialog"));
    QTest::keyClick(aefi->focusWidget(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return observation->findChild<ui::AefiDialog*>() == nullptr; }, 5000));
    EXPECT_EQ(count("SELECT count(*) FROM adverse_event"), 1);
    expectWords(QStringLiteral("adverse event recorded"));
    m_clock->advance(31 * 60'000);
    observation->tick();
    activate();
    number->setFocus();
    auto departing = m_site.db->exec(
        QStringLiteral("SELECT v.queue_number FROM visit v JOIN dose d ON d.visit_id = v.id "
                       "WHERE v.queue_number <> ? ORDER BY d.administered_at LIMIT 2"),
        {first});
    ASSERT_TRUE(departing.ok());
    while (departing->next()) {
        QTest::keyClicks(number, departing->value(0).toString());
        QTest::keyClick(number, Qt::Key_D);
        expectWords(QStringLiteral("departure of %1").arg(departing->value(0).toInt()));
    }
    EXPECT_EQ(count("SELECT count(*) FROM observation WHERE state = 'departed'"), 2);

    // The stock page: a lot received from a GS1 scan in the receive dialog (Ctrl+R).
    showPage(2);
    expectWords(QStringLiteral("stock"));
    bool received = false;
    driveModal(
        [this, &received](QWidget* dialog) {
            auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("scanField"));
            field->setFocus();
            QTest::keyClicks(field,
                             QStringLiteral("]d20106901234500011") + QStringLiteral("10B2021099"));
            QTest::keyClick(field, Qt::Key_BracketRight, Qt::ControlModifier);
            QTest::keyClicks(field, QStringLiteral("17300630"));
            QTest::keyClick(field, Qt::Key_Return);
            auto* vials = dialog->findChild<QSpinBox*>(QStringLiteral("vials"));
            vials->setFocus();
            QTest::keyClick(vials, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(vials, QStringLiteral("20"));
            m_typed << QStringLiteral("B2021099");
            expectWords(QStringLiteral("receive dialog"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
            received = true;
        },
        [this] { key(Qt::Key_R, Qt::ControlModifier); });
    ASSERT_TRUE(received);
    EXPECT_EQ(count("SELECT count(*) FROM lot WHERE lot_number = 'B2021099'"), 1);
    expectWords(QStringLiteral("lot received"));
    // Count and reconcile the training lot used today.
    auto* lots = m_window->findChild<QTableView*>(QStringLiteral("lotsTable"));
    ASSERT_NE(lots, nullptr);
    lots->selectRow(0);
    auto* countButton = m_window->findChild<QPushButton*>(QStringLiteral("countButton"));
    ASSERT_NE(countButton, nullptr);
    driveModal(
        [this](QWidget* dialog) {
            expectWords(QStringLiteral("count dialog"));
            QTest::keyClick(dialog, Qt::Key_Escape);
        },
        [countButton] { QTest::mouseClick(countButton, Qt::LeftButton); });

    // The cold chain: 9.4 °C, back to 5.0 °C, the release with a reason.
    showPage(3);
    auto* fridges = page<ui::FridgePage>(3);
    ASSERT_NE(fridges, nullptr);
    auto* celsius = fridges->findChild<QLineEdit*>(QStringLiteral("celsiusInput"));
    celsius->setFocus();
    QTest::keyClicks(celsius, QStringLiteral("9.4"));
    QTest::keyClick(celsius, Qt::Key_Return);
    ASSERT_EQ(fridges->excursions()->rowCount(), 1);
    expectWords(QStringLiteral("excursion"));
    m_clock->advance(20 * 60'000);
    celsius->setFocus();
    QTest::keyClicks(celsius, QStringLiteral("5.0"));
    QTest::keyClick(celsius, Qt::Key_Return);
    expectWords(QStringLiteral("back in range"));
    auto* table = fridges->findChild<QTableView*>(QStringLiteral("excursionTable"));
    table->selectRow(0);
    auto* reason = fridges->findChild<QLineEdit*>(QStringLiteral("decisionReason"));
    reason->setFocus();
    typeKeys(QStringLiteral("温度已恢复，稳定性数据允许"));
    key(Qt::Key_L, Qt::AltModifier);
    EXPECT_FALSE(fridges->excursions()->excursion(0)->open());
    expectWords(QStringLiteral("released"));

    // The day: export (key file set up above), then close.
    auto* day = page<ui::DayClosePage>(4);
    ASSERT_NE(day, nullptr);
    day->setFolderProvider([this] { return m_out.path(); });
    day->setPassphraseProvider(
        [] { return std::optional<QString>(QString::fromLatin1(kPassphrase)); });
    showPage(4);
    expectWords(QStringLiteral("day close"));
    // The reconciliation names the vaccine as the catalog does in Chinese, not by its code.
    const QString productName =
        Catalog::builtIn().find(QStringLiteral("BBIBP-CorV"))->name.forLocale(currentLanguage());
    ASSERT_FALSE(rowsWith(QStringLiteral("TRAIN-B2021001")).empty());
    for (const QStringList& row : rowsWith(QStringLiteral("TRAIN-B2021001")))
        EXPECT_TRUE(row.contains(productName)) << qPrintable(row.join(QLatin1Char('|')));
    QSignalSpy exported(day, &ui::DayClosePage::exportFinished);
    day->startExport();
    ASSERT_TRUE(exported.wait(60'000));
    EXPECT_TRUE(exported.first().first().toBool()) << qPrintable(day->message());
    expectWords(QStringLiteral("exported"));
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return day->confirmation() != nullptr; }, 5000));
    expectWords(QStringLiteral("close confirmation"));
    auto* typed = day->confirmation()->findChild<QLineEdit*>(QStringLiteral("typedDay"));
    ASSERT_NE(typed, nullptr);
    QTest::keyClicks(typed, m_site.calendar().today().toString(Qt::ISODate));
    QTest::keyClick(typed, Qt::Key_Return);
    EXPECT_TRUE(day->summary().closed) << qPrintable(day->message());
    expectWords(QStringLiteral("day closed"));

    // The catalog, the site and the staff.
    showPage(5);
    expectWords(QStringLiteral("administration"));
    // The catalog: the route and the minimum age in words.
    const auto catalogRows = rowsWith(QStringLiteral("BBIBP-CorV"));
    ASSERT_FALSE(catalogRows.empty());
    EXPECT_TRUE(catalogRows.front().contains(QStringLiteral("肌内注射")))
        << qPrintable(catalogRows.front().join(QLatin1Char('|')));
    EXPECT_TRUE(catalogRows.front().contains(QStringLiteral("3 岁")))
        << qPrintable(catalogRows.front().join(QLatin1Char('|')));
    showPage(6);
    expectWords(QStringLiteral("staff"));
}

namespace {

bool hasCjk(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x3000 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

}  // namespace

// Qt's own dialogs (print, file, OK/Cancel) speak the user's language: Qt's translations are
// loaded with VaxPoint's.
TEST_F(DayWalkTest, QtsOwnButtonsAreInChinese)
{
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    EXPECT_EQ(QCoreApplication::translate("QFileDialog", "Open"), QStringLiteral("打开"));
    ASSERT_TRUE(installTranslations(*qApp, QStringLiteral("en")));
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    EXPECT_EQ(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

// A message shown before a switch from Chinese to English is shown again in English (or goes):
// no label keeps the previous language.
TEST_F(DayWalkTest, MessagesFollowALiveLanguageSwitch)
{
    ASSERT_TRUE(test::signInAsDemo(*m_window, 20000));

    // The desk: a check-in started from a scan, an injection desk with a person called.
    ui::DeskPage* desk = m_window->deskPage();
    ui::CheckInPanel* checkin = desk->checkInPanel();
    checkin->setKeyClock([this] { return m_keyMs += m_keyStepMs; });
    activate();
    checkin->entry()->setFocus();
    scan(residentId(QDate(1980, 5, 5), 31));
    typeKeys(QStringLiteral("张伟"));
    key(Qt::Key_Return);
    typeKeys(QStringLiteral("36.6"));
    key(Qt::Key_Return);
    key(Qt::Key_N);
    key(Qt::Key_Return);
    ASSERT_EQ(checkin->step(), ui::CheckInStep::Done);
    scan(QStringLiteral("NOT-AN-ID"));
    key(Qt::Key_F3);
    key(Qt::Key_F5);
    scan(QStringLiteral("NO-SUCH-LOT"));

    // The stock page: an action with no lot selected.
    showPage(2);
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("countButton")),
                      Qt::LeftButton);

    // The observation page: a number nobody has.
    showPage(1);
    auto* observation = page<ui::ObservationPage>(1);
    QLineEdit* number = observation->numberField();
    number->setFocus();
    QTest::keyClicks(number, QStringLiteral("9"));
    QTest::keyClick(number, Qt::Key_D);
    auto* observationMessage =
        observation->findChild<QLabel*>(QStringLiteral("observationMessage"));
    ASSERT_TRUE(hasCjk(observationMessage->text())) << qPrintable(observationMessage->text());

    // The cold chain: a reading in range.
    showPage(3);
    auto* fridges = page<ui::FridgePage>(3);
    auto* celsius = fridges->findChild<QLineEdit*>(QStringLiteral("celsiusInput"));
    celsius->setFocus();
    QTest::keyClicks(celsius, QStringLiteral("5.0"));
    QTest::keyClick(celsius, Qt::Key_Return);
    auto* reading = fridges->findChild<QLabel*>(QStringLiteral("readingMessage"));
    ASSERT_TRUE(hasCjk(reading->text())) << qPrintable(reading->text());

    m_window->chooseLanguage(QStringLiteral("en"));
    QApplication::processEvents();
    EXPECT_FALSE(hasCjk(observationMessage->text())) << qPrintable(observationMessage->text());
    EXPECT_EQ(observationMessage->text(),
              QStringLiteral("Number 9 is not in the observation area."));
    EXPECT_FALSE(hasCjk(reading->text())) << qPrintable(reading->text());
    EXPECT_TRUE(reading->text().startsWith(QStringLiteral("Recorded 5")))
        << qPrintable(reading->text());
    // Nothing visible on any page stays in Chinese, but data (the site's, the fridge's and
    // people's names, named when they were entered).
    QStringList data = dataWords();
    data << QStringLiteral("张伟") << QStringLiteral("张*");
    for (int index = 0; index < m_window->workspace()->pageCount(); ++index) {
        showPage(index);
        for (const Shown& s : visibleTexts()) {
            if (s.widget.contains(QStringLiteral("statusLanguage")))
                continue;  // each language named in itself: "简体中文"
            if (s.widget.contains(QStringLiteral("checkGroup")))
                continue;  // "三查 Three checks": the Chinese term of practice, kept on purpose
            QString rest = s.text;
            for (const QString& d : data)
                rest.replace(d, QStringLiteral(" "));
            EXPECT_FALSE(hasCjk(rest))
                << index << " " << qPrintable(s.widget + QStringLiteral(": ") + s.text);
        }
        if (index == 0) {
            key(Qt::Key_F2);  // the desk's other half
            for (const Shown& s : visibleTexts()) {
                if (s.widget.contains(QStringLiteral("statusLanguage")))
                    continue;
                QString rest = s.text;
                for (const QString& d : data)
                    rest.replace(d, QStringLiteral(" "));
                EXPECT_FALSE(hasCjk(rest))
                    << "check-in " << qPrintable(s.widget + QStringLiteral(": ") + s.text);
            }
        }
    }
}
