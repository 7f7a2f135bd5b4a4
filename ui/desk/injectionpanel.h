#pragma once

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

#include "desk/deskcertificate.h"
#include "desk/injectionchecklist.h"
#include "desk/queueservice.h"
#include "print/printerprovider.h"
#include "site/sitecontext.h"
#include "sitesync/sitequeue.h"

namespace vax {
class SecretStore;
}

namespace vax::ui {

class ChecklistView;
class InjectionColumn;
class InjectionEntry;
class InjectionKeys;
class RecipientDisplay;
class ScanField;
class SiteHistoryAsker;

// The injection desk (三查七对一验证), driven from one scan field that always has the focus:
// F5 calls the next person; a scan (box trace code, GS1 string, lot number or open vial) + Enter
// loads the vaccine and the checklist is evaluated live; Space confirms the next eye check,
// V records that the person verified the vaccine on the recipient display, L / R choose the site,
// Enter administers — only when nothing blocks; the core re-checks everything when saving.
// Ctrl+D asks a doctor to override an overridable finding; F9 shows the recipient display;
// Esc clears the field, then the scanned vaccine. Ctrl+P (or the person card's button) issues the
// called person's vaccination certificate and prints it.
// The panel owns the widgets and wires the parts: InjectionKeys turns keys into requests,
// InjectionChecklist holds and evaluates the checklist, InjectionEntry, InjectionColumn and
// injectiontexts.h say it on screen, DeskCertificate issues and prints the certificate.
class InjectionPanel final : public QWidget {
    Q_OBJECT
public:
    explicit InjectionPanel(SiteContext& site, QWidget* parent = nullptr);
    ~InjectionPanel() override;

    void setStaffId(const QString& staffId);
    void setDeskName(const QString& desk) { m_desk = desk; }

    ScanField* scanField() const;
    RecipientDisplay* recipientDisplay() const { return m_display; }
    const std::optional<CalledVisit>& called() const { return m_checklist.called(); }
    const ChecklistResult& checklist() const { return m_checklist.result(); }
    bool canAdminister() const;

    void callNext();
    void administer();
    void showRecipientDisplay();
    // Issues the called person's certificate through the core, then prints it on the printer
    // the provider gives (the print dialog unless replaced); the outcome shows in a banner.
    void printCertificate();
    // The print dialog by default; tests print to a PDF file instead.
    void setPrinterProvider(PrinterProvider provider)
    {
        m_certificate.setPrinterProvider(std::move(provider));
    }
    // The certificate issued by the last Ctrl+P (printed or not).
    const std::optional<CertificateRecord>& lastCertificate() const { return m_certificate.last(); }
    // The site server's password comes from the system keychain; tests give a store of their own.
    void setSiteSecrets(std::shared_ptr<SecretStore> secrets);

signals:
    // After a call and after a dose: the queue list refreshes.
    void queueChanged();
    // A joined desk's ask of the site server for the called person answered or gave up; the
    // checklist shows which history it judged.
    void siteHistoryChecked();

protected:
    void changeEvent(QEvent* event) override;

private:
    void connectKeys();
    void scanned(const QString& text);
    bool loadScan(const DeskScan& scan);
    std::function<void()> commandKey(QChar command);
    void clearVaccine();
    void overrideByDoctor();
    // A joined desk asks the site server for the called person's doses (docs/site.md 5) off the
    // GUI thread; the checklist is read again when the answer comes.
    void takeCall(const Result<sitesync::SiteCall>& call);
    void askSiteHistory();
    void render();
    void updateRecipientDisplay();
    void retranslate();

    SiteContext& m_site;
    QueueService m_queue;
    InjectionChecklist m_checklist;
    DeskCertificate m_certificate;
    QString m_staffId;
    QString m_desk = QStringLiteral("1");
    bool m_skipArmed = false;
    bool m_calling = false;  // a call through the site's queue is under way

    InjectionEntry* m_entry = nullptr;
    InjectionKeys* m_keys = nullptr;
    ChecklistView* m_checklistView = nullptr;
    InjectionColumn* m_column = nullptr;
    RecipientDisplay* m_display = nullptr;
    SiteHistoryAsker* m_siteHistory = nullptr;
};

}  // namespace vax::ui
