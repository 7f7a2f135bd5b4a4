#include "stock/openvialpanel.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "coldchain/fridges.h"
#include "common/clock.h"
#include "shell/sitetime.h"
#include "shell/style.h"
#include "stock/lotservice.h"
#include "stock/lotsmodel.h"
#include "stock/stockledger.h"

namespace vax::ui {

OpenVialsModel::OpenVialsModel(QObject* parent) : QAbstractTableModel(parent) {}

void OpenVialsModel::setVials(std::vector<OpenVial> vials, const QDateTime& now)
{
    beginResetModel();
    m_vials = std::move(vials);
    m_now = now;
    endResetModel();
}

void OpenVialsModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_vials.empty())
        emit dataChanged(index(0, ColTimeLeft), index(rowCount() - 1, ColTimeLeft));
}

const OpenVial* OpenVialsModel::vial(int row) const
{
    return row >= 0 && row < rowCount() ? &m_vials[size_t(row)] : nullptr;
}

int OpenVialsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_vials.size());
}

int OpenVialsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColCount;
}

QString OpenVialsModel::timeLeftText(qint64 seconds)
{
    if (seconds <= 0)
        return tr("Time is up — discard the vial");
    const qint64 minutes = (seconds + 59) / 60;  // never show 0 min while time is left
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QVariant OpenVialsModel::data(const QModelIndex& index, int role) const
{
    const OpenVial* v = index.isValid() ? vial(index.row()) : nullptr;
    if (!v)
        return {};
    const qint64 left = m_now.secsTo(v->discardAt);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case ColProduct:
                return LotsModel::productName(v->productCode);
            case ColLot:
                return v->lotNumber;
            case ColDosesLeft:
                return tr("%1 of %2").arg(v->dosesLeft()).arg(v->doses);
            case ColTimeLeft:
                return timeLeftText(left);
            case ColDiscardAt:
                return inSiteZone(v->discardAt).toString(QStringLiteral("HH:mm"));
            default:
                return {};
        }
    }
    if (index.column() == ColTimeLeft) {
        if (role == Qt::ForegroundRole && left <= 30 * 60)
            return QBrush(QColor(QLatin1String(left <= 0 ? kErrorColour : kTrainingColour)));
        if (role == Qt::FontRole)
            return attentionFont();
    }
    return {};
}

QVariant OpenVialsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
        case ColProduct:
            return LotsModel::columnTitle(LotsModel::ColProduct);
        case ColLot:
            return LotsModel::columnTitle(LotsModel::ColLot);
        case ColDosesLeft:
            return tr("Doses left");
        case ColTimeLeft:
            return tr("Time left");
        case ColDiscardAt:
            return tr("Discard at");
        default:
            return {};
    }
}

OpenVialPanel::OpenVialPanel(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_heading = new QLabel(this);
    scaleFont(m_heading, 1.2, true);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openVialButton"));
    m_open->setEnabled(false);
    top->addWidget(m_heading, 1);
    top->addWidget(m_open);
    layout->addLayout(top);
    m_model = new OpenVialsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("openVials"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(OpenVialsModel::ColProduct,
                                                     QHeaderView::Stretch);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_view, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_open, &QPushButton::clicked, this, &OpenVialPanel::openVial);
    connect(&m_tick, &QTimer::timeout, this, [this] { m_model->setNow(m_clock.nowUtc()); });
    m_tick.start(1000);
    retranslate();
    refresh();
}

void OpenVialPanel::setActorId(const QString& actorId)
{
    m_actorId = actorId;
    m_open->setEnabled(!actorId.isEmpty());
}

void OpenVialPanel::setScannedLot(const QString& lotId, const QString& productCode)
{
    m_scannedLot = lotId;
    m_scannedProduct = productCode;
}

void OpenVialPanel::refresh()
{
    auto vials = VialService::listOpen(m_db);
    if (!vials) {
        m_message->setText(vials.error().message);
        m_message->show();
        return;
    }
    m_model->setVials(std::move(*vials), m_clock.nowUtc());
}

void OpenVialPanel::retranslate()
{
    m_heading->setText(tr("Open vials"));
    m_open->setText(tr("&Open vial…"));
}

void OpenVialPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OpenVialPanel::openVial()
{
    // Lots that may be used today, one entry per fridge that holds them.
    const QDate today = inSiteZone(m_clock.nowUtc()).date();
    auto lots = LotService::list(m_db);
    auto balances = LotLedger::balances(m_db);
    auto fridges = FridgeRepository::list(m_db);
    if (!lots || !balances || !fridges)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Open a vial"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* choice = new QComboBox(&dialog);
    choice->setObjectName(QStringLiteral("vialLot"));
    // Only multi-dose lots have vials to open; with a lot scanned at the desk, only its product's,
    // and the scanned lot first in line.
    int scannedIndex = -1;
    for (const LotInfo& l : *lots) {
        if (l.status != QLatin1String("available") || l.expiry < today || l.dosesPerVial <= 1)
            continue;
        if (!m_scannedProduct.isEmpty() && l.productCode != m_scannedProduct)
            continue;
        for (const StockBalance& b : *balances) {
            if (b.lotId != l.id || b.doses <= 0)
                continue;
            QString fridgeName = b.fridgeId;
            for (const Fridge& f : *fridges) {
                if (f.id == b.fridgeId)
                    fridgeName = f.name;
            }
            choice->addItem(tr("%1 — lot %2 — %3 (%4 doses)")
                                .arg(LotsModel::productName(l.productCode), l.lotNumber, fridgeName)
                                .arg(b.doses),
                            QStringList{l.id, b.fridgeId});
            if (l.id == m_scannedLot && scannedIndex < 0)
                scannedIndex = choice->count() - 1;
        }
    }
    if (scannedIndex >= 0)
        choice->setCurrentIndex(scannedIndex);
    auto* error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("errorLabel"));
    error->setWordWrap(true);
    error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(new QLabel(tr("Lot and fridge"), &dialog));
    layout->addWidget(choice);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const QStringList ids = choice->currentData().toStringList();
        if (ids.size() != 2) {
            error->setText(
                tr("Lot: no usable multi-dose lot has doses in a fridge; receive "
                   "stock first."));
            error->show();
            return;
        }
        auto vial = VialService::open({m_db, m_clock, m_actorId}, ids.at(0), ids.at(1));
        if (!vial) {
            error->setText(vial.error().message);
            error->show();
            return;
        }
        refresh();
        emit vialOpened(*vial);
        dialog.accept();
    });
    dialog.exec();
}

}  // namespace vax::ui
