#pragma once

#include <QFutureWatcher>
#include <QGroupBox>

#include "shell/currentuser.h"
#include "site/sitecontext.h"
#include "sitesync/sitelink.h"
#include "sitesync/sitereplicator.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace vax::ui {

// Administration ▸ Site server, on a joined desk: "Change the server password". The site
// technician made a new password for this desk on the server PC (`vaxctl site-server
// desk-password`, docs/site.md 2 and 9); the admin types it here (masked), and
// SiteJoinService::changePassword keeps it in the keychain only once the server took it. Runs off
// the window's thread with a connection of its own. Keyboard first: Enter in the field changes
// it; a refusal says the fix and leaves the cursor in the field with the old password kept.
class SitePasswordBox final : public QGroupBox {
    Q_OBJECT
public:
    SitePasswordBox(SiteContext& site, CurrentUser currentUser, SecretStoreFactory secrets,
                    QWidget* parent = nullptr);
    // Checks and keeps what the field holds (what Enter and the button do).
    void submit();
    // From submit until the result is shown (the job's future ends before its result is shown).
    bool isChanging() const { return m_busy; }
    // The page retranslates it with its own texts (WorkspacePage::changeEvent).
    void retranslate();

signals:
    void changed(const vax::sitesync::SiteLink& link);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void finished();
    void showMessage(const QString& text, bool error);
    // The wrapped texts take the height of their lines at the box's width (a layout gives a
    // wrapped label the height of a guessed width, cutting lines off).
    void fitTexts();
    QString refusal(const Error& error) const;

    SiteContext& m_site;
    CurrentUser m_currentUser;
    SecretStoreFactory m_secrets;
    QLabel* m_help = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_change = nullptr;
    QLabel* m_message = nullptr;
    QFutureWatcher<Result<sitesync::SiteLink>> m_job;
    int m_desk = 0;  // the joined desk's number, for the messages
    bool m_busy = false;
};

}  // namespace vax::ui
