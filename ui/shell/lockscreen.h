#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

#include "security/staff.h"
#include "site/sitecontext.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace vax::ui {

// Notices when nobody has touched keyboard or mouse for N minutes. An application-wide event
// filter records the last input on the Clock's monotonic time; a one-second timer compares
// (deadline − now, never counting ticks), so a test moves a FakeClock and the lock follows.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    IdleWatcher(const Clock& clock, QObject* parent = nullptr);
    ~IdleWatcher() override;
    void setMinutes(int minutes) { m_minutes = minutes; }
    int minutes() const { return m_minutes; }
    // Watch only while someone is signed in and not locked.
    void setArmed(bool armed);
    void touch();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();
    const Clock& m_clock;
    QTimer m_timer;
    int m_minutes = 5;
    bool m_armed = false;
    qint64 m_lastInputMs = 0;
};

// Covers the work of a locked session: the pages underneath stay as they are (nothing is
// destroyed, no input is lost) but cannot be seen or used. The same staff member unlocks with
// their PIN or password; "Switch user" signs another staff member in over the same pages.
// Hash checks run on a worker thread; the database is touched only on the GUI thread.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    LockScreen(SiteContext& site, QWidget* parent = nullptr);
    void lock(const StaffMember& user);
    bool isLocked() const { return m_user.has_value(); }
    // Ends the lock without an unlock (the session is over).
    void release();

signals:
    void unlocked(const vax::StaffMember& member);
    void switched(const vax::StaffMember& member);
    // Too many wrong PINs or passwords: the account is locked out; the session must end.
    void sessionEnded(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void retranslate();
    void submitUnlock();
    void submitSwitch();
    void finishCheck();
    void showError(const QString& message);
    void showSwitch(bool on);

    SiteContext& m_site;
    std::optional<StaffMember> m_user;
    QDateTime m_lockedAt;
    QLabel* m_title = nullptr;
    QLabel* m_who = nullptr;
    QLabel* m_hint = nullptr;
    QLineEdit* m_secret = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_switch = nullptr;
    QWidget* m_switchBox = nullptr;
    QLabel* m_switchHeading = nullptr;
    QLabel* m_otherUserLabel = nullptr;
    QLabel* m_otherPasswordLabel = nullptr;
    QLineEdit* m_otherUser = nullptr;
    QLineEdit* m_otherPassword = nullptr;
    QPushButton* m_otherSubmit = nullptr;
    QLabel* m_error = nullptr;

    enum class Pending { None, Unlock, Switch };
    Pending m_pending = Pending::None;
    std::optional<StaffCredentials> m_account;
    bool m_byPin = false;
    QFutureWatcher<bool> m_check;
};

}  // namespace vax::ui
