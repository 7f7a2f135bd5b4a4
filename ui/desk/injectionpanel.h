#pragma once

#include <QWidget>

#include <optional>

#include "certificate/certificateservice.h"
#include "desk/administrationservice.h"
#include "desk/queueservice.h"
#include "print/printerprovider.h"
#include "shell/keytiming.h"
#include "site/sitecontext.h"

class QKeyEvent;
class QLabel;
class QPushButton;

namespace vax::ui {

class ChecklistView;
class OpenVialPanel;
class PersonCard;
class RecipientDisplay;
class ScanField;

// The injection desk (三查七对一验证), driven from one scan field that always has the focus:
// F5 calls the next person; a scan (box trace code, GS1 string, lot number or open vial) + Enter
// loads the vaccine and the checklist is evaluated live; Space confirms the next eye check,
// V records that the person verified the vaccine on the recipient display, L / R choose the site,
// Enter administers — only when nothing blocks; the core re-checks everything when saving.
// Ctrl+D asks a doctor to override an overridable finding; F9 shows the recipient display;
// Esc clears the field, then the scanned vaccine. Ctrl+P (or the person card's button) issues the
// called person's vaccination certificate and prints it.
class InjectionPanel final : public QWidget {
    Q_OBJECT
public:
    explicit InjectionPanel(SiteContext& site, QWidget* parent = nullptr);
    ~InjectionPanel() override;

    void setStaffId(const QString& staffId);
    void setDeskName(const QString& desk) { m_desk = desk; }

    ScanField* scanField() const { return m_scanField; }
    RecipientDisplay* recipientDisplay() const { return m_display; }
    const std::optional<CalledVisit>& called() const { return m_called; }
    const ChecklistResult& checklist() const { return m_result; }
    bool canAdminister() const;

    void callNext();
    void administer();
    void showRecipientDisplay();
    // Issues the called person's certificate through the core, then prints it on the printer
    // the provider gives (the print dialog unless replaced); the outcome shows in a banner.
    void printCertificate();
    // The print dialog by default; tests print to a PDF file instead.
    void setPrinterProvider(PrinterProvider provider) { m_printerProvider = std::move(provider); }
    // The certificate issued by the last Ctrl+P (printed or not).
    const std::optional<CertificateRecord>& lastCertificate() const { return m_certificate; }

signals:
    // After a call and after a dose: the queue list refreshes.
    void queueChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    bool handleKey(QKeyEvent* key);
    bool handleCommandKey(const QString& text, int key);
    void handleScan(const QString& text);
    bool loadScan(const DeskScan& scan);
    std::optional<QString> openVialFor(const QString& lotId) const;
    void confirmNext();
    void toggleConfirmation(ChecklistItemKey key);
    void chooseSite(QChar side);
    void clearVaccine();
    void overrideByDoctor();
    void reevaluate();
    void render();
    void renderPerson();
    void updateRecipientDisplay();
    void showMessage(const QString& text, bool error);
    void retranslate();
    std::optional<ChecklistItemKey> nextEyeCheck() const;
    QString doseDue(bool* blocked) const;
    QString prompt() const;

    SiteContext& m_site;
    QueueService m_queue;
    AdministrationService m_administration;
    CertificateService m_certificates;
    PrinterProvider m_printerProvider;
    std::optional<CertificateRecord> m_certificate;
    QString m_staffId;
    QString m_desk = QStringLiteral("1");

    std::optional<CalledVisit> m_called;
    std::optional<DeskContext> m_context;
    QString m_documentNumber;
    DeskScan m_scan;
    DeskChoices m_choices;
    std::vector<ChecklistItemKey> m_confirmOrder;  // for Backspace: undo the last confirmation
    std::optional<OverrideApproval> m_doctorApproval;
    QString m_overrideReason;
    ChecklistResult m_result;
    std::optional<AdministerReceipt> m_saved;
    bool m_skipArmed = false;
    bool m_refusalShown = false;  // m_message holds a refusal of Administer

    // Scanner detection, as at check-in: a command key followed by a fast burst was a scan.
    KeyTiming m_keyTiming;
    QString m_burstKey;
    std::optional<DeskChoices> m_burstUndo;

    QLabel* m_prompt = nullptr;
    ScanField* m_scanField = nullptr;
    QLabel* m_keys = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_certificateBanner = nullptr;
    ChecklistView* m_checklist = nullptr;
    QLabel* m_siteLabel = nullptr;
    QPushButton* m_administer = nullptr;
    QPushButton* m_callNext = nullptr;
    QPushButton* m_showDisplay = nullptr;
    PersonCard* m_card = nullptr;
    OpenVialPanel* m_vials = nullptr;
    RecipientDisplay* m_display = nullptr;
};

}  // namespace vax::ui
