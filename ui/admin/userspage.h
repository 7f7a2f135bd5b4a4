#pragma once

#include <QAbstractTableModel>
#include <QFutureWatcher>

#include <functional>
#include <vector>

#include "security/staff.h"
#include "shell/workspacepage.h"
#include "site/sitecontext.h"

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace vax {
class KeychainProbe;
}

namespace vax::ui {

// Staff accounts, one per row: username, name, roles, state, PIN.
class StaffModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit StaffModel(QObject* parent = nullptr);
    void setStaff(std::vector<StaffMember> staff);
    const StaffMember* at(int row) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<StaffMember> m_staff;
};

// Users and roles, the idle lock, where the signing key is and the keychain status. Calls that hash
// (add, passwords, PINs) run on a worker thread with a connection of its own; the services check
// the permission, so a non-administrator sees the list empty and only "My PIN" works.
class UsersPage final : public WorkspacePage {
    Q_OBJECT
public:
    explicit UsersPage(SiteContext& site, QWidget* parent = nullptr);
    ~UsersPage() override;
    QString title() const override;
    // The signed-in staff member: every change here is made in their name.
    void setActor(const StaffMember& actor);
    void refresh();
    void checkKeychain();

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    using Job = std::function<Status(Database&, const Clock&)>;
    // Runs `job` off the GUI thread; shows `done` or the error, then refreshes.
    void runInBackground(Job job, const QString& done);
    void addUser();
    void resetPassword();
    void toggleDisabled();
    void editRoles();
    void setMyPin();
    void saveIdleLock();
    const StaffMember* selected() const;
    void showStatus(const QString& text, bool error);
    void showKeyLocation();

    SiteContext& m_site;
    StaffMember m_actor;
    QLabel* m_usersHeading = nullptr;
    QTableView* m_view = nullptr;
    StaffModel* m_model = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_roles = nullptr;
    QPushButton* m_pin = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_idleLabel = nullptr;
    QSpinBox* m_idleMinutes = nullptr;
    int m_idleLoaded = -1;  // the stored value last shown; an edit differs from it
    QPushButton* m_idleSave = nullptr;
    QLabel* m_keysHeading = nullptr;
    QLabel* m_keychain = nullptr;       // where the signing key is (signingkey::location)
    QLabel* m_keychainProbe = nullptr;  // what "Check keychain" found
    QPushButton* m_keychainCheck = nullptr;
    KeychainProbe* m_probe = nullptr;
    QFutureWatcher<Status> m_job;
    QString m_jobDone;
};

}  // namespace vax::ui
