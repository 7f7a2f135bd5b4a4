#include "stock/lotsmodel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <map>

#include "catalog/catalog.h"
#include "common/i18n.h"
#include "common/labels.h"
#include "shell/style.h"
#include "stock/stockledger.h"
#include "storage/database.h"

namespace vax::ui {

LotsModel::LotsModel(QObject* parent) : QAbstractTableModel(parent) {}

Status LotsModel::reload(Database& db, const QDate& today)
{
    auto lots = LotService::list(db);
    if (!lots)
        return lots.error();
    auto balances = LotLedger::balances(db);
    if (!balances)
        return balances.error();
    auto fridges = FridgeRepository::list(db);
    if (!fridges)
        return fridges.error();
    std::map<QString, Fridge> fridgeById;
    for (const Fridge& f : *fridges)
        fridgeById[f.id] = f;
    std::vector<LotRow> rows;
    for (const LotInfo& l : *lots) {
        if (l.onHand <= 0 && l.status != QLatin1String("quarantined"))
            continue;  // used up or discarded: history, not stock
        LotRow r{l, {}};
        for (const StockBalance& b : *balances) {
            if (b.lotId == l.id && b.doses > 0 && fridgeById.count(b.fridgeId))
                r.byFridge.emplace_back(fridgeById[b.fridgeId], b.doses);
        }
        std::sort(r.byFridge.begin(), r.byFridge.end(),
                  [](const auto& a, const auto& b) { return a.first.name < b.first.name; });
        rows.push_back(std::move(r));
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    endResetModel();
    return {};
}

const LotRow* LotsModel::row(int index) const
{
    return index >= 0 && index < rowCount() ? &m_rows[size_t(index)] : nullptr;
}

int LotsModel::rowOf(const QString& lotNumber) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].lot.lotNumber == lotNumber)
            return int(i);
    }
    return -1;
}

int LotsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LotsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColCount;
}

QString LotsModel::statusText(const QString& status)
{
    if (status == QLatin1String("quarantined"))
        return tr("QUARANTINED — do not use");
    return labels::label(labels::Family::LotStatus, status);
}

QString LotsModel::productName(const QString& productCode)
{
    return labels::product(productCode);
}

QVariant LotsModel::data(const QModelIndex& index, int role) const
{
    const LotRow* r = index.isValid() ? row(index.row()) : nullptr;
    if (!r)
        return {};
    const LotInfo& l = r->lot;
    const bool expired = l.expiry < m_today;
    const bool nearExpiry = !expired && l.expiry <= m_today.addDays(kNearExpiryDays);
    const bool quarantined = l.status == QLatin1String("quarantined");
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case ColProduct:
                    return productName(l.productCode);
                case ColLot:
                    return l.lotNumber;
                case ColExpiry:
                    if (expired)
                        return tr("%1 (expired)").arg(l.expiry.toString(Qt::ISODate));
                    if (nearExpiry)
                        return tr("%1 (%n day(s) left)", nullptr, int(m_today.daysTo(l.expiry)))
                            .arg(l.expiry.toString(Qt::ISODate));
                    return l.expiry.toString(Qt::ISODate);
                case ColStatus:
                    return statusText(l.status);
                case ColOnHand:
                    return l.onHand;
                case ColFridges: {
                    QStringList parts;
                    for (const auto& [fridge, doses] : r->byFridge)
                        parts << tr("%1: %2").arg(fridge.name).arg(doses);
                    return parts.join(QStringLiteral(" · "));
                }
                default:
                    return {};
            }
        case Qt::ToolTipRole:
            if (index.column() == ColProduct)
                return QStringLiteral("%1 — %2").arg(productName(l.productCode), l.manufacturer);
            return {};
        case Qt::ForegroundRole:
            if ((index.column() == ColStatus && quarantined) ||
                (index.column() == ColExpiry && expired))
                return QBrush(QColor(QLatin1String(kErrorColour)));
            if (index.column() == ColExpiry && nearExpiry)
                return QBrush(QColor(QLatin1String(kTrainingColour)));
            return {};
        case Qt::BackgroundRole:
            if (quarantined)
                return QBrush(QColor(0xfd, 0xe7, 0xe4));
            if (expired)
                return QBrush(QColor(0xf2, 0xf2, 0xf2));
            if (nearExpiry && index.column() == ColExpiry)
                return QBrush(QColor(0xff, 0xf1, 0xd6));
            return {};
        case Qt::FontRole:
            if ((index.column() == ColStatus && quarantined) ||
                (index.column() == ColExpiry && (expired || nearExpiry)))
                return attentionFont();
            return {};
        case Qt::TextAlignmentRole:
            if (index.column() == ColOnHand)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        default:
            return {};
    }
}

QVariant LotsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 ||
        section >= ColCount)
        return {};
    return columnTitle(Column(section));
}

QString LotsModel::columnTitle(Column column)
{
    switch (column) {
        case ColProduct:
            return tr("Vaccine");
        case ColLot:
            return tr("Lot");
        case ColExpiry:
            return tr("Expiry");
        case ColStatus:
            return tr("Status");
        case ColOnHand:
            return tr("Doses on hand");
        case ColFridges:
            return tr("Doses per fridge");
        case ColCount:
            break;
    }
    return {};
}

}  // namespace vax::ui
