#include "sitesync/sitepasswordbox.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "security/secretstore.h"
#include "shell/style.h"
#include "sitesync/deskjob.h"

namespace vax::ui {

SitePasswordBox::SitePasswordBox(SiteContext& site, CurrentUser currentUser,
                                 SecretStoreFactory secrets, QWidget* parent)
    : QGroupBox(parent),
      m_site(site),
      m_currentUser(std::move(currentUser)),
      m_secrets(secrets ? std::move(secrets) : systemKeychain())
{
    setObjectName(QStringLiteral("sitePasswordBox"));
    auto* layout = new QVBoxLayout(this);
    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::PlainText);
    layout->addWidget(m_help);
    auto* row = new QHBoxLayout;
    m_passwordLabel = new QLabel(this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("siteNewPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(260);
    m_passwordLabel->setBuddy(m_password);
    m_change = new QPushButton(this);
    m_change->setObjectName(QStringLiteral("siteChangePassword"));
    row->addWidget(m_passwordLabel);
    row->addWidget(m_password, 1);
    row->addWidget(m_change);
    layout->addLayout(row);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("sitePasswordMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    setTabOrder(m_password, m_change);

    connect(m_change, &QPushButton::clicked, this, &SitePasswordBox::submit);
    connect(&m_job, &QFutureWatcherBase::finished, this, &SitePasswordBox::finished);
    retranslate();
}

void SitePasswordBox::retranslate()
{
    setTitle(tr("Change the server password"));
    m_help->setText(
        tr("When the site technician made a new password for this desk on the server PC "
           "(vaxctl site-server desk-password), type it here. It is checked with the server "
           "first, and kept in the system keychain only if the server takes it."));
    m_passwordLabel->setText(tr("&New password"));
    m_password->setToolTip(tr("As printed on the server PC; never shown, never in the database"));
    m_change->setText(tr("&Change the server password"));
    fitTexts();
}

void SitePasswordBox::fitTexts()
{
    const QMargins margins = layout()->contentsMargins();
    const int width = contentsRect().width() - margins.left() - margins.right();
    for (QLabel* label : {m_help, m_message}) {
        // A label measures itself within its own limits: free them first (a height fixed at a
        // narrower width would stay).
        label->setMinimumHeight(0);
        label->setMaximumHeight(QWIDGETSIZE_MAX);
        label->setFixedHeight(label->text().isEmpty() ? 0 : label->heightForWidth(width));
    }
}

void SitePasswordBox::resizeEvent(QResizeEvent* event)
{
    QGroupBox::resizeEvent(event);
    fitTexts();
}

void SitePasswordBox::keyPressEvent(QKeyEvent* event)
{
    // Enter in the field changes the password (and does not reach the join form around it).
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        submit();
        event->accept();
        return;
    }
    QGroupBox::keyPressEvent(event);
}

void SitePasswordBox::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? errorTextStyle() : colourTextStyle(kOkColour, true));
    m_message->setVisible(!text.isEmpty());
    fitTexts();
    if (error) {
        m_password->setFocus(Qt::OtherFocusReason);
        m_password->selectAll();
    }
}

void SitePasswordBox::submit()
{
    if (m_busy)
        return;
    const std::optional<StaffMember> actor = m_currentUser ? m_currentUser() : std::nullopt;
    if (!actor) {
        showMessage(tr("Sign in as a site administrator to change the server password."), true);
        return;
    }
    auto link = sitesync::SiteJoinService::link(*m_site.db);
    m_desk = link && *link ? (*link)->desk : 0;
    if (m_password->text().isEmpty()) {
        showMessage(
            tr("New password: type the password the server PC printed for desk %1.").arg(m_desk),
            true);
        return;
    }
    m_change->setEnabled(false);
    m_busy = true;
    showMessage(tr("Checking the new password with the server…"), false);
    const QString path = m_site.db->path();
    const std::shared_ptr<Clock> clock = m_site.clock;
    m_job.setFuture(
        runDeskJob<sitesync::SiteLink>(path, m_secrets,
                                       [clock, password = m_password->text(), actorId = actor->id](
                                           Database& db, SecretStore& store) {
                                           return sitesync::SiteJoinService::changePassword(
                                               {db, *clock, actorId}, password, store);
                                       }));
}

void SitePasswordBox::finished()
{
    m_busy = false;
    m_change->setEnabled(true);
    const Result<sitesync::SiteLink> result = m_job.result();
    if (result) {
        m_password->clear();
        showMessage(tr("Changed: desk %1 logged in to the server with the new password, which "
                       "replaced the old one in the system keychain.")
                        .arg(result->desk),
                    false);
        emit changed(*result);
        return;
    }
    showMessage(refusal(result.error()), true);
}

QString SitePasswordBox::refusal(const Error& e) const
{
    switch (e.code) {
        case ErrorCode::SiteLoginFailed:
            return tr("New password: the server refused it for desk %1. The old password is "
                      "kept. Type the password \"vaxctl site-server desk-password --desk %1\" "
                      "printed on the server PC.")
                .arg(m_desk);
        case ErrorCode::SiteUnreachable:
            return tr(
                "No answer from the server, so the new password could not be checked; the "
                "old one is kept. Check the cable or Wi-Fi and that the server PC is on, "
                "then try again.");
        case ErrorCode::SiteTlsRefused:
            return tr(
                "The server does not offer encryption, so this desk will not send it a "
                "password; the old one is kept. Run site-server.sh on the server PC (it "
                "turns encryption on).");
        default:
            // The service's own message names the field and the fix (not joined, the
            // permission, the keychain, the server's schema).
            return e.message;
    }
}

}  // namespace vax::ui
