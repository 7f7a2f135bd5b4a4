#pragma once

#include <QDialog>

#include <vector>

#include "checkin/checkinservice.h"

class QListWidget;

namespace vax::ui {

// "Is this the same person?" — a person with the same name and birth date is on file with
// another document. Keyboard: ↑/↓ choose, L links the document to the chosen person, N
// registers a new person, Esc goes back to the form.
class DuplicateDialog final : public QDialog {
    Q_OBJECT
public:
    DuplicateDialog(std::vector<Person> candidates, const QString& name, QWidget* parent);

signals:
    void resolved(const vax::DuplicateResolution& resolution);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool handleKey(int key);

private:
    void link();
    void confirmNew();

    std::vector<Person> m_candidates;
    QListWidget* m_list = nullptr;
};

}  // namespace vax::ui
