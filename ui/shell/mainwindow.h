#pragma once

#include <QMainWindow>
#include <QPointer>

#include <optional>

#include "security/staff.h"
#include "site/sitecontext.h"
#include "sitesync/sitereplicator.h"

class QComboBox;
class QLabel;
class QStackedWidget;
class QTimer;

namespace vax::ui {

class DeskPage;
class IdleWatcher;
class LockScreen;
class LoginPage;
class SiteJoinPage;
class SiteStatusItem;
class UsersPage;
class Workspace;

// The main window: login, then the workspaces. A training database is marked by a banner above
// every screen, in the title and in the status bar; the status bar also shows the database and
// the last backup. A failed daily backup is a red banner above every screen (work goes on) and
// is retried on a timer until one is made.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `siteSecrets`: where the site server's desk password is kept (the system keychain unless a
    // test gives its own store).
    explicit MainWindow(SiteContext& site, QWidget* parent = nullptr,
                        SecretStoreFactory siteSecrets = {});
    ~MainWindow() override;

    Workspace* workspace() const { return m_workspace; }
    DeskPage* deskPage() const { return m_desk; }
    LoginPage* loginPage() const { return m_login; }
    LockScreen* lockScreen() const { return m_lock; }
    // Site mode (docs/site.md 5): the background replicator, its status-bar item, the join page.
    SiteReplicator* siteReplicator() const { return m_replicator; }
    SiteStatusItem* siteStatusItem() const { return m_siteStatus; }
    SiteJoinPage* siteJoinPage() const { return m_siteJoin; }
    // Red, above every screen, while writes are refused because the PC's clock went back.
    QLabel* clockBanner() const { return m_clockBanner; }
    bool isSignedIn() const { return m_user.has_value(); }
    bool isLocked() const;
    // The staff member at the desk; every write a page makes names them.
    const std::optional<StaffMember>& currentUser() const { return m_user; }
    void signOut();
    // Covers the work until the same user unlocks (or another one switches in).
    void lockSession(const QString& reason);
    // Installs the translations of `language` (zh_CN, zh_TW, en) so every screen retranslates,
    // and keeps the choice in the site database for the next start.
    void chooseLanguage(const QString& language);
    // The language kept by chooseLanguage(), empty when none was chosen yet.
    static QString savedLanguage(Database& db);
    // "<site> — VaxPoint", "<site> — TRAINING — VaxPoint": each word once (see the .cpp).
    static QString windowTitleFor(const QString& siteName, bool training);
    // Makes the day's backup again on a thread of its own (after a failure: the timer does it
    // every kBackupRetryMinutes; the banner goes once one is made).
    void retryBackup();
    static constexpr int kBackupRetryMinutes = 30;

signals:
    // After the translations of the chosen language are installed.
    void languageChosen(const QString& language);
    // Sign-in, switch user, sign-out (with an empty id).
    void userChanged(const QString& staffId);
    // The quick_check that ran while the window was up found the file damaged (the message names
    // the newest backup). Nothing was written to it; main() explains and stops.
    void databaseDamaged(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void refreshStatus();
    // Shows the clock banner while the PC's clock is behind the latest time written.
    void refreshClock();
    void watchStartupChecks();
    void watchBackup();
    void onLoggedIn(const StaffMember& member);
    void onUnlocked(const StaffMember& member, bool switched);

    SiteContext& m_site;
    std::optional<StaffMember> m_user;
    QLabel* m_banner = nullptr;
    QLabel* m_zoneBanner = nullptr;  // the PC's zone is not the site's
    QLabel* m_clockBanner = nullptr;
    QLabel* m_backupBanner = nullptr;  // the day's backup failed: work goes on, said loudly
    QTimer* m_backupRetry = nullptr;
    QStackedWidget* m_stack = nullptr;
    LoginPage* m_login = nullptr;
    Workspace* m_workspace = nullptr;
    DeskPage* m_desk = nullptr;
    UsersPage* m_users = nullptr;
    IdleWatcher* m_idle = nullptr;
    LockScreen* m_lock = nullptr;
    QPointer<QWidget> m_focusBeforeLock;
    bool m_checking = false;       // the background quick_check is still running
    bool m_backupRunning = false;  // the day's backup is being made in the background
    QString m_backupError;
    QLabel* m_dbStatus = nullptr;
    QLabel* m_backupStatus = nullptr;
    QLabel* m_kindStatus = nullptr;
    QLabel* m_userStatus = nullptr;
    QLabel* m_dayStatus = nullptr;  // "Day closed at …" once today is closed
    SiteReplicator* m_replicator = nullptr;
    SiteStatusItem* m_siteStatus = nullptr;
    SiteJoinPage* m_siteJoin = nullptr;
    QComboBox* m_language = nullptr;
};

}  // namespace vax::ui
