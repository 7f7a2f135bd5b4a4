#include "shell/livetext.h"

#include <QEvent>
#include <QLabel>

namespace vax::ui {

namespace {

// Lives as a child of the label it watches; found again by its object name.
class LiveText final : public QObject {
public:
    explicit LiveText(QLabel* label) : QObject(label), m_label(label)
    {
        setObjectName(QStringLiteral("vaxLiveText"));
        label->installEventFilter(this);
    }

    static LiveText* of(QLabel* label)
    {
        auto* live =
            label->findChild<LiveText*>(QStringLiteral("vaxLiveText"), Qt::FindDirectChildrenOnly);
        return live ? live : new LiveText(label);
    }

    void show(std::function<QString()> render)
    {
        m_render = std::move(render);
        m_shown = m_render ? m_render() : QString();
        m_label->setText(m_shown);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_label && event->type() == QEvent::LanguageChange) {
            if (m_render && m_label->text() == m_shown) {
                m_shown = m_render();
                m_label->setText(m_shown);
            } else if (!m_label->text().isEmpty()) {
                m_render = {};
                m_shown.clear();
                m_label->clear();
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QLabel* m_label;
    std::function<QString()> m_render;
    QString m_shown;
};

}  // namespace

void setLiveText(QLabel* label, std::function<QString()> render)
{
    LiveText::of(label)->show(std::move(render));
}

void clearOnLanguageChange(QLabel* label)
{
    LiveText::of(label);
}

}  // namespace vax::ui
