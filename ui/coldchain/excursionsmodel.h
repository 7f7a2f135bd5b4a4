#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "coldchain/lotquarantine.h"

namespace vax::ui {

// Excursions with the lots they hold back and each lot's decision; open ones first.
class ExcursionsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColFridge, ColKind, ColStart, ColDuration, ColExtreme, ColLots, ColCount };

    explicit ExcursionsModel(QObject* parent = nullptr);
    void setExcursions(std::vector<ExcursionRecord> excursions);
    const ExcursionRecord* excursion(int row) const;
    const std::vector<ExcursionRecord>& excursions() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString kindText(const QString& kind);

private:
    std::vector<ExcursionRecord> m_rows;
};

}  // namespace vax::ui
