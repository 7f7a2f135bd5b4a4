#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace vax::ui {

// A workspace in the main window's navigation: a heading and the page's own content below it.
class WorkspacePage : public QWidget {
    Q_OBJECT
public:
    explicit WorkspacePage(QWidget* parent = nullptr);
    virtual QString title() const = 0;

protected:
    void changeEvent(QEvent* event) override;
    // Sets every text of the page; called on construction and when the language changes.
    virtual void retranslate();
    QVBoxLayout* body() const { return m_body; }
    void setHeading(const QString& text);

private:
    QLabel* m_heading = nullptr;
    QVBoxLayout* m_body = nullptr;
};

}  // namespace vax::ui
