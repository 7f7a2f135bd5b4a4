// The injection desk's keys: everything arrives at the scan field, which always has the focus.
#include <QKeyEvent>

#include "desk/injectionpanel.h"
#include "stock/scanfield.h"

namespace vax::ui {

namespace {
// A keyboard-wedge scanner sends a character every few milliseconds; people need 60 ms or more.
constexpr qint64 kBurstGapMs = 30;
}  // namespace

bool InjectionPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_scanField)
        return QWidget::eventFilter(watched, event);
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
    return QWidget::eventFilter(watched, event);
}

bool InjectionPanel::handleKey(QKeyEvent* key)
{
    const qint64 gap = m_keyTiming.gap(key);
    const bool ctrl = key->modifiers() & Qt::ControlModifier;
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool empty = m_scanField->text().isEmpty();
    if (key->key() == Qt::Key_F5 || (ctrl && key->key() == Qt::Key_N)) {
        callNext();
        return true;
    }
    if (key->key() == Qt::Key_F9) {
        showRecipientDisplay();
        return true;
    }
    if (ctrl && key->key() == Qt::Key_D) {
        overrideByDoctor();
        return true;
    }
    if (key->matches(QKeySequence::Print) || (ctrl && key->key() == Qt::Key_P)) {
        printCertificate();
        return true;
    }
    if (enter) {
        m_burstKey.clear();
        m_burstUndo.reset();
        if (ctrl || empty)
            administer();
        else
            handleScan(m_scanField->text());
        return true;
    }
    if (key->key() == Qt::Key_Escape) {
        if (!empty)
            m_scanField->clear();
        else
            clearVaccine();
        return true;
    }
    if (key->key() == Qt::Key_Backspace && empty) {
        if (!m_confirmOrder.empty() && !m_saved) {
            m_choices.confirmed.remove(m_confirmOrder.back());
            m_confirmOrder.pop_back();
            reevaluate();
        }
        return true;
    }
    if (key->key() == Qt::Key_Space) {
        if (empty)
            confirmNext();
        return true;  // codes hold no spaces
    }
    const QString text = key->text();
    const bool printable = !text.isEmpty() && text.at(0).isPrint();
    // The first key of a scanner burst may have looked like a command: undo it, type the burst.
    if (printable && !m_burstKey.isEmpty() && gap < kBurstGapMs) {
        if (m_burstUndo) {
            m_choices = *m_burstUndo;
            m_burstUndo.reset();
            reevaluate();
        }
        m_scanField->setText(m_burstKey + text);
        m_burstKey.clear();
        return true;
    }
    m_burstKey.clear();
    m_burstUndo.reset();
    if (printable && empty && handleCommandKey(text, key->key()))
        return true;
    if (empty && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right))
        return handleCommandKey(
            key->key() == Qt::Key_Left ? QStringLiteral("L") : QStringLiteral("R"), key->key());
    return false;  // the field types it
}

// L, R and V act only once a vaccine is scanned (before that, letters type a lot number).
bool InjectionPanel::handleCommandKey(const QString& text, int key)
{
    if (!m_context || !m_context->input.product || m_saved)
        return false;
    const QChar c = text.at(0).toUpper();
    if (c != u'L' && c != u'R' && c != u'V')
        return false;
    const DeskChoices before = m_choices;
    if (c == u'V')
        toggleConfirmation(ChecklistItemKey::Verification);
    else
        chooseSite(c);
    if (key != Qt::Key_Left && key != Qt::Key_Right) {
        m_burstKey = text;
        m_burstUndo = before;
    }
    return true;
}

}  // namespace vax::ui
