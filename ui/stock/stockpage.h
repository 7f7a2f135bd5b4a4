#pragma once

#include "shell/currentuser.h"
#include "shell/workspacepage.h"
#include "site/sitecontext.h"

class QLabel;
class QPushButton;
class QTableView;

namespace vax::ui {

class LotsModel;
class OpenVialPanel;
struct LotRow;

// Stock: the lots with expiry, quarantine and doses per fridge; receive (box scans), waste,
// count & reconcile, transfer; and the open vials with their time left.
class StockPage final : public WorkspacePage {
    Q_OBJECT
public:
    StockPage(SiteContext& site, CurrentUser currentUser, QWidget* parent = nullptr);
    QString title() const override;
    void refresh();
    LotsModel* lots() const { return m_lots; }

    // Opens the receive dialog (Ctrl+R); returns once it is closed.
    void receive();

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    enum class Action { Waste, Count, Transfer };
    void runLotAction(Action action);
    const LotRow* selectedLot();
    QString actorId() const;
    void showMessage(const QString& text, bool error);

    SiteContext& m_site;
    CurrentUser m_currentUser;
    LotsModel* m_lots = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_receive = nullptr;
    QPushButton* m_waste = nullptr;
    QPushButton* m_count = nullptr;
    QPushButton* m_transfer = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_legend = nullptr;
    OpenVialPanel* m_vials = nullptr;
};

}  // namespace vax::ui
