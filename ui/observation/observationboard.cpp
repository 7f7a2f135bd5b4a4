#include "observation/observationboard.h"

#include <QEvent>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QPainter>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "checkin/queuenumber.h"
#include "observation/boardmodel.h"
#include "shell/sitetime.h"
#include "sitesync/sitestatusitem.h"

namespace vax::ui {

using observation::BoardEntry;
using observation::BoardState;

namespace {
constexpr int kTickMs = 1000;
constexpr qint64 kPageMs = 8000;                   // each page stays this long
constexpr qint64 kJumpWarningMs = 15 * 60 * 1000;  // how long a jump warning stays up
constexpr double kTileAspect = 2.5;                // width : height of a tile
const QColor kBackground(0x12, 0x14, 0x18);
const QColor kSeriousBorder(0xff, 0xd4, 0x00);
const QColor kBannerColour(0xff, 0xb3, 0x00);

constexpr std::array<BoardState, 4> kStates{BoardState::Observing, BoardState::MayLeave,
                                            BoardState::Overdue, BoardState::AdverseEvent};

QFont boldFont(const QFont& base, int pixelSize, bool bold = true)
{
    QFont f = base;
    f.setPixelSize(std::max(6, pixelSize));
    f.setBold(bold);
    return f;
}

// A font no larger than `start` in which `text` fits into `width`.
QFont fitted(QFont font, const QString& text, int width)
{
    while (font.pixelSize() > 8 && QFontMetrics(font).horizontalAdvance(text) > width)
        font.setPixelSize(font.pixelSize() - 1);
    return font;
}

QString jumpText(qint64 ms)
{
    const qint64 minutes = std::llabs(ms) / 60000;
    const qint64 seconds = (std::llabs(ms) / 1000) % 60;
    return QStringLiteral("%1%2:%3")
        .arg(ms < 0 ? QStringLiteral("−") : QStringLiteral("+"))
        .arg(minutes)
        .arg(seconds, 2, 10, QLatin1Char('0'));
}
}  // namespace

ObservationBoard::ObservationBoard(SiteContext& site, QWidget* parent)
    : QWidget(parent), m_site(site)
{
    setObjectName(QStringLiteral("observationBoard"));
    setAttribute(Qt::WA_OpaquePaintEvent);  // every pixel is painted: no background erase
    setFocusPolicy(Qt::StrongFocus);
    m_model = new BoardModel(site, this);
    m_pageEpochMs = site.clock->monotonicMs();
    m_timer = new QTimer(this);
    m_timer->setInterval(kTickMs);
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &ObservationBoard::tick);
    m_timer->start();
    setWindowTitle(tr("Observation area"));
}

ObservationBoard::~ObservationBoard() = default;

void ObservationBoard::tick()
{
    m_model->tick();
    update();
}

bool ObservationBoard::jumpWarningVisible() const
{
    return m_model->lastJumpMs().has_value() && m_model->msSinceJump() < kJumpWarningMs;
}

QString ObservationBoard::jumpWarningText() const
{
    if (!m_model->lastJumpMs())
        return {};
    return tr("The computer's clock was changed (%1 min:s). Times on this board may be wrong — "
              "check the clock. Recorded end times were not changed.")
        .arg(jumpText(*m_model->lastJumpMs()));
}

void ObservationBoard::setSiteDesk(int desk)
{
    m_siteDesk = desk;
    update();
}

void ObservationBoard::showSiteStatus(const sitesync::SiteStatus& status)
{
    m_siteStatus = status;
    if (status.link)
        m_siteDesk = status.link->desk;
    update();
}

QString ObservationBoard::siteBannerText() const
{
    if (!siteMode() || !m_siteStatus || m_siteStatus->reachable || !m_siteStatus->unreachableSince)
        return {};
    return tr("Site server offline since %1 — timers of other desks may be late")
        .arg(siteMoment(m_site.calendar(), *m_siteStatus->unreachableSince));
}

QString ObservationBoard::bannerText() const
{
    if (!m_model->loadError().isEmpty())
        return m_model->loadError();
    if (jumpWarningVisible())
        return jumpWarningText();
    return siteBannerText();
}

void ObservationBoard::resizeEvent(QResizeEvent* event)
{
    m_layout.count = -1;
    QWidget::resizeEvent(event);
}

void ObservationBoard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_F11) {
        isFullScreen() ? showNormal() : showFullScreen();
        return;
    }
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ObservationBoard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Observation area"));
        m_layout.count = -1;
    }
    QWidget::changeEvent(event);
}

void ObservationBoard::relayout()
{
    Layout l;
    l.count = static_cast<int>(m_model->entries().size());
    l.size = size();
    const int w = width();
    const int h = height();
    const int headerH = std::max(44, h * 8 / 100);
    l.header = QRect(0, 0, w, headerH);
    const int bannerH = bannerText().isEmpty() ? 0 : std::max(32, h * 5 / 100);
    l.banner = QRect(0, headerH, w, bannerH);
    const int margin = std::max(6, h / 120);
    l.tiles = QRect(margin, headerH + bannerH + margin, w - 2 * margin,
                    h - headerH - bannerH - 2 * margin);
    l.title = boldFont(font(), headerH * 46 / 100);
    l.legend = boldFont(font(), headerH * 34 / 100, false);

    // The largest tiles that show everyone; below the readable minimum, pages instead.
    const int minTile = std::max(40, h / 17);
    const int maxTile = std::max(minTile, std::min(l.tiles.height() / 3, h / 5));
    const int n = std::max(1, l.count);
    int tile = maxTile;
    for (;; tile -= 2) {
        l.gap = std::max(4, tile / 12);
        l.cols = std::max(1, (l.tiles.width() + l.gap) / (int(tile * kTileAspect) + l.gap));
        l.rows = std::max(1, (l.tiles.height() + l.gap) / (tile + l.gap));
        if (l.cols * l.rows >= n || tile <= minTile)
            break;
    }
    l.tileH = tile;
    l.tileW = (l.tiles.width() - (l.cols - 1) * l.gap) / l.cols;
    // Few people: no need for more columns than people (keeps tiles from stretching oddly).
    l.perPage = l.cols * l.rows;
    l.pages = std::max(1, (n + l.perPage - 1) / l.perPage);

    l.time = boldFont(font(), tile * 48 / 100);
    l.small = boldFont(font(), tile * 23 / 100, false);
    const int pad = tile / 10;
    // Room for the longest queue number beside the time left: a site's desks number in blocks
    // (10001, 20001, docs/site.md), longer than a single desk's.
    qsizetype digits = 3;
    for (const BoardEntry& e : m_model->entries())
        digits = std::max(digits, QString::number(e.queueNumber).size());
    const QString widest(digits, QLatin1Char('8'));
    const int timeW = QFontMetrics(l.time).horizontalAdvance(QStringLiteral("88:88"));
    l.number = fitted(boldFont(font(), tile * 54 / 100), widest, l.tileW - 3 * pad - timeW);
    const int numberW = QFontMetrics(l.number).horizontalAdvance(widest) + pad;
    for (BoardState s : kStates)
        l.word[static_cast<size_t>(s)] =
            fitted(boldFont(font(), tile * 40 / 100), BoardModel::tileText(s),
                   l.tileW - 2 * pad - numberW);
    m_layout = l;
}

void ObservationBoard::drawText(QPainter& p, const QRect& r, int flags, const QString& text)
{
    if (m_textSink)
        m_textSink(text);
    p.drawText(r, flags, text);
}

void ObservationBoard::paintEvent(QPaintEvent*)
{
    const QString banner = bannerText();
    const bool bannerWanted = !banner.isEmpty();
    if (m_layout.count != static_cast<int>(m_model->entries().size()) || m_layout.size != size() ||
        (m_layout.banner.height() > 0) != bannerWanted)
        relayout();
    const int n = static_cast<int>(m_model->entries().size());
    m_page = m_layout.pages > 1
                 ? static_cast<int>(((m_site.clock->monotonicMs() - m_pageEpochMs) / kPageMs) %
                                    m_layout.pages)
                 : 0;

    QPainter p(this);
    p.fillRect(rect(), kBackground);
    paintHeader(p);
    if (m_layout.banner.height() > 0) {
        const bool error = !m_model->loadError().isEmpty();
        p.fillRect(m_layout.banner, error ? QColor(0xb3, 0x26, 0x1e) : kBannerColour);
        p.setPen(error ? Qt::white : Qt::black);
        QFont f = boldFont(font(), m_layout.banner.height() * 45 / 100);
        p.setFont(fitted(f, banner, m_layout.banner.width() - 20));
        drawText(p, m_layout.banner, Qt::AlignCenter, banner);
    }
    if (n == 0) {
        p.setPen(QColor(0xcf, 0xd6, 0xde));
        p.setFont(m_layout.title);
        drawText(p, m_layout.tiles, Qt::AlignCenter, tr("Nobody is under observation"));
        return;
    }
    const int first = m_page * m_layout.perPage;
    const int last = std::min(n, first + m_layout.perPage);
    // Column-major: read down the first column, then the next — who may leave next is top left.
    for (int i = first; i < last; ++i) {
        const int slot = i - first;
        const int col = slot / m_layout.rows;
        const int row = slot % m_layout.rows;
        const QRect r(m_layout.tiles.x() + col * (m_layout.tileW + m_layout.gap),
                      m_layout.tiles.y() + row * (m_layout.tileH + m_layout.gap), m_layout.tileW,
                      m_layout.tileH);
        paintTile(p, r, i);
    }
}

void ObservationBoard::paintHeader(QPainter& p)
{
    const QRect& h = m_layout.header;
    p.fillRect(h, QColor(0x1e, 0x22, 0x2a));
    const int pad = h.height() / 3;
    p.setPen(Qt::white);
    p.setFont(m_layout.title);
    const QString clock = inSiteZone(m_model->now()).toString(QStringLiteral("HH:mm:ss"));
    const QString title = tr("Observation area") + QStringLiteral("   ") + clock;
    const QRect titleRect = h.adjusted(pad, 0, -pad, 0);
    drawText(p, titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);
    const int titleW = QFontMetrics(m_layout.title).horizontalAdvance(title);

    // The legend: each state's colour, its word and how many are in it.
    std::array<int, 4> counts{};
    for (const BoardEntry& e : m_model->entries())
        ++counts[static_cast<size_t>(m_model->stateOf(e))];
    p.setFont(m_layout.legend);
    const QFontMetrics fm(m_layout.legend);
    const int sw = h.height() * 36 / 100;
    int x = titleRect.x() + titleW + 2 * pad;
    for (BoardState s : kStates) {
        const QString label = QStringLiteral("%1 %2")
                                  .arg(BoardModel::stateText(s))
                                  .arg(counts[static_cast<size_t>(s)]);
        p.fillRect(QRect(x, h.center().y() - sw / 2, sw, sw), BoardModel::stateColour(s));
        x += sw + sw / 3;
        const int lw = fm.horizontalAdvance(label);
        drawText(p, QRect(x, h.y(), lw + 2, h.height()), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += lw + pad;
    }
    if (m_layout.pages > 1)
        drawText(p, titleRect, Qt::AlignRight | Qt::AlignVCenter,
                 tr("Page %1 / %2").arg(m_page + 1).arg(m_layout.pages));
}

void ObservationBoard::paintTile(QPainter& p, const QRect& r, int index)
{
    const BoardEntry& e = m_model->entries()[static_cast<size_t>(index)];
    const BoardState state = m_model->stateOf(e);
    p.fillRect(r, BoardModel::stateColour(state, e.seriousAdverseEvent));
    if (e.seriousAdverseEvent) {
        const int bw = std::max(3, r.height() / 12);
        p.setPen(QPen(kSeriousBorder, bw));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(bw / 2, bw / 2, -bw / 2 - 1, -bw / 2 - 1));
    }
    const int pad = r.height() / 10;
    const bool twoLines = r.height() >= 44;
    const QRect top(r.x() + pad, r.y(), r.width() - 2 * pad,
                    twoLines ? r.height() * 64 / 100 : r.height());
    p.setPen(Qt::white);
    p.setFont(m_layout.number);
    drawText(p, top, Qt::AlignLeft | Qt::AlignVCenter, queueLabel(e.queueNumber));
    if (state == BoardState::Observing) {
        p.setFont(m_layout.time);
        drawText(p, top, Qt::AlignRight | Qt::AlignVCenter,
                 observation::formatLeft(observation::secondsLeft(e.endsAt, m_model->now())));
    } else {
        p.setFont(m_layout.word[static_cast<size_t>(state)]);
        drawText(p, top, Qt::AlignRight | Qt::AlignVCenter, BoardModel::tileText(state));
    }
    if (!twoLines)
        return;
    const QRect bottom(r.x() + pad, r.y() + r.height() * 60 / 100, r.width() - 2 * pad,
                       r.height() * 36 / 100);
    p.setFont(m_layout.small);
    p.setPen(QColor(0xe8, 0xee, 0xf4));
    drawText(p, bottom, Qt::AlignLeft | Qt::AlignVCenter,
             e.maskedName + QStringLiteral("  ") +
                 (siteMode() ? tr("Desk %1").arg(e.siteDesk > 0 ? e.siteDesk : m_siteDesk)
                             : tr("Desk %1").arg(e.desk)));
}

}  // namespace vax::ui
