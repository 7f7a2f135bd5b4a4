#include "contraindication/liftdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "common/sitecalendar.h"
#include "contraindication/contraindicationservice.h"
#include "shell/sitetime.h"

namespace vax::ui {

LiftDialog::LiftDialog(SiteContext& site, Contraindication contraindication, QWidget* parent)
    : QDialog(parent), m_site(site), m_contraindication(std::move(contraindication))
{
    setObjectName(QStringLiteral("liftDialog"));
    setWindowTitle(tr("A doctor lifts a contraindication"));
    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(this);
    what->setObjectName(QStringLiteral("liftWhat"));
    what->setWordWrap(true);
    what->setText(tr("Lift:") + QStringLiteral("\n") +
                  contraindicationSummary(m_contraindication, siteDisplayZone()));
    layout->addWidget(what);
    auto* form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("doctorUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("doctorPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("liftReason"));
    form->addRow(tr("Doctor's username"), m_user);
    form->addRow(tr("Doctor's password or PIN"), m_password);
    form->addRow(tr("Reason"), m_reason);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Lift"));
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LiftDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_check, &QFutureWatcher<bool>::finished, this, &LiftDialog::finish);
    for (QLineEdit* e : {m_user, m_password, m_reason})
        e->installEventFilter(this);
    m_user->setFocus();
}

bool LiftDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_user)
                m_password->setFocus();
            else if (watched == m_password)
                m_reason->setFocus();
            else
                submit();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void LiftDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void LiftDialog::submit()
{
    if (m_check.isRunning())
        return;
    if (m_reason->text().trimmed().isEmpty()) {
        showError(tr("Reason: say why the doctor lifts it."));
        m_reason->setFocus();
        return;
    }
    ContraindicationService service(m_site.serviceContext());
    auto account = service.beginDoctorCheck(m_user->text());
    if (!account) {
        showError(account.error().message);
        m_user->setFocus();
        return;
    }
    m_pending = *account;
    const QString secret = m_password->text();
    m_method = AuthService::unlockMethodFor(*account, secret);
    showError(tr("Checking…"));
    const StaffCredentials credentials = *account;
    // Argon2id takes a noticeable moment: never on the GUI thread.
    m_check.setFuture(QtConcurrent::run(
        [credentials, secret] { return AuthService::verifyUnlock(credentials, secret); }));
}

void LiftDialog::finish()
{
    if (!m_pending)
        return;
    const StaffCredentials account = *m_pending;
    m_pending.reset();
    ContraindicationService service(m_site.serviceContext());
    auto proof = service.finishDoctorCheck(account, m_method, m_check.result());
    if (!proof) {
        showError(proof.error().message);
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    auto lifted = service.lift(m_contraindication.id, m_reason->text(), *proof);
    if (!lifted) {
        showError(lifted.error().message);
        return;
    }
    accept();
}

}  // namespace vax::ui
