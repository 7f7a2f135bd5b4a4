#pragma once

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

#include "coldchain/fridges.h"
#include "common/result.h"
#include "stock/lotservice.h"

namespace vax {
class Database;
}

namespace vax::ui {

// One lot as the stock page shows it, with its doses in each fridge.
struct LotRow {
    LotInfo lot;
    std::vector<std::pair<Fridge, int>> byFridge;  // fridges holding doses of the lot
};

// The site's lots: product (in the UI language), lot, expiry (near and past expiry coloured),
// status (quarantine marked), doses on hand in total and per fridge. Fed by finished core
// queries; holds no statement open.
class LotsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColProduct, ColLot, ColExpiry, ColStatus, ColOnHand, ColFridges, ColCount };
    static constexpr int kNearExpiryDays = 30;

    explicit LotsModel(QObject* parent = nullptr);
    // Reloads every lot with stock (and every quarantined one) as of `today`.
    Status reload(Database& db, const QDate& today);
    const LotRow* row(int index) const;
    int rowOf(const QString& lotNumber) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Words shown for a lot's status, in the UI language.
    static QString statusText(const QString& status);
    static QString productName(const QString& productCode);
    // A column's title, in the UI language; the open vials' product and lot columns use it too.
    static QString columnTitle(Column column);

private:
    std::vector<LotRow> m_rows;
    QDate m_today;
};

}  // namespace vax::ui
