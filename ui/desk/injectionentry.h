#pragma once

#include <QWidget>

class QLabel;

namespace vax::ui {

class ScanField;

// The top of the injection desk: the prompt of what to do next, the scan field that always has
// the focus, the key hints under it, the message line (an error in red, a note in grey), the
// green "Saved" banner and the certificate's banner. It shows what the panel tells it; the keys
// are InjectionKeys'.
class InjectionEntry final : public QWidget {
    Q_OBJECT
public:
    explicit InjectionEntry(QWidget* parent = nullptr);

    ScanField* scanField() const { return m_scanField; }
    void retranslate();
    void setPrompt(const QString& prompt);

    // An empty text hides the message line.
    void showMessage(const QString& text, bool error);
    bool hasMessage() const;
    // Which queue the last "call next" took its person from (docs/site.md 6): "Called from the
    // site queue", or amber "… this desk's queue: server unreachable". Empty hides it.
    void showQueueSource(const QString& text, bool warn);
    QString queueSource() const;
    // "Not yet — nothing was saved": shown as an error until the dose is allowed.
    void showRefusal(const QString& text);
    // Once every item allows the dose the refusal goes, so a red message never sits beside an
    // enabled Administer key.
    void dropRefusal();

    void showSaved(const QString& text);
    void showCertificatePrinted(const QString& text);
    void hideCertificate();
    // A new person: both banners go.
    void hideBanners();

private:
    QLabel* m_prompt = nullptr;
    ScanField* m_scanField = nullptr;
    QLabel* m_keys = nullptr;
    QLabel* m_queueSource = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_certificateBanner = nullptr;
    bool m_refusalShown = false;  // m_message holds a refusal of Administer
};

}  // namespace vax::ui
