#pragma once

#include <QLineEdit>

namespace vax::ui {

// A line edit for a keyboard-wedge scanner. The GS1 separator (FNC1) arrives as Ctrl+] or as the
// control character 0x1D, which a plain QLineEdit drops; here it is kept in the text.
class ScanField final : public QLineEdit {
    Q_OBJECT
public:
    explicit ScanField(QWidget* parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

}  // namespace vax::ui
