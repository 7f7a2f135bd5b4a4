#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

#include "security/auth.h"
#include "security/staff.h"
#include "site/sitecontext.h"

class QLabel;
class QLineEdit;

namespace vax::ui {

// What a doctor's on-the-spot decision looks like: the dialog's names and words.
struct DoctorDecisionTexts {
    QString objectName;        // the dialog's
    QString title;             // window title
    QString what;              // what the doctor decides on, in words
    QString whatObjectName;    // the label of `what`; empty for none
    QString reasonObjectName;  // the reason field's
    QString submit;            // the OK button's text
};

// The dialog in which a doctor decides on the spot with their own username, password (or PIN)
// and a reason. The slow Argon2id check runs off the GUI thread (as the lock screen does).
// Keyboard only: Enter moves user → password → reason and, on the reason, submits; Esc cancels.
// A subclass says which account may decide (`beginCheck`) and what the decision does once the
// secret is checked (`finishCheck`).
class DoctorDecisionDialog : public QDialog {
    Q_OBJECT
protected:
    DoctorDecisionDialog(SiteContext& site, const DoctorDecisionTexts& texts, QWidget* parent);

    // Checks the fields and finds the doctor's account; on refusal shows why, puts the focus
    // where the fix goes and returns nothing.
    virtual std::optional<StaffCredentials> beginCheck() = 0;
    // Runs on the GUI thread once the secret is checked (`verified`) for `account`.
    virtual void finishCheck(const StaffCredentials& account, UnlockMethod method,
                             bool verified) = 0;

    bool eventFilter(QObject* watched, QEvent* event) override;
    void showError(const QString& message);

    SiteContext& site() const { return m_site; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* reasonEdit() const { return m_reason; }

private:
    void submit();
    void finish();

    SiteContext& m_site;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QFutureWatcher<bool> m_check;
    std::optional<StaffCredentials> m_pending;
    UnlockMethod m_method = UnlockMethod::Password;
};

}  // namespace vax::ui
