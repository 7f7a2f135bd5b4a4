#include "shell/workspacepage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include "shell/style.h"

namespace vax::ui {

WorkspacePage::WorkspacePage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    scaleFont(m_heading, 1.8, true);
    layout->addWidget(m_heading);
    m_body = new QVBoxLayout;
    layout->addLayout(m_body, 1);
}

void WorkspacePage::setHeading(const QString& text)
{
    m_heading->setText(text);
}

void WorkspacePage::retranslate()
{
    setHeading(title());
}

void WorkspacePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

UpcomingWorkspace::UpcomingWorkspace(Kind kind, QWidget* parent)
    : WorkspacePage(parent), m_kind(kind)
{
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    scaleFont(m_text, 1.2);
    body()->addWidget(m_text);
    body()->addStretch();
    UpcomingWorkspace::retranslate();
}

QString UpcomingWorkspace::title() const
{
    switch (m_kind) {
        case Kind::Desk:
            return tr("Desk");
        case Kind::Observation:
            return tr("Observation");
        case Kind::Stock:
            return tr("Stock & cold chain");
        case Kind::DayClose:
            return tr("Day close");
    }
    return {};
}

void UpcomingWorkspace::retranslate()
{
    WorkspacePage::retranslate();
    QString purpose;
    switch (m_kind) {
        case Kind::Desk:
            purpose =
                tr("Check-in (ID card or QR scan, screening, consent, queue number) and the "
                   "injection checklist 三查七对一验证.");
            break;
        case Kind::Observation:
            purpose = tr("The 30-minute observation board, departures and adverse events.");
            break;
        case Kind::Stock:
            purpose =
                tr("Lots and box codes, open vials, fridge temperatures, excursions and "
                   "quarantine.");
            break;
        case Kind::DayClose:
            purpose = tr("Day close, reconciliation and the signed export to the district.");
            break;
    }
    m_text->setText(tr("<p>%1</p><p>The screens of this workspace are not in this version "
                       "yet.</p>")
                        .arg(purpose));
}

}  // namespace vax::ui
