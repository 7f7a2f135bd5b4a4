#include "checkin/checkinentry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

#include "checkin/checkinsteps.h"
#include "scan/scanrouter.h"
#include "shell/style.h"

namespace vax::ui {

namespace {
// Anything a scanner sends that the check-in either uses or explains: a person's document or QR
// code, or a vaccine box code (GS1 string or trace code).
bool isScan(const QString& text)
{
    return classifyScan(text) != ScanKind::Unknown;
}
}  // namespace

CheckInEntry::CheckInEntry(StepSource step, StepKey stepKey, QWidget* parent)
    : QWidget(parent), m_step(std::move(step)), m_stepKey(std::move(stepKey))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("entryPrompt"));
    scaleFont(m_prompt, 1.2, true);
    layout->addWidget(m_prompt);
    m_line = new QLineEdit(this);
    m_line->setObjectName(QStringLiteral("scanField"));
    scaleFont(m_line, 1.6);
    m_line->setStyleSheet(
        QStringLiteral("QLineEdit { border: 2px solid #1d4f91; "
                       "border-radius: 4px; padding: 6px; }"));
    m_line->installEventFilter(this);
    layout->addWidget(m_line);
    m_keys = new QLabel(this);
    m_keys->setObjectName(QStringLiteral("entryHint"));
    m_keys->setStyleSheet(QStringLiteral("color:#555;"));
    m_checkIn = new QPushButton(this);
    m_checkIn->setObjectName(QStringLiteral("checkInButton"));
    m_checkIn->setFocusPolicy(Qt::NoFocus);
    connect(m_checkIn, &QPushButton::clicked, this, &CheckInEntry::submitClicked);
    auto* keysRow = new QHBoxLayout;
    keysRow->addWidget(m_keys, 1);
    keysRow->addWidget(m_checkIn);
    layout->addLayout(keysRow);
    m_notice = new ScanNotice(this);
    layout->addWidget(m_notice);

    connect(m_line, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!m_notice->asking())
            m_notice->dismiss();
        emit edited(text);
    });
}

void CheckInEntry::setPrompt(const QString& prompt, const QString& keys)
{
    m_prompt->setText(prompt);
    m_keys->setText(keys);
}

void CheckInEntry::setCheckInButton(bool visible, const QString& text)
{
    m_checkIn->setVisible(visible);
    m_checkIn->setText(text);
}

void CheckInEntry::forgetKeys()
{
    m_notice->dismiss();
    m_lineBurst.clear();
    m_burst.clear();
    m_burstUndo = nullptr;
}

bool CheckInEntry::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_line && event->type() == QEvent::KeyPress) {
        const bool handled = handleKey(static_cast<QKeyEvent*>(event));
        emit keyHandled();
        return handled;
    }
    return QWidget::eventFilter(watched, event);
}

bool CheckInEntry::handleKey(QKeyEvent* key)
{
    const qint64 gap = m_keyTiming.gap(key);
    switch (m_notice->handleKey(key, gap)) {
        case ScanNotice::Answer::Keep:
            emit keepRequested();
            return true;
        case ScanNotice::Answer::StartNew:
            emit scanned(m_notice->pendingScan(), true);
            return true;
        case ScanNotice::Answer::Swallowed:
            return true;
        case ScanNotice::Answer::None:
            break;
    }
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && (key->modifiers() & Qt::ControlModifier)) {
        emit submitRequested();
        return true;
    }
    if (key->matches(QKeySequence::Print) ||
        (key->key() == Qt::Key_P && key->modifiers() == Qt::ControlModifier)) {
        emit printRequested();
        return true;
    }
    if (key->key() == Qt::Key_L && key->modifiers() == Qt::ControlModifier) {
        emit liftRequested();
        return true;
    }
    if (key->key() == Qt::Key_Escape) {
        emit backRequested();
        return true;
    }
    if (takesSingleKeys(m_step()))
        return handleSingleKey(key, gap, enter);
    if (enter) {
        // A burst after a partly typed value (a temperature, a name): the burst alone is the
        // scan, and the value is kept when the scan is explained or asked about. The scan
        // step's line holds a document number itself.
        const CheckInStep step = m_step();
        QString before, scan;
        m_typedBeforeScan.clear();
        if (step != CheckInStep::Scan && step != CheckInStep::Done &&
            m_lineBurst.split(m_line->text(), &before, &scan) && !before.isEmpty() &&
            isScan(scan)) {
            m_typedBeforeScan = before;
            m_line->setText(scan);
        }
        m_lineBurst.clear();
        emit enterPressed();
        return true;
    }
    m_lineBurst.key(key->text(), gap);
    return false;  // the line edit types it
}

// Screening and consent act on single keys, unless the keys arrive as a scanner burst: then the
// first key's action is undone and the burst is typed as a scan.
bool CheckInEntry::handleSingleKey(QKeyEvent* key, qint64 gap, bool enter)
{
    if (enter) {
        m_typedBeforeScan.clear();
        if (m_burst.size() > 1)
            emit scanned(m_line->text(), false);
        else
            emit enterPressed();
        m_burst.clear();
        return true;
    }
    const QString text = key->text();
    if (text.isEmpty() || !text.at(0).isPrint())
        return false;
    if (!m_burst.isEmpty() && gap < kScannerBurstGapMs) {
        if (m_burstUndo)
            std::exchange(m_burstUndo, nullptr)();
        m_burst += text;
        m_line->setText(m_burst);
        return true;
    }
    std::function<void()> undo = m_stepKey(text);
    // The step key may have gone to another step (which forgot the keys); a burst may still
    // follow this first key.
    const bool stillSingleKeys = takesSingleKeys(m_step());
    m_burst = stillSingleKeys ? text : QString();
    m_burstUndo = stillSingleKeys ? std::move(undo) : nullptr;
    m_line->clear();
    return true;
}

}  // namespace vax::ui
