#include "desk/overridedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "security/auth.h"

namespace vax::ui {

OverrideDialog::OverrideDialog(SiteContext& site, const QString& visitId, const QStringList& codes,
                               const QStringList& findings, QWidget* parent)
    : QDialog(parent), m_site(site), m_visitId(visitId), m_codes(codes)
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Doctor's decision"));
    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(this);
    what->setWordWrap(true);
    what->setText(tr("A doctor allows the dose despite:") + QStringLiteral("\n• ") +
                  findings.join(QStringLiteral("\n• ")));
    layout->addWidget(what);
    auto* form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("doctorUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("doctorPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
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
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Allow the dose"));
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OverrideDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_check, &QFutureWatcher<bool>::finished, this, &OverrideDialog::finish);
    for (QLineEdit* e : {m_user, m_password, m_reason})
        e->installEventFilter(this);
    m_user->setFocus();
}

QString OverrideDialog::reason() const
{
    return m_reason->text().trimmed();
}

bool OverrideDialog::eventFilter(QObject* watched, QEvent* event)
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

void OverrideDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void OverrideDialog::submit()
{
    if (m_check.isRunning())
        return;
    if (m_user->text().trimmed().isEmpty()) {
        showError(tr("Doctor's username: the doctor types their username."));
        m_user->setFocus();
        return;
    }
    if (reason().isEmpty()) {
        showError(tr("Reason: say why the doctor allows the dose."));
        m_reason->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Doctor's password or PIN: the doctor types it here."));
        m_password->setFocus();
        return;
    }
    // Unknown, disabled, locked and non-doctor accounts are refused before the slow check.
    auto account = AuthService::beginOverride(m_site.serviceContext(), m_user->text().trimmed());
    if (!account) {
        showError(account.error().message);
        m_user->selectAll();
        m_user->setFocus();
        return;
    }
    m_pending = *account;
    const QString secret = m_password->text();
    m_method = AuthService::unlockMethodFor(*account, secret);
    showError(tr("Checking…"));
    const StaffCredentials credentials = *account;
    m_check.setFuture(QtConcurrent::run(
        [credentials, secret] { return AuthService::verifyUnlock(credentials, secret); }));
}

void OverrideDialog::finish()
{
    if (!m_pending)
        return;
    const StaffCredentials account = *m_pending;
    m_pending.reset();
    auto approval = AuthService::finishOverride(m_site.serviceContext(), account, m_method,
                                                m_check.result(), m_visitId, m_codes);
    m_password->clear();
    if (!approval) {
        showError(approval.error().message);
        m_password->setFocus();
        return;
    }
    m_approval = *approval;
    accept();
}

}  // namespace vax::ui
