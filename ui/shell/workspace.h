#pragma once

#include <QWidget>

#include <vector>

class QListWidget;
class QStackedWidget;

namespace vax::ui {

class WorkspacePage;

// The signed-in area: a navigation column (Ctrl+1 … Ctrl+9) and one page per workspace.
class Workspace : public QWidget {
    Q_OBJECT
public:
    explicit Workspace(QWidget* parent = nullptr);
    void addPage(WorkspacePage* page);
    void showPage(int index);
    int currentIndex() const;
    WorkspacePage* page(int index) const;
    int pageCount() const { return static_cast<int>(m_pages.size()); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    std::vector<WorkspacePage*> m_pages;
};

}  // namespace vax::ui
