#include "shell/loginpage.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "common/i18n.h"
#include "security/auth.h"
#include "security/password.h"
#include "shell/style.h"

namespace vax::ui {

LoginPage::LoginPage(SiteContext& site, QWidget* parent) : QWidget(parent), m_site(site)
{
    auto* card = new QWidget(this);
    card->setFixedWidth(560);
    auto* form = new QFormLayout;
    m_title = new QLabel(card);
    scaleFont(m_title, 2.0, true);
    m_siteLabel = new QLabel(card);
    scaleFont(m_siteLabel, 1.3);
    m_siteLabel->setWordWrap(true);
    m_userLabel = new QLabel(card);
    m_passwordLabel = new QLabel(card);
    m_user = new QLineEdit(card);
    m_user->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    m_submit = new QPushButton(card);
    m_submit->setObjectName(QStringLiteral("loginButton"));
    m_submit->setDefault(true);
    m_error = new QLabel(card);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_demo = new QLabel(card);
    m_demo->setObjectName(QStringLiteral("demoCredentials"));
    // Two short lines broken by <br>: a wrapping label would be clipped by the centred card.
    m_demo->setWordWrap(false);
    m_demo->setStyleSheet(
        QStringLiteral("background: #fff3e0; border: 2px solid %1; padding: 10px;")
            .arg(QLatin1String(kTrainingColour)));
    m_demo->setVisible(site.site.training);
    m_language = new QComboBox(card);
    m_language->setObjectName(QStringLiteral("languageChooser"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(currentLanguage()));

    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_siteLabel);
    cardLayout->addSpacing(16);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_submit);
    cardLayout->addWidget(m_error);
    cardLayout->addSpacing(12);
    cardLayout->addWidget(m_demo);
    cardLayout->addStretch();
    cardLayout->addWidget(m_language, 0, Qt::AlignRight);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch();
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_submit, &QPushButton::clicked, this, &LoginPage::submit);
    connect(m_user, &QLineEdit::returnPressed, this, [this] { m_password->setFocus(); });
    connect(m_password, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(&m_check, &QFutureWatcher<bool>::finished, this, &LoginPage::finish);
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { emit languageChosen(m_language->itemData(index).toString()); });
    retranslate();
}

void LoginPage::retranslate()
{
    m_title->setText(tr("VaxPoint sign in"));
    m_siteLabel->setText(tr("%1 · %2").arg(m_site.site.name, m_site.site.district));
    m_userLabel->setText(tr("&Username"));
    m_passwordLabel->setText(tr("&Password"));
    m_submit->setText(tr("Sign in"));
    m_language->setCurrentIndex(m_language->findData(currentLanguage()));
    m_demo->setText(
        tr("<b>TRAINING DATABASE</b> — practice only, not for real records.<br>"
           "Demo login: username <b>%1</b>, password <b>%2</b>")
            .arg(QString::fromLatin1(kDemoUsername), QString::fromLatin1(kDemoPassword)));
}

void LoginPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoginPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

void LoginPage::reset()
{
    m_password->clear();
    m_error->hide();
    m_submit->setEnabled(true);
}

void LoginPage::showMessage(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void LoginPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_submit->setEnabled(true);
    m_password->selectAll();
    m_password->setFocus();
}

void LoginPage::submit()
{
    if (m_check.isRunning())
        return;
    if (m_user->text().trimmed().isEmpty()) {
        showError(tr("Username: type your username, then press Enter."));
        m_user->setFocus();
        return;
    }
    auto account = AuthService::beginLogin(m_site.serviceContext(), m_user->text().trimmed());
    if (!account) {
        showError(account.error().message);
        return;
    }
    m_pending = *account;
    m_submit->setEnabled(false);
    m_error->setText(tr("Checking…"));
    m_error->show();
    const QString hash = account->passwordHash;
    const QString password = m_password->text();
    // The sign-in is recorded (a write): it waits here, off the GUI thread, for the file's
    // check that started with the window, so the window never freezes on a large database.
    m_check.setFuture(
        QtConcurrent::run([hash, password, integrity = m_site.db->integrity()]() mutable {
            integrity.waitForFinished();
            return verifyPassword(hash, password);
        }));
}

void LoginPage::finish()
{
    if (!m_pending)
        return;
    const StaffCredentials account = *m_pending;
    m_pending.reset();
    auto member = AuthService::finishLogin(m_site.serviceContext(), account, m_check.result());
    if (!member) {
        showError(member.error().message);
        return;
    }
    reset();
    emit loggedIn(*member);
}

}  // namespace vax::ui
