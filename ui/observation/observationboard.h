#pragma once

#include <QFont>
#include <QTimer>
#include <QWidget>

#include <array>
#include <functional>
#include <optional>

#include "site/sitecontext.h"
#include "sitesync/sitelink.h"

namespace vax::ui {

class BoardModel;

// The observation board for a large screen, readable from 5 metres: a grid of tiles — queue
// number and time left large, the masked name and desk small — coloured by state with the state
// in words, ordered by who may leave next (adverse events first). One QTimer fires once a second:
// the model recomputes every time left from the stored end times and the Clock, checks cheaply
// whether anything was written, and the whole board repaints. When more people are under
// observation than fit at a readable size, the board shows pages in turn (8 s each), still from
// that one timer. A wall-clock jump shows a warning banner; times are never shifted. On a board PC
// joined to a site server it shows every desk's people, and says when the server is away.
class ObservationBoard final : public QWidget {
    Q_OBJECT
public:
    explicit ObservationBoard(SiteContext& site, QWidget* parent = nullptr);
    ~ObservationBoard() override;

    BoardModel* model() const { return m_model; }
    QTimer* timer() const { return m_timer; }
    // What the timer does once a second.
    void tick();

    int pageCount() const { return m_layout.pages; }
    int currentPage() const { return m_page; }
    int tilesPerPage() const { return m_layout.perPage; }
    int tileHeight() const { return m_layout.tileH; }
    int numberPixelSize() const { return m_layout.number.pixelSize(); }
    bool jumpWarningVisible() const;
    QString jumpWarningText() const;

    // Site mode (a board PC joined to a site server, docs/site.md 5): every desk's people come
    // into this PC's database by pull, and each tile names its site desk (`desk`: this PC's
    // number, for what was written here). After each replicator round the board is told the
    // server's state: while it is away, a banner says since when and that other desks' timers
    // may be late; the timers it has keep counting from their stored end times.
    void setSiteDesk(int desk);
    bool siteMode() const { return m_siteDesk > 0; }
    void showSiteStatus(const sitesync::SiteStatus& status);
    // The offline banner's text; empty while the server answers (or not in site mode).
    QString siteBannerText() const;
    // What the banner line shows now (a load error, a clock jump, the server away), if anything.
    QString bannerText() const;

    // Test-only: receives every string the board paints.
    void setTextSinkForTesting(std::function<void(const QString&)> sink)
    {
        m_textSink = std::move(sink);
    }

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Layout {
        int count = -1;  // entries the layout was made for
        QSize size;
        QRect header;
        QRect banner;
        QRect tiles;
        int cols = 1;
        int rows = 1;
        int tileW = 0;
        int tileH = 0;
        int gap = 0;
        int perPage = 1;
        int pages = 1;
        QFont title;
        QFont legend;
        QFont number;
        QFont time;
        QFont small;
        std::array<QFont, 4> word;  // per BoardState, fitted to the tile
    };
    void relayout();
    void drawText(QPainter& p, const QRect& r, int flags, const QString& text);
    void paintHeader(QPainter& p);
    void paintTile(QPainter& p, const QRect& r, int index);

    SiteContext& m_site;
    BoardModel* m_model = nullptr;
    QTimer* m_timer = nullptr;
    Layout m_layout;
    int m_page = 0;
    qint64 m_pageEpochMs = 0;  // monotonic time of the first page
    std::function<void(const QString&)> m_textSink;
    int m_siteDesk = 0;
    std::optional<sitesync::SiteStatus> m_siteStatus;
};

}  // namespace vax::ui
