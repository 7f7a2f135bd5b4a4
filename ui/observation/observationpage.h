#pragma once

#include <functional>

#include <QPointer>

#include "observation/timing.h"
#include "shell/currentuser.h"
#include "shell/workspacepage.h"
#include "site/sitecontext.h"

class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace vax::ui {

class BoardModel;
class ObservationBoard;

// The staff panel of the observation area: the same list as the board (masked names), a number
// field — type the queue number to select a person; a typed number is the only thing an action
// key applies to, and the field empties after each action — and single keys: D departure (before
// the end time it offers the early-leave path instead), E early leave (warning, reason), A adverse
// event. Ctrl+B opens the board full screen, on another screen when there is one. A serious
// adverse event of today stays in a red banner at the top.
class ObservationPage final : public WorkspacePage {
    Q_OBJECT
public:
    ObservationPage(SiteContext& site, CurrentUser currentUser, QWidget* parent = nullptr);
    QString title() const override;

    BoardModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* numberField() const { return m_number; }
    QTimer* timer() const { return m_timer; }
    QString message() const;
    QString seriousBannerText() const;
    QString jumpBannerText() const;
    ObservationBoard* board() const;

    // What the page's once-a-second timer does (it runs while the page is shown).
    void tick();
    // Selects the person with this queue number; false when nobody has it.
    bool selectNumber(int queueNumber);
    void departSelected();
    void leftEarlySelected();
    void adverseEventSelected();
    ObservationBoard* openBoard();

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const observation::BoardEntry* selected() const;
    // The person an action key applies to, or nullptr (with the reason shown).
    const observation::BoardEntry* target();
    void clearSelection();
    // After an action, done or cancelled: empty field, nobody selected, focus on the field.
    void finishAction();
    // Opens the dialog of the number's action; when it closes, the action is finished.
    void openActionDialog(QDialog* dialog);
    QString actorId();
    void openLeftEarly(const observation::BoardEntry& entry);
    void showMessage(const QString& text, bool error);
    // A message rendered by `render`, again after a language switch.
    void showMessage(std::function<QString()> render, bool error);
    void onReloaded();
    void onNumberEdited(const QString& text);
    void refreshBanners();

    SiteContext& m_site;
    CurrentUser m_currentUser;
    BoardModel* m_model = nullptr;
    QTimer* m_timer = nullptr;
    QLabel* m_serious = nullptr;
    QLabel* m_jump = nullptr;
    QLabel* m_numberLabel = nullptr;
    QLineEdit* m_number = nullptr;
    QLabel* m_keys = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_depart = nullptr;
    QPushButton* m_leftEarly = nullptr;
    QPushButton* m_aefi = nullptr;
    QPushButton* m_openBoard = nullptr;
    QLabel* m_message = nullptr;
    QString m_selectedId;
    QPointer<ObservationBoard> m_board;
};

}  // namespace vax::ui
