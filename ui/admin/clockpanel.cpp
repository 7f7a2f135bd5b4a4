#include "admin/clockpanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "security/permissions.h"
#include "shell/style.h"
#include "site/clockservice.h"

namespace vax::ui {

ClockPanel::ClockPanel(SiteContext& site, CurrentUser currentUser, QWidget* parent)
    : QWidget(parent), m_site(site), m_currentUser(std::move(currentUser))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    scaleFont(m_heading, 1.3, true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("clockStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_reasonLabel = new QLabel(this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("clockReason"));
    m_reasonLabel->setBuddy(m_reason);
    m_acknowledge = new QPushButton(this);
    m_acknowledge->setObjectName(QStringLiteral("clockAcknowledge"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("clockMessage"));
    m_message->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_reasonLabel);
    row->addWidget(m_reason, 1);
    row->addWidget(m_acknowledge);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addWidget(m_message);
    connect(m_acknowledge, &QPushButton::clicked, this, &ClockPanel::acknowledge);
    connect(m_reason, &QLineEdit::returnPressed, this, &ClockPanel::acknowledge);
    retranslate();
}

void ClockPanel::refresh()
{
    auto s = ClockService::status(m_site.serviceContext());
    const auto user = m_currentUser ? m_currentUser() : std::optional<StaffMember>();
    const bool admin = user && allows(user->roles, Permission::ChangeSettings);
    if (!s) {
        m_status->setText(s.error().message.toHtmlEscaped());
        m_acknowledge->setEnabled(false);
        m_reason->setEnabled(false);
        return;
    }
    QString text =
        tr("Latest time written: %1<br>The PC's clock now: %2")
            .arg(s->latestWritten.isValid() ? ClockGuard::showTime(s->latestWritten, s->zone)
                                            : tr("nothing written yet"),
                 ClockGuard::showTime(s->now, s->zone));
    if (s->refused)
        text += QStringLiteral("<br><b style='color:%1'>%2</b>")
                    .arg(QLatin1String(kErrorColour),
                         tr("The clock is %1 behind: every write is refused. Set the PC's clock "
                            "right (date, time and time zone); if it was corrected on purpose, a "
                            "site administrator acknowledges it here with a reason.")
                             .arg(ClockGuard::showDuration(s->behindMs))
                             .toHtmlEscaped());
    else
        text += QStringLiteral("<br>") +
                tr("Writes are accepted (tolerance %1 minutes).").arg(s->toleranceMinutes);
    m_status->setText(text);
    m_reason->setEnabled(s->refused && admin);
    m_acknowledge->setEnabled(s->refused && admin);
    m_acknowledge->setToolTip(admin ? QString() : tr("Only a site administrator may acknowledge."));
}

void ClockPanel::acknowledge()
{
    if (!m_acknowledge->isEnabled())
        return;
    const auto user = m_currentUser ? m_currentUser() : std::optional<StaffMember>();
    auto ack = ClockService::acknowledge(m_site.serviceContext(user ? user->id : QString()),
                                         m_reason->text());
    if (!ack) {
        m_message->setStyleSheet(colourTextStyle(kErrorColour));
        m_message->setText(ack.error().message);
        return;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Correction acknowledged: writes at the PC's time are accepted again."));
    m_reason->clear();
    refresh();
    emit acknowledged();
}

void ClockPanel::retranslate()
{
    m_heading->setText(tr("Clock"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("why the PC's clock was corrected"));
    m_acknowledge->setText(tr("Acknowledge the correction"));
    refresh();
}

void ClockPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClockPanel::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

}  // namespace vax::ui
