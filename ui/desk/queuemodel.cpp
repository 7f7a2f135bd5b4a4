#include "desk/queuemodel.h"

#include <QBrush>
#include <QColor>

#include "checkin/queuenumber.h"
#include "common/labels.h"
#include "identity/masking.h"

namespace vax::ui {

QueueModel::QueueModel(QObject* parent) : QAbstractTableModel(parent) {}

void QueueModel::setEntries(std::vector<QueueEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 3;
}

QString QueueModel::stateLabel(const QString& state)
{
    return labels::visitState(state);
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QueueEntry& e = m_entries.at(static_cast<size_t>(index.row()));
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case 0:
                return queueLabel(e.queueNumber);
            case 1:
                return maskName(e.name);
            case 2:
                return e.screeningOutcome == u"doctor_review" && e.state == u"waiting"
                           ? tr("waiting · doctor review")
                           : stateLabel(e.state);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == 0)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && e.state == u"cancelled")
        return QBrush(QColor(0x88, 0x88, 0x88));
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case 0:
            return tr("No.");
        case 1:
            return tr("Name");
        case 2:
            return tr("State");
    }
    return {};
}

}  // namespace vax::ui
