#include "contraindication/liftdialog.h"

#include <QLineEdit>

#include "common/sitecalendar.h"
#include "contraindication/contraindicationservice.h"
#include "shell/sitetime.h"

namespace vax::ui {

LiftDialog::LiftDialog(SiteContext& site, Contraindication contraindication, QWidget* parent)
    : DoctorDecisionDialog(site,
                           {QStringLiteral("liftDialog"), tr("A doctor lifts a contraindication"),
                            tr("Lift:") + QStringLiteral("\n") +
                                contraindicationSummary(contraindication, siteDisplayZone()),
                            QStringLiteral("liftWhat"), QStringLiteral("liftReason"), tr("Lift")},
                           parent),
      m_contraindication(std::move(contraindication))
{
}

std::optional<StaffCredentials> LiftDialog::beginCheck()
{
    if (reasonEdit()->text().trimmed().isEmpty()) {
        showError(tr("Reason: say why the doctor lifts it."));
        reasonEdit()->setFocus();
        return std::nullopt;
    }
    ContraindicationService service(site().serviceContext());
    auto account = service.beginDoctorCheck(userEdit()->text());
    if (!account) {
        showError(account.error().message);
        userEdit()->setFocus();
        return std::nullopt;
    }
    return *account;
}

void LiftDialog::finishCheck(const StaffCredentials& account, UnlockMethod method, bool verified)
{
    ContraindicationService service(site().serviceContext());
    auto proof = service.finishDoctorCheck(account, method, verified);
    if (!proof) {
        showError(proof.error().message);
        passwordEdit()->selectAll();
        passwordEdit()->setFocus();
        return;
    }
    auto lifted = service.lift(m_contraindication.id, reasonEdit()->text(), *proof);
    if (!lifted) {
        showError(lifted.error().message);
        return;
    }
    accept();
}

}  // namespace vax::ui
