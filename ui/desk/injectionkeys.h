#pragma once

#include <QChar>
#include <QObject>

#include <functional>

#include "shell/keytiming.h"

class QKeyEvent;

namespace vax::ui {

class ScanField;

// What a key at the injection desk's scan field asks for, before any scanner burst is told
// apart (InjectionKeys does that).
enum class DeskKey {
    CallNext,          // F5, Ctrl+N
    ShowDisplay,       // F9
    DoctorOverride,    // Ctrl+D
    PrintCertificate,  // Ctrl+P, the Print key
    Administer,        // Enter on an empty field, Ctrl+Enter
    Scan,              // Enter after a typed or scanned code
    ClearField,        // Esc with text in the field
    ClearVaccine,      // Esc on an empty field
    UndoConfirmation,  // Backspace on an empty field
    ConfirmNext,       // Space on an empty field
    Swallow,           // Space in a code: codes hold no spaces
    Command,           // L, R, V (or ← →) on an empty field: `command` is L, R or V
    Type,              // anything else: the field types it
};

struct DeskKeyIntent {
    DeskKey key = DeskKey::Type;
    QChar command;           // L, R or V with DeskKey::Command
    bool fromArrow = false;  // ← or →: a person's key, never the start of a scanner burst
    bool printable = false;  // the key types a printable character
};

// The injection desk's key map, on its own: `fieldEmpty` says whether the scan field is empty.
DeskKeyIntent deskKeyIntent(const QKeyEvent& key, bool fieldEmpty);

// The injection desk's keys: everything arrives at the scan field, which always has the focus.
// It filters the field's keys, takes the desk's Ctrl keys from the line edit, and turns keys into
// what the nurse asked for; the panel does it. A keyboard-wedge scanner is told from a person as
// at check-in: when a command key (L, R, V) is followed by a burst (keys under
// kScannerBurstGapMs apart), its action is undone and the keys are typed as a code.
class InjectionKeys final : public QObject {
    Q_OBJECT
public:
    // L, R or V, done by the panel when it takes command keys; returns how to undo it (a scanner
    // burst may follow), or an empty function when the key is to be typed instead.
    using CommandKey = std::function<std::function<void()>(QChar command)>;

    InjectionKeys(ScanField* field, CommandKey command, QObject* parent = nullptr);

    void setKeyClock(std::function<qint64()> clock) { m_keyTiming.setClock(std::move(clock)); }

signals:
    void callNextRequested();
    void displayRequested();
    void overrideRequested();
    void printRequested();
    void administerRequested();
    void scanned(const QString& text);
    void clearVaccineRequested();  // Esc on an empty field
    void undoRequested();          // Backspace on an empty field
    void confirmRequested();       // Space on an empty field

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool handleKey(QKeyEvent* key);
    void forgetBurst();

    ScanField* m_field;
    CommandKey m_command;
    KeyTiming m_keyTiming;
    // A command key that may have been a scanner burst's first key, and how to undo its action.
    QString m_burstKey;
    std::function<void()> m_burstUndo;
};

}  // namespace vax::ui
