#include "checkin/checkinresultview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

#include "checkin/checkinpanel.h"
#include "checkin/queuenumber.h"
#include "shell/style.h"

namespace vax::ui {

CheckInResultView::CheckInResultView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_queueNumber = new QLabel(this);
    m_queueNumber->setObjectName(QStringLiteral("queueNumber"));
    m_queueNumber->setAlignment(Qt::AlignCenter);
    m_queueNumber->setMinimumWidth(320);
    scaleFont(m_queueNumber, 12.0, true);
    layout->addWidget(m_queueNumber);
    auto* text = new QVBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("resultMessage"));
    m_message->setWordWrap(true);
    scaleFont(m_message, 1.3, true);
    text->addWidget(m_message);
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printTicket"));
    m_print->setFocusPolicy(Qt::NoFocus);
    connect(m_print, &QPushButton::clicked, this, &CheckInResultView::printRequested);
    text->addWidget(m_print, 0, Qt::AlignLeft);
    text->addStretch();
    layout->addLayout(text, 1);
}

void CheckInResultView::retranslate()
{
    // The check-in panel's translation context (translations/*.ts).
    m_print->setText(CheckInPanel::tr("Print ticket (Ctrl+P)"));
}

void CheckInResultView::printTicket()
{
    if (!m_ticket)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(
        CheckInPanel::tr("Print ticket %1").arg(queueLabel(m_ticket->queueNumber)));
    if (dialog.exec() == QDialog::Accepted)
        ui::printTicket(printer, *m_ticket);
}

void CheckInResultView::showStep(CheckInStep step)
{
    const bool done = step == CheckInStep::Done;
    setVisible(done || step == CheckInStep::Deferral);
    m_print->setVisible(done && m_ticket.has_value());
    m_queueNumber->setVisible(done && m_ticket.has_value());
}

void CheckInResultView::clearMessage()
{
    m_message->clear();
}

void CheckInResultView::showDone(const QString& message, int queueNumber, bool ok)
{
    m_queueNumber->setText(queueLabel(queueNumber));
    m_queueNumber->setVisible(queueNumber > 0);
    m_message->setText(message);
    m_message->setStyleSheet(colourTextStyle(ok ? kOkColour : kErrorColour));
    setVisible(true);
}

void CheckInResultView::showDeferral(const QString& message)
{
    m_queueNumber->clear();
    m_message->setText(message);
    m_message->setStyleSheet(colourTextStyle(kErrorColour));
}

void CheckInResultView::showNote(const QString& message)
{
    m_message->setText(message);
    setVisible(true);
}

}  // namespace vax::ui
