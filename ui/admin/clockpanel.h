#pragma once

#include <QWidget>

#include "shell/currentuser.h"
#include "site/sitecontext.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace vax::ui {

// The PC's clock against the latest time the database has written (ClockService::status), and
// for a site administrator the acknowledgement of a deliberate correction, with a reason. When
// the clock is behind, every write is refused (clock.went_back) until the clock is set right or
// the correction is acknowledged.
class ClockPanel final : public QWidget {
    Q_OBJECT
public:
    ClockPanel(SiteContext& site, CurrentUser currentUser, QWidget* parent = nullptr);
    // Reads the state again (on show, after an acknowledgement, when the user changes).
    void refresh();

signals:
    // A correction was acknowledged: writes at the PC's time pass again.
    void acknowledged();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void acknowledge();
    void retranslate();

    SiteContext& m_site;
    CurrentUser m_currentUser;
    QLabel* m_heading = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_acknowledge = nullptr;
    QLabel* m_message = nullptr;
};

}  // namespace vax::ui
