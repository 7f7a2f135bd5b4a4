#include "desk/overridedialog.h"

#include <QLineEdit>

#include "security/auth.h"

namespace vax::ui {

OverrideDialog::OverrideDialog(SiteContext& site, const QString& visitId, const QStringList& codes,
                               const QStringList& findings, QWidget* parent)
    : DoctorDecisionDialog(site,
                           {QStringLiteral("overrideDialog"), tr("Doctor's decision"),
                            tr("A doctor allows the dose despite:") + QStringLiteral("\n• ") +
                                findings.join(QStringLiteral("\n• ")),
                            QString(), QStringLiteral("overrideReason"), tr("Allow the dose")},
                           parent),
      m_visitId(visitId),
      m_codes(codes)
{
}

QString OverrideDialog::reason() const
{
    return reasonEdit()->text().trimmed();
}

std::optional<StaffCredentials> OverrideDialog::beginCheck()
{
    if (userEdit()->text().trimmed().isEmpty()) {
        showError(tr("Doctor's username: the doctor types their username."));
        userEdit()->setFocus();
        return std::nullopt;
    }
    if (reason().isEmpty()) {
        showError(tr("Reason: say why the doctor allows the dose."));
        reasonEdit()->setFocus();
        return std::nullopt;
    }
    if (passwordEdit()->text().isEmpty()) {
        showError(tr("Doctor's password or PIN: the doctor types it here."));
        passwordEdit()->setFocus();
        return std::nullopt;
    }
    // Unknown, disabled, locked and non-doctor accounts are refused before the slow check.
    auto account =
        AuthService::beginOverride(site().serviceContext(), userEdit()->text().trimmed());
    if (!account) {
        showError(account.error().message);
        userEdit()->selectAll();
        userEdit()->setFocus();
        return std::nullopt;
    }
    return *account;
}

void OverrideDialog::finishCheck(const StaffCredentials& account, UnlockMethod method,
                                 bool verified)
{
    auto approval = AuthService::finishOverride(site().serviceContext(), account, method, verified,
                                                m_visitId, m_codes);
    passwordEdit()->clear();
    if (!approval) {
        showError(approval.error().message);
        passwordEdit()->setFocus();
        return;
    }
    m_approval = *approval;
    accept();
}

}  // namespace vax::ui
