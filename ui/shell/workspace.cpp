#include "shell/workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>

#include "shell/workspacepage.h"

namespace vax::ui {

Workspace::Workspace(QWidget* parent) : QWidget(parent)
{
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("workspaceNav"));
    m_nav->setFixedWidth(230);
    m_stack = new QStackedWidget(this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
}

void Workspace::addPage(WorkspacePage* page)
{
    const int index = static_cast<int>(m_pages.size());
    m_pages.push_back(page);
    m_stack->addWidget(page);
    m_nav->addItem(QString());
    if (index < 9) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { showPage(index); });
    }
    retranslate();
    if (index == 0)
        m_nav->setCurrentRow(0);
}

void Workspace::showPage(int index)
{
    m_nav->setCurrentRow(index);
}

int Workspace::currentIndex() const
{
    return m_stack->currentIndex();
}

WorkspacePage* Workspace::page(int index) const
{
    return index >= 0 && index < pageCount() ? m_pages.at(static_cast<size_t>(index)) : nullptr;
}

void Workspace::retranslate()
{
    for (int i = 0; i < pageCount(); ++i) {
        QListWidgetItem* item = m_nav->item(i);
        item->setText(m_pages.at(static_cast<size_t>(i))->title());
        if (i < 9)
            item->setToolTip(tr("Ctrl+%1").arg(i + 1));
    }
}

void Workspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace vax::ui
