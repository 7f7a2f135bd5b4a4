#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "catalog/catalog.h"
#include "common/result.h"
#include "verification/checklist.h"

namespace vax {
class Database;
}

namespace vax::demo {

class BulkInsert;
class Rng;

// The lot (and open vial) a synthetic dose is taken from, as the desk sees it before the dose.
struct StockPick {
    int lot = -1;
    int vial = -1;  // an open multi-dose vial, or -1
    LotFacts lotFacts;
    std::optional<VialFacts> vialFacts;
};

struct StockCounts {
    qint64 lots = 0;
    qint64 movements = 0;
    qint64 vials = 0;
    qint64 dosesReceived = 0;
    qint64 dosesWasted = 0;
};

// The site's vaccine stock over the demo window, written through the stock tables (lot,
// stock_movement — stock_balance follows from its triggers — and vial) the way the stock
// services write them. Deliveries arrive in the morning of the day a product runs out, with
// plausible lot numbers; most lots expire long after the window, some are short-dated. Doses
// come first-expiry-first from lots received before and not expired on the day; multi-dose
// products are drawn from open vials (discarded per the product's open-vial hours, the
// session end and the lot's expiry). A lot's doses are counted out as they are drawn or put in
// a vial, so stock on hand never goes below zero.
class DemoStock {
public:
    // `lotDoses` gives the size of a delivery of a product (whole vials are added on top).
    DemoStock(Database& db, Rng& rng, QTimeZone zone, QString fridgeId, QString actor,
              QTime sessionEnd, std::function<int(const Product&)> lotDoses);
    ~DemoStock();

    // Reads what the stock tables hold already (lot numbers, the movement sequence).
    Status load();
    // The lot for one dose of `product` at `at` (local day `day`): receives a delivery when no
    // lot has stock, opens a vial for a multi-dose product.
    Result<StockPick> pick(const Product& product, const QDateTime& at, const QDate& day);
    // Books the picked dose out of stock (out of its vial); returns the movement's id.
    Result<QString> book(const StockPick& pick, const QDateTime& at);
    // What a site does after the window: open vials closed at their discard time with the doses
    // left wasted (open_vial_time), and the stock left in lots that expired before `today`
    // wasted (expired) the morning after their expiry.
    Status finish(const QDate& today, const QDateTime& now);

    const StockCounts& counts() const { return m_counts; }
    const QString& lotId(int lot) const;

private:
    struct Lot;
    struct Vial;
    Result<int> receive(const Product& product, const QDateTime& at, const QDate& day);
    Result<int> openVial(int lot, const QDateTime& at);
    Status move(const QString& id, int lot, const QString& kind, int doses, const QString& reason,
                const QDateTime& at);
    QString lotNumber(const Product& product, const QDate& made);

    Database& m_db;
    Rng& m_rng;
    QTimeZone m_zone;
    QString m_fridgeId;
    QString m_actor;
    QTime m_sessionEnd;
    std::function<int(const Product&)> m_lotDoses;
    std::vector<Lot> m_lots;
    std::vector<Vial> m_vials;
    QHash<QString, std::vector<int>> m_active;  // product code → lots that may have stock
    QSet<QString> m_numbers;                    // "product:lot number" taken
    StockCounts m_counts;
    std::unique_ptr<BulkInsert> m_insertLot;
    std::unique_ptr<BulkInsert> m_insertMovement;
    std::unique_ptr<BulkInsert> m_insertVial;
    std::unique_ptr<BulkInsert> m_insertTraceCode;
    std::unique_ptr<BulkInsert> m_drawVial;
};

}  // namespace vax::demo
