#pragma once

#include <QFutureWatcher>

#include "shell/currentuser.h"
#include "shell/workspacepage.h"
#include "site/sitecontext.h"
#include "sitesync/sitelink.h"
#include "sitesync/sitereplicator.h"

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace vax::ui {

class SiteConflictsPanel;
class SitePasswordBox;

// Administration ▸ Site server: joins this desk to the site's PostgreSQL server
// (SiteJoinService::join, docs/site.md 2 and 8) with the server's address, the desk number and
// the desk's password from the set-up sheet (never shown, kept in the keychain), and says which
// server and desk this PC is. A site administrator's act (ChangeSettings, checked by the service
// for the signed-in staff member). The join (a connection with a timeout, the keychain, a write)
// runs off the window's thread with a connection of its own. Keyboard first: Enter joins from
// any field; each refusal names the field, puts the cursor in it and says the fix. Once joined,
// "Change the server password" (SitePasswordBox) keeps a new password made on the server PC.
class SiteJoinPage final : public WorkspacePage {
    Q_OBJECT
public:
    SiteJoinPage(SiteContext& site, CurrentUser currentUser, SecretStoreFactory secrets,
                 QWidget* parent = nullptr);
    QString title() const override;
    // Joins with what the fields hold (what Enter and the button do).
    void submit();
    // The site's conflicts and the records set aside here, under the join (a site admin's
    // review: Resolve).
    SiteConflictsPanel* conflictsPanel() const { return m_conflicts; }
    // From submit until the result is shown (the job's future ends before its result is shown).
    bool isJoining() const { return m_joining; }

signals:
    void joined(const vax::sitesync::SiteLink& link);
    // The desk's new server password was kept (SitePasswordBox): a round can reach the server
    // again.
    void passwordChanged(const vax::sitesync::SiteLink& link);

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void finished();
    void refreshLink();
    void showMessage(const QString& text, bool error, QWidget* field = nullptr);
    void placeMessage(QWidget* field);
    void fitMessage();
    // The refusal in this page's words: the field, what happened and the fix (docs/site.md 8).
    QString refusal(const Error& error, QWidget** field) const;

    SiteContext& m_site;
    CurrentUser m_currentUser;
    SecretStoreFactory m_secrets;
    QLabel* m_linkInfo = nullptr;
    QLabel* m_urlLabel = nullptr;
    QLineEdit* m_url = nullptr;
    QLabel* m_deskLabel = nullptr;
    QSpinBox* m_desk = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_rejoin = nullptr;
    QPushButton* m_join = nullptr;
    QLabel* m_message = nullptr;
    QFormLayout* m_form = nullptr;
    SiteConflictsPanel* m_conflicts = nullptr;
    SitePasswordBox* m_passwordBox = nullptr;  // shown once this desk has joined
    QFutureWatcher<Result<sitesync::SiteLink>> m_job;
    sitesync::JoinRequest m_request;  // the one running, for the messages
    bool m_joining = false;
};

}  // namespace vax::ui
