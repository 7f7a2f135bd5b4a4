#include "desk/deskcertificate.h"

#include <QPrinter>

#include "desk/injectionpanel.h"
#include "print/certificate.h"

namespace vax::ui {

DeskCertificate::DeskCertificate(const ServiceContext& services)
    : m_certificates(services), m_printerProvider(askForPrinter)
{
}

DeskCertificate::Outcome DeskCertificate::issueAndPrint(QWidget* parent, const QString& staffId,
                                                        const QString& personId)
{
    Outcome outcome;
    auto issued = m_certificates.issue(staffId, personId);
    if (!issued) {
        outcome.message = InjectionPanel::tr("No certificate: %1").arg(issued.error().message);
        return outcome;
    }
    m_last = *issued;
    const QString number = issued->number;
    const std::unique_ptr<QPrinter> printer =
        m_printerProvider(parent, InjectionPanel::tr("Print certificate %1").arg(number));
    outcome.printerAsked = true;
    if (!printer) {
        outcome.message = InjectionPanel::tr(
                              "Certificate %1 is recorded but was not printed. Press Ctrl+P to "
                              "print a new one.")
                              .arg(number);
        return outcome;
    }
    if (!paintCertificatePage(*printer, issued->content)) {
        outcome.message = InjectionPanel::tr(
                              "Certificate %1 is recorded but the printer refused the page. "
                              "Check the printer, then press Ctrl+P to print a new one.")
                              .arg(number);
        return outcome;
    }
    outcome.printed = true;
    outcome.message = InjectionPanel::tr("Certificate %1 printed").arg(number);
    return outcome;
}

}  // namespace vax::ui
