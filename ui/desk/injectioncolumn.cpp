#include "desk/injectioncolumn.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "desk/injectionchecklist.h"
#include "desk/injectionpanel.h"
#include "desk/injectiontexts.h"
#include "desk/personcard.h"
#include "shell/style.h"
#include "stock/openvialpanel.h"

namespace vax::ui {

InjectionColumn::InjectionColumn(SiteContext& site, QWidget* parent) : QWidget(parent)
{
    auto* right = new QVBoxLayout(this);
    right->setContentsMargins(0, 0, 0, 0);
    m_card = new PersonCard(this);
    m_card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);  // never squashed
    right->addWidget(m_card);
    m_siteLabel = new QLabel(this);
    m_siteLabel->setObjectName(QStringLiteral("siteChoice"));
    scaleFont(m_siteLabel, 1.2, true);
    right->addWidget(m_siteLabel);
    m_administer = new QPushButton(this);
    m_administer->setObjectName(QStringLiteral("administerButton"));
    m_administer->setFocusPolicy(Qt::NoFocus);
    m_administer->setMinimumHeight(56);
    scaleFont(m_administer, 1.5, true);
    m_administer->setStyleSheet(
        QStringLiteral("QPushButton { padding: 6px 28px; background:%1; color:white; } "
                       "QPushButton:disabled { background:#d5d9de; color:#6b7178; }")
            .arg(QLatin1String(kOkColour)));
    connect(m_administer, &QPushButton::clicked, this, &InjectionColumn::administerClicked);
    right->addWidget(m_administer);
    m_vials = new OpenVialPanel(*site.db, *site.clock, this);
    m_vials->setObjectName(QStringLiteral("deskOpenVials"));
    // The scan field keeps the keyboard: the vial list and its button are for the eyes (and
    // the mouse); a vial is chosen by scanning its id.
    for (QWidget* w : m_vials->findChildren<QWidget*>())
        w->setFocusPolicy(Qt::NoFocus);
    // The list gives way first when the column is short (a long dose history).
    // The desk column is narrow: the time left says what the discard time says, so that column
    // goes. The lot number, doses and time are sized to their contents (a lot number is never
    // cut); only the vaccine's name gives way and is elided.
    if (auto* table = m_vials->findChild<QTableView*>(QStringLiteral("openVials"))) {
        table->setMinimumHeight(48);
        table->setColumnHidden(OpenVialsModel::ColDiscardAt, true);
        table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(OpenVialsModel::ColProduct,
                                                        QHeaderView::Stretch);
        table->setTextElideMode(Qt::ElideRight);
    }
    right->addWidget(m_vials, 1);
    auto* buttons = new QHBoxLayout;
    m_callNext = new QPushButton(this);
    m_callNext->setObjectName(QStringLiteral("callNextButton"));
    m_showDisplay = new QPushButton(this);
    m_showDisplay->setObjectName(QStringLiteral("showRecipientDisplay"));
    for (QPushButton* b : {m_callNext, m_showDisplay}) {
        b->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(b);
    }
    connect(m_callNext, &QPushButton::clicked, this, &InjectionColumn::callNextClicked);
    connect(m_showDisplay, &QPushButton::clicked, this, &InjectionColumn::displayClicked);
    right->addLayout(buttons);
}

void InjectionColumn::retranslate()
{
    m_callNext->setText(InjectionPanel::tr("Next (F5)"));
    m_showDisplay->setText(InjectionPanel::tr("Display (F9)"));
    m_showDisplay->setToolTip(
        InjectionPanel::tr("Show the recipient display; full screen on a second screen"));
    m_administer->setText(InjectionPanel::tr("Administer (Enter)"));
    m_card->retranslate();
}

void InjectionColumn::render(const InjectionChecklist& checklist, bool canAdminister)
{
    const auto& context = checklist.context();
    if (!checklist.called() || !context) {
        m_card->clear();
    } else {
        bool blocked = false;
        const QString due = doseDueText(checklist, &blocked);
        m_card->setPerson(*context, checklist.documentNumber(), due, blocked);
    }
    m_siteLabel->setText(siteLine(checklist.choices().site));
    m_administer->setEnabled(canAdminister);
    m_administer->setVisible(!checklist.saved());
}

}  // namespace vax::ui
