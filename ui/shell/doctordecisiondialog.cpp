#include "shell/doctordecisiondialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vax::ui {

DoctorDecisionDialog::DoctorDecisionDialog(SiteContext& site, const DoctorDecisionTexts& texts,
                                           QWidget* parent)
    : QDialog(parent), m_site(site)
{
    setObjectName(texts.objectName);
    setWindowTitle(texts.title);
    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(this);
    if (!texts.whatObjectName.isEmpty())
        what->setObjectName(texts.whatObjectName);
    what->setWordWrap(true);
    what->setText(texts.what);
    layout->addWidget(what);
    auto* form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("doctorUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("doctorPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(texts.reasonObjectName);
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
    buttons->button(QDialogButtonBox::Ok)->setText(texts.submit);
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DoctorDecisionDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_check, &QFutureWatcher<bool>::finished, this, &DoctorDecisionDialog::finish);
    for (QLineEdit* e : {m_user, m_password, m_reason})
        e->installEventFilter(this);
    m_user->setFocus();
}

bool DoctorDecisionDialog::eventFilter(QObject* watched, QEvent* event)
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

void DoctorDecisionDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void DoctorDecisionDialog::submit()
{
    if (m_check.isRunning())
        return;
    auto account = beginCheck();
    if (!account)
        return;
    m_pending = *account;
    const QString secret = m_password->text();
    m_method = AuthService::unlockMethodFor(*account, secret);
    showError(tr("Checking…"));
    const StaffCredentials credentials = *account;
    // Argon2id takes a noticeable moment: never on the GUI thread.
    m_check.setFuture(QtConcurrent::run(
        [credentials, secret] { return AuthService::verifyUnlock(credentials, secret); }));
}

void DoctorDecisionDialog::finish()
{
    if (!m_pending)
        return;
    const StaffCredentials account = *m_pending;
    m_pending.reset();
    finishCheck(account, m_method, m_check.result());
}

}  // namespace vax::ui
