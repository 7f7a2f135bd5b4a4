#include "shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "admin/adminpage.h"
#include "admin/clockpanel.h"
#include "admin/userspage.h"
#include "coldchain/fridgepage.h"
#include "common/i18n.h"
#include "dayclose/dayclosepage.h"
#include "desk/deskpage.h"
#include "observation/observationpage.h"
#include "security/auth.h"
#include "shell/lockscreen.h"
#include "shell/loginpage.h"
#include "shell/sitetime.h"
#include "shell/style.h"
#include "shell/workspace.h"
#include "shell/workspacepage.h"
#include "site/clockservice.h"
#include "site/siteadmin.h"
#include "sitesync/siteconflictspanel.h"
#include "sitesync/sitejoinpage.h"
#include "sitesync/sitestatusitem.h"
#include "stock/stockpage.h"
#include "storage/meta.h"
#include "training/trainingsheetsaction.h"

namespace vax::ui {

MainWindow::MainWindow(SiteContext& site, QWidget* parent, SecretStoreFactory siteSecrets)
    : QMainWindow(parent), m_site(site)
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("trainingBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setVisible(site.site.training);
    layout->addWidget(m_banner);
    // Every screen shows times in the site's zone; a PC set to another zone is said out loud,
    // because the nurse reads the PC's clock in the corner of the screen too.
    setSiteDisplayZone(site.site.timeZone());
    m_zoneBanner = new QLabel(central);
    m_zoneBanner->setObjectName(QStringLiteral("zoneBanner"));
    m_zoneBanner->setAlignment(Qt::AlignCenter);
    m_zoneBanner->setWordWrap(true);
    m_zoneBanner->setVisible(pcZoneDiffers(site.clock->nowUtc()));
    layout->addWidget(m_zoneBanner);
    m_clockBanner = new QLabel(central);
    m_clockBanner->setObjectName(QStringLiteral("clockBanner"));
    m_clockBanner->setWordWrap(true);
    m_clockBanner->setStyleSheet(QStringLiteral("background:%1; color:white; padding:6px;")
                                     .arg(QLatin1String(kErrorColour)));
    m_clockBanner->hide();
    layout->addWidget(m_clockBanner);
    m_backupBanner = new QLabel(central);
    m_backupBanner->setObjectName(QStringLiteral("backupBanner"));
    m_backupBanner->setAlignment(Qt::AlignCenter);
    m_backupBanner->setWordWrap(true);
    m_backupBanner->setTextFormat(Qt::PlainText);
    m_backupBanner->setVisible(false);
    layout->addWidget(m_backupBanner);
    if (site.backupWarning)
        m_backupError = site.backupWarning->message;
    m_backupRetry = new QTimer(this);
    m_backupRetry->setInterval(kBackupRetryMinutes * 60 * 1000);
    connect(m_backupRetry, &QTimer::timeout, this, &MainWindow::retryBackup);

    m_stack = new QStackedWidget(central);
    m_login = new LoginPage(site, m_stack);
    m_workspace = new Workspace(m_stack);
    m_desk = new DeskPage(site);
    m_workspace->addPage(m_desk);
    const CurrentUser currentUser = [this] { return m_user; };
    m_workspace->addPage(new ObservationPage(site, currentUser));
    m_workspace->addPage(new StockPage(site, currentUser));
    m_workspace->addPage(new FridgePage(site, currentUser));
    auto* dayClose = new DayClosePage(site, currentUser);
    m_workspace->addPage(dayClose);
    auto* admin = new AdminPage(site, currentUser);
    m_workspace->addPage(admin);
    m_users = new UsersPage(site);
    m_workspace->addPage(m_users);
    m_siteJoin = new SiteJoinPage(site, currentUser, siteSecrets);
    m_workspace->addPage(m_siteJoin);
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_workspace);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    // The lock screen lies over the pages (kept, never rebuilt); the training banner stays.
    m_lock = new LockScreen(site, central);
    m_stack->installEventFilter(this);
    m_idle = new IdleWatcher(*site.clock, this);
    connect(m_idle, &IdleWatcher::idle, this, [this] { lockSession(QStringLiteral("idle")); });
    connect(m_lock, &LockScreen::unlocked, this,
            [this](const StaffMember& m) { onUnlocked(m, false); });
    connect(m_lock, &LockScreen::switched, this,
            [this](const StaffMember& m) { onUnlocked(m, true); });
    connect(m_lock, &LockScreen::sessionEnded, this, [this](const QString& message) {
        m_lock->release();
        m_stack->setEnabled(true);
        signOut();
        m_login->showMessage(message);
    });

    m_dbStatus = new QLabel(this);
    m_backupStatus = new QLabel(this);
    m_kindStatus = new QLabel(this);
    m_kindStatus->setObjectName(QStringLiteral("kindStatus"));
    m_userStatus = new QLabel(this);
    m_dayStatus = new QLabel(this);
    m_dayStatus->setObjectName(QStringLiteral("dayStatus"));
    // Site mode: the replicator syncs on a thread of its own while the desk is joined; the item
    // stays hidden until a round finds the desk joined.
    m_siteStatus = new SiteStatusItem(site.calendar(), this);
    m_replicator = new SiteReplicator(site.db->path(), site.clock, site.db->integrity(),
                                      siteSecrets, {}, this);
    connect(m_replicator, &SiteReplicator::roundFinished, m_siteStatus, &SiteStatusItem::showRound);
    connect(m_siteJoin, &SiteJoinPage::joined, m_replicator, &SiteReplicator::syncNow);
    // The conflicts a round read (and the records it set aside) show on the Site server page.
    connect(m_replicator, &SiteReplicator::roundFinished, m_siteJoin->conflictsPanel(),
            &SiteConflictsPanel::refresh);
    connect(m_siteJoin, &SiteJoinPage::passwordChanged, m_replicator, &SiteReplicator::syncNow);
    statusBar()->addWidget(m_dbStatus, 1);
    statusBar()->addPermanentWidget(m_siteStatus);
    statusBar()->addPermanentWidget(m_dayStatus);
    statusBar()->addPermanentWidget(m_backupStatus);
    statusBar()->addPermanentWidget(m_kindStatus);
    statusBar()->addPermanentWidget(m_userStatus);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("statusLanguage"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    statusBar()->addPermanentWidget(m_language);
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { chooseLanguage(m_language->itemData(index).toString()); });

    new TrainingSheetsAction(this, site);  // Help ▸ Training scan sheets (PDF)…

    auto* signOutAction = new QAction(this);
    signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    addAction(signOutAction);
    connect(signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    auto* lockAction = new QAction(this);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    addAction(lockAction);
    connect(lockAction, &QAction::triggered, this,
            [this] { lockSession(QStringLiteral("manual")); });
    connect(m_login, &LoginPage::loggedIn, this, &MainWindow::onLoggedIn);
    connect(m_login, &LoginPage::languageChosen, this, &MainWindow::chooseLanguage);
    connect(admin, &AdminPage::backupWritten, this, [this] {
        // "Back up now" succeeded: the day has its backup.
        m_backupError.clear();
        refreshStatus();
    });
    connect(admin->clockPanel(), &ClockPanel::acknowledged, this, &MainWindow::refreshClock);
    connect(dayClose, &DayClosePage::dayStateChanged, this, &MainWindow::refreshStatus);
    // The clock is checked at start, at every sign-in and once a minute.
    auto* clockTimer = new QTimer(this);
    clockTimer->setInterval(60'000);
    connect(clockTimer, &QTimer::timeout, this, &MainWindow::refreshClock);
    // A close made elsewhere (vaxctl, another desk) shows within the minute too.
    connect(clockTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    clockTimer->start();
    // Fit small desk screens (1366×768) as well as large ones; main() shows it maximized.
    const QSize available = screen()->availableGeometry().size();
    resize(std::min(1280, available.width()), std::min(800, available.height()));
    watchStartupChecks();
    retranslate();
    m_replicator->start();
}

void MainWindow::watchStartupChecks()
{
    const QFuture<Status> integrity = m_site.db->integrity();
    m_checking = !integrity.isFinished();
    if (m_checking) {
        auto* watcher = new QFutureWatcher<Status>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            m_checking = false;
            const Status checked = watcher->result();
            refreshStatus();
            if (!checked) {
                m_dbStatus->setText(
                    QStringLiteral("<b style='color:%1'>%2</b>")
                        .arg(QLatin1String(kErrorColour), checked.error().message.toHtmlEscaped()));
                emit databaseDamaged(checked.error().message);
            }
        });
        watcher->setFuture(integrity);
    }
    watchBackup();
}

void MainWindow::watchBackup()
{
    if (!m_site.backgroundBackup)
        return;
    const QFuture<BackupOutcome> backup = m_site.backgroundBackup->result();
    m_backupRunning = !backup.isFinished();
    auto* watcher = new QFutureWatcher<BackupOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_backupRunning = false;
        m_backupError = watcher->result().error;
        watcher->deleteLater();
        refreshStatus();
    });
    watcher->setFuture(backup);
}

void MainWindow::retryBackup()
{
    if (m_backupRunning)
        return;
    // Replacing the finished worker joins its thread at once; the new one waits for nothing
    // but the file's check, which has passed (or the window already stopped).
    m_site.backgroundBackup =
        std::make_unique<BackgroundBackup>(m_site.db->path(), m_site.clock, m_site.db->integrity());
    watchBackup();
    refreshStatus();
}

MainWindow::~MainWindow() = default;

QString MainWindow::savedLanguage(Database& db)
{
    const QString language = readMeta(db, QStringLiteral("ui.language")).valueOr(QString());
    return supportedLanguages().contains(language) ? language : QString();
}

void MainWindow::chooseLanguage(const QString& language)
{
    if (!installTranslations(*QCoreApplication::instance(), language))
        return;
    // Best effort: a read-only or full disk must not keep the screen in the old language.
    (void)writeMeta(*m_site.db, QStringLiteral("ui.language"), language);
    emit languageChosen(language);
}

void MainWindow::onLoggedIn(const StaffMember& member)
{
    m_user = member;
    m_desk->setStaffId(member.id);
    m_stack->setCurrentWidget(m_workspace);
    m_workspace->showPage(0);
    m_users->setActor(member);
    m_idle->setMinutes(
        SiteAdminService::idleLockMinutes(*m_site.db).valueOr(kDefaultIdleLockMinutes));
    m_idle->setArmed(true);
    refreshStatus();
    refreshClock();
    emit userChanged(member.id);
}

bool MainWindow::isLocked() const
{
    return m_lock->isLocked();
}

void MainWindow::lockSession(const QString& reason)
{
    if (!m_user || m_lock->isLocked())
        return;
    m_idle->setArmed(false);
    m_focusBeforeLock = QApplication::focusWidget();
    // Disabled: shortcuts and clicks cannot reach the pages under the lock.
    m_stack->setEnabled(false);
    m_lock->setGeometry(m_stack->geometry());
    m_lock->lock(*m_user);
    // The audit row is best effort: a full disk must not keep the desk unlocked.
    (void)AuthService::recordLock(m_site.serviceContext(), m_user->id, reason);
}

void MainWindow::onUnlocked(const StaffMember& member, bool switched)
{
    if (switched && m_user)
        (void)AuthService::recordLogout(m_site.serviceContext(), m_user->id,
                                        QStringLiteral("switch_user"));
    m_user = member;
    if (switched)
        m_users->setActor(member);
    m_stack->setEnabled(true);
    if (m_focusBeforeLock)
        m_focusBeforeLock->setFocus();
    m_idle->setArmed(true);
    refreshStatus();
    if (switched)
        emit userChanged(member.id);
}

void MainWindow::signOut()
{
    if (m_user)
        (void)AuthService::recordLogout(m_site.serviceContext(), m_user->id,
                                        QStringLiteral("sign_out"));
    m_idle->setArmed(false);
    m_user.reset();
    m_desk->setStaffId(QString());
    m_login->reset();
    m_stack->setCurrentWidget(m_login);
    refreshStatus();
    emit userChanged(QString());
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_stack && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        m_lock->setGeometry(m_stack->geometry());
    return QMainWindow::eventFilter(watched, event);
}

// The title names the site, then the app, once: the window system adds the application's
// display name to a title that does not already end with it ("… — VaxPoint — VaxPoint"), and a
// training site whose name already says "training" is not marked a second time.
QString MainWindow::windowTitleFor(const QString& siteName, bool training)
{
    const QString app = QStringLiteral("VaxPoint");
    const bool named = siteName.contains(QLatin1String("training"), Qt::CaseInsensitive) ||
                       siteName.contains(tr("Training"), Qt::CaseInsensitive);
    if (training && !named)
        return tr("%1 — TRAINING — %2").arg(siteName, app);
    return tr("%1 — %2").arg(siteName, app);
}

void MainWindow::retranslate()
{
    setWindowTitle(windowTitleFor(m_site.site.name, m_site.site.training));
    m_language->setCurrentIndex(m_language->findData(currentLanguage()));
    m_language->setToolTip(tr("Language of the screens"));
    m_banner->setText(
        tr("TRAINING DATABASE — practice data only; nothing here is a real "
           "vaccination record"));
    m_zoneBanner->setText(
        tr("This PC's time zone (%1) differs from the site's (%2). VaxPoint keeps judging every "
           "date, age and expiry in the site's zone; ask the site administrator to set the PC's "
           "time zone.")
            .arg(pcZoneId(), m_site.site.timeZoneId));
    refreshStatus();
    refreshClock();
}

void MainWindow::refreshClock()
{
    auto s = ClockService::status(m_site.serviceContext());
    if (!s || !s->refused) {
        m_clockBanner->hide();
        return;
    }
    m_clockBanner->setText(
        tr("The PC's clock says %1, %2 before the latest record (%3): nothing can be saved. Set "
           "the PC's clock right (date, time and time zone), or ask the site administrator to "
           "acknowledge a deliberate correction (Administration ▸ Clock).")
            .arg(ClockGuard::showTime(s->now, s->zone), ClockGuard::showDuration(s->behindMs),
                 ClockGuard::showTime(s->latestWritten, s->zone)));
    m_clockBanner->show();
}

void MainWindow::refreshStatus()
{
    const QString path = QDir::toNativeSeparators(m_site.db->path());
    m_dbStatus->setText(m_checking ? tr("Database: %1 — checking the file…").arg(path)
                                   : tr("Database: %1").arg(path));
    const QString lastAt =
        readMeta(*m_site.db, QStringLiteral("backup.last_at")).valueOr(QString());
    const QDateTime at = QDateTime::fromString(lastAt, Qt::ISODate);
    if (m_backupRunning)
        m_backupStatus->setText(tr("Making the day's backup…"));
    else if (!m_backupError.isEmpty())
        m_backupStatus->setText(tr("<b style='color:#b00020'>Backup failed</b>"));
    else
        m_backupStatus->setText(
            at.isValid() ? tr("Last backup: %1")
                               .arg(QLocale().toString(inSiteZone(at), QLocale::ShortFormat))
                         : tr("Last backup: none"));
    m_backupStatus->setToolTip(m_backupError);
    // A failed backup never stops the work, but it must not go unnoticed either.
    const bool backupFailed = !m_backupError.isEmpty() && !m_backupRunning;
    m_backupBanner->setVisible(backupFailed);
    if (backupFailed) {
        m_backupBanner->setText(tr("NO BACKUP TODAY — %1").arg(m_backupError));
        if (!m_backupRetry->isActive())
            m_backupRetry->start();
    } else if (m_backupError.isEmpty()) {
        m_backupRetry->stop();
    }
    m_kindStatus->setText(
        m_site.site.training
            ? tr("<b style='color:%1'>TRAINING</b>").arg(QLatin1String(kTrainingColour))
            : tr("Production"));
    const QDate today = m_site.calendar().today();
    const QDateTime closedAt = DayCloseService::closedAt(*m_site.db, today).valueOr(QDateTime());
    m_dayStatus->setVisible(closedAt.isValid());
    m_dayStatus->setText(closedAt.isValid() ? tr("<b style='color:#b35900'>DAY CLOSED at %1</b>")
                                                  .arg(closedAt.toString(QStringLiteral("HH:mm")))
                                            : QString());
    m_dayStatus->setToolTip(
        closedAt.isValid()
            ? tr("Today (%1) was closed on the Day close page. Work is still saved under this "
                 "day; a site administrator can reopen it until it is exported.")
                  .arg(today.toString(Qt::ISODate))
            : QString());
    m_userStatus->setText(m_user ? tr("Signed in: %1").arg(m_user->displayName)
                                 : tr("Not signed in"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

}  // namespace vax::ui
