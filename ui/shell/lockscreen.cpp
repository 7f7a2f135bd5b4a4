#include "shell/lockscreen.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "common/clock.h"
#include "security/auth.h"
#include "security/password.h"
#include "shell/sitetime.h"
#include "shell/style.h"

namespace vax::ui {

namespace {
// A PIN typed with two keys rolled over is no scan: a burst is this many keys or more.
constexpr int kMinScanLength = 6;
}  // namespace

// ---- IdleWatcher ----------------------------------------------------------------------------

IdleWatcher::IdleWatcher(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock)
{
    m_lastInputMs = m_clock.monotonicMs();
    qApp->installEventFilter(this);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
}

IdleWatcher::~IdleWatcher()
{
    qApp->removeEventFilter(this);
}

void IdleWatcher::setArmed(bool armed)
{
    m_armed = armed;
    touch();
    if (armed)
        m_timer.start();
    else
        m_timer.stop();
}

void IdleWatcher::touch()
{
    m_lastInputMs = m_clock.monotonicMs();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
            touch();
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    if (!m_armed || m_minutes <= 0)
        return;
    if (m_clock.monotonicMs() - m_lastInputMs >= qint64(m_minutes) * 60 * 1000) {
        setArmed(false);
        emit idle();
    }
}

// ---- LockScreen -----------------------------------------------------------------------------

LockScreen::LockScreen(SiteContext& site, QWidget* parent) : QWidget(parent), m_site(site)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(false);
    auto* card = new QWidget(this);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setFixedWidth(560);
    card->setAutoFillBackground(true);
    m_title = new QLabel(card);
    scaleFont(m_title, 2.0, true);
    m_who = new QLabel(card);
    m_who->setObjectName(QStringLiteral("lockedUser"));
    scaleFont(m_who, 1.3);
    // Short lines joined by <br>: a wrapping label in the centred card would be clipped.
    m_who->setWordWrap(false);
    m_hint = new QLabel(card);
    m_hint->setWordWrap(false);
    m_secret = new QLineEdit(card);
    m_secret->setObjectName(QStringLiteral("unlockSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    scaleFont(m_secret, 1.3);
    m_unlock = new QPushButton(card);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_switch = new QPushButton(card);
    m_switch->setObjectName(QStringLiteral("switchUserButton"));
    m_switch->setFlat(true);
    m_error = new QLabel(card);
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(colourTextStyle(kErrorColour));
    m_error->hide();
    m_scanHint = new QLabel(card);
    m_scanHint->setObjectName(QStringLiteral("unlockScanHint"));
    m_scanHint->setWordWrap(false);
    m_scanHint->setStyleSheet(QStringLiteral("color: #b26a00; font-weight: bold;"));
    m_scanHint->hide();

    m_switchBox = new QWidget(card);
    m_switchHeading = new QLabel(m_switchBox);
    scaleFont(m_switchHeading, 1.2, true);
    m_otherUserLabel = new QLabel(m_switchBox);
    m_otherPasswordLabel = new QLabel(m_switchBox);
    m_otherUser = new QLineEdit(m_switchBox);
    m_otherUser->setObjectName(QStringLiteral("switchUsername"));
    m_otherPassword = new QLineEdit(m_switchBox);
    m_otherPassword->setObjectName(QStringLiteral("switchPassword"));
    m_otherPassword->setEchoMode(QLineEdit::Password);
    m_otherUserLabel->setBuddy(m_otherUser);
    m_otherPasswordLabel->setBuddy(m_otherPassword);
    m_otherSubmit = new QPushButton(m_switchBox);
    m_otherSubmit->setObjectName(QStringLiteral("switchSubmit"));
    auto* switchForm = new QFormLayout;
    switchForm->addRow(m_otherUserLabel, m_otherUser);
    switchForm->addRow(m_otherPasswordLabel, m_otherPassword);
    auto* switchLayout = new QVBoxLayout(m_switchBox);
    switchLayout->setContentsMargins(0, 8, 0, 0);
    switchLayout->addWidget(m_switchHeading);
    switchLayout->addLayout(switchForm);
    switchLayout->addWidget(m_otherSubmit);
    m_switchBox->hide();

    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(28, 24, 28, 24);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_who);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_hint);
    cardLayout->addWidget(m_secret);
    cardLayout->addWidget(m_unlock);
    cardLayout->addWidget(m_error);
    cardLayout->addWidget(m_scanHint);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_switch, 0, Qt::AlignLeft);
    cardLayout->addWidget(m_switchBox);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch();
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submitUnlock);
    connect(m_secret, &QLineEdit::returnPressed, this, &LockScreen::submitUnlock);
    connect(m_switch, &QPushButton::clicked, this,
            [this] { showSwitch(!m_switchBox->isVisible()); });
    connect(m_otherUser, &QLineEdit::returnPressed, this, [this] { m_otherPassword->setFocus(); });
    connect(m_otherPassword, &QLineEdit::returnPressed, this, &LockScreen::submitSwitch);
    connect(m_otherSubmit, &QPushButton::clicked, this, &LockScreen::submitSwitch);
    connect(&m_check, &QFutureWatcher<bool>::finished, this, &LockScreen::finishCheck);
    m_secret->installEventFilter(this);
    m_otherPassword->installEventFilter(this);
    hide();
    retranslate();
}

void LockScreen::retranslate()
{
    m_title->setText(tr("Locked"));
    if (m_user) {
        m_who->setText(
            tr("<b>%1</b> (%2)<br>Locked at %3. The work on this desk is kept as it was.")
                .arg(m_user->displayName.toHtmlEscaped(), m_user->username.toHtmlEscaped(),
                     QLocale().toString(inSiteZone(m_lockedAt).time(), QStringLiteral("HH:mm"))));
        m_hint->setText(m_user->hasPin ? tr("Type your PIN or your password, then press Enter.")
                                       : tr("Type your password, then press Enter."));
    }
    m_unlock->setText(tr("Unlock"));
    m_switch->setText(tr("Switch user…"));
    m_switchHeading->setText(tr("Another staff member signs in"));
    m_otherUserLabel->setText(tr("&Username"));
    m_otherPasswordLabel->setText(tr("&Password"));
    m_otherSubmit->setText(tr("Sign in and keep the work"));
    // Two short lines (see m_who): a wrapping label in the centred card would be clipped.
    if (m_scanInSwitch)
        m_scanHint->setText(
            tr("That was a scan, not a password — nothing was counted.<br>Type the password "
               "to sign in."));
    else if (m_user && m_user->hasPin)
        m_scanHint->setText(
            tr("That was a scan, not a password — nothing was counted.<br>Type your PIN or "
               "password to unlock."));
    else
        m_scanHint->setText(
            tr("That was a scan, not a password — nothing was counted.<br>Type your password "
               "to unlock."));
}

bool LockScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || (watched != m_secret && watched != m_otherPassword))
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const qint64 gap = m_keyTiming.gap(key);
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        // What the field holds ends in a burst: a scanner typed it (whether its Enter came
        // with the burst or was pressed after it). It is dropped, never checked.
        const bool scan = m_burstLength >= kMinScanLength;
        m_burstLength = 0;
        if (scan) {
            ignoreScan(static_cast<QLineEdit*>(watched));
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    const QString text = key->text();
    if (text.size() == 1 && text.at(0).isPrint())
        m_burstLength = gap < kScannerBurstGapMs ? m_burstLength + 1 : 1;
    else
        m_burstLength = 0;  // Backspace, arrows: a person at work
    return QWidget::eventFilter(watched, event);
}

void LockScreen::ignoreScan(QLineEdit* field)
{
    field->clear();
    field->setFocus();
    m_error->hide();
    m_scanInSwitch = field == m_otherPassword;
    retranslate();
    m_scanHint->show();
}

void LockScreen::hideScanHint()
{
    m_scanHint->hide();
    m_burstLength = 0;
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LockScreen::paintEvent(QPaintEvent*)
{
    // Opaque: names and ID numbers on the page underneath must not show through.
    QPainter p(this);
    p.fillRect(rect(), QColor(0x26, 0x32, 0x38));
}

void LockScreen::lock(const StaffMember& user)
{
    m_user = user;
    m_lockedAt = m_site.clock->nowUtc();
    m_secret->clear();
    m_otherUser->clear();
    m_otherPassword->clear();
    m_error->hide();
    hideScanHint();
    showSwitch(false);
    m_unlock->setEnabled(true);
    retranslate();
    show();
    raise();
    m_secret->setFocus();
}

void LockScreen::release()
{
    m_user.reset();
    m_secret->clear();
    m_otherPassword->clear();
    hide();
}

void LockScreen::showSwitch(bool on)
{
    m_switchBox->setVisible(on);
    (on ? m_otherUser : m_secret)->setFocus();
}

void LockScreen::showError(const QString& message)
{
    hideScanHint();
    m_error->setText(message);
    m_error->show();
    m_unlock->setEnabled(true);
    m_otherSubmit->setEnabled(true);
}

void LockScreen::submitUnlock()
{
    if (!m_user || m_check.isRunning())
        return;
    const QString secret = m_secret->text();
    if (secret.isEmpty()) {
        showError(tr("Type your PIN or password first."));
        return;
    }
    auto account = AuthService::beginUnlock(m_site.serviceContext(), m_user->id);
    if (!account) {
        if (account.error().code == ErrorCode::AccountLocked ||
            account.error().code == ErrorCode::AccountDisabled)
            emit sessionEnded(account.error().message);
        else
            showError(account.error().message);
        return;
    }
    m_account = *account;
    m_byPin = AuthService::unlockMethodFor(*account, secret) == UnlockMethod::Pin;
    m_pending = Pending::Unlock;
    hideScanHint();
    m_unlock->setEnabled(false);
    m_error->setText(tr("Checking…"));
    m_error->show();
    const StaffCredentials creds = *account;
    m_check.setFuture(
        QtConcurrent::run([creds, secret] { return AuthService::verifyUnlock(creds, secret); }));
}

void LockScreen::submitSwitch()
{
    if (!m_user || m_check.isRunning())
        return;
    const QString username = m_otherUser->text().trimmed();
    if (username.isEmpty()) {
        showError(tr("Username: type the other staff member's username."));
        m_otherUser->setFocus();
        return;
    }
    auto account = AuthService::beginLogin(m_site.serviceContext(), username);
    if (!account) {
        showError(account.error().message);
        return;
    }
    m_account = *account;
    m_pending = Pending::Switch;
    hideScanHint();
    m_otherSubmit->setEnabled(false);
    const QString hash = account->passwordHash;
    const QString password = m_otherPassword->text();
    m_check.setFuture(
        QtConcurrent::run([hash, password] { return verifyPassword(hash, password); }));
}

void LockScreen::finishCheck()
{
    if (m_pending == Pending::None || !m_account)
        return;
    const Pending pending = m_pending;
    const StaffCredentials account = *m_account;
    m_pending = Pending::None;
    m_account.reset();
    const bool ok = m_check.result();
    if (pending == Pending::Unlock) {
        auto member =
            AuthService::finishUnlock(m_site.serviceContext(), account,
                                      m_byPin ? UnlockMethod::Pin : UnlockMethod::Password, ok);
        m_secret->clear();
        if (!member) {
            if (member.error().code == ErrorCode::AccountLocked)
                emit sessionEnded(member.error().message);
            else
                showError(member.error().message);
            return;
        }
        m_user.reset();
        hide();
        emit unlocked(*member);
        return;
    }
    auto member = AuthService::finishLogin(m_site.serviceContext(), account, ok);
    m_otherPassword->clear();
    if (!member) {
        showError(member.error().message);
        m_otherPassword->setFocus();
        return;
    }
    m_user.reset();
    hide();
    emit switched(*member);
}

}  // namespace vax::ui
