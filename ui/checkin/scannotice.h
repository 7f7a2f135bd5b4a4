#pragma once

#include <QLabel>

#include <functional>

class QKeyEvent;

namespace vax::ui {

// The last run of keys closer together than a person types, in a line that types them: a
// scanner's burst after a partly typed value ("36" + an ID card) is told apart from the value.
class LineBurst {
public:
    void key(const QString& text, qint64 gapMs);
    void clear() { m_run.clear(); }
    // When `entryText` ends with a burst: the text typed before it (kept) and the scan.
    bool split(const QString& entryText, QString* before, QString* scan) const;

private:
    QString m_run;
};

// The line under the check-in field that answers for a scan the current step cannot use, so no
// scan vanishes: a vaccine box code is explained (at every step, also while the queue number is
// shown), and another person's ID scanned while one is half checked in asks first:
// N discards the current person and starts the new one, Esc keeps the current one.
class ScanNotice final : public QLabel {
    Q_OBJECT
public:
    enum class Answer { None, Keep, StartNew, Swallowed };

    explicit ScanNotice(QWidget* parent = nullptr);

    static QString boxCodeExplanation();
    void explainBoxCode();
    // Asks whether to drop `current` (the person being checked in) for the scan `scanned`.
    // `current` and `scannedSummary` render the two people in the language of the moment, so the
    // question follows a language switch.
    void askSwitch(std::function<QString()> current, std::function<QString()> scannedSummary,
                   const QString& scan);
    bool asking() const { return !m_pendingScan.isEmpty(); }
    QString pendingScan() const { return m_pendingScan; }
    // While asking, every key is answered here (none reaches the form); `gapMs` is the time
    // since the previous key: a key inside a scanner burst is not an answer.
    Answer handleKey(const QKeyEvent* key, qint64 gapMs);
    void dismiss();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    enum class Kind { None, BoxCode, Switch };
    Kind m_kind = Kind::None;
    std::function<QString()> m_current;
    std::function<QString()> m_scannedSummary;
    QString m_pendingScan;
};

}  // namespace vax::ui
