#pragma once

#include "contraindication/contraindication.h"
#include "shell/doctordecisiondialog.h"

namespace vax::ui {

// A doctor lifts a contraindication or precaution on the spot: the doctor's username, password
// (or PIN) and reason. The slow Argon2 check runs off the GUI thread (as the lock screen does);
// a wrong password counts toward the lockout like a sign-in. Keyboard only: Enter moves to the
// next field and, on the reason, lifts; Esc cancels.
class LiftDialog final : public DoctorDecisionDialog {
    Q_OBJECT
public:
    LiftDialog(SiteContext& site, Contraindication contraindication, QWidget* parent = nullptr);

private:
    std::optional<StaffCredentials> beginCheck() override;
    void finishCheck(const StaffCredentials& account, UnlockMethod method, bool verified) override;

    Contraindication m_contraindication;
};

}  // namespace vax::ui
