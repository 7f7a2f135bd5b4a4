#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>

#include <optional>
#include <vector>

#include "observation/observationservice.h"
#include "observation/timing.h"
#include "site/sitecontext.h"

namespace vax::ui {

// The people in the observation area, for the board and the staff panel. Holds only masked
// names (ObservationService::board). tick() — called once a second by the one timer of its
// view — takes the time from the Clock, samples the wall-clock jump detector, asks the database
// whether anything changed (ObservationService::changeStamp) and reloads only then. Time left is
// computed from each stored end time and the Clock's time at the tick, never counted down.
class BoardModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, NameColumn, DeskColumn, LeftColumn, StateColumn, ColumnCount };
    enum Role { BoardStateRole = Qt::UserRole + 1, ObservationIdRole, SeriousRole };

    explicit BoardModel(SiteContext& site, QObject* parent = nullptr);

    // Once a second: time, jump check, cheap change check, reload when needed. Returns whether
    // the entries were reloaded.
    bool tick();
    // Reloads now (after this screen wrote something).
    void reload();

    const std::vector<observation::BoardEntry>& entries() const { return m_entries; }
    QDateTime now() const { return m_now; }
    observation::BoardState stateOf(const observation::BoardEntry& e) const;
    // The row of a queue number, or -1.
    int rowOfNumber(int queueNumber) const;
    const observation::BoardEntry* entryAt(int row) const;

    // The last wall-clock jump (ms, wall minus monotonic) and the monotonic time it was seen.
    std::optional<qint64> lastJumpMs() const { return m_lastJumpMs; }
    qint64 msSinceJump() const;
    void acknowledgeJump() { m_lastJumpMs.reset(); }
    // The last load error, empty when the last load worked.
    const QString& loadError() const { return m_loadError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The state in words ("Observing", "May leave", "Overdue", "Adverse event") and its colour.
    static QString stateText(observation::BoardState state);
    // The time-left column: "12:34" while observing; "due now", then "26 min over" once the
    // end has passed — never a negative countdown.
    static QString leftText(qint64 seconds);
    // The word on a board tile, short enough to read from afar ("AEFI" for an adverse event).
    static QString tileText(observation::BoardState state);
    static QColor stateColour(observation::BoardState state, bool serious = false);

signals:
    void reloaded();
    void jumpDetected(qint64 ms);

private:
    SiteContext& m_site;
    ObservationService m_service;
    std::vector<observation::BoardEntry> m_entries;
    QDateTime m_now;
    std::optional<qint64> m_stamp;
    observation::WallClockJumpDetector m_detector;
    std::optional<qint64> m_lastJumpMs;
    qint64 m_jumpSeenAtMono = 0;
    QString m_loadError;
};

}  // namespace vax::ui
