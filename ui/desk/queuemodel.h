#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "checkin/checkinservice.h"

namespace vax::ui {

// Today's queue for the desk's side list: number, masked name, state. Fed by a finished query
// (no open statement), refreshed after each check-in.
class QueueModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit QueueModel(QObject* parent = nullptr);
    void setEntries(std::vector<QueueEntry> entries);
    const std::vector<QueueEntry>& entries() const { return m_entries; }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    static QString stateLabel(const QString& state);

private:
    std::vector<QueueEntry> m_entries;
};

}  // namespace vax::ui
