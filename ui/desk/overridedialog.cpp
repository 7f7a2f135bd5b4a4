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
#include "security/password.h"

namespace vax::ui {

OverrideDialog::OverrideDialog(SiteContext& site, const QStringList& findings, QWidget* parent)
    : QDialog(parent), m_site(site)
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
    form->addRow(tr("Doctor's password"), m_password);
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
    auto account = AuthService::beginLogin(*m_site.db, *m_site.clock, m_user->text().trimmed());
    if (!account) {
        showError(account.error().message);
        return;
    }
    m_pending = *account;
    showError(tr("Checking…"));
    const QString hash = account->passwordHash;
    const QString password = m_password->text();
    m_check.setFuture(
        QtConcurrent::run([hash, password] { return verifyPassword(hash, password); }));
}

void OverrideDialog::finish()
{
    if (!m_pending)
        return;
    const StaffCredentials account = *m_pending;
    m_pending.reset();
    auto member = AuthService::finishLogin(*m_site.db, *m_site.clock, account, m_check.result());
    if (!member) {
        showError(member.error().message);
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    if (!member->hasRole(Role::Doctor)) {
        showError(tr("Doctor's username: %1 is not a doctor. Only a doctor may allow the dose.")
                      .arg(member->username));
        m_user->setFocus();
        return;
    }
    m_doctorId = member->id;
    accept();
}

}  // namespace vax::ui
