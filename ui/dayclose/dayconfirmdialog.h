#pragma once

#include <QDialog>

#include "dayclose/dayclose.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace vax::ui {

// "Close the day?": lists what is still open (people under observation, uncounted lots, open
// vials and the doses that will be wasted, records not exported) and closes only when the day is
// typed (e.g. 2026-12-07). Escape and Cancel change nothing. A key press alone never confirms.
class DayCloseConfirmDialog final : public QDialog {
    Q_OBJECT
public:
    DayCloseConfirmDialog(const DayCloseOpenItems& items, QWidget* parent = nullptr);
    QString listing() const;

private:
    void updateButton();

    DayCloseOpenItems m_items;
    QLabel* m_list = nullptr;
    QLineEdit* m_typed = nullptr;
    QPushButton* m_confirm = nullptr;
};

}  // namespace vax::ui
