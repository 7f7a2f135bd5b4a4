#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <vector>

#include "stock/openvial.h"

class QLabel;
class QPushButton;
class QTableView;

namespace vax {
class Clock;
class Database;
}  // namespace vax

namespace vax::ui {

// Open vials: vaccine, lot, doses left and the time left until discard. The time left is
// computed from the stored discard-at and the clock's now on every refresh of the clock, never
// counted down per tick (Qt drops ticks it cannot deliver).
class OpenVialsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColProduct, ColLot, ColDosesLeft, ColTimeLeft, ColDiscardAt, ColCount };

    explicit OpenVialsModel(QObject* parent = nullptr);
    void setVials(std::vector<OpenVial> vials, const QDateTime& now);
    void setNow(const QDateTime& now);  // repaints the time-left column only
    const OpenVial* vial(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "2 h 05 min", "4 min", or a discard instruction once the time is up.
    static QString timeLeftText(qint64 seconds);

private:
    std::vector<OpenVial> m_vials;
    QDateTime m_now;
};

// The open vials of the site, for the stock page and (later) the desk: self-contained, built on
// the database and the clock. "Open vial" opens one of a usable lot for the signed-in person.
class OpenVialPanel final : public QWidget {
    Q_OBJECT
public:
    OpenVialPanel(Database& db, const Clock& clock, QWidget* parent = nullptr);
    // Who opens vials; empty: the action is disabled.
    void setActorId(const QString& actorId);
    // The lot scanned at the desk: "Open vial" lists its product's multi-dose lots and chooses
    // it. Empty: every multi-dose lot, none chosen in particular.
    void setScannedLot(const QString& lotId, const QString& productCode);
    void refresh();
    OpenVialsModel* model() const { return m_model; }

signals:
    void vialOpened(const vax::OpenVial& vial);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void openVial();

    Database& m_db;
    const Clock& m_clock;
    QString m_actorId;
    QString m_scannedLot;
    QString m_scannedProduct;
    QLabel* m_heading = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_open = nullptr;
    OpenVialsModel* m_model = nullptr;
    QTimer m_tick;
};

}  // namespace vax::ui
