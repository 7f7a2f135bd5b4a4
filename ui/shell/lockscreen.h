#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

#include "security/staff.h"
#include "shell/keytiming.h"
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
// their PIN or password; "Switch user" signs another staff member in over the same pages. A
// scanner burst ending in Enter in a secret field (an ID card scanned out of habit) is dropped
// with a hint and never checked, so it cannot count towards the lockout.
// Hash checks run on a worker thread; the database is touched only on the GUI thread.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    LockScreen(SiteContext& site, QWidget* parent = nullptr);
    void lock(const StaffMember& user);
    bool isLocked() const { return m_user.has_value(); }
    // Ends the lock without an unlock (the session is over).
    void release();
    // Tests: milliseconds on a clock of their own, read at each key to tell a scanner burst
    // from typing (see KeyTiming).
    void setKeyClock(std::function<qint64()> clock) { m_keyTiming.setClock(std::move(clock)); }

signals:
    void unlocked(const vax::StaffMember& member);
    void switched(const vax::StaffMember& member);
    // Too many wrong PINs or passwords: the account is locked out; the session must end.
    void sessionEnded(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void ignoreScan(QLineEdit* field);
    void hideScanHint();
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
    QLabel* m_scanHint = nullptr;

    enum class Pending { None, Unlock, Switch };
    Pending m_pending = Pending::None;
    std::optional<StaffCredentials> m_account;
    bool m_byPin = false;
    QFutureWatcher<bool> m_check;
    // Scanner detection, as at check-in: printable keys in a row closer together than a person
    // types. A scanned ID card is not a password and must not count as a wrong one.
    KeyTiming m_keyTiming;
    int m_burstLength = 0;
    bool m_scanInSwitch = false;
};

}  // namespace vax::ui
