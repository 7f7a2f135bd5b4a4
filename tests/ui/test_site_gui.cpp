// Site mode in the window (docs/site.md 5), against a real PostgreSQL started and stopped by the
// test (labels gui and site): the status-bar item hidden while the desk works alone, "connected"
// once it has joined, "offline since 09:00, N records waiting" (the site's clock) while the
// server is down, connected again when it is back; the join page typed with real key presses,
// refusing a wrong password by naming the field; the background replicator pushing a record
// written at the desk. Every wait polls with a generous deadline: nothing depends on speed.
#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <functional>
#include <iostream>
#include <map>

#include "checkin/checkinservice.h"
#include "checkin/screening.h"
#include "coldchain/fridges.h"
#include "common/i18n.h"
#include "desk/deskpage.h"
#include "desk/injectionpanel.h"
#include "security/secretstore.h"
#include "security/staff.h"
#include "shell/mainwindow.h"
#include "shell/style.h"
#include "site/site.h"
#include "sitefixture.h"
#include "sitesync/pendingrows.h"
#include "sitesync/replicator.h"
#include "sitesync/siteconflictspanel.h"
#include "sitesync/sitejoinpage.h"
#include "sitesync/sitelink.h"
#include "sitesync/sitepasswordbox.h"
#include "sitesync/sitereplicator.h"
#include "sitesync/sitestatusitem.h"
#include "stock/lotservice.h"
#include "storage/backup.h"
#include "storage/meta.h"
#include "support/residentid.h"
#include "support/tempdb.h"
#include "ui/screenshot.h"

using namespace vax;
using namespace vax::test;

namespace {

constexpr int kDeadlineMs = 60'000;  // generous: a loaded PC, PostgreSQL starting again
const QString kSiteCode = QStringLiteral("TEST-001");

// One keychain for the window's threads (the replicator's, the join's) and the test's: an
// in-memory map behind a lock, each thread holding its own view.
struct SharedKeychain {
    QMutex mutex;
    std::map<QString, QByteArray> values;
};

class SharedSecretStore final : public SecretStore {
public:
    explicit SharedSecretStore(std::shared_ptr<SharedKeychain> k) : m_k(std::move(k)) {}
    Result<std::optional<QByteArray>> get(const QString& key) override
    {
        QMutexLocker lock(&m_k->mutex);
        auto it = m_k->values.find(key);
        return it == m_k->values.end() ? std::optional<QByteArray>()
                                       : std::optional<QByteArray>(it->second);
    }
    Status set(const QString& key, const QByteArray& value) override
    {
        QMutexLocker lock(&m_k->mutex);
        m_k->values[key] = value;
        return {};
    }
    Status remove(const QString& key) override
    {
        QMutexLocker lock(&m_k->mutex);
        m_k->values.erase(key);
        return {};
    }
    QString describe() const override { return QStringLiteral("the test keychain"); }

private:
    std::shared_ptr<SharedKeychain> m_k;
};

class SiteGuiTest : public SiteServerTest {
protected:
    void SetUp() override
    {
        SiteServerTest::SetUp();
        if (HasFatalFailure())
            return;
        auto report = init(kSiteCode, 3);
        ASSERT_TRUE(report.ok()) << qPrintable(report.error().message);
        ui::applyAppStyle(*qApp);
        m_clock = std::make_shared<FakeClock>(testNow());  // 09:00 at the site
        m_site.clock = m_clock;
        m_site.db = m_tmp.openTrainingSite(*m_clock, &m_site.site);
        ASSERT_TRUE(m_site.db);
        ASSERT_EQ(m_site.site.code, kSiteCode);
        auto staff =
            StaffRepository::findByUsername(*m_site.db, QString::fromLatin1(kDemoUsername));
        ASSERT_TRUE(staff.ok() && staff->has_value());
        m_admin = (*staff)->member;
    }
    ui::SecretStoreFactory secrets() const
    {
        return [k = m_keychain] { return std::make_unique<SharedSecretStore>(k); };
    }
    ui::CurrentUser admin() const
    {
        return [this] { return std::optional<StaffMember>(m_admin); };
    }
    void joinDirectly(int desk)
    {
        sitesync::JoinRequest r;
        r.serverUrl = deskUrl();
        r.desk = desk;
        r.password = passwords[desk];
        SharedSecretStore store(m_keychain);
        auto joined = sitesync::SiteJoinService::join(m_site.serviceContext(m_admin.id), r, store);
        ASSERT_TRUE(joined.ok()) << qPrintable(joined.error().message);
    }
    void openWindow()
    {
        m_window = std::make_unique<ui::MainWindow>(m_site, nullptr, secrets());
        m_window->resize(1280, 800);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }
    ui::SiteStatusItem* item() const { return m_window->siteStatusItem(); }
    // The join page's fields, found by their object names.
    struct JoinFields {
        QLineEdit* url = nullptr;
        QSpinBox* desk = nullptr;
        QLineEdit* password = nullptr;
        QLabel* message = nullptr;
    };
    static JoinFields joinFields(ui::SiteJoinPage& page)
    {
        return {page.findChild<QLineEdit*>(QStringLiteral("siteServerUrl")),
                page.findChild<QSpinBox*>(QStringLiteral("siteDesk")),
                page.findChild<QLineEdit*>(QStringLiteral("sitePassword")),
                page.findChild<QLabel*>(QStringLiteral("siteJoinMessage"))};
    }
    // The join page as its own window, the size of the admin workspace's page.
    static JoinFields showJoinPage(ui::SiteJoinPage& page)
    {
        page.resize(1000, 560);
        page.show();
        page.activateWindow();
        return joinFields(page);
    }
    // Asks for a round now and waits until the item says what `expected` wants.
    bool roundUntil(const std::function<bool(const QString&)>& expected)
    {
        m_window->siteReplicator()->syncNow();
        return QTest::qWaitFor([&] { return expected(item()->text()); }, kDeadlineMs);
    }
    // A lot received at this desk: two replicated rows (the lot, its receipt).
    void receiveLot(const QString& number)
    {
        auto fridge = FridgeRepository::find(*m_site.db, QStringLiteral("Fridge 1 (training)"));
        ASSERT_TRUE(fridge.ok());
        LotReceipt r;
        r.productCode = QStringLiteral("BBIBP-CorV");
        r.lotNumber = number;
        r.expiry = m_site.calendar().today().addDays(200);
        r.vials = 10;
        r.fridgeId = fridge->id;
        auto lot = LotService::receive(m_site.serviceContext(m_admin.id), r);
        ASSERT_TRUE(lot.ok()) << qPrintable(lot.error().message);
    }
    qint64 backlog()
    {
        auto pushed = readMeta(*m_site.db, QStringLiteral("site.pushed_seq"));
        auto b = sitesync::outboxBacklog(*m_site.db, pushed ? pushed->toLongLong() : 0);
        return b.valueOr(-1);
    }
    QString serverLots(const QString& number)
    {
        return pg.value(kSiteDb, QStringLiteral("SELECT count(*) FROM vaxsite.record WHERE tbl = "
                                                "'lot' AND payload->>'lot_number' = '%1'")
                                     .arg(number));
    }

    TempDb m_tmp;
    std::shared_ptr<FakeClock> m_clock;
    SiteContext m_site;
    StaffMember m_admin;
    std::shared_ptr<SharedKeychain> m_keychain = std::make_shared<SharedKeychain>();
    std::unique_ptr<ui::MainWindow> m_window;
};

}  // namespace

TEST_F(SiteGuiTest, TheStatusItemSaysNotJoinedConnectedOfflineSinceAndConnectedAgain)
{
    ASSERT_NO_FATAL_FAILURE(openWindow());
    // Not joined: the first round finds no link, and the item stays out of the way.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->siteReplicator()->lastRound().has_value(); },
                                kDeadlineMs));
    EXPECT_FALSE(m_window->siteReplicator()->lastRound()->status.link.has_value());
    EXPECT_TRUE(item()->isHidden());
    EXPECT_EQ(item()->text(), QStringLiteral("Site server: not joined"));

    ASSERT_NO_FATAL_FAILURE(joinDirectly(2));
    ASSERT_TRUE(roundUntil([](const QString& t) {
        return t == QStringLiteral("Site server: connected");
    })) << qPrintable(item()->text());
    EXPECT_TRUE(item()->isVisible());
    EXPECT_EQ(backlog(), 0);  // the training site's demo rows went with the first round
    EXPECT_FALSE(item()->toolTip().isEmpty());
    saveScreenshot(m_window->statusBar(), QStringLiteral("site-status-connected"));

    // The server goes away: the nurse keeps working; the item says since when, in the site's
    // clock (09:00 in Asia/Shanghai whatever the PC's zone), and what waits.
    ASSERT_TRUE(pg.stop()) << qPrintable(pg.error());
    ASSERT_TRUE(roundUntil([](const QString& t) { return t.contains(QStringLiteral("offline")); }))
        << qPrintable(item()->text());
    EXPECT_EQ(item()->text(),
              QStringLiteral("Site server: offline since 09:00, 0 record(s) waiting"));
    ASSERT_NO_FATAL_FAILURE(receiveLot(QStringLiteral("GUI-OFFLINE-1")));
    const qint64 waiting = backlog();
    EXPECT_EQ(waiting, 2);
    ASSERT_TRUE(roundUntil([&](const QString& t) {
        return t == QStringLiteral("Site server: offline since 09:00, %1 record(s) waiting")
                        .arg(waiting);
    })) << qPrintable(item()->text());
    saveScreenshot(m_window.get(), QStringLiteral("site-window-offline"));
    saveScreenshot(m_window->statusBar(), QStringLiteral("site-status-offline"));
    // docs/site.md's picture: the status bar as the nurses read it (it retranslates itself).
    EXPECT_FALSE(saveScreenshotIn(m_window->statusBar(), QStringLiteral("site-status-offline"),
                                  QStringLiteral("zh_CN"))
                     .isEmpty());

    // Back: the waiting records go, the item says connected again.
    ASSERT_TRUE(pg.start()) << qPrintable(pg.error());
    ASSERT_TRUE(roundUntil([](const QString& t) {
        return t == QStringLiteral("Site server: connected");
    })) << qPrintable(item()->text());
    EXPECT_EQ(backlog(), 0);
    EXPECT_EQ(serverLots(QStringLiteral("GUI-OFFLINE-1")), QStringLiteral("1"));

    // A clean stop: the round finishes, the thread is joined.
    m_window->siteReplicator()->stop();
    EXPECT_FALSE(m_window->siteReplicator()->isRunning());
    m_window.reset();
}

// docs/site.md's picture of the join page, as the site's administrator reads it: zh_CN installed
// before the page is built and the wrong password typed, so the refusal comes in Chinese too.
TEST_F(SiteGuiTest, TheJoinPageRefusesAWrongPasswordInChinese)
{
    ASSERT_TRUE(installTranslations(*qApp, QStringLiteral("zh_CN")));
    {
        ui::SiteJoinPage page(m_site, admin(), secrets());
        const auto [url, desk, password, message] = showJoinPage(page);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
        ASSERT_TRUE(url && desk && password && message);
        url->setText(deskUrl());
        desk->setValue(2);
        password->setFocus();
        QTest::keyClicks(password, QStringLiteral("not-the-password"));
        QTest::keyClick(password, Qt::Key_Return);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !page.isJoining(); }, kDeadlineMs));
        EXPECT_FALSE(message->text().isEmpty());
        EXPECT_FALSE(message->text().startsWith(QStringLiteral("Desk password:")))
            << "the refusal is not translated: " << qPrintable(message->text());
        EXPECT_EQ(QApplication::focusWidget(), password);
        auto link = sitesync::SiteJoinService::link(*m_site.db);
        ASSERT_TRUE(link.ok());
        EXPECT_FALSE(link->has_value());
        EXPECT_FALSE(
            saveScreenshot(&page, QStringLiteral("site-join-wrong-password-zh_CN")).isEmpty());
    }
    ASSERT_TRUE(installTranslations(*qApp, QStringLiteral("en")));
}

TEST_F(SiteGuiTest, TheJoinPageJoinsWithKeyPressesAndNamesAWrongPassword)
{
    ui::SiteJoinPage page(m_site, admin(), secrets());
    const auto [url, desk, password, message] = showJoinPage(page);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    ASSERT_TRUE(url && desk && password && message);
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    auto* passwordBox = page.findChild<ui::SitePasswordBox*>();
    ASSERT_TRUE(passwordBox);
    EXPECT_FALSE(passwordBox->isVisible()) << "no server password to change before joining";

    // Address, Tab, desk number, Tab, a wrong password, Enter.
    url->setFocus();
    QTest::keyClicks(url, deskUrl());
    QTest::keyClick(url, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), desk);
    QTest::keyClicks(desk, QStringLiteral("2"));
    QTest::keyClick(desk, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), password);
    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    QTest::keyClick(password, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.isJoining(); }, kDeadlineMs));
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("Desk password:")))
        << qPrintable(message->text());
    EXPECT_TRUE(message->text().contains(QStringLiteral("desk 2")));
    EXPECT_EQ(QApplication::focusWidget(), password);  // the cursor where the fix is typed
    EXPECT_EQ(desk->value(), 2);
    auto link = sitesync::SiteJoinService::link(*m_site.db);
    ASSERT_TRUE(link.ok());
    EXPECT_FALSE(link->has_value());  // nothing written
    EXPECT_TRUE(m_keychain->values.empty());
    saveScreenshot(&page, QStringLiteral("site-join-wrong-password"));

    // The right password typed over the selected wrong one, Enter: joined.
    QTest::keyClicks(password, passwords[2]);
    QTest::keyClick(password, Qt::Key_Enter);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.isJoining(); }, kDeadlineMs));
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("Joined:")))
        << qPrintable(message->text());
    link = sitesync::SiteJoinService::link(*m_site.db);
    ASSERT_TRUE(link.ok() && link->has_value());
    EXPECT_EQ((*link)->desk, 2);
    EXPECT_TRUE(password->text().isEmpty());
    EXPECT_EQ(m_keychain->values.at(sitesync::deskSecretKey(m_site.site.uuid, 2)),
              passwords[2].toUtf8());
    EXPECT_TRUE(passwordBox->isVisible());
    EXPECT_EQ(pg.value(kSiteDb, QStringLiteral("SELECT incarnation::text FROM vaxsite.desk WHERE "
                                               "desk_no = 2")),
              (*link)->incarnation);
    saveScreenshot(&page, QStringLiteral("site-join-joined"));

    // Desk 2 again from another database: taken, said at the desk number.
    TempDb other;
    FakeClock clock(testNow());
    SiteInfo otherSite;
    SiteContext second;
    second.clock = m_clock;
    second.db = other.openTrainingSite(clock, &otherSite);
    second.site = otherSite;
    auto secondAdmin =
        StaffRepository::findByUsername(*second.db, QString::fromLatin1(kDemoUsername));
    ASSERT_TRUE(secondAdmin.ok() && secondAdmin->has_value());
    const StaffMember actor2 = (*secondAdmin)->member;
    ui::SiteJoinPage page2(
        second, [actor2] { return std::optional<StaffMember>(actor2); }, secrets());
    page2.show();
    const auto [url2, desk2, password2, message2] = joinFields(page2);
    url2->setText(deskUrl());
    desk2->setValue(2);
    password2->setText(passwords[2]);
    QTest::keyClick(password2, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page2.isJoining(); }, kDeadlineMs));
    EXPECT_TRUE(message2->text().startsWith(QStringLiteral("Desk number:")))
        << qPrintable(message2->text());
    EXPECT_TRUE(message2->text().contains(QStringLiteral("Take over this desk number")));
}

// Administration ▸ Site server lists the site's open conflicts and the records set aside here;
// a site administrator resolves one with the keyboard: Enter on its row, the note, Enter.
TEST_F(SiteGuiTest, TheSiteAdminResolvesAConflictOnTheSiteServerPageWithKeyPresses)
{
    joinDirectly(1);
    ASSERT_FALSE(HasFatalFailure());
    const QString id = pg.value(
        kSiteDb, QStringLiteral("INSERT INTO vaxsite.conflict(kind, tbl, row_id, desk_no, detail) "
                                "VALUES ('double_dose', 'dose', 'dose-a', 2, '{\"person\": "
                                "\"person-1\", \"series\": \"COVID-19\", \"dose_number\": 1, "
                                "\"doses\": [\"dose-a\", \"dose-b\"], \"desks\": [1, 2]}') "
                                "RETURNING id"));
    ASSERT_FALSE(id.isEmpty());
    {
        SharedSecretStore store(m_keychain);
        auto synced = sitesync::SiteSyncService::sync(*m_site.db, *m_clock, store, {});
        ASSERT_TRUE(synced.ok()) << qPrintable(synced.error().message);
        EXPECT_EQ(synced->openConflicts, 1);
    }
    sitesync::PendingRow waiting;
    waiting.table = QStringLiteral("fridge");
    waiting.id = QStringLiteral("fridge-of-desk-2");
    waiting.desk = 2;
    waiting.deskSeq = 7;
    waiting.reason = QStringLiteral("UNIQUE constraint failed: fridge.name");
    ASSERT_TRUE(sitesync::PendingRows::setAside(*m_site.db, waiting, m_clock->nowUtc()).ok());

    ui::SiteJoinPage page(m_site, admin(), secrets());
    showJoinPage(page);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    ui::SiteConflictsPanel* panel = page.conflictsPanel();
    ASSERT_TRUE(panel);
    auto* view = panel->findChild<QTableView*>(QStringLiteral("siteConflicts"));
    auto* note = panel->findChild<QLineEdit*>(QStringLiteral("siteConflictNote"));
    auto* message = panel->findChild<QLabel*>(QStringLiteral("siteConflictMessage"));
    ASSERT_TRUE(view && note && message);
    ASSERT_EQ(view->model()->rowCount(), 2);  // the conflict, then the record set aside
    EXPECT_EQ(view->model()->index(0, 0).data().toString(), QStringLiteral("#") + id);
    EXPECT_TRUE(view->model()->index(1, 2).data().toString().contains(QStringLiteral("UNIQUE")));

    // The record set aside is not resolved here: Enter on it says so and stays on the list.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_EQ(QApplication::focusWidget(), view);
    EXPECT_FALSE(message->text().isEmpty());
    // The conflict: Enter goes to the note; Enter without a note names the note.
    QTest::keyClick(view, Qt::Key_Up);
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(QApplication::focusWidget(), note);
    QTest::keyClick(note, Qt::Key_Return);
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("Resolution note:")))
        << qPrintable(message->text());
    EXPECT_EQ(QApplication::focusWidget(), note);
    EXPECT_EQ(pg.value(kSiteDb, QStringLiteral("SELECT count(*) FROM vaxsite.conflict WHERE "
                                               "resolved_at IS NOT NULL")),
              QStringLiteral("0"));
    QTest::keyClicks(note, QStringLiteral("both doses confirmed with the person"));
    QTest::keyClick(note, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel->isResolving(); }, kDeadlineMs));
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("#") + id + QStringLiteral(" resolved")))
        << qPrintable(message->text());
    EXPECT_EQ(
        pg.value(
            kSiteDb,
            QStringLiteral("SELECT resolution_note FROM vaxsite.conflict WHERE id = %1").arg(id)),
        QStringLiteral("both doses confirmed with the person"));
    EXPECT_EQ(queryNumber(*m_site.db, QStringLiteral("SELECT count(*) FROM site_conflict WHERE "
                                                     "resolved_at IS NOT NULL")),
              1);
    EXPECT_EQ(view->model()->rowCount(), 1) << "only the record set aside is left";
    EXPECT_TRUE(note->text().isEmpty());
}

TEST_F(SiteGuiTest, TheReplicatorPushesARecordWrittenAtTheDesk)
{
    ASSERT_NO_FATAL_FAILURE(joinDirectly(1));
    ASSERT_NO_FATAL_FAILURE(openWindow());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return item()->text() == QStringLiteral("Site server: connected"); }, kDeadlineMs))
        << qPrintable(item()->text());

    // A nurse's write on the window's connection while the worker runs; no round is asked for:
    // the replicator's own timer takes it.
    ASSERT_NO_FATAL_FAILURE(receiveLot(QStringLiteral("GUI-PUSH-1")));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return serverLots(QStringLiteral("GUI-PUSH-1")) == QStringLiteral("1"); },
        kDeadlineMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return backlog() == 0; }, kDeadlineMs));
    m_window.reset();  // stops the replicator and joins its thread
}

// A measurement, not a speed test (nothing is asserted on time): how long a nurse's save waits
// while the replicator applies a large pull, with the window's batches of 100 rows and with
// vaxctl's 500. Desk 2 is a copy of this desk's file (the same fridge and staff ids, so every
// pulled row applies) that receives 300 lots (600 rows) and pushes them; this desk's replicator
// pulls them while the test saves lots on the window's connection and times each save.
TEST_F(SiteGuiTest, ANursesSaveDuringAPullIsMeasured)
{
    ASSERT_NO_FATAL_FAILURE(joinDirectly(1));
    TempDb copyDir;
    auto copy =
        backupDatabase(*m_site.db, copyDir.dir(), QStringLiteral("desk2"), m_clock->nowUtc());
    ASSERT_TRUE(copy.ok()) << qPrintable(copy.error().message);
    OpenOptions options;
    options.path = *copy;
    auto desk2 = Database::open(options);
    ASSERT_TRUE(desk2.ok()) << qPrintable(desk2.error().message);
    Database& db2 = **desk2;
    {
        sitesync::JoinRequest r;
        r.serverUrl = deskUrl();
        r.desk = 2;
        r.password = passwords[2];
        r.rejoin = true;  // the copy carries desk 1's link
        SharedSecretStore store(m_keychain);
        auto joined = sitesync::SiteJoinService::join({db2, *m_clock, m_admin.id}, r, store);
        ASSERT_TRUE(joined.ok()) << qPrintable(joined.error().message);
    }
    auto fridge = FridgeRepository::find(*m_site.db, QStringLiteral("Fridge 1 (training)"));
    ASSERT_TRUE(fridge.ok());
    int saved = 0;
    // One nurse's save on the window's connection, timed (microseconds).
    auto timedSave = [&]() -> qint64 {
        LotReceipt r;
        r.productCode = QStringLiteral("BBIBP-CorV");
        r.lotNumber = QStringLiteral("NURSE-%1").arg(++saved);
        r.expiry = m_site.calendar().today().addDays(200);
        r.vials = 1;
        r.fridgeId = fridge->id;
        QElapsedTimer t;
        t.start();
        EXPECT_TRUE(LotService::receive(m_site.serviceContext(m_admin.id), r).ok());
        return t.nsecsElapsed() / 1000;
    };
    std::vector<qint64> idle;
    for (int i = 0; i < 11; ++i)
        idle.push_back(timedSave());
    std::sort(idle.begin(), idle.end());
    std::cout << "no pull: median " << idle[idle.size() / 2] << " us, longest " << idle.back()
              << " us\n";
    for (const int batch : {100, 500}) {
        const QString prefix = QStringLiteral("PULL%1-").arg(batch);
        for (int i = 0; i < 300; ++i) {
            LotReceipt r;
            r.productCode = QStringLiteral("BBIBP-CorV");
            r.lotNumber = prefix + QString::number(i);
            r.expiry = m_site.calendar().today().addDays(200);
            r.vials = 10;
            r.fridgeId = fridge->id;
            ASSERT_TRUE(LotService::receive({db2, *m_clock, m_admin.id}, r).ok());
        }
        SharedSecretStore store(m_keychain);
        auto pushed = sitesync::SiteSyncService::sync(db2, *m_clock, store);
        ASSERT_TRUE(pushed.ok()) << qPrintable(pushed.error().message);

        ui::SiteReplicator::Options o;
        o.batchSize = batch;
        ui::SiteReplicator replicator(m_site.db->path(), m_site.clock, m_site.db->integrity(),
                                      secrets(), o);
        replicator.start();
        const QString pulled =
            QStringLiteral("SELECT count(*) FROM lot WHERE lot_number LIKE '%1%'").arg(prefix);
        std::vector<qint64> waits;
        QElapsedTimer deadline;
        deadline.start();
        while (queryNumber(*m_site.db, pulled) < 300 && deadline.elapsed() < kDeadlineMs) {
            waits.push_back(timedSave());
            // Pacing, not synchronisation: a save every 20 ms, far more than a desk makes.
            QTest::qWait(20);
        }
        ASSERT_EQ(queryNumber(*m_site.db, pulled), 300)
            << (replicator.lastRound() && replicator.lastRound()->problem
                    ? qPrintable(replicator.lastRound()->problem->message)
                    : "no problem")
            << " pending "
            << queryNumber(*m_site.db, QStringLiteral("SELECT count(*) FROM site_pending"))
            << " rounds " << (replicator.lastRound() ? replicator.lastRound()->number : 0);
        replicator.stop();
        ASSERT_FALSE(waits.empty());
        std::sort(waits.begin(), waits.end());
        const qint64 median = waits[waits.size() / 2];
        const qint64 longest = waits.back();
        std::cout << "pull batch " << batch << ": " << waits.size()
                  << " saves during the pull, median " << median << " us, longest " << longest
                  << " us\n";
        RecordProperty(QStringLiteral("batch%1_median_us").arg(batch).toStdString(),
                       std::to_string(median));
        RecordProperty(QStringLiteral("batch%1_longest_us").arg(batch).toStdString(),
                       std::to_string(longest));
    }
}

// docs/site.md 6: F5 at a joined desk whose server answers calls through the site's queue, off
// the window's thread, and says so under the keys; the card shows the number as "1-1".
TEST_F(SiteGuiTest, CallNextAtAJoinedDeskTakesTheSitesQueueAndSaysSo)
{
    ASSERT_NO_FATAL_FAILURE(joinDirectly(1));
    CheckInRequest r;
    r.staffId = m_admin.id;
    r.draft.name = QStringLiteral("王小红");
    r.draft.document.number = residentId(QDate(1985, 3, 3), 7);
    for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
        r.answers.insert(q.id, false);
    r.temperatureC = 36.6;
    r.consent.textVersion = QString::fromLatin1(vax::kConsentTextVersion);
    auto receipt = CheckInService(m_site.serviceContext()).checkIn(r);
    ASSERT_TRUE(receipt.ok()) << qPrintable(receipt.error().message);
    EXPECT_EQ(receipt->queueNumber, 10001);

    ASSERT_NO_FATAL_FAILURE(openWindow());
    ui::DeskPage* desk = m_window->deskPage();
    ASSERT_NE(desk, nullptr);
    desk->setStaffId(m_admin.id);
    ui::InjectionPanel* panel = desk->injectionPanel();
    panel->setSiteSecrets(std::make_shared<SharedSecretStore>(m_keychain));
    panel->callNext();
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->called().has_value(); }, kDeadlineMs));
    EXPECT_EQ(panel->called()->visitId, receipt->visitId);
    auto label = [&](const char* name) {
        auto* l = desk->findChild<QLabel*>(QString::fromLatin1(name));
        return l ? l->text() : QString();
    };
    EXPECT_EQ(label("queueSource"), QStringLiteral("Called from: site queue"));
    EXPECT_TRUE(label("personHeading").contains(QStringLiteral("1-1")))
        << qPrintable(label("personHeading"));
    EXPECT_EQ(pg.value(kSiteDb, QStringLiteral("SELECT count(*) FROM vaxsite.queue_claim")),
              QStringLiteral("1"));
    m_window.reset();
}

TEST_F(SiteGuiTest, ThePasswordBoxKeepsANewServerPasswordTypedWithKeyPresses)
{
    ASSERT_NO_FATAL_FAILURE(joinDirectly(2));
    sitesync::DeskPasswordRequest r;
    r.serverUrl = ownerUrl();
    r.password = kOwnerPassword;
    r.desk = 2;
    auto made = sitesync::SiteServerService::resetDeskPassword(r);
    ASSERT_TRUE(made.ok()) << qPrintable(made.error().message);
    const QString key = sitesync::deskSecretKey(m_site.site.uuid, 2);

    ui::SiteJoinPage page(m_site, admin(), secrets());
    showJoinPage(page);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    auto* box = page.findChild<ui::SitePasswordBox*>(QStringLiteral("sitePasswordBox"));
    auto* field = page.findChild<QLineEdit*>(QStringLiteral("siteNewPassword"));
    auto* message = page.findChild<QLabel*>(QStringLiteral("sitePasswordMessage"));
    ASSERT_TRUE(box && field && message);
    EXPECT_TRUE(box->isVisible()) << "shown on a joined desk";
    QSignalSpy kept(&page, &ui::SiteJoinPage::passwordChanged);  // the window's replicator syncs
    EXPECT_EQ(field->echoMode(), QLineEdit::Password);

    // A wrong password, Enter: refused in the field, the old password kept.
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("not-the-new-one"));
    QTest::keyClick(field, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !box->isChanging(); }, kDeadlineMs));
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("New password:")))
        << qPrintable(message->text());
    EXPECT_TRUE(message->text().contains(QStringLiteral("desk-password --desk 2")));
    EXPECT_EQ(QApplication::focusWidget(), field);
    EXPECT_EQ(m_keychain->values.at(key), passwords[2].toUtf8());
    EXPECT_EQ(kept.count(), 0);
    auto link = sitesync::SiteJoinService::link(*m_site.db);
    ASSERT_TRUE(link.ok() && link->has_value()) << "the join is untouched";
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);  // the grown message
    saveScreenshot(&page, QStringLiteral("site-password-wrong"));

    // The new one typed over the selected wrong one, Enter: kept.
    QTest::keyClicks(field, made->password);
    QTest::keyClick(field, Qt::Key_Enter);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !box->isChanging(); }, kDeadlineMs));
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("Changed:")))
        << qPrintable(message->text());
    EXPECT_TRUE(field->text().isEmpty());
    EXPECT_EQ(m_keychain->values.at(key), made->password.toUtf8());
    EXPECT_EQ(kept.count(), 1);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);  // the grown message
    saveScreenshot(&page, QStringLiteral("site-password-changed"));
}
