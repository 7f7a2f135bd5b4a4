#include "checkin/scannotice.h"

#include <QEvent>
#include <QKeyEvent>

#include "shell/keytiming.h"
#include "shell/style.h"

namespace vax::ui {

void LineBurst::key(const QString& text, qint64 gapMs)
{
    if (text.isEmpty() || !text.at(0).isPrint())
        return;
    if (gapMs < kScannerBurstGapMs && !m_run.isEmpty())
        m_run += text;
    else
        m_run = text;  // a person's key, or the first key of a burst
}

bool LineBurst::split(const QString& entryText, QString* before, QString* scan) const
{
    if (m_run.size() < 2 || !entryText.endsWith(m_run))
        return false;
    *before = entryText.left(entryText.size() - m_run.size());
    *scan = m_run;
    return true;
}

ScanNotice::ScanNotice(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("scanNotice"));
    setWordWrap(true);
    setStyleSheet(errorTextStyle());
    setVisible(false);
}

QString ScanNotice::boxCodeExplanation()
{
    return tr(
        "This is a vaccine box code. Scan it in the injection mode (F3); here scan the "
        "person's ID or QR code.");
}

void ScanNotice::explainBoxCode()
{
    m_kind = Kind::BoxCode;
    m_pendingScan.clear();
    retranslate();
    setVisible(true);
}

void ScanNotice::askSwitch(std::function<QString()> current,
                           std::function<QString()> scannedSummary, const QString& scan)
{
    m_kind = Kind::Switch;
    m_current = std::move(current);
    m_scannedSummary = std::move(scannedSummary);
    m_pendingScan = scan;
    retranslate();
    setVisible(true);
}

void ScanNotice::retranslate()
{
    switch (m_kind) {
        case Kind::None:
            clear();
            break;
        case Kind::BoxCode:
            setText(boxCodeExplanation());
            break;
        case Kind::Switch:
            setText(tr("Another person was scanned (%1) while %2 is being checked in. "
                       "N: discard %2's check-in and start the new person · Esc: keep checking "
                       "in %2")
                        .arg(m_scannedSummary(), m_current()));
            break;
    }
}

void ScanNotice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

ScanNotice::Answer ScanNotice::handleKey(const QKeyEvent* key, qint64 gapMs)
{
    if (!asking())
        return Answer::None;
    if (key->key() == Qt::Key_Escape) {
        dismiss();
        return Answer::Keep;
    }
    if (key->key() == Qt::Key_N && gapMs >= kScannerBurstGapMs &&
        !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
        return Answer::StartNew;  // the caller dismisses once it has the scan
    return Answer::Swallowed;
}

void ScanNotice::dismiss()
{
    m_kind = Kind::None;
    m_pendingScan.clear();
    clear();
    setVisible(false);
}

}  // namespace vax::ui
