#pragma once

#include <QWidget>

#include <functional>

#include "checkin/checkinform.h"
#include "checkin/scannotice.h"
#include "shell/keytiming.h"

class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vax::ui {

// The check-in's one entry line, which always has the focus, with the prompt of the step above
// it, the keys and Check in below it, and the scan notice. It tells a scanner from a person: a
// burst of keys (under kScannerBurstGapMs apart) ending in Enter is a scan, also after a partly
// typed value, and at the single-key steps (screening, consent, deferral) a burst undoes the
// first key's action and is read as a scan. It turns keys into what the nurse asked for; the
// panel does it.
class CheckInEntry final : public QWidget {
    Q_OBJECT
public:
    // The step the panel is at.
    using StepSource = std::function<CheckInStep()>;
    // A single key at a single-key step, done by the panel; returns how to undo it when it did
    // something (a scanner burst may follow), else an empty function.
    using StepKey = std::function<std::function<void()>(const QString& text)>;

    CheckInEntry(StepSource step, StepKey stepKey, QWidget* parent = nullptr);

    QLineEdit* line() const { return m_line; }
    ScanNotice* notice() const { return m_notice; }
    void setKeyClock(std::function<qint64()> clock) { m_keyTiming.setClock(std::move(clock)); }
    void setPrompt(const QString& prompt, const QString& keys);
    void setCheckInButton(bool visible, const QString& text);
    // A new step: keys typed so far are no burst any more.
    void forgetKeys();
    // What was typed before a scanner burst on the line (kept when the scan is not used).
    QString typedBeforeScan() const { return m_typedBeforeScan; }

signals:
    void enterPressed();
    // A scan the line cannot hold (a burst at a single-key step), or the one the notice asked
    // about and the nurse chose (`switchConfirmed`).
    void scanned(const QString& text, bool switchConfirmed);
    // The notice's "keep the current person".
    void keepRequested();
    void submitRequested();  // Ctrl+Enter
    void submitClicked();    // the Check in button
    void printRequested();   // Ctrl+P
    void liftRequested();    // Ctrl+L
    void backRequested();    // Esc
    // Typed into the line (after the notice of a scan is dismissed).
    void edited(const QString& text);
    // After every key the line was given.
    void keyHandled();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool handleKey(QKeyEvent* key);
    bool handleSingleKey(QKeyEvent* key, qint64 gap, bool enter);

    StepSource m_step;
    StepKey m_stepKey;
    QLabel* m_prompt = nullptr;
    QLineEdit* m_line = nullptr;
    QLabel* m_keys = nullptr;
    QPushButton* m_checkIn = nullptr;
    ScanNotice* m_notice = nullptr;

    KeyTiming m_keyTiming;
    // A scan the step cannot use keeps what was typed before it.
    LineBurst m_lineBurst;
    QString m_typedBeforeScan;
    // At a single-key step: the keys of a possible burst, and how to undo the first key's action.
    QString m_burst;
    std::function<void()> m_burstUndo;
};

}  // namespace vax::ui
