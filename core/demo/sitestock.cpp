#include "demo/sitestock.h"

#include <algorithm>
#include <utility>

#include "common/dbformat.h"
#include "demo/bulk.h"
#include "demo/generator.h"
#include "stock/openvial.h"
#include "stock/stockledger.h"
#include "storage/database.h"
#include "training/trainingcodes.h"

namespace vax::demo {

struct DemoStock::Lot {
    QString id;
    QString number;
    const Product* product = nullptr;
    QDateTime receivedAt;
    QDate expiry;
    int capacity = 0;
    int used = 0;  // drawn, or put into an opened vial
    int openVial = -1;
    int left() const { return capacity - used; }
};

struct DemoStock::Vial {
    QString id;
    int lot = -1;
    QDateTime openedAt;
    QDateTime discardAt;
    int doses = 0;
    int drawn = 0;
    bool usableAt(const QDateTime& at) const
    {
        return openedAt <= at && at < discardAt && drawn < doses;
    }
};

namespace {
// Lot number prefixes in the style of each maker's labels.
QString lotPrefix(const Product& product)
{
    static const QHash<QString, QString> prefixes{
        {QStringLiteral("BBIBP-CorV"), QStringLiteral("B")},
        {QStringLiteral("WIBP-CorV"), QStringLiteral("W")},
        {QStringLiteral("CoronaVac"), QStringLiteral("H")},
        {QStringLiteral("ZF2001"), QStringLiteral("Z")},
        {QStringLiteral("Convidecia"), QStringLiteral("NCOV")}};
    return prefixes.value(product.code, product.code.left(1).toUpper());
}
}  // namespace

DemoStock::DemoStock(Database& db, Rng& rng, QTimeZone zone, QString fridgeId, QString actor,
                     QTime sessionEnd, std::function<int(const Product&)> lotDoses)
    : m_db(db),
      m_rng(rng),
      m_zone(std::move(zone)),
      m_fridgeId(std::move(fridgeId)),
      m_actor(std::move(actor)),
      m_sessionEnd(sessionEnd),
      m_lotDoses(std::move(lotDoses))
{
    m_insertLot = std::make_unique<BulkInsert>(
        db, QStringLiteral("INSERT INTO lot(id, product_code, lot_number, expiry, manufacturer, "
                           "gtin, doses_per_vial, fridge_id, received_at, received_by) VALUES "
                           "(?, ?, ?, ?, ?, NULLIF(?, ''), ?, ?, ?, ?)"));
    m_insertMovement = std::make_unique<BulkInsert>(
        db, QStringLiteral("INSERT INTO stock_movement(id, lot_id, fridge_id, kind, doses, "
                           "reason, at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    m_insertVial = std::make_unique<BulkInsert>(
        db, QStringLiteral("INSERT INTO vial(id, lot_id, fridge_id, opened_at, discard_at, doses, "
                           "opened_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    m_insertTraceCode = std::make_unique<BulkInsert>(
        db, QStringLiteral("INSERT OR IGNORE INTO trace_code(code, lot_id, received_at) "
                           "VALUES (?, ?, ?)"));
    m_drawVial = std::make_unique<BulkInsert>(
        db, QStringLiteral("UPDATE vial SET doses_drawn = doses_drawn + 1 WHERE id = ?"));
}

DemoStock::~DemoStock() = default;

const QString& DemoStock::lotId(int lot) const
{
    return m_lots[static_cast<size_t>(lot)].id;
}

Status DemoStock::load()
{
    VAX_TRY_VALUE(auto numbers,
                  m_db.exec(QStringLiteral("SELECT product_code, lot_number FROM lot")));
    while (numbers.next())
        m_numbers.insert(numbers.value(0).toString() + QLatin1Char(':') +
                         numbers.value(1).toString());
    return {};
}

QString DemoStock::lotNumber(const Product& product, const QDate& made)
{
    for (;;) {
        const QString number =
            lotPrefix(product) + made.toString(QStringLiteral("yyyyMM")) +
            QStringLiteral("%1").arg(m_rng.between(1, 999), 3, 10, QLatin1Char('0'));
        const QString key = product.code + QLatin1Char(':') + number;
        if (!m_numbers.contains(key)) {
            m_numbers.insert(key);
            return number;
        }
    }
}

Status DemoStock::move(const QString& id, int lot, const QString& kind, int doses,
                       const QString& reason, const QDateTime& at)
{
    VAX_TRY(m_insertMovement->run({id, m_lots[static_cast<size_t>(lot)].id, m_fridgeId, kind, doses,
                                   notNull(reason), toDbTime(at), m_actor}));
    ++m_counts.movements;
    return {};
}

Result<int> DemoStock::receive(const Product& product, const QDateTime& at, const QDate& day)
{
    Lot lot;
    lot.id = randomUuid(m_rng);
    lot.product = &product;
    // The delivery comes in before the doors open, and always before the dose that needs it.
    lot.receivedAt =
        std::min(QDateTime(day, QTime(7, m_rng.between(0, 50)), m_zone).toUTC(), at.addSecs(-600));
    const QDate made = day.addDays(-m_rng.between(20, 90));
    lot.number = lotNumber(product, made);
    // Most lots keep 1–2 years; one in eight is short-dated (stock passed on by another site
    // near its expiry) and expires within 2–10 days, often before it is used up.
    lot.expiry = m_rng.chance(0.125) ? day.addDays(m_rng.between(2, 10))
                                     : made.addMonths(m_rng.chance(0.5) ? 12 : 24);
    const int perVial = std::max(1, product.vialDoses);
    lot.capacity = std::max(perVial, (m_lotDoses(product) + perVial - 1) / perVial * perVial);
    VAX_TRY(m_insertLot->run({lot.id, product.code, lot.number, lot.expiry.toString(Qt::ISODate),
                              product.manufacturer.en, product.gtins.value(0), perVial, m_fridgeId,
                              toDbTime(lot.receivedAt), m_actor}));
    // The boxes' trace codes (derived, not drawn: the seed's other draws stay as they were).
    for (int box = 0; box < TrainingCodes::kDemoBoxesPerLot; ++box)
        VAX_TRY(m_insertTraceCode->run({TrainingCodes::demoTraceCode(product.code, lot.number, box),
                                        lot.id, toDbTime(lot.receivedAt)}));
    const int index = static_cast<int>(m_lots.size());
    m_lots.push_back(lot);
    VAX_TRY(move(randomUuid(m_rng), index, movementKindName(MovementKind::Receipt), lot.capacity,
                 QString(), lot.receivedAt));
    m_active[product.code].push_back(index);
    ++m_counts.lots;
    m_counts.dosesReceived += lot.capacity;
    return index;
}

Result<int> DemoStock::openVial(int lotIndex, const QDateTime& at)
{
    Lot& lot = m_lots[static_cast<size_t>(lotIndex)];
    Vial v;
    v.id = randomUuid(m_rng);
    v.lot = lotIndex;
    v.openedAt = std::max(at.addSecs(-60 * m_rng.between(1, 5)), lot.receivedAt.addSecs(60));
    v.discardAt =
        vialDiscardAt(v.openedAt, lot.product->openVialHours, m_sessionEnd, lot.expiry, m_zone);
    if (v.discardAt <= at) {  // opened just before the session ended: opened for this dose
        v.openedAt = at;
        v.discardAt =
            vialDiscardAt(at, lot.product->openVialHours, m_sessionEnd, lot.expiry, m_zone);
    }
    v.doses = std::min(lot.product->vialDoses, lot.left());
    VAX_TRY(m_insertVial->run(
        {v.id, lot.id, m_fridgeId, toDbTime(v.openedAt), toDbTime(v.discardAt), v.doses, m_actor}));
    lot.used += v.doses;
    const int index = static_cast<int>(m_vials.size());
    m_vials.push_back(v);
    lot.openVial = index;
    ++m_counts.vials;
    return index;
}

Result<StockPick> DemoStock::pick(const Product& product, const QDateTime& at, const QDate& day)
{
    std::vector<int>& active = m_active[product.code];
    std::erase_if(active, [&](int i) {
        const Lot& l = m_lots[static_cast<size_t>(i)];
        const bool vialLeft = l.openVial >= 0 && m_vials[static_cast<size_t>(l.openVial)].drawn <
                                                     m_vials[static_cast<size_t>(l.openVial)].doses;
        return l.left() <= 0 && !vialLeft;
    });
    const bool multiDose = product.vialDoses > 1;
    StockPick pick;
    // First expiry first, among lots received before and not expired; an open vial first.
    for (int i : active) {
        const Lot& l = m_lots[static_cast<size_t>(i)];
        if (l.receivedAt >= at || l.expiry < day)
            continue;
        const bool vialOpen =
            multiDose && l.openVial >= 0 && m_vials[static_cast<size_t>(l.openVial)].usableAt(at);
        if (!vialOpen && l.left() <= 0)
            continue;
        if (pick.lot >= 0) {
            const Lot& best = m_lots[static_cast<size_t>(pick.lot)];
            const bool bestOpen = pick.vial >= 0;
            if (bestOpen && !vialOpen)
                continue;
            if (bestOpen == vialOpen && best.expiry <= l.expiry)
                continue;
        }
        pick.lot = i;
        pick.vial = vialOpen ? l.openVial : -1;
    }
    if (pick.lot < 0) {
        VAX_TRY_VALUE(auto received, receive(product, at, day));
        pick.lot = received;
    }
    Lot& lot = m_lots[static_cast<size_t>(pick.lot)];
    pick.lotFacts = LotFacts{lot.id,
                             lot.number,
                             product.code,
                             lot.expiry,
                             QStringLiteral("available"),
                             product.vialDoses,
                             lot.left()};
    if (multiDose) {
        if (pick.vial < 0) {
            VAX_TRY_VALUE(auto opened, openVial(pick.lot, at));
            pick.vial = opened;
        }
        const Vial& v = m_vials[static_cast<size_t>(pick.vial)];
        pick.vialFacts = VialFacts{v.id, lot.id, v.discardAt, v.doses - v.drawn, false};
        pick.lotFacts.available = lot.left();
    }
    return pick;
}

Result<QString> DemoStock::book(const StockPick& pick, const QDateTime& at)
{
    const QString id = randomUuid(m_rng);
    if (pick.vial >= 0) {
        Vial& v = m_vials[static_cast<size_t>(pick.vial)];
        VAX_TRY(move(id, pick.lot, movementKindName(MovementKind::Administered), -1,
                     QStringLiteral("vial:") + v.id, at));
        VAX_TRY(m_drawVial->run({v.id}));
        ++v.drawn;
    } else {
        VAX_TRY(
            move(id, pick.lot, movementKindName(MovementKind::Administered), -1, QString(), at));
        ++m_lots[static_cast<size_t>(pick.lot)].used;
    }
    return id;
}

Status DemoStock::finish(const QDate& today, const QDateTime& now)
{
    BulkInsert close(m_db, QStringLiteral("UPDATE vial SET closed_at = ?, close_reason = "
                                          "'day_close' WHERE id = ?"));
    for (const Vial& v : m_vials) {
        const QDateTime at = std::min(v.discardAt, now);
        if (v.drawn < v.doses) {
            VAX_TRY(move(randomUuid(m_rng), v.lot, movementKindName(MovementKind::Wasted),
                         -(v.doses - v.drawn), wasteReasonName(WasteReason::OpenVialTime), at));
            m_counts.dosesWasted += v.doses - v.drawn;
        }
        VAX_TRY(close.run({toDbTime(at), v.id}));
    }
    for (int i = 0; i < static_cast<int>(m_lots.size()); ++i) {
        Lot& lot = m_lots[static_cast<size_t>(i)];
        if (lot.expiry >= today || lot.left() <= 0)
            continue;
        const QDateTime at =
            std::min(QDateTime(lot.expiry.addDays(1), QTime(7, 45), m_zone).toUTC(), now);
        VAX_TRY(move(randomUuid(m_rng), i, movementKindName(MovementKind::Wasted), -lot.left(),
                     wasteReasonName(WasteReason::Expired), at));
        m_counts.dosesWasted += lot.left();
        lot.used = lot.capacity;
    }
    return {};
}

}  // namespace vax::demo
