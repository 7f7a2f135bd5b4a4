#include "stock/stockpage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>

#include "shell/livetext.h"
#include "shell/sitetime.h"
#include "shell/style.h"
#include "stock/lotsmodel.h"
#include "stock/openvialpanel.h"
#include "stock/receivedialog.h"
#include "stock/stockdialogs.h"

namespace vax::ui {

StockPage::StockPage(SiteContext& site, CurrentUser currentUser, QWidget* parent)
    : WorkspacePage(parent), m_site(site), m_currentUser(std::move(currentUser))
{
    auto* actions = new QHBoxLayout;
    m_receive = new QPushButton(this);
    m_receive->setObjectName(QStringLiteral("receiveButton"));
    m_waste = new QPushButton(this);
    m_waste->setObjectName(QStringLiteral("wasteButton"));
    m_count = new QPushButton(this);
    m_count->setObjectName(QStringLiteral("countButton"));
    m_transfer = new QPushButton(this);
    m_transfer->setObjectName(QStringLiteral("transferButton"));
    for (QPushButton* b : {m_receive, m_waste, m_count, m_transfer})
        actions->addWidget(b);
    actions->addStretch();
    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    actions->addWidget(m_legend);
    body()->addLayout(actions);

    m_message = new QLabel(this);
    clearOnLanguageChange(m_message);  // a message of the previous language goes
    m_message->setObjectName(QStringLiteral("stockMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    body()->addWidget(m_message);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_lots = new LotsModel(this);
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("lotsTable"));
    m_view->setModel(m_lots);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(LotsModel::ColProduct, QHeaderView::Stretch);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Long catalog names differ at their end ("… — BBIBP-CorV", "… — CoronaVac").
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_vials = new OpenVialPanel(*site.db, *site.clock, split);
    split->addWidget(m_view);
    split->addWidget(m_vials);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    body()->addWidget(split, 1);

    connect(m_receive, &QPushButton::clicked, this, &StockPage::receive);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this), &QShortcut::activated, this,
            &StockPage::receive);
    connect(m_waste, &QPushButton::clicked, this, [this] { runLotAction(Action::Waste); });
    connect(m_count, &QPushButton::clicked, this, [this] { runLotAction(Action::Count); });
    connect(m_transfer, &QPushButton::clicked, this, [this] { runLotAction(Action::Transfer); });
    connect(m_vials, &OpenVialPanel::vialOpened, this, &StockPage::refresh);
    StockPage::retranslate();
    refresh();
}

QString StockPage::title() const
{
    return tr("Stock");
}

void StockPage::retranslate()
{
    WorkspacePage::retranslate();
    m_receive->setText(tr("&Receive… (Ctrl+R)"));
    m_waste->setText(tr("&Waste…"));
    m_count->setText(tr("&Count && reconcile…"));
    m_transfer->setText(tr("&Transfer…"));
    m_legend->setText(tr("<span style='color:%1'><b>red</b>: expired or quarantined</span> · "
                         "<span style='color:%2'><b>amber</b>: expires within %3 days</span>")
                          .arg(QLatin1String(kErrorColour), QLatin1String(kTrainingColour))
                          .arg(LotsModel::kNearExpiryDays));
    refresh();
}

void StockPage::showEvent(QShowEvent* event)
{
    WorkspacePage::showEvent(event);
    refresh();
}

QString StockPage::actorId() const
{
    const auto user = m_currentUser ? m_currentUser() : std::nullopt;
    return user ? user->id : QString();
}

void StockPage::refresh()
{
    const QString selected = selectedLot() ? selectedLot()->lot.id : QString();
    const Status loaded = m_lots->reload(*m_site.db, m_site.calendar().today());
    if (!loaded)
        showMessage(loaded.error().message, true);
    for (int r = 0; r < m_lots->rowCount(); ++r) {
        if (m_lots->row(r)->lot.id == selected)
            m_view->selectRow(r);
    }
    m_vials->setActorId(actorId());
    m_vials->refresh();
    const bool signedIn = !actorId().isEmpty();
    for (QPushButton* b : {m_receive, m_waste, m_count, m_transfer})
        b->setEnabled(signedIn);
}

const LotRow* StockPage::selectedLot()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_lots->row(rows.first().row());
}

void StockPage::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(colourTextStyle(error ? kErrorColour : kOkColour, true));
    m_message->setText(text);
    m_message->show();
}

void StockPage::receive()
{
    if (actorId().isEmpty())
        return;
    ReceiveDialog dialog(*m_site.db, *m_site.clock, actorId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReceiveResult& r = dialog.received();
    showMessage(tr("Received %1 doses of lot %2 (%3 box codes).")
                    .arg(r.doses)
                    .arg(r.lot.lotNumber)
                    .arg(dialog.traceCodes().size()),
                false);
    refresh();
}

void StockPage::runLotAction(Action action)
{
    const LotRow* row = selectedLot();
    if (!row) {
        showMessage(tr("Lot: select a lot in the table first."), true);
        return;
    }
    std::unique_ptr<LotActionDialog> dialog;
    switch (action) {
        case Action::Waste:
            dialog =
                std::make_unique<WasteDialog>(*m_site.db, *m_site.clock, actorId(), *row, this);
            break;
        case Action::Count:
            dialog =
                std::make_unique<CountDialog>(*m_site.db, *m_site.clock, actorId(), *row, this);
            break;
        case Action::Transfer:
            dialog =
                std::make_unique<TransferDialog>(*m_site.db, *m_site.clock, actorId(), *row, this);
            break;
    }
    if (dialog->exec() == QDialog::Accepted) {
        showMessage(dialog->outcome(), false);
        refresh();
    }
}

}  // namespace vax::ui
