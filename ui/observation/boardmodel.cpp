#include "observation/boardmodel.h"

#include <QTimeZone>

#include "checkin/queuenumber.h"
#include "common/labels.h"

namespace vax::ui {

using observation::BoardEntry;
using observation::BoardState;

BoardModel::BoardModel(SiteContext& site, QObject* parent)
    : QAbstractTableModel(parent),
      m_site(site),
      m_service(site.serviceContext()),
      m_now(site.clock->nowUtc())
{
    m_detector.sample(m_now, site.clock->monotonicMs());
    reload();
}

bool BoardModel::tick()
{
    m_now = m_site.clock->nowUtc();
    const qint64 mono = m_site.clock->monotonicMs();
    if (const auto jump = m_detector.sample(m_now, mono)) {
        m_lastJumpMs = *jump;
        m_jumpSeenAtMono = mono;
        emit jumpDetected(*jump);
    }
    auto stamp = m_service.changeStamp();
    if (stamp && m_stamp && *stamp == *m_stamp) {
        // Nothing written: only the times and states move.
        if (!m_entries.empty())
            emit dataChanged(index(0, LeftColumn), index(rowCount() - 1, StateColumn));
        return false;
    }
    reload();
    return true;
}

void BoardModel::reload()
{
    m_now = m_site.clock->nowUtc();
    auto stamp = m_service.changeStamp();
    auto entries = m_service.board();
    beginResetModel();
    if (entries) {
        m_entries = std::move(*entries);
        m_loadError.clear();
        m_stamp = stamp ? std::optional<qint64>(*stamp) : std::nullopt;
    } else {
        m_loadError = entries.error().message;  // keep what was shown; try again next tick
        m_stamp.reset();
    }
    endResetModel();
    emit reloaded();
}

qint64 BoardModel::msSinceJump() const
{
    return m_site.clock->monotonicMs() - m_jumpSeenAtMono;
}

BoardState BoardModel::stateOf(const BoardEntry& e) const
{
    return observation::boardState(e.endsAt, m_now, e.adverseEvent);
}

int BoardModel::rowOfNumber(int queueNumber) const
{
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].queueNumber == queueNumber)
            return static_cast<int>(i);
    return -1;
}

const BoardEntry* BoardModel::entryAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_entries[static_cast<size_t>(row)];
}

int BoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int BoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BoardModel::data(const QModelIndex& index, int role) const
{
    const BoardEntry* e = entryAt(index.row());
    if (!e)
        return {};
    const BoardState state = stateOf(*e);
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case NumberColumn:
                    return queueLabel(e->queueNumber);
                case NameColumn:
                    return e->maskedName;
                case DeskColumn:
                    return e->desk;
                case LeftColumn:
                    return leftText(observation::secondsLeft(e->endsAt, m_now));
                case StateColumn:
                    return e->seriousAdverseEvent ? tr("SERIOUS adverse event — report now")
                                                  : stateText(state);
            }
            return {};
        case Qt::BackgroundRole:
            return index.column() == StateColumn
                       ? QVariant(stateColour(state, e->seriousAdverseEvent))
                       : QVariant();
        case Qt::ForegroundRole:
            return index.column() == StateColumn ? QVariant(QColor(Qt::white)) : QVariant();
        case Qt::TextAlignmentRole:
            return index.column() == LeftColumn || index.column() == NumberColumn
                       ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                       : QVariant();
        case BoardStateRole:
            return static_cast<int>(state);
        case ObservationIdRole:
            return e->observationId;
        case SeriousRole:
            return e->seriousAdverseEvent;
    }
    return {};
}

QVariant BoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case NumberColumn:
            return tr("No.");
        case NameColumn:
            return tr("Name");
        case DeskColumn:
            return tr("Desk");
        case LeftColumn:
            return tr("Time left");
        case StateColumn:
            return tr("State");
    }
    return {};
}

QString BoardModel::leftText(qint64 seconds)
{
    if (seconds > 0)
        return observation::formatLeft(seconds);
    const qint64 overMinutes = -seconds / 60;
    if (overMinutes < 1)
        return tr("due now");
    return tr("%1 min over").arg(overMinutes);
}

QString BoardModel::stateText(BoardState state)
{
    return labels::label(labels::Family::BoardState, observation::boardStateName(state));
}

QString BoardModel::tileText(BoardState state)
{
    if (state == BoardState::AdverseEvent)
        return tr("AEFI", "adverse event, as short as possible: a word on a board tile");
    return stateText(state);
}

QColor BoardModel::stateColour(BoardState state, bool serious)
{
    switch (state) {
        case BoardState::Observing:
            return QColor(0x24, 0x4a, 0x73);  // calm blue
        case BoardState::MayLeave:
            return QColor(0x1b, 0x7f, 0x3b);  // green
        case BoardState::Overdue:
            return QColor(0xb8, 0x5c, 0x00);  // orange
        case BoardState::AdverseEvent:
            return serious ? QColor(0xd0, 0x10, 0x10)
                           : QColor(0x9c, 0x27, 0x60);  // red / purple-red
    }
    return {};
}

}  // namespace vax::ui
