#pragma once

#include <QFileDialog>
#include <QObject>
#include <QPointer>
#include <QString>

#include "common/result.h"

class QAction;

class QMainWindow;
class QMenu;

namespace vax {
struct SiteContext;
}

namespace vax::ui {

// Help ▸ Training scan sheets (PDF)…: asks where to save, writes the practice sheets of the
// training lots (ScanSheet) and says where in the status bar. On a production database the
// item stays in the menu, disabled, and its tip says why: printed codes of real lots would let
// anyone "scan" a box that is not there.
class TrainingSheetsAction : public QObject {
    Q_OBJECT
public:
    // Adds the Help menu (if the window has none yet) and the item to `window`'s menu bar.
    TrainingSheetsAction(QMainWindow* window, SiteContext& site);

    QAction* action() const { return m_action; }
    QMenu* helpMenu() const { return m_menu; }
    // The file dialog while it is open (tests choose the file through it).
    QFileDialog* dialog() const { return m_dialog; }

    // Writes the sheets to `path` (replacing a file the user chose to overwrite). On success the
    // message says where and how many lots and codes.
    Result<QString> writeTo(const QString& path);

signals:
    // After a write, with what the status bar said.
    void written(bool ok, const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void chooseFile();

    QMainWindow* m_window;
    SiteContext& m_site;
    QMenu* m_menu = nullptr;
    QAction* m_action = nullptr;
    QPointer<QFileDialog> m_dialog;
};

}  // namespace vax::ui
