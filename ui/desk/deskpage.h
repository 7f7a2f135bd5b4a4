#pragma once

#include "shell/workspacepage.h"
#include "site/sitecontext.h"

class QButtonGroup;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace vax::ui {

class CheckInPanel;
class InjectionPanel;
class QueueModel;

// The desk workspace (DESIGN.md §2): check-in and injection on one screen, switched with F2 and
// F3, and today's queue on the side.
class DeskPage final : public WorkspacePage {
    Q_OBJECT
public:
    enum class Mode { CheckIn, Injection };
    explicit DeskPage(SiteContext& site, QWidget* parent = nullptr);
    QString title() const override;

    void setStaffId(const QString& staffId);
    // The injection desk's panel replaces the placeholder; the page takes ownership.
    void setInjectionPanel(QWidget* panel);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    CheckInPanel* checkInPanel() const { return m_checkIn; }
    // The injection desk (F3); null when another panel was installed.
    InjectionPanel* injectionPanel() const { return m_injectionPanel; }
    QueueModel* queueModel() const { return m_queue; }
    void refreshQueue();

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    SiteContext& m_site;
    Mode m_mode = Mode::CheckIn;
    QPushButton* m_checkInButton = nullptr;
    QPushButton* m_injectionButton = nullptr;
    QStackedWidget* m_modes = nullptr;
    CheckInPanel* m_checkIn = nullptr;
    QWidget* m_injection = nullptr;
    InjectionPanel* m_injectionPanel = nullptr;
    QLabel* m_injectionPlaceholder = nullptr;
    QLabel* m_queueHeading = nullptr;
    QLabel* m_queueError = nullptr;
    QTableView* m_queueView = nullptr;
    QueueModel* m_queue = nullptr;
};

}  // namespace vax::ui
