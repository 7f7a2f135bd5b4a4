#include "desk/personcard.h"

#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

#include "catalog/catalog.h"
#include "checkin/queuenumber.h"
#include "common/age.h"
#include "common/i18n.h"
#include "common/labels.h"
#include "identity/masking.h"
#include "shell/sitetime.h"
#include "shell/style.h"

namespace vax::ui {

PersonCard::PersonCard(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("personCard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("personHeading"));
    m_heading->setStyleSheet(QStringLiteral("color:#555;"));
    layout->addWidget(m_heading);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("personName"));
    scaleFont(m_name, 1.6, true);
    layout->addWidget(m_name);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("personFacts"));
    m_facts->setWordWrap(true);
    layout->addWidget(m_facts);
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("doseDue"));
    m_due->setWordWrap(true);
    scaleFont(m_due, 1.15, true);
    layout->addWidget(m_due);
    m_historyHeading = new QLabel(this);
    m_historyHeading->setStyleSheet(QStringLiteral("color:#555;"));
    layout->addWidget(m_historyHeading);
    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("doseHistory"));
    m_history->setWordWrap(true);
    layout->addWidget(m_history);
    m_printCertificate = new QPushButton(this);
    m_printCertificate->setObjectName(QStringLiteral("printCertificate"));
    m_printCertificate->setFocusPolicy(Qt::NoFocus);  // the scan field keeps the keyboard
    connect(m_printCertificate, &QPushButton::clicked, this,
            &PersonCard::printCertificateRequested);
    layout->addWidget(m_printCertificate, 0, Qt::AlignLeft);
    setStyleSheet(
        QStringLiteral("QWidget#personCard { border:1px solid #c8d0da; "
                       "background:#f7f9fc; }"));
    setAttribute(Qt::WA_StyledBackground);
    retranslate();
    clear();
}

QString PersonCard::productName(const QString& productCode)
{
    return labels::product(productCode);
}

void PersonCard::retranslate()
{
    m_historyHeading->setText(tr("Dose history"));
    m_printCertificate->setText(tr("Print certificate (Ctrl+P)"));
}

void PersonCard::clear()
{
    m_heading->setText(tr("Nobody called"));
    m_name->setText(tr("Press F5 to call the next person"));
    m_facts->clear();
    m_due->clear();
    m_history->clear();
    m_historyHeading->hide();
    m_printCertificate->hide();
}

void PersonCard::setPerson(const DeskContext& context, const QString& documentNumber,
                           const QString& doseDue, bool blocked)
{
    const Person& p = context.person;
    m_heading->setText(tr("Queue number %1").arg(queueLabel(context.queueNumber)));
    m_name->setText(p.name);
    QStringList facts;
    if (p.sex)
        facts << (*p.sex == Sex::Male ? tr("male") : tr("female"));
    if (p.birthDate.isValid()) {
        // The check-in is today's (the checklist refuses another day's).
        const QDate today = context.input.visit.date;
        facts << tr("%1 years (born %2)")
                     .arg(ageInWholeYears(p.birthDate, today.isValid() ? today : p.birthDate))
                     .arg(p.birthDate.toString(Qt::ISODate));
    }
    if (!documentNumber.isEmpty())
        facts << tr("ID %1").arg(maskDocumentNumber(documentNumber));
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_due->setText(doseDue);
    m_due->setStyleSheet(
        QStringLiteral("color:%1;").arg(QLatin1String(blocked ? kErrorColour : "#1a1a1a")));
    QStringList rows;
    for (const DoseRecord& d : context.history) {
        QString row = tr("%1  %2, dose %3, lot %4")
                          .arg(inSiteZone(d.administeredAt).date().toString(Qt::ISODate),
                               productName(d.productCode))
                          .arg(d.doseNumber)
                          .arg(d.lotNumber);
        if (d.status != QLatin1String("completed"))
            row = QStringLiteral("<s>%1</s> ").arg(row.toHtmlEscaped()) +
                  tr("(entered in error)").toHtmlEscaped();
        else
            row = row.toHtmlEscaped();
        rows << row;
    }
    m_historyHeading->show();
    m_printCertificate->show();
    m_history->setText(rows.isEmpty() ? tr("No earlier doses on record.")
                                      : rows.join(QStringLiteral("<br>")));
}

}  // namespace vax::ui
