#include "desk/injectionkeys.h"

#include <QKeyEvent>

#include "stock/scanfield.h"

namespace vax::ui {

DeskKeyIntent deskKeyIntent(const QKeyEvent& key, bool fieldEmpty)
{
    const bool ctrl = key.modifiers() & Qt::ControlModifier;
    const int k = key.key();
    const QString text = key.text();
    DeskKeyIntent intent;
    intent.printable = !text.isEmpty() && text.at(0).isPrint();
    const auto is = [&intent](DeskKey what) {
        intent.key = what;
        return intent;
    };
    if (k == Qt::Key_F5 || (ctrl && k == Qt::Key_N))
        return is(DeskKey::CallNext);
    if (k == Qt::Key_F9)
        return is(DeskKey::ShowDisplay);
    if (ctrl && k == Qt::Key_D)
        return is(DeskKey::DoctorOverride);
    if (key.matches(QKeySequence::Print) || (ctrl && k == Qt::Key_P))
        return is(DeskKey::PrintCertificate);
    if (k == Qt::Key_Return || k == Qt::Key_Enter)
        return is(ctrl || fieldEmpty ? DeskKey::Administer : DeskKey::Scan);
    if (k == Qt::Key_Escape)
        return is(fieldEmpty ? DeskKey::ClearVaccine : DeskKey::ClearField);
    if (k == Qt::Key_Backspace && fieldEmpty)
        return is(DeskKey::UndoConfirmation);
    if (k == Qt::Key_Space)
        return is(fieldEmpty ? DeskKey::ConfirmNext : DeskKey::Swallow);
    if (fieldEmpty && intent.printable) {
        const QChar c = text.at(0).toUpper();
        if (c == u'L' || c == u'R' || c == u'V') {
            intent.command = c;
            return is(DeskKey::Command);
        }
    }
    if (fieldEmpty && (k == Qt::Key_Left || k == Qt::Key_Right)) {
        intent.command = k == Qt::Key_Left ? u'L' : u'R';
        intent.fromArrow = true;
        return is(DeskKey::Command);
    }
    return is(DeskKey::Type);
}

InjectionKeys::InjectionKeys(ScanField* field, CommandKey command, QObject* parent)
    : QObject(parent), m_field(field), m_command(std::move(command))
{
    m_field->installEventFilter(this);
}

bool InjectionKeys::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_field)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // The line edit would take Ctrl+D (delete) and Ctrl+Enter; they are the desk's keys.
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool ctrl = key->modifiers() & Qt::ControlModifier;
        if ((ctrl &&
             (key->key() == Qt::Key_D || key->key() == Qt::Key_N || key->key() == Qt::Key_P ||
              key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) ||
            key->key() == Qt::Key_F5 || key->key() == Qt::Key_F9) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress)
        return handleKey(static_cast<QKeyEvent*>(event));
    return QObject::eventFilter(watched, event);
}

void InjectionKeys::forgetBurst()
{
    m_burstKey.clear();
    m_burstUndo = nullptr;
}

bool InjectionKeys::handleKey(QKeyEvent* key)
{
    const qint64 gap = m_keyTiming.gap(key);
    const DeskKeyIntent intent = deskKeyIntent(*key, m_field->text().isEmpty());
    switch (intent.key) {
        case DeskKey::CallNext:
            emit callNextRequested();
            return true;
        case DeskKey::ShowDisplay:
            emit displayRequested();
            return true;
        case DeskKey::DoctorOverride:
            emit overrideRequested();
            return true;
        case DeskKey::PrintCertificate:
            emit printRequested();
            return true;
        case DeskKey::Administer:
            forgetBurst();
            emit administerRequested();
            return true;
        case DeskKey::Scan:
            forgetBurst();
            emit scanned(m_field->text());
            return true;
        case DeskKey::ClearField:
            m_field->clear();
            return true;
        case DeskKey::ClearVaccine:
            emit clearVaccineRequested();
            return true;
        case DeskKey::UndoConfirmation:
            emit undoRequested();
            return true;
        case DeskKey::ConfirmNext:
            emit confirmRequested();
            return true;
        case DeskKey::Swallow:
            return true;
        case DeskKey::Command:
        case DeskKey::Type:
            break;
    }
    // The first key of a scanner burst may have looked like a command: undo it, type the burst.
    if (intent.printable && !m_burstKey.isEmpty() && gap < kScannerBurstGapMs) {
        if (m_burstUndo)
            m_burstUndo();
        m_field->setText(m_burstKey + key->text());
        forgetBurst();
        return true;
    }
    forgetBurst();
    if (intent.key != DeskKey::Command)
        return false;  // the field types it
    std::function<void()> undo = m_command(intent.command);
    if (!undo)
        return false;  // no vaccine scanned yet: the letter is part of a lot number
    if (!intent.fromArrow) {
        m_burstKey = key->text();
        m_burstUndo = std::move(undo);
    }
    return true;
}

}  // namespace vax::ui
