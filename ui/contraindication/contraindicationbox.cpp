#include "contraindication/contraindicationbox.h"

#include <QLabel>
#include <QVBoxLayout>

#include "common/sitecalendar.h"
#include "contraindication/contraindicationservice.h"
#include "contraindication/liftdialog.h"
#include "shell/sitetime.h"
#include "shell/style.h"

namespace vax::ui {

ContraindicationBox::ContraindicationBox(SiteContext& site, QWidget* parent)
    : QWidget(parent), m_site(site)
{
    setObjectName(QStringLiteral("contraindicationBox"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("contraindicationText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setStyleSheet(errorBannerStyle());
    layout->addWidget(m_text);
    hide();
}

void ContraindicationBox::liftFirst(std::function<void()> closed)
{
    if (m_rows.empty())
        return;
    auto* dialog = new LiftDialog(m_site, m_rows.front(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, closed = std::move(closed)](int result) {
        if (result == QDialog::Accepted)
            reload();
        closed();
    });
    dialog->open();
}

void ContraindicationBox::showPerson(const QString& personId)
{
    m_personId = personId;
    m_rows.clear();
    m_error.clear();
    if (!personId.isEmpty()) {
        // The site's zone judges "until" (the lead's SiteCalendar conversion hands it in).
        ContraindicationService service(m_site.serviceContext());
        auto rows = service.ofPerson(personId);
        if (rows)
            m_rows = std::move(*rows);
        else
            m_error = rows.error().message;
    }
    render();
}

void ContraindicationBox::retranslate()
{
    render();
}

void ContraindicationBox::render()
{
    if (m_rows.empty() && m_error.isEmpty()) {
        m_text->clear();
        hide();
        return;
    }
    QStringList lines;
    if (!m_error.isEmpty())
        lines << m_error;
    if (!m_rows.empty())
        lines << tr("On record from earlier visits — whatever today's answers are:");
    for (const Contraindication& c : m_rows)
        lines << QStringLiteral("• ") + contraindicationSummary(c, siteDisplayZone());
    if (!m_rows.empty())
        lines << tr("Only a doctor can lift it: Ctrl+L.");
    m_text->setText(lines.join(u'\n'));
    show();
}

}  // namespace vax::ui
