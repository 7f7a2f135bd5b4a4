#include "dayclose/dayconfirmdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "shell/style.h"

namespace vax::ui {

DayCloseConfirmDialog::DayCloseConfirmDialog(const DayCloseOpenItems& items, QWidget* parent)
    : QDialog(parent), m_items(items)
{
    setObjectName(QStringLiteral("dayCloseConfirm"));
    const QString day = items.day.toString(Qt::ISODate);
    setWindowTitle(tr("Close the day %1?").arg(day));
    auto* layout = new QVBoxLayout(this);
    m_list = new QLabel(this);
    m_list->setObjectName(QStringLiteral("openItems"));
    m_list->setTextFormat(Qt::RichText);
    m_list->setWordWrap(true);
    auto line = [](int n, const QString& text) {
        return QStringLiteral("<li%1>%2</li>")
            .arg(n > 0 ? QStringLiteral(" style='color:%1'").arg(QLatin1String(kErrorColour))
                       : QString(),
                 text);
    };
    QString html = QStringLiteral("<p>%1</p><ul>")
                       .arg(items.anything() ? tr("<b>Still open today:</b>")
                                             : tr("Nothing is left open today."));
    html += line(items.underObservation,
                 tr("People still under observation: %1").arg(items.underObservation));
    html += line(items.uncountedLots, tr("Lots not counted: %1").arg(items.uncountedLots));
    html += line(items.vialsOpen, tr("Open vials: %1 — the %2 doses left in them will be booked "
                                     "as wasted")
                                      .arg(items.vialsOpen)
                                      .arg(items.dosesToWaste));
    html +=
        line(items.pendingRecords, tr("Records not yet exported: %1").arg(items.pendingRecords));
    html += QStringLiteral("</ul>");
    if (items.alreadyClosed)
        html +=
            tr("<p>This day is already closed; closing again closes the vials opened "
               "since.</p>");
    m_list->setText(html);
    layout->addWidget(m_list);

    auto* prompt = new QLabel(tr("To close the day, type its date %1:").arg(day), this);
    layout->addWidget(prompt);
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("typedDay"));
    m_typed->setPlaceholderText(tr("YYYY-MM-DD"));
    prompt->setBuddy(m_typed);
    layout->addWidget(m_typed);

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Close the day"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmCloseButton"));
    m_confirm->setAutoDefault(false);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    cancel->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_typed, &QLineEdit::textChanged, this, &DayCloseConfirmDialog::updateButton);
    // Enter in the field closes only when the day is typed right; otherwise it does nothing.
    connect(m_typed, &QLineEdit::returnPressed, this, [this] {
        if (m_confirm->isEnabled())
            accept();
    });
    updateButton();
    m_typed->setFocus();
}

QString DayCloseConfirmDialog::listing() const
{
    return m_list->text();
}

void DayCloseConfirmDialog::updateButton()
{
    m_confirm->setEnabled(m_typed->text().trimmed() == m_items.day.toString(Qt::ISODate));
}

}  // namespace vax::ui
