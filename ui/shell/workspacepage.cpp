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

}  // namespace vax::ui
