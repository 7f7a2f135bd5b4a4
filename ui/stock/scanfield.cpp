#include "stock/scanfield.h"

#include <QKeyEvent>

#include "scan/gs1.h"

namespace vax::ui {

ScanField::ScanField(QWidget* parent) : QLineEdit(parent) {}

void ScanField::keyPressEvent(QKeyEvent* event)
{
    const bool ctrlBracket =
        event->key() == Qt::Key_BracketRight && event->modifiers().testFlag(Qt::ControlModifier);
    if (ctrlBracket || event->text() == QString(QChar(kGs1Separator))) {
        insert(QString(QChar(kGs1Separator)));
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

}  // namespace vax::ui
