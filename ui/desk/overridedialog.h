#pragma once

#include <QStringList>

#include "shell/doctordecisiondialog.h"

namespace vax::ui {

// A doctor allows a dose that the checklist blocks for an overridable reason (DOMAIN.md §2):
// the doctor authenticates on the spot with their own username and password or PIN (the Argon2id
// check runs off the GUI thread; a wrong one counts toward the doctor's lockout and says how many
// tries are left) and gives the reason. Accepted, it holds the doctor's approval for `codes` of
// this visit, which AdministrationService::administer checks again. Keyboard only: Enter moves
// to the next field and, on the reason, decides; Esc cancels.
class OverrideDialog final : public DoctorDecisionDialog {
    Q_OBJECT
public:
    // `findings`: what the doctor overrides, in words; `codes`: their finding codes.
    OverrideDialog(SiteContext& site, const QString& visitId, const QStringList& codes,
                   const QStringList& findings, QWidget* parent = nullptr);

    const std::optional<OverrideApproval>& approval() const { return m_approval; }
    QString reason() const;

private:
    std::optional<StaffCredentials> beginCheck() override;
    void finishCheck(const StaffCredentials& account, UnlockMethod method, bool verified) override;

    QString m_visitId;
    QStringList m_codes;
    std::optional<OverrideApproval> m_approval;
};

}  // namespace vax::ui
