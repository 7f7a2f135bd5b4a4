#pragma once

#include <QWidget>

#include "site/sitecontext.h"

class QLabel;
class QPushButton;

namespace vax::ui {

class InjectionChecklist;
class OpenVialPanel;
class PersonCard;

// The injection desk's right-hand column: the called person's card, the site chosen, the
// Administer button, the open vials (for the eyes: the scan field keeps the keyboard) and the
// Next and Display buttons. It shows the checklist the panel gives it and says what was clicked.
class InjectionColumn final : public QWidget {
    Q_OBJECT
public:
    explicit InjectionColumn(SiteContext& site, QWidget* parent = nullptr);

    PersonCard* card() const { return m_card; }
    OpenVialPanel* vials() const { return m_vials; }
    void retranslate();
    // The called person, the site and whether Administer is enabled (hidden once the dose is
    // saved: the green banner says it all).
    void render(const InjectionChecklist& checklist, bool canAdminister);

signals:
    void administerClicked();
    void callNextClicked();
    void displayClicked();

private:
    PersonCard* m_card = nullptr;
    QLabel* m_siteLabel = nullptr;
    QPushButton* m_administer = nullptr;
    OpenVialPanel* m_vials = nullptr;
    QPushButton* m_callNext = nullptr;
    QPushButton* m_showDisplay = nullptr;
};

}  // namespace vax::ui
