#include "sitesync/sitestatusitem.h"

#include <QEvent>

#include "common/labels.h"
#include "shell/style.h"

namespace vax::ui {

SiteStatusItem::SiteStatusItem(SiteCalendar calendar, QWidget* parent)
    : QLabel(parent), m_calendar(std::move(calendar))
{
    setObjectName(QStringLiteral("siteStatus"));
    setTextFormat(Qt::PlainText);
    render();
}

void SiteStatusItem::showRound(const SiteRound& round)
{
    m_round = round;
    render();
}

void SiteStatusItem::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QLabel::changeEvent(event);
}

QString siteMoment(const SiteCalendar& calendar, const QDateTime& t)
{
    if (calendar.dateOf(t) == calendar.today())
        return calendar.timeOf(t).toString(QStringLiteral("HH:mm"));
    return calendar.minuteText(t);
}

void SiteStatusItem::render()
{
    const sitesync::SiteStatus* s = m_round ? &m_round->status : nullptr;
    if (!s || !s->link) {
        setText(tr("Site server: not joined"));
        setToolTip(QString());
        hide();
        return;
    }
    const int waiting = static_cast<int>(s->backlog);
    const std::optional<Error>& problem = m_round->problem;
    QString text;
    const char* colour = nullptr;
    if (!problem && s->reachable) {
        text = waiting > 0 ? tr("Site server: connected, %n record(s) waiting", "", waiting)
                           : tr("Site server: connected");
    } else if (s->unreachableSince) {
        text = tr("Site server: offline since %1, %n record(s) waiting", "", waiting)
                   .arg(siteMoment(m_calendar, *s->unreachableSince));
        colour = kTrainingColour;  // amber: the work goes on
    } else if (problem) {
        // The server answered and refused (a password, a newer schema), or this desk could not
        // ask it (no keychain): named, the fix in the tooltip.
        text = tr("Site server: %1, %n record(s) waiting", "", waiting)
                   .arg(labels::errorLabel(problem->code));
        colour = kErrorColour;
    } else {
        text = tr("Site server: not reached yet, %n record(s) waiting", "", waiting);
    }
    setStyleSheet(colour ? colourTextStyle(colour, true) : QString());
    setText(text);
    QString tip = tr("Desk %1 of site %2 on %3.")
                      .arg(s->link->desk)
                      .arg(s->link->siteCode, s->link->serverUrl);
    if (s->lastContact)
        tip += u'\n' + tr("Last contact: %1.").arg(m_calendar.minuteText(*s->lastContact));
    if (s->pending > 0)
        tip +=
            u'\n' + tr("Pulled records set aside until they can be applied: %1.").arg(s->pending);
    if (problem)
        tip += u'\n' + problem->message;
    tip +=
        u'\n' + tr("Work goes on without the server: every record is saved on this desk and sent "
                   "when the server answers again.");
    setToolTip(tip);
    show();
}

}  // namespace vax::ui
