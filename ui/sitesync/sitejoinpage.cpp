#include "sitesync/sitejoinpage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include "security/secretstore.h"
#include "shell/style.h"
#include "sitesync/deskjob.h"
#include "sitesync/serverurl.h"
#include "sitesync/siteconflictspanel.h"
#include "sitesync/sitepasswordbox.h"

namespace vax::ui {

SiteJoinPage::SiteJoinPage(SiteContext& site, CurrentUser currentUser, SecretStoreFactory secrets,
                           QWidget* parent)
    : WorkspacePage(parent),
      m_site(site),
      m_currentUser(std::move(currentUser)),
      m_secrets(secrets ? std::move(secrets) : systemKeychain())
{
    m_linkInfo = new QLabel(this);
    m_linkInfo->setObjectName(QStringLiteral("siteLinkInfo"));
    m_linkInfo->setWordWrap(true);
    m_linkInfo->setTextFormat(Qt::PlainText);
    body()->addWidget(m_linkInfo);
    body()->addSpacing(12);

    m_form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("siteServerUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://192.168.1.10:5432/vaxpoint_site"));
    m_url->setMinimumWidth(420);
    m_desk = new QSpinBox(this);
    m_desk->setObjectName(QStringLiteral("siteDesk"));
    m_desk->setRange(sitesync::kMinDesk, sitesync::kMaxDesk);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("sitePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_rejoin = new QCheckBox(this);
    m_rejoin->setObjectName(QStringLiteral("siteRejoin"));
    m_join = new QPushButton(this);
    m_join->setObjectName(QStringLiteral("siteJoin"));
    m_urlLabel = new QLabel(this);
    m_urlLabel->setBuddy(m_url);
    m_deskLabel = new QLabel(this);
    m_deskLabel->setBuddy(m_desk);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_form->addRow(m_urlLabel, m_url);
    m_form->addRow(m_deskLabel, m_desk);
    m_form->addRow(m_passwordLabel, m_password);
    m_form->addRow(QString(), m_rejoin);
    m_form->addRow(QString(), m_join);
    // In the form's field column: under the field it names (placeMessage), else under the button.
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("siteJoinMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(nullptr, m_message);
    fitMessage();
    body()->addLayout(m_form);
    body()->addSpacing(12);
    m_passwordBox = new SitePasswordBox(m_site, m_currentUser, m_secrets, this);
    m_passwordBox->hide();
    connect(m_passwordBox, &SitePasswordBox::changed, this, &SiteJoinPage::passwordChanged);
    body()->addWidget(m_passwordBox);
    m_conflicts = new SiteConflictsPanel(site, m_currentUser, m_secrets, this);
    body()->addWidget(m_conflicts, 1);
    setTabOrder(m_url, m_desk);
    setTabOrder(m_desk, m_password);
    setTabOrder(m_password, m_rejoin);
    setTabOrder(m_rejoin, m_join);

    connect(m_join, &QPushButton::clicked, this, &SiteJoinPage::submit);
    connect(&m_job, &QFutureWatcherBase::finished, this, &SiteJoinPage::finished);
    SiteJoinPage::retranslate();
}

QString SiteJoinPage::title() const
{
    return tr("Site server");
}

void SiteJoinPage::retranslate()
{
    WorkspacePage::retranslate();
    m_urlLabel->setText(tr("Server &address"));
    m_deskLabel->setText(tr("&Desk number"));
    m_passwordLabel->setText(tr("Desk &password"));
    m_url->setToolTip(tr("As printed by the server's set-up (site-server.sh)"));
    m_password->setToolTip(
        tr("From the server's set-up sheet; kept in the system keychain, "
           "never in the database"));
    m_rejoin->setText(
        tr("&Take over this desk number (this PC replaces a reinstalled desk, or "
           "the desk moves to another server or number)"));
    m_join->setText(tr("&Join the site server"));
    m_passwordBox->retranslate();
    refreshLink();
}

void SiteJoinPage::showEvent(QShowEvent* event)
{
    WorkspacePage::showEvent(event);
    refreshLink();
}

void SiteJoinPage::keyPressEvent(QKeyEvent* event)
{
    // The fields leave Enter to their page: it joins from any of them.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        submit();
        event->accept();
        return;
    }
    WorkspacePage::keyPressEvent(event);
}

void SiteJoinPage::refreshLink()
{
    auto link = sitesync::SiteJoinService::link(*m_site.db);
    if (!link) {
        m_linkInfo->setText(link.error().message);
        return;
    }
    m_passwordBox->setVisible(link->has_value());
    if (!*link) {
        m_linkInfo->setText(
            tr("This desk works alone: it has not joined a site server. Join it with the "
               "server's address, this desk's number and its password from the set-up sheet."));
        return;
    }
    const sitesync::SiteLink& l = **link;
    m_linkInfo->setText(
        tr("This PC is desk %1 of site %2 on %3 (joined %4). Its records are "
           "sent to the server in the background; the status bar says how it "
           "goes.")
            .arg(l.desk)
            .arg(l.siteCode, l.serverUrl, m_site.calendar().minuteText(l.joinedAt)));
    if (m_url->text().isEmpty()) {
        m_url->setText(l.serverUrl);
        m_desk->setValue(l.desk);
    }
}

void SiteJoinPage::showMessage(const QString& text, bool error, QWidget* field)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? errorTextStyle() : colourTextStyle(kOkColour, true));
    placeMessage(error ? field : nullptr);
    fitMessage();
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(field))
            edit->selectAll();
        else if (auto* spin = qobject_cast<QSpinBox*>(field))
            spin->selectAll();
    }
}

// The refusal stands right under the field where its fix is typed, not rows away from it.
void SiteJoinPage::placeMessage(QWidget* field)
{
    delete m_form->takeRow(m_message).fieldItem;  // the item only: the label is kept
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    if (field)
        m_form->getWidgetPosition(field, &row, &role);
    m_form->insertRow(row < 0 ? m_form->rowCount() : row + 1, nullptr, m_message);
}

// A form layout gives a wrapped label the height of a guessed width (blank lines around a short
// message): the message takes the height of its lines at the field column's width.
void SiteJoinPage::fitMessage()
{
    m_message->setFixedHeight(
        m_message->text().isEmpty() ? 0 : m_message->heightForWidth(m_url->width()));
}

void SiteJoinPage::resizeEvent(QResizeEvent* event)
{
    WorkspacePage::resizeEvent(event);
    fitMessage();
}

void SiteJoinPage::submit()
{
    if (m_joining)
        return;
    const std::optional<StaffMember> actor = m_currentUser ? m_currentUser() : std::nullopt;
    if (!actor) {
        showMessage(tr("Sign in as a site administrator to join this desk."), true);
        return;
    }
    if (m_url->text().trimmed().isEmpty()) {
        showMessage(tr("Server address: type the address from the server's set-up sheet, e.g. "
                       "postgresql://192.168.1.10:5432/vaxpoint_site."),
                    true, m_url);
        return;
    }
    if (m_password->text().isEmpty()) {
        showMessage(tr("Desk password: type desk %1's password from the server's set-up sheet.")
                        .arg(m_desk->value()),
                    true, m_password);
        return;
    }
    m_request = {};
    m_request.serverUrl = m_url->text().trimmed();
    m_request.desk = m_desk->value();
    m_request.password = m_password->text();
    m_request.rejoin = m_rejoin->isChecked();
    m_join->setEnabled(false);
    m_joining = true;
    showMessage(tr("Joining %1 as desk %2…").arg(m_request.serverUrl).arg(m_request.desk), false);
    const QString path = m_site.db->path();
    const std::shared_ptr<Clock> clock = m_site.clock;
    m_job.setFuture(runDeskJob<sitesync::SiteLink>(
        path, m_secrets,
        [clock, request = m_request, actorId = actor->id](Database& db, SecretStore& store) {
            return sitesync::SiteJoinService::join({db, *clock, actorId}, request, store);
        }));
}

void SiteJoinPage::finished()
{
    m_joining = false;
    m_join->setEnabled(true);
    const Result<sitesync::SiteLink> result = m_job.result();
    if (result) {
        m_password->clear();
        m_rejoin->setChecked(false);
        refreshLink();
        showMessage(tr("Joined: this PC is desk %1 of site %2. Its password is in the system "
                       "keychain.")
                        .arg(result->desk)
                        .arg(result->siteCode),
                    false);
        emit joined(*result);
        return;
    }
    QWidget* field = nullptr;
    const QString text = refusal(result.error(), &field);
    showMessage(text, true, field);
}

QString SiteJoinPage::refusal(const Error& e, QWidget** field) const
{
    const QString url = m_request.serverUrl;
    const int desk = m_request.desk;
    *field = m_url;
    switch (e.code) {
        case ErrorCode::SiteLoginFailed:
            *field = m_password;
            return tr("Desk password: the server refused desk %1's password (or has no desk %1). "
                      "Type the password written for desk %1 on the server's set-up sheet; if it "
                      "is lost, the site technician makes a new one on the server PC.")
                .arg(desk);
        case ErrorCode::SiteUnreachable:
            return tr("Server address: no answer from %1. Check the address on the set-up "
                      "sheet, the cable or Wi-Fi, and that the server PC is on.")
                .arg(url);
        case ErrorCode::SiteTlsRefused:
            return tr("Server address: the server at %1 does not offer encryption, so this desk "
                      "will not send it a password. Run site-server.sh on the server PC (it "
                      "turns encryption on).")
                .arg(url);
        case ErrorCode::SiteOtherSite:
        case ErrorCode::SiteProtocol:
            return tr("Server address: %1").arg(e.message);
        case ErrorCode::SiteSchemaNewer:
            return tr(
                "Server address: the server runs a newer VaxPoint than this desk. Upgrade "
                "VaxPoint on this desk to the server's release, then join again.");
        case ErrorCode::SiteSchemaOlder:
            return tr(
                "Server address: the server runs an older VaxPoint than this desk. Run "
                "\"vaxctl site-server init\" of this release on the server PC, then join "
                "again.");
        case ErrorCode::SiteNotInitialized:
            return tr("Server address: %1 is not set up as a site server. Run site-server.sh "
                      "(or \"vaxctl site-server init\") on the server PC.")
                .arg(url);
        case ErrorCode::SiteDeskTaken:
            *field = m_desk;
            return tr("Desk number: desk %1 is already held by another installation. Choose "
                      "this PC's own number from the set-up sheet, or, if this PC replaces that "
                      "desk (a reinstall), tick \"Take over this desk number\" and join again.")
                .arg(desk);
        case ErrorCode::AlreadyExists:
            *field = m_rejoin;
            return tr(
                "Desk number: this PC is already joined to another server or under "
                "another number. To move it, tick \"Take over this desk number\" and join "
                "again.");
        default:
            break;
    }
    // The service's own message names the field and the fix (a desk number out of range, an
    // address it cannot read, the keychain, the permission).
    if (e.field == QLatin1String("desk"))
        *field = m_desk;
    else if (e.field == QLatin1String("password"))
        *field = m_password;
    else if (e.field != QLatin1String("server"))
        *field = nullptr;
    return e.message;
}

}  // namespace vax::ui
