#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

#include "contraindication/contraindication.h"
#include "security/auth.h"
#include "security/staff.h"
#include "site/sitecontext.h"

class QLabel;
class QLineEdit;

namespace vax::ui {

// A doctor lifts a contraindication or precaution on the spot: the doctor's username, password
// (or PIN) and reason. The slow Argon2 check runs off the GUI thread (as the lock screen does);
// a wrong password counts toward the lockout like a sign-in. Keyboard only: Enter moves to the
// next field and, on the reason, lifts; Esc cancels.
class LiftDialog final : public QDialog {
    Q_OBJECT
public:
    LiftDialog(SiteContext& site, Contraindication contraindication, QWidget* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void submit();
    void finish();
    void showError(const QString& message);

    SiteContext& m_site;
    Contraindication m_contraindication;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QFutureWatcher<bool> m_check;
    std::optional<StaffCredentials> m_pending;
    UnlockMethod m_method = UnlockMethod::Password;
};

}  // namespace vax::ui
