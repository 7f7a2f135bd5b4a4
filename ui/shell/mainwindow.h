#pragma once

#include <QMainWindow>

#include <optional>

#include "security/staff.h"
#include "site/sitecontext.h"

class QLabel;
class QStackedWidget;

namespace vax::ui {

class DeskPage;
class LoginPage;
class Workspace;

// The main window: login, then the workspaces. A training database is marked by a banner above
// every screen, in the title and in the status bar; the status bar also shows the database and
// the last backup.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(SiteContext& site, QWidget* parent = nullptr);
    ~MainWindow() override;

    Workspace* workspace() const { return m_workspace; }
    DeskPage* deskPage() const { return m_desk; }
    LoginPage* loginPage() const { return m_login; }
    bool isSignedIn() const { return m_user.has_value(); }
    void signOut();

signals:
    void languageChosen(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshStatus();
    void onLoggedIn(const StaffMember& member);

    SiteContext& m_site;
    std::optional<StaffMember> m_user;
    QLabel* m_banner = nullptr;
    QStackedWidget* m_stack = nullptr;
    LoginPage* m_login = nullptr;
    Workspace* m_workspace = nullptr;
    DeskPage* m_desk = nullptr;
    QLabel* m_dbStatus = nullptr;
    QLabel* m_backupStatus = nullptr;
    QLabel* m_kindStatus = nullptr;
    QLabel* m_userStatus = nullptr;
};

}  // namespace vax::ui
