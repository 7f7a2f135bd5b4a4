#pragma once

#include <QString>

#include <optional>

#include "certificate/certificateservice.h"
#include "print/printerprovider.h"

class QWidget;

namespace vax::ui {

// Ctrl+P at the injection desk: issues the called person's vaccination certificate through the
// core (recorded either way), then prints it on the printer the provider gives — the print
// dialog unless replaced. Its messages keep the injection panel's translation context.
class DeskCertificate {
public:
    explicit DeskCertificate(const ServiceContext& services);

    // The print dialog by default; tests print to a PDF file instead.
    void setPrinterProvider(PrinterProvider provider) { m_printerProvider = std::move(provider); }
    // The certificate issued last (printed or not).
    const std::optional<CertificateRecord>& last() const { return m_last; }

    struct Outcome {
        bool printed = false;
        bool printerAsked = false;  // the provider was asked: its dialog may have taken the focus
        QString message;            // printed: the banner's text; else the error to show
    };
    // `parent`: the print dialog's parent.
    Outcome issueAndPrint(QWidget* parent, const QString& staffId, const QString& personId);

private:
    CertificateService m_certificates;
    PrinterProvider m_printerProvider;
    std::optional<CertificateRecord> m_last;
};

}  // namespace vax::ui
