#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

#include <optional>

#include "security/auth.h"
#include "site/sitecontext.h"

class QLabel;
class QLineEdit;

namespace vax::ui {

// A doctor allows a dose that the checklist blocks for an overridable reason (DOMAIN.md §2):
// the doctor authenticates on the spot with their own username and password or PIN (the Argon2id
// check runs off the GUI thread; a wrong one counts toward the doctor's lockout and says how many
// tries are left) and gives the reason. Accepted, it holds the doctor's approval for `codes` of
// this visit, which AdministrationService::administer checks again. Keyboard only: Enter moves
// to the next field and, on the reason, decides; Esc cancels.
class OverrideDialog final : public QDialog {
    Q_OBJECT
public:
    // `findings`: what the doctor overrides, in words; `codes`: their finding codes.
    OverrideDialog(SiteContext& site, const QString& visitId, const QStringList& codes,
                   const QStringList& findings, QWidget* parent = nullptr);

    const std::optional<OverrideApproval>& approval() const { return m_approval; }
    QString reason() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void submit();
    void finish();
    void showError(const QString& message);

    SiteContext& m_site;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QString m_visitId;
    QStringList m_codes;
    QFutureWatcher<bool> m_check;
    std::optional<StaffCredentials> m_pending;
    UnlockMethod m_method = UnlockMethod::Password;
    std::optional<OverrideApproval> m_approval;
};

}  // namespace vax::ui
